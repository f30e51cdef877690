import assert from "node:assert/strict";
import * as elasticstack from "@pulumi/elasticstack";
import { KibanaDashboards } from "../../../components/kibana-dashboards";
import { ViewerAccess } from "../../../components/viewer-access";
import { allDashboards } from "../../../dashboards";
import { plainValue, runUnderMocks, type RecordedResource } from "../../../infra/engine/mockEngine";

const dashboards = allDashboards({ installationsIndexPattern: "am-installations*" });

describe("dashboards components under the Pulumi mock engine", () => {
  it("registers the space, data views, imports and roles with the expected inputs", async () => {
    const run = await runUnderMocks({ project: "am", stack: "test", config: {} }, () => {
      const provider = new elasticstack.Provider("elastic", {});
      const ui = new KibanaDashboards(
        "dash",
        { spaceId: "assisted-migration", spaceName: "Assisted Migration", dashboards },
        { provider },
      );
      new ViewerAccess(
        "viewer",
        { dashboards, spaceId: "assisted-migration", fieldLevelSecurity: true, dependsOn: [ui] },
        { provider },
      );
      return {};
    });
    const of = (suffix: string) => run.resources.filter((r: RecordedResource) => r.type.endsWith(suffix));
    const inputs = (r: RecordedResource) => plainValue<Record<string, unknown>>(r.inputs);

    const [component] = of(":Dashboards");
    assert.equal(component.type, "am-dashboard:kibana:Dashboards");
    const [space] = of(":KibanaSpace");
    assert.equal(space.parent, component.urn);
    assert.equal(inputs(space).spaceId, "assisted-migration");
    assert.match(space.provider ?? "", /elastic$/);

    const dataViews = of(":KibanaDataView");
    assert.deepEqual(dataViews.map((r) => (inputs(r).dataView as { id: string }).id).sort(), [
      "am-installations",
      "am-key-epochs",
      "am-planner",
    ]);
    for (const dv of dataViews) {
      assert.equal(inputs(dv).spaceId, "assisted-migration");
      assert.equal(inputs(dv).override, true);
      assert.ok(dv.dependencies.includes(space.urn));
    }
    const imports = of(":KibanaImportSavedObjects");
    assert.equal(imports.length, 2);
    for (const imp of imports) {
      const i = inputs(imp);
      assert.equal(i.overwrite, true);
      assert.equal(i.spaceId, "assisted-migration");
      const so = JSON.parse(i.fileContents as string);
      // Its own data view and those of its annotation layers: every one it references exists first.
      for (const id of new Set(so.references.map((r: { id: string }) => r.id))) {
        const dv = dataViews.find((d) => (inputs(d).dataView as { id: string }).id === id)!;
        assert.ok(imp.dependencies.includes(dv.urn), `${so.id} waits for data view ${String(id)}`);
      }
    }

    const [esRole] = of(":ElasticsearchSecurityRole");
    assert.equal(inputs(esRole).name, "am-dashboard-viewer-data");
    const indices = inputs(esRole).indices as {
      names: string[];
      privileges: string[];
      fieldSecurity: { grants: string[] };
    }[];
    assert.deepEqual(
      indices.map((x) => x.names),
      [["am-installations*"], ["am-key-epochs"], ["am-planner*"]],
    );
    assert.ok(indices.every((x) => x.fieldSecurity.grants.length > 0));
    const [kbRole] = of(":KibanaSecurityRole");
    assert.deepEqual(inputs(kbRole).kibanas, [
      {
        spaces: ["assisted-migration"],
        bases: [],
        features: [{ name: "dashboard_v2", privileges: ["read"] }],
      },
    ]);
    assert.equal(of(":ViewerAccess")[0].type, "am-dashboard:kibana:ViewerAccess");
  });
});

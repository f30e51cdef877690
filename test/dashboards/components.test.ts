import assert from "node:assert/strict";
import { dashboardFields } from "../../anonymisation/model";
import { installationCells } from "../../anonymisation/assisted-installer/cells";
import { keyEpochMetadata } from "../../anonymisation/metadata/keyEpoch";
import { plannerDocument } from "../../anonymisation/planner/document";
import { planDashboards } from "../../components/kibana-dashboards/build";
import { buildElasticsearchRole, buildKibanaRole } from "../../components/viewer-access/build";
import { allDashboards, type AnyDashboard } from "../../dashboards";

const dashboards = allDashboards({ installationsIndexPattern: "am-installations*" });

describe("dashboards component builders", () => {
  it("plans one space, the distinct data views and one overwrite import per dashboard", () => {
    const plan = planDashboards("assisted-migration", "Assisted Migration", dashboards);
    assert.equal(plan.space.spaceId, "assisted-migration");
    assert.deepEqual(
      plan.dataViews.map((d) => d.dataView),
      [
        {
          id: "am-installations",
          title: "am-installations*",
          name: "Assisted Migration installations",
          timeFieldName: "month",
        },
        {
          id: "am-key-epochs",
          title: "am-key-epochs",
          name: "Assisted Migration key epochs",
          timeFieldName: "recorded_at",
        },
        {
          id: "am-planner",
          title: "am-planner*",
          name: "Assisted Migration planner",
          timeFieldName: "period_start",
        },
      ],
    );
    assert.deepEqual(
      plan.imports.map((i) => [i.dashboardId, i.dataViewIds, i.spec.overwrite]),
      [
        ["am-overview", ["am-planner"], true],
        // The key-epoch markers read their own data view, which must exist before the import too.
        ["am-installations", ["am-installations", "am-key-epochs"], true],
      ],
    );
    for (const i of plan.imports) {
      const lines = i.spec.fileContents
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        lines.map((o) => [o.type, o.id]),
        [["dashboard", i.dashboardId]],
        "imports carry the dashboard only",
      );
    }
  });

  it("refuses bad space ids, duplicate dashboards and conflicting data views", () => {
    assert.throws(
      () => planDashboards("Assisted Migration", "x", dashboards),
      /space id "Assisted Migration"/,
    );
    assert.throws(
      () => planDashboards("am", "x", [dashboards[0], dashboards[0]]),
      /dashboard id "am-overview" is used twice/,
    );
    const clash: AnyDashboard = {
      ...dashboards[0],
      id: "other",
      dataView: { ...dashboards[0].dataView, indexPattern: "elsewhere*" },
    };
    assert.throws(
      () => planDashboards("am", "x", [dashboards[0], clash]),
      /data view "am-planner" is declared differently/,
    );
    assert.throws(() => planDashboards("am", "x", []), /at least one dashboard/);
  });

  it("grants read + view_index_metadata on the anonymised indices, with FLS only when licensed", () => {
    const plain = buildElasticsearchRole("viewer-data", dashboards, false);
    assert.deepEqual(plain, {
      name: "viewer-data",
      clusters: [],
      indices: [
        { names: ["am-installations*"], privileges: ["read", "view_index_metadata"] },
        // The key-epoch markers: program metadata (keyEpochMetadata), no customer data.
        { names: ["am-key-epochs"], privileges: ["read", "view_index_metadata"] },
        { names: ["am-planner*"], privileges: ["read", "view_index_metadata"] },
      ],
    });
    const fls = buildElasticsearchRole("viewer-data", dashboards, true);
    assert.deepEqual(fls.indices[0].fieldSecurity, { grants: dashboardFields(installationCells) });
    assert.deepEqual(fls.indices[1].fieldSecurity, { grants: dashboardFields(keyEpochMetadata) });
    assert.deepEqual(fls.indices[2].fieldSecurity, { grants: dashboardFields(plannerDocument) });
    assert.ok(!fls.indices[2].fieldSecurity!.grants.includes("org_ref"), "pseudonyms are not granted");
    const broad: AnyDashboard = {
      ...dashboards[0],
      dataView: { ...dashboards[0].dataView, indexPattern: "am-planner*,*" },
    };
    assert.throws(() => buildElasticsearchRole("r", [broad], false), /too broad/);
  });

  it("gives the Kibana role dashboard read in the dashboards space only", () => {
    assert.deepEqual(buildKibanaRole("viewer-kibana", "assisted-migration", 9), {
      name: "viewer-kibana",
      elasticsearch: { clusters: [] },
      kibanas: [
        {
          spaces: ["assisted-migration"],
          bases: [],
          features: [{ name: "dashboard_v2", privileges: ["read"] }],
        },
      ],
    });
    assert.equal(buildKibanaRole("r", "s", 8).kibanas[0].features[0].name, "dashboard");
  });
});

import * as assert from "node:assert/strict";
import { dashboardsAggregateOnly, dashboardsUseShownFields } from "../../../policies/rules/dashboards";
import { reported, resource, runResourcePolicy, runStackPolicy } from "../../support/policyHarness";
import { dataViewProps, goodDataPath, importProps, T } from "./fixtures";

type Obj = Record<string, unknown>;
/** Rewrites the dashboard saved object of the overview import. */
function mutateDashboard(edit: (panels: Obj[], dashboard: Obj) => void): Obj {
  const props = importProps();
  const dashboard = JSON.parse(String(props.fileContents).trim()) as Obj;
  const attrs = dashboard.attributes as Obj;
  const panels = JSON.parse(String(attrs.panelsJSON)) as Obj[];
  edit(panels, dashboard);
  attrs.panelsJSON = JSON.stringify(panels);
  return { ...props, fileContents: `${JSON.stringify(dashboard)}\n` };
}
function firstColumn(panels: Obj[], op: string): Obj {
  for (const p of panels) {
    const layers = (
      ((((p.embeddableConfig as Obj).attributes as Obj).state as Obj).datasourceStates as Obj)
        .formBased as Obj
    ).layers as Obj;
    for (const layer of Object.values(layers)) {
      const col = Object.values((layer as Obj).columns as Obj).find((c) => (c as Obj).operationType === op);
      if (col) return col as Obj;
    }
  }
  throw new Error(`no ${op} column in the overview`);
}

describe("policy dashboards-aggregate-only", () => {
  const p = dashboardsAggregateOnly("mandatory");
  it("passes the compiled overview dashboard", async () => {
    assert.deepEqual(await runResourcePolicy(p, resource(T.import, importProps())), []);
  });
  it("flags a saved search, a Discover panel and a last_value column", async () => {
    const search = JSON.stringify({ type: "search", id: "raw", attributes: {}, references: [] });
    const withSearch = { ...importProps(), fileContents: `${String(importProps().fileContents)}${search}\n` };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.import, withSearch))), [
      'KibanaImportSavedObjects "test": saved object search "raw" lists individual documents.',
    ]);
    const discover = mutateDashboard((panels) =>
      panels.push({ type: "search", panelIndex: "x", title: "Rows" }),
    );
    assert.deepEqual(
      reported(await runResourcePolicy(p, resource(T.import, discover))),
      [
        'KibanaImportSavedObjects "test": dashboard "am-overview" panel Rows is a search panel (lists individual documents).',
      ].map((m) => m.replace("am-overview", JSON.parse(String(discover.fileContents)).id)),
    );
    const last = mutateDashboard((panels) => {
      firstColumn(panels, "sum").operationType = "last_value";
    });
    const ds = reported(await runResourcePolicy(p, resource(T.import, last)));
    assert.equal(ds.length, 1);
    assert.match(ds[0], /column .* uses last_value, which shows a single document's value\.$/);
  });
});

describe("policy dashboards-use-shown-fields", () => {
  const p = dashboardsUseShownFields("mandatory");
  const withImport = (props: Obj) =>
    goodDataPath().map((r) => (r.name === "overview" ? resource(T.import, props, { name: "overview" }) : r));
  it("passes the overview over the anonymised planner index", async () => {
    assert.deepEqual(await runStackPolicy(p, goodDataPath()), []);
  });
  it("flags a terms breakdown on a dropped pseudonym and a high-cardinality field", async () => {
    const pseudo = mutateDashboard((panels) => {
      firstColumn(panels, "terms").sourceField = "subject_ref";
    });
    const ds = reported(await runStackPolicy(p, withImport(pseudo)));
    assert.equal(ds.length, 1);
    assert.match(ds[0], /reads "subject_ref", which model planner does not let a dashboard show\.$/);
    const high = mutateDashboard((panels) => {
      firstColumn(panels, "terms").sourceField = "vm_count";
    });
    const hs = reported(await runStackPolicy(p, withImport(high)));
    assert.equal(hs.length, 1);
    assert.match(
      hs[0],
      /breaks down by terms of "vm_count", which is not a low-cardinality field of model planner\.$/,
    );
  });
  it("flags a document count, a percentile and a median over the planner's aggregate cells", async () => {
    for (const op of ["count", "percentile", "median", "unique_count"]) {
      const bad = mutateDashboard((panels) => {
        firstColumn(panels, "sum").operationType = op;
      });
      const ds = reported(await runStackPolicy(p, withImport(bad)));
      assert.equal(ds.length, 1, ds.join("\n"));
      assert.match(ds[0], new RegExp(`uses ${op} over model planner, whose documents are aggregate cells`));
    }
  });
  it("flags a data view over an index no anonymisation template covers", async () => {
    const rs = goodDataPath().map((r) =>
      r.name === "data-view" ? resource(T.dataView, dataViewProps("raw-*"), { name: "data-view" }) : r,
    );
    const ds = reported(await runStackPolicy(p, rs));
    assert.equal(
      ds[0],
      'KibanaDataView "data-view": its index pattern "raw-*" is not anonymised: no index template of this stack matches "raw-*".',
    );
    assert.ok(
      ds
        .slice(1)
        .every((m) => /reads data view ".*", which is not an anonymised data view of this stack\.$/.test(m)),
    );
  });
});

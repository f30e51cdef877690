import assert from "node:assert/strict";
import { indexMappings } from "../../anonymisation/derive/mappings";
import type { DocumentModel } from "../../anonymisation/model";
import { panelIds } from "../../dashboards/compile/savedObjects";
import {
  allDashboards,
  dashboardNdjson,
  dashboardSavedObject,
  dataViewSavedObject,
  type AnyDashboard,
} from "../../dashboards";
import { everyKindDashboard, TELEMETRY_PATTERN, TELEMETRY_QUERIES } from "./fixtures";

interface Column {
  operationType: string;
  sourceField?: string;
  dataType: string;
  references?: string[];
  params?: { orderBy?: { type: string; columnId?: string }; tinymathAst?: { args: string[] } };
  filter?: { query: string; language: string };
}
interface LensPanel {
  type: string;
  panelIndex: string;
  gridData: { x: number; y: number; w: number; h: number; i: string };
  title: string;
  embeddableConfig: {
    attributes: {
      visualizationType: string;
      references: { type: string; id: string; name: string }[];
      state: {
        visualization: Record<string, unknown>;
        query: { query: string; language: string };
        datasourceStates: {
          formBased: { layers: Record<string, { columnOrder: string[]; columns: Record<string, Column> }> };
        };
      };
    };
  };
}

const ES_TO_LENS: Record<string, string> = {
  keyword: "string",
  long: "number",
  double: "number",
  boolean: "boolean",
  date: "date",
};

function compiled(d: AnyDashboard) {
  const lines = dashboardNdjson(d).trimEnd().split("\n");
  const objects = lines.map((l) => JSON.parse(l));
  const dashboard = objects.find((o) => o.type === "dashboard");
  const panels = JSON.parse(dashboard.attributes.panelsJSON) as LensPanel[];
  return { objects, dashboard, panels };
}

/** Checks every structural promise of the compiled objects of dashboard `d`. */
function checkCompiled(d: AnyDashboard, model: DocumentModel) {
  const { objects, dashboard, panels } = compiled(d);
  const mapping = indexMappings(model).properties ?? {};

  // Round trip: what Kibana parses is what we built.
  assert.deepEqual(JSON.parse(JSON.stringify(dashboardSavedObject(d))), dashboard);
  assert.equal(objects.length, 2);
  assert.equal(objects[0].type, "index-pattern");
  assert.equal(objects[0].id, d.dataView.id);
  assert.equal(objects[0].attributes.timeFieldName, d.dataView.timeField);
  assert.ok(d.dataView.timeField in mapping, "time field is mapped");

  // Every reference resolves to a data view in the file.
  const dataViewIds = new Set(objects.filter((o) => o.type === "index-pattern").map((o) => o.id));
  for (const ref of dashboard.references)
    assert.ok(dataViewIds.has(ref.id), `reference ${ref.name} -> ${ref.id}`);
  const refNames = new Set(dashboard.references.map((r: { name: string }) => r.name));
  assert.equal(refNames.size, dashboard.references.length, "reference names are unique");

  assert.equal(panels.length, d.panels.length);
  for (const [i, panel] of panels.entries()) {
    const source = d.panels[i];
    assert.equal(panel.type, "lens");
    assert.equal(panel.gridData.i, panel.panelIndex);
    assert.deepEqual({ ...panel.gridData, i: undefined }, { ...source.grid, i: undefined });
    const attrs = panel.embeddableConfig.attributes;
    const layers = attrs.state.datasourceStates.formBased.layers;
    const layerIds = Object.keys(layers);
    assert.equal(layerIds.length, 1);
    const [layerId] = layerIds;
    assert.deepEqual(attrs.references, [
      { type: "index-pattern", id: d.dataView.id, name: `indexpattern-datasource-layer-${layerId}` },
    ]);
    assert.ok(
      refNames.has(`${panel.panelIndex}:indexpattern-datasource-layer-${layerId}`),
      `dashboard reference of ${panel.title}`,
    );

    const { columnOrder, columns } = layers[layerId];
    const queries = [
      attrs.state.query.query,
      ...Object.values(columns).flatMap((c) => (c.filter ? [c.filter.query] : [])),
    ];
    for (const q of queries) {
      for (const m of q.matchAll(/([a-z_]+) (?::|>=|<)/g))
        assert.ok(m[1] in mapping, `${panel.title}: KQL field ${m[1]} is mapped`);
    }
    assert.deepEqual([...columnOrder].sort(), Object.keys(columns).sort(), "columnOrder lists every column");
    for (const [id, col] of Object.entries(columns)) {
      for (const r of col.references ?? []) assert.ok(r in columns, `${id} references ${r}`);
      for (const a of col.params?.tinymathAst?.args ?? []) assert.ok(a in columns, `math arg ${a}`);
      if (col.params?.orderBy?.type === "column") assert.ok(col.params.orderBy.columnId! in columns);
      if (col.sourceField && col.sourceField !== "___records___") {
        const mapped = mapping[col.sourceField] as { type: string } | undefined;
        assert.ok(mapped, `${panel.title}: ${col.sourceField} is in the index mappings of ${model.name}`);
        if (col.operationType === "terms" || col.operationType === "date_histogram") {
          assert.equal(col.dataType, ES_TO_LENS[mapped.type], `${col.sourceField} data type`);
        }
      }
    }
    // Accessors the visualisation names are columns of the layer.
    const vis = JSON.stringify(attrs.state.visualization);
    for (const m of vis.matchAll(
      /"(?:xAccessor|yAccessor|valueAccessor|splitAccessor|metricAccessor|columnId)":"([^"]+)"/g,
    )) {
      assert.ok(m[1] in columns, `${panel.title}: accessor ${m[1]}`);
    }
    assert.ok(vis.includes(layerId), "visualisation names its layer");
  }
  return { dashboard, panels };
}

describe("dashboard compiler", () => {
  it("compiles every panel kind into Lens saved objects whose references and fields resolve", () => {
    const { panels } = checkCompiled(everyKindDashboard, everyKindDashboard.dataView.model);
    const byTitle = Object.fromEntries(panels.map((p) => [p.title, p.embeddableConfig.attributes]));
    assert.equal(byTitle["count"].visualizationType, "lnsMetric");
    assert.equal(byTitle["bar over time"].visualizationType, "lnsXY");
    assert.equal(
      (byTitle["bar over time"].state.visualization.layers as { seriesType: string }[])[0].seriesType,
      "bar_stacked",
    );
    assert.equal(
      (byTitle["area"].state.visualization.layers as { seriesType: string }[])[0].seriesType,
      "area",
    );
    assert.equal(
      (byTitle["horizontal"].state.visualization.layers as { seriesType: string }[])[0].seriesType,
      "bar_horizontal",
    );
    assert.equal(byTitle["pie"].state.visualization.shape, "pie");
    assert.equal(byTitle["donut"].state.visualization.shape, "donut");
    assert.equal(byTitle["table"].visualizationType, "lnsDatatable");
    assert.equal(byTitle["heatmap"].visualizationType, "lnsHeatmap");
    assert.equal(byTitle["line"].state.query.query, "vms_total >= 10 and vms_total < 1000");
  });

  it("compiles a ratio into a Lens formula with filtered count helper columns", () => {
    const { panels } = compiled(everyKindDashboard);
    const ratio = panels.find((p) => p.title === "ratio")!.embeddableConfig.attributes;
    const columns = Object.values(ratio.state.datasourceStates.formBased.layers)[0].columns as Record<
      string,
      Column & { params: { formula?: string } }
    >;
    assert.equal(columns.m0.operationType, "formula");
    assert.equal(
      columns.m0.params.formula,
      `count(kql='source_type : "agent"') / count(kql='source_type : *')`,
    );
    assert.deepEqual(columns.m0X0.filter, { query: 'source_type : "agent"', language: "kuery" });
    assert.deepEqual(columns.m0X1.filter, { query: "source_type : *", language: "kuery" });
    assert.equal(columns.m0X2.operationType, "math");
  });

  it("stores dashboard filters as query DSL pills bound to the data view", () => {
    const { dashboard } = compiled(everyKindDashboard);
    const search = JSON.parse(dashboard.attributes.kibanaSavedObjectMeta.searchSourceJSON);
    assert.equal(search.filter.length, 1);
    assert.deepEqual(search.filter[0].query, {
      bool: {
        should: [{ match_phrase: { doc_kind: "summary" } }, { match_phrase: { doc_kind: "os" } }],
        minimum_should_match: 1,
      },
    });
    const ref = dashboard.references.find(
      (r: { name: string }) => r.name === search.filter[0].meta.indexRefName,
    );
    assert.equal(ref.id, "test-planner");
  });

  it("derives stable ids from names, so recompiling gives identical bytes", () => {
    assert.equal(dashboardNdjson(everyKindDashboard), dashboardNdjson(everyKindDashboard));
    const a = panelIds("am-overview", "Assessments");
    assert.equal(a.panelIndex, panelIds("am-overview", "Assessments").panelIndex);
    assert.notEqual(a.panelIndex, panelIds("am-overview", "VMs assessed").panelIndex);
    assert.notEqual(a.panelIndex, panelIds("am-installations", "Assessments").panelIndex);
    assert.match(a.panelIndex, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("compiles the shipped dashboards against their models' index mappings", () => {
    const dashboards = allDashboards({
      installationsIndexPattern: "am-installations*",
      telemetryIndexPattern: TELEMETRY_PATTERN,
      telemetryQueries: TELEMETRY_QUERIES,
    });
    assert.deepEqual(
      dashboards.map((d) => d.id),
      ["am-overview", "am-installations", "am-telemetry"],
    );
    for (const d of dashboards) checkCompiled(d, d.dataView.model);
  });

  it("reads the installation cells: every panel filters one facet and sums attempts", () => {
    const installations = allDashboards({ installationsIndexPattern: "x*" })[1];
    assert.equal(installations.dataView.model.name, "ai-installation-cells");
    for (const p of installations.panels) {
      assert.match(JSON.stringify(p.filter), /"field":"facet","is":"[a-z-]+"/, `${p.title} names its facet`);
      assert.ok(!JSON.stringify(p).includes('"op":"count"'), `${p.title} counts documents`);
    }
    assert.equal(dataViewSavedObject(installations.dataView).attributes.title, "x*");
  });
});

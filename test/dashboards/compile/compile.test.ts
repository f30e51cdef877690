import assert from "node:assert/strict";
import { indexMappings } from "../../../anonymisation/derive/mappings";
import type { DocumentModel } from "../../../anonymisation/model";
import { panelIds } from "../../../dashboards/compile/savedObjects";
import {
  allDashboards,
  dashboardNdjson,
  dashboardSavedObject,
  dataViewSavedObject,
  validateDashboard,
  type AnyDashboard,
} from "../../../dashboards";
import type { LensAttributes } from "../../../dashboards/compile/lens";
import { keyEpochLayer } from "../../../dashboards/keyEpochs";
import { everyKindDashboard, TELEMETRY_PATTERN, TELEMETRY_QUERIES } from "../fixtures";

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
  const annotationViews = new Set((d.annotations ?? []).map((a) => a.dataView.id));
  assert.equal(objects.length, 2 + annotationViews.size);
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
    assert.deepEqual(attrs.references[0], {
      type: "index-pattern",
      id: d.dataView.id,
      name: `indexpattern-datasource-layer-${layerId}`,
    });
    // Anything else a panel references is the data view of an annotation layer drawn on it.
    for (const ref of attrs.references.slice(1)) {
      assert.match(ref.name, /^xy-visualization-layer-/);
      assert.ok(annotationViews.has(ref.id), `${panel.title}: ${ref.id} is an annotation layer's data view`);
      assert.ok(refNames.has(`${panel.panelIndex}:${ref.name}`), `dashboard reference of ${ref.name}`);
    }
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

describe("dashboard annotation layers (key epochs)", () => {
  const installations = allDashboards({ installationsIndexPattern: "am-installations*" })[1];
  const panels = JSON.parse(dashboardSavedObject(installations).attributes.panelsJSON) as {
    title: string;
    panelIndex: string;
    embeddableConfig: { attributes: LensAttributes };
  }[];
  const layersOf = (title: string) => {
    const attrs = panels.find((p) => p.title === title)!.embeddableConfig.attributes;
    const vis = attrs.state.visualization as { layers?: Record<string, unknown>[] };
    return { attrs, annotationLayers: (vis.layers ?? []).filter((l) => l.layerType === "annotations") };
  };

  it("draws the key-epoch markers on every time-series panel of the installations dashboard, and only there", () => {
    const marked = panels.filter((p) => layersOf(p.title).annotationLayers.length > 0).map((p) => p.title);
    assert.deepEqual(marked, [
      "Success rate over time",
      "Installation results over time",
      "OpenShift version usage",
      "First-attempt success rate over time",
    ]);
    const { attrs, annotationLayers } = layersOf("First-attempt success rate over time");
    const [layer] = annotationLayers;
    assert.equal(layer.persistanceType, "byValue");
    assert.equal(layer.ignoreGlobalFilters, true);
    const [annotation] = layer.annotations as Record<string, unknown>[];
    assert.deepEqual(
      {
        type: annotation.type,
        key: annotation.key,
        timeField: annotation.timeField,
        textField: annotation.textField,
        filter: annotation.filter,
      },
      {
        type: "query",
        key: { type: "point_in_time" },
        timeField: "recorded_at",
        textField: "message",
        filter: { type: "kibana_query", query: 'key_name : "pseudonymisationKey"', language: "kuery" },
      },
    );
    // Its data view is referenced under Lens' name for an XY layer's data view.
    assert.deepEqual(attrs.references[1], {
      type: "index-pattern",
      id: "am-key-epochs",
      name: `xy-visualization-layer-${String(layer.layerId)}`,
    });
    // Markers are events over their own data view: the panel's figures still read the installations only.
    assert.deepEqual(Object.keys(attrs.state.datasourceStates.formBased.layers).length, 1);
  });

  it("refuses a layer over the dashboard's own data view, a field its model does not declare, or nothing to draw on", () => {
    const own: AnyDashboard = {
      ...installations,
      annotations: [{ ...keyEpochLayer, dataView: installations.dataView, textField: "cluster_ref" }],
    };
    assert.throws(
      () => validateDashboard(own),
      (e: Error) =>
        /reads the dashboard's own data view/.test(e.message) &&
        // The cells model declares no pseudonym at all: a pseudonym's name is an undeclared field there.
        /"cluster_ref" is not declared in document model "ai-installation-cells"/.test(e.message),
    );
    const noTimeAxis: AnyDashboard = {
      ...installations,
      panels: installations.panels.filter((p) => p.chart === "metric"),
    };
    assert.throws(() => validateDashboard(noTimeAxis), /no bar, line or area panel over a date histogram/);
    const badColour: AnyDashboard = { ...installations, annotations: [{ ...keyEpochLayer, color: "red" }] };
    assert.throws(() => validateDashboard(badColour), /is not #rrggbb/);
  });
});

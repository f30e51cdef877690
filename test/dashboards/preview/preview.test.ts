/**
 * The dashboard preview of stack dev against the real engines: the fixture corpus in real PostgreSQL, the stack's
 * read model, closer and sync rule, its template and final pipeline in a real OpenSearch 2.19 (standing in for
 * Elasticsearch), and every panel's figures compared with the same panel evaluated here, independently, in plain
 * TypeScript over the rows the sync rule returned (no pipeline, no search engine). That the rows (aggregate cells)
 * add up to the raw fixtures is shown on real PostgreSQL in test/components/planner-read-model/readModel.test.ts.
 *
 * Upstream facts the stand-in gaps rest on:
 * - Elasticsearch's remove processor takes `keep` (elastic/elasticsearch@v8.16.0:modules/ingest-common/src/main/
 *   java/org/elasticsearch/ingest/common/RemoveProcessor.java); OpenSearch 2.19 calls the same `exclude_field`
 *   (opensearch-project/OpenSearch@2.19.1:modules/ingest-common/src/main/java/org/opensearch/ingest/common/
 *   RemoveProcessor.java).
 * - OpenSearch 2.19's pipeline parser has no `_meta` (opensearch-project/OpenSearch@2.19.1:server/src/main/java/
 *   org/opensearch/ingest/Pipeline.java reads description, version, processors, on_failure).
 */
import * as assert from "node:assert/strict";
import { startOpenSearch, type OpenSearchNode } from "../../../engines/opensearch/node";
import type { PanelFigures } from "../../../dashboards/preview/evaluate";
import { runPreview, type PreviewResult } from "../../../dashboards/preview/harness";
import { renderDashboardHtml } from "../../../dashboards/preview/render";
import type { AnyBreakdown, AnyMetric, AnyPanel } from "../../../dashboards/language/types";
import type { AnyFilter } from "../../../dashboards/language/kql";
import { panelBreakdowns, panelMetrics } from "../../../dashboards/language/panels";

type Json = Record<string, unknown>;
type Expected = Map<string, number[]>;
type Row = Record<string, unknown>;

const obj = (v: unknown): Json =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function add(m: Expected, key: string, values: (number | null)[]): void {
  const current = m.get(key) ?? values.map(() => 0);
  m.set(
    key,
    current.map((c, i) => c + (values[i] ?? 0)),
  );
}

const present = (v: unknown) => v !== null && v !== undefined;

function matches(row: Row, f: AnyFilter | undefined): boolean {
  if (!f) return true;
  if ("and" in f) return f.and.every((x) => matches(row, x));
  if ("or" in f) return f.or.some((x) => matches(row, x));
  if ("not" in f) return !matches(row, f.not);
  const v = row[f.field];
  if ("is" in f) return v === f.is;
  if ("oneOf" in f) return f.oneOf.includes(v as string);
  if ("exists" in f) return present(v);
  const n = Number(v);
  return (
    present(v) &&
    (f.range.gte === undefined || n >= Number(f.range.gte)) &&
    (f.range.lt === undefined || n < Number(f.range.lt))
  );
}

function keyOf(row: Row, b: AnyBreakdown): string | undefined {
  const v = row[b.field];
  if (!present(v)) return undefined;
  if (b.by === "date_histogram") {
    const iso = (v instanceof Date ? v : new Date(String(v))).toISOString();
    return b.interval === "y" ? iso.slice(0, 4) : b.interval === "M" ? iso.slice(0, 7) : iso.slice(0, 10);
  }
  return String(v);
}

function metricValue(rows: Row[], m: AnyMetric): number {
  if (m.op !== "sum") throw new Error(`the oracle sums only; panel metric ${m.op}`);
  return rows
    .filter((r) => matches(r, m.filter))
    .reduce((a, r) => a + (present(r[m.field]) ? Number(r[m.field]) : 0), 0);
}

/** Every overview panel evaluated over the synced cells: filter, group by the breakdowns, sum the metrics. */
function oracle(rows: readonly Row[], panels: readonly AnyPanel[]): Record<string, Expected> {
  const out: Record<string, Expected> = {};
  for (const panel of panels) {
    const groups = new Map<string, Row[]>();
    for (const r of rows.filter((x) => matches(x, panel.filter))) {
      const keys = panelBreakdowns(panel).map((b) => keyOf(r, b));
      if (keys.some((k) => k === undefined)) continue;
      const key = keys.join("|");
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const e: Expected = new Map();
    for (const [key, members] of groups)
      add(
        e,
        key,
        panelMetrics(panel).map((m) => metricValue(members, m)),
      );
    out[panel.title] = e;
  }
  return out;
}

const byKey = (f: PanelFigures): Expected =>
  new Map(f.rows.map((r) => [r.keys.join("|"), r.values.map((v) => v ?? 0)]));

/**
 * The panel's figures against the expectation. Where a terms breakdown shows only its top `size` values, the shown
 * values must be the expected ones for their keys, as many as the size allows, and none left out may rank above.
 */
function compare(panel: AnyPanel, figures: PanelFigures, expected: Expected): void {
  const shown = byKey(figures);
  const terms =
    "x" in panel && panel.x.by === "terms" ? panel.x : "slices" in panel ? panel.slices[0] : undefined;
  const truncated =
    terms !== undefined &&
    panel.chart !== "table" &&
    new Set([...expected.keys()].map((k) => k.split("|")[0])).size > terms.size;
  if (!truncated && panel.chart !== "table") {
    assert.deepEqual(
      [...shown].sort(),
      [...expected].sort(),
      `${panel.title}: figures differ from the totals of the raw fixtures`,
    );
    return;
  }
  for (const [key, values] of shown) {
    assert.deepEqual(values, expected.get(key), `${panel.title}: ${key} differs from the raw fixtures`);
  }
  if (panel.chart === "table") {
    // Top 20 issues by VMs affected (summed over both severities), each with its severities.
    const outer = new Map<string, number>();
    for (const [key, [vms]] of expected)
      outer.set(key.split("|")[0], (outer.get(key.split("|")[0]) ?? 0) + vms);
    const ranked = [...outer].sort((a, b) => b[1] - a[1]);
    const shownIds = new Set([...shown.keys()].map((k) => k.split("|")[0]));
    assert.equal(shownIds.size, Math.min(20, ranked.length), `${panel.title}: number of issues shown`);
    const floor = Math.min(...[...shownIds].map((id) => outer.get(id)!));
    for (const [id, vms] of ranked)
      if (!shownIds.has(id)) assert.ok(vms <= floor, `${panel.title}: ${id} left out`);
    for (const [key, values] of expected) {
      if (shownIds.has(key.split("|")[0])) assert.deepEqual(shown.get(key), values, `${panel.title}: ${key}`);
    }
    return;
  }
  assert.equal(shown.size, terms!.size, `${panel.title}: shows ${shown.size} of its top ${terms!.size}`);
  if (terms!.order === "alphabetical") {
    // Keyword terms sort by their bytes: for these ASCII keys, JavaScript's default sort.
    assert.deepEqual(
      [...shown.keys()].sort(),
      [...expected.keys()].sort().slice(0, terms!.size),
      panel.title,
    );
    return;
  }
  const floor = Math.min(...[...shown.values()].map((v) => v[0]));
  for (const [key, [value]] of expected) {
    if (!shown.has(key))
      assert.ok(value <= floor, `${panel.title}: ${key} (${value}) left out of the top ${terms!.size}`);
  }
}

describe("dashboard preview of stack dev on real PostgreSQL and OpenSearch 2.19 (standing in for Elasticsearch)", function () {
  // First run on a machine builds the OpenSearch engine from Maven Central (about a minute), then ~2 minutes.
  this.timeout(900_000);
  let node: OpenSearchNode | undefined;
  let preview: PreviewResult;

  before(async () => {
    node = await startOpenSearch();
    preview = await runPreview("dev", { opensearch: node, keepPostgres: true });
  });

  after(async () => {
    await node?.stop();
  });

  it("indexes every row of the stack's sync rule through its template and final pipeline, and nothing else", async () => {
    const corpus = preview.corpus!;
    // Aggregate cells of at least k customers: far fewer documents than the per-subject model had.
    assert.ok(corpus.rows.length > 50, `only ${corpus.rows.length} rows`);
    assert.ok(
      corpus.rows.every((r) => Number(r.customers) >= 10),
      "a cell below k = 10 customers",
    );
    assert.equal(preview.indexed["am-planner"], corpus.rows.length);
    const template = preview.inputs.indices.find((i) => i.index === "am-planner")!;
    const allowed = Object.keys(
      (obj(obj(template.templateBody.template).mappings).properties ?? {}) as Json,
    ).sort();
    const mapping = (await (await fetch(`${node!.url}/am-planner/_mapping`)).json()) as Json;
    const mapped = Object.keys(obj(obj(obj(mapping["am-planner"]).mappings).properties)).sort();
    assert.deepEqual(mapped, allowed, "the index maps exactly the template's fields");
    const hits = (await (
      await fetch(`${node!.url}/am-planner/_search?size=10000`, { method: "GET" })
    ).json()) as { hits: { hits: { _source: Json }[] } };
    assert.equal(hits.hits.hits.length, corpus.rows.length);
    for (const h of hits.hits.hits) {
      for (const field of Object.keys(h._source)) {
        assert.ok(allowed.includes(field), `a document kept ${field}, which the template does not map`);
      }
    }
  });

  it("shows on every overview panel the figures the panel gives over the synced cells, evaluated independently", () => {
    const overview = preview.dashboards.find((d) => d.dashboard.id === "am-overview")!;
    const expected = oracle(preview.corpus!.rows, overview.dashboard.panels as AnyPanel[]);
    assert.equal(overview.panels.length, overview.dashboard.panels.length);
    for (const { panel, figures } of overview.panels) {
      const e = expected[panel.title];
      assert.ok(e, `no independent expectation for panel "${panel.title}": add one to this test's oracle`);
      assert.ok(figures.rows.length > 0, `${panel.title} shows nothing`);
      compare(panel, figures, e);
    }
  });

  it("evaluates the installations dashboard over its real, empty index and says why it is empty", () => {
    const installations = preview.dashboards.find((d) => d.dashboard.id === "am-installations")!;
    assert.equal(installations.documents, 0);
    assert.match(
      installations.emptyBecause ?? "",
      /fixture corpus only for the planner connector.*created here through this stack.s template am-installations-cells-template/,
    );
    assert.equal(installations.panels.length, installations.dashboard.panels.length);
  });

  it("lists exactly what the stand-in lacks, and checked the keep step it ran instead", async () => {
    const lacks = preview.gaps.map((g) => `${g.object}: ${g.lacks}`).sort();
    assert.deepEqual(lacks, [
      "pipeline am-installations-cells-anonymise: `remove.keep`",
      "pipeline am-installations-cells-anonymise: pipeline `_meta`",
      "pipeline am-key-epochs-anonymise: `remove.keep`",
      "pipeline am-key-epochs-anonymise: pipeline `_meta`",
      "pipeline am-planner-anonymise: `remove.keep`",
      "pipeline am-planner-anonymise: pipeline `_meta`",
    ]);
    const stored = (await (await fetch(`${node!.url}/_ingest/pipeline/am-planner-anonymise`)).json()) as Json;
    const processors = arr(obj(stored["am-planner-anonymise"]).processors).map(obj);
    const sent = preview.inputs.indices.find((i) => i.pipelineName === "am-planner-anonymise")!.pipelineBody;
    assert.equal(
      processors.length,
      sent.processors!.length,
      "every other processor ran as the stack wrote it",
    );
    const keep = obj((sent.processors!.at(-1) as Json).remove).keep as string[];
    assert.deepEqual(obj(processors.at(-1)!.remove).exclude_field, keep);
  });

  it("renders HTML that names the engine, what it stands in for, and the stand-in's gaps", () => {
    const overview = preview.dashboards.find((d) => d.dashboard.id === "am-overview")!;
    const html = renderDashboardHtml(preview, overview);
    assert.match(html, /opensearch 2\.19\.\d+, standing in for Elasticsearch 9\./);
    assert.match(html, /OpenSearch lacks `remove\.keep`/);
    assert.match(html, /<svg[^>]*>/, "charts are drawn");
    const assessments = overview.panels.find((p) => p.panel.title === "Assessments")!.figures.rows[0]
      .values[0]!;
    assert.ok(html.includes(`<div class="metric">${assessments.toLocaleString("en-US")}</div>`));
  });
});

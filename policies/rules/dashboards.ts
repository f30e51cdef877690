/**
 * Dashboards show aggregates only, over fields the classification lets a dashboard show, and break down by terms
 * only on low-cardinality fields. The ndjson of every KibanaImportSavedObjects is parsed: that is exactly what
 * Kibana will import.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { dashboardFields, lowCardinalityFields, type DocumentModel } from "../../anonymisation/model";
import { globMatch } from "../../contracts/wildcard";
import {
  asArray,
  at,
  isElastic,
  isObject,
  label,
  type Level,
  type PolicyResource,
  type Props,
} from "./common";
import { writtenIndices } from "./anonymisation";
import { Inventory } from "./inventory";
import { leadersSchema, type ReplicationConfig } from "./replication";

/** Lens operations that show one document's value rather than an aggregate. */
const SINGLE_DOCUMENT_OPERATIONS = ["last_value", "top_hit", "top_hits", "top_metrics", "raw_document"];
/** Panel / saved-object types that list documents (Discover sessions, saved searches). */
const DOCUMENT_LIST_TYPES = ["search", "discover_session"];
const RECORDS = "___records___";

interface SavedObjectView {
  type: string;
  id: string;
  attributes: Props;
  references: { type?: string; id?: string; name?: string }[];
}

function parseNdjson(text: string): { objects: SavedObjectView[]; badLines: number[] } {
  const objects: SavedObjectView[] = [];
  const badLines: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      const o = JSON.parse(line) as Props;
      if ("exportedCount" in o) return; // export summary line
      objects.push({
        type: String(o.type),
        id: String(o.id),
        attributes: isObject(o.attributes) ? o.attributes : {},
        references: asArray(o.references) as SavedObjectView["references"],
      });
    } catch {
      badLines.push(i + 1);
    }
  });
  return { objects, badLines };
}

function jsonAttr(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

interface LensColumnView {
  where: string;
  operationType?: string;
  sourceField?: string;
  params?: Props;
  filterQuery?: string;
}

interface PanelView {
  where: string;
  type: string;
  dataViewIds: string[];
  columns: LensColumnView[];
  queries: string[];
}

/** Lens attributes (by value in a dashboard panel, or a `lens` saved object) → its columns and KQL. */
function lensView(where: string, attrs: unknown): Pick<PanelView, "columns" | "queries" | "dataViewIds"> {
  const columns: LensColumnView[] = [];
  const queries: string[] = [];
  const state = at(attrs, "state");
  const q = at(state, "query", "query");
  if (typeof q === "string" && q.trim()) queries.push(q);
  for (const ds of ["formBased", "indexpattern"]) {
    const layers = at(state, "datasourceStates", ds, "layers");
    if (!isObject(layers)) continue;
    for (const [layerId, layer] of Object.entries(layers)) {
      const cols = at(layer, "columns");
      if (!isObject(cols)) continue;
      for (const [colId, col] of Object.entries(cols)) {
        const fq = at(col, "filter", "query");
        columns.push({
          where: `${where} column ${layerId}/${colId}`,
          operationType:
            typeof at(col, "operationType") === "string" ? String(at(col, "operationType")) : undefined,
          sourceField:
            typeof at(col, "sourceField") === "string" ? String(at(col, "sourceField")) : undefined,
          params: isObject(at(col, "params")) ? (at(col, "params") as Props) : undefined,
          filterQuery: typeof fq === "string" && fq.trim() ? fq : undefined,
        });
      }
    }
  }
  const dataViewIds = asArray(at(attrs, "references"))
    .filter((r) => at(r, "type") === "index-pattern" && !isAnnotationRef(r))
    .map((r) => String(at(r, "id")));
  return { columns, queries, dataViewIds };
}

/** Lens names the data view of an XY annotation layer `xy-visualization-layer-<layerId>`. */
const ANNOTATION_REF = "xy-visualization-layer-";
const isAnnotationRef = (r: unknown) => String(at(r, "name")).startsWith(ANNOTATION_REF);

/**
 * The annotation (event) layers of a Lens XY panel, each read as a panel of its own over its own data view: the
 * fields it names (time, text, extra fields) are columns, its filter a query, so they are checked against the
 * events' model and not the panel's.
 */
function annotationViews(where: string, attrs: unknown): PanelView[] {
  const refs = asArray(at(attrs, "references")).filter(isAnnotationRef);
  const out: PanelView[] = [];
  for (const layer of asArray(at(attrs, "state", "visualization", "layers"))) {
    if (at(layer, "layerType") !== "annotations") continue;
    const layerId = String(at(layer, "layerId"));
    const at_ = `${where} annotation layer ${layerId}`;
    const ref = refs.find((r) => String(at(r, "name")) === `${ANNOTATION_REF}${layerId}`);
    const columns: LensColumnView[] = [];
    const queries: string[] = [];
    for (const a of asArray(at(layer, "annotations"))) {
      for (const f of [at(a, "timeField"), at(a, "textField"), ...asArray(at(a, "extraFields"))]) {
        if (typeof f === "string" && f !== "") columns.push({ where: at_, sourceField: f });
      }
      const q = at(a, "filter", "query");
      if (typeof q === "string" && q.trim()) queries.push(q);
    }
    out.push({
      where: at_,
      type: "annotations",
      dataViewIds: ref ? [String(at(ref, "id"))] : [],
      columns,
      queries,
    });
  }
  return out;
}

/** Every panel of the import, with what it reads. */
function panelsOf(objects: SavedObjectView[]): { panels: PanelView[]; problems: string[] } {
  const panels: PanelView[] = [];
  const problems: string[] = [];
  for (const o of objects) {
    if (DOCUMENT_LIST_TYPES.includes(o.type))
      problems.push(`saved object ${o.type} "${o.id}" lists individual documents`);
    if (o.type === "visualization") {
      if (o.attributes.savedSearchRefName || o.references.some((r) => r.type === "search")) {
        problems.push(`visualization "${o.id}" is built on a saved search`);
      }
      const vis = jsonAttr(o.attributes.visState);
      for (const agg of asArray(at(vis, "aggs"))) {
        if (SINGLE_DOCUMENT_OPERATIONS.includes(String(at(agg, "type")))) {
          problems.push(
            `visualization "${o.id}" uses a ${String(at(agg, "type"))} aggregation (single documents)`,
          );
        }
      }
    }
    if (o.type === "lens") {
      panels.push({ where: `lens "${o.id}"`, type: "lens", ...lensView(`lens "${o.id}"`, o.attributes) });
      panels.push(...annotationViews(`lens "${o.id}"`, o.attributes));
    }
    if (o.type === "dashboard") {
      const search = jsonAttr(at(o.attributes, "kibanaSavedObjectMeta", "searchSourceJSON"));
      const dashboardQueries = [at(search, "query", "query")].filter(
        (q): q is string => typeof q === "string" && q.trim() !== "",
      );
      const filterFields = asArray(at(search, "filter")).flatMap((f) => dslFields(at(f, "query")));
      // An annotation layer's data view (`<panel>:xy-visualization-layer-…`) is not what the filters apply to.
      const dashboardDataViews = o.references
        .filter((r) => r.type === "index-pattern" && !String(r.name).includes(ANNOTATION_REF))
        .map((r) => String(r.id));
      if (dashboardQueries.length || filterFields.length) {
        panels.push({
          where: `dashboard "${o.id}" filters`,
          type: "filters",
          dataViewIds: [...new Set(dashboardDataViews)],
          columns: filterFields.map((f) => ({ where: `dashboard "${o.id}" filter`, sourceField: f })),
          queries: dashboardQueries,
        });
      }
      const list = jsonAttr(o.attributes.panelsJSON);
      if (list === undefined) problems.push(`dashboard "${o.id}" has panelsJSON that is not JSON`);
      for (const [i, p] of asArray(list).entries()) {
        const type = String(at(p, "type"));
        const where = `dashboard "${o.id}" panel ${String(at(p, "title") ?? at(p, "panelIndex") ?? i)}`;
        if (DOCUMENT_LIST_TYPES.includes(type)) {
          problems.push(`${where} is a ${type} panel (lists individual documents)`);
          continue;
        }
        if (type !== "lens") {
          problems.push(
            `${where} is a ${type} panel; only Lens panels by value can be checked for aggregation`,
          );
          continue;
        }
        const attrs = at(p, "embeddableConfig", "attributes");
        if (!isObject(attrs)) {
          problems.push(`${where} is a Lens panel by reference; inline it so the pack can check it`);
          continue;
        }
        panels.push({ where, type, ...lensView(where, attrs) });
        panels.push(...annotationViews(where, attrs));
      }
    }
  }
  for (const p of panels) {
    for (const c of p.columns) {
      if (c.operationType && SINGLE_DOCUMENT_OPERATIONS.includes(c.operationType)) {
        problems.push(`${c.where} uses ${c.operationType}, which shows a single document's value`);
      }
    }
  }
  return { panels, problems };
}

/** Field names a KQL string names (`field : value`, `field >= 3`), quoted literals removed first. */
export function kqlFields(kql: string): string[] {
  const bare = kql.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...new Set([...bare.matchAll(/([A-Za-z_@][A-Za-z0-9_.@]*)\s*(?::|>=|<=|<|>)/g)].map((m) => m[1]))];
}

/** Field names a query DSL object names (match_phrase / term / range / exists / terms …). */
function dslFields(q: unknown): string[] {
  if (Array.isArray(q)) return q.flatMap(dslFields);
  if (!isObject(q)) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(q)) {
    if (["match_phrase", "match", "term", "terms", "range", "prefix", "wildcard"].includes(k) && isObject(v))
      out.push(...Object.keys(v));
    else if (k === "exists" && typeof at(v, "field") === "string") out.push(String(at(v, "field")));
    else out.push(...dslFields(v));
  }
  return out;
}

function importText(args: { props: Props }): string {
  const v = at(args.props, "fileContents");
  return typeof v === "string" ? v : "";
}

export function dashboardsAggregateOnly(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "dashboards-aggregate-only",
    description:
      "Imported Kibana objects contain only aggregate Lens panels: no saved searches, Discover panels or single-document operations.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Define dashboards in dashboards/ with the typed language (aggregate metrics only) and import them through " +
      "components/kibana-dashboards.",
    validateResource: (args, report) => {
      if (!isElastic(args.type, "KibanaImportSavedObjects")) args.notApplicable("not a saved-objects import");
      const { objects, badLines } = parseNdjson(importText(args));
      for (const line of badLines) report(`${label(args)}: ndjson line ${line} is not JSON.`);
      for (const problem of panelsOf(objects).problems) report(`${label(args)}: ${problem}.`);
    },
  };
}

function dataViewModel(inv: Inventory, dv: PolicyResource): { model?: DocumentModel; problem?: string } {
  const title = String(at(dv.props, "dataView", "title") ?? "");
  let model: DocumentModel | undefined;
  for (const pattern of title
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (pattern.includes(":")) continue; // remote patterns: replication-from-anonymised-leaders
    // A wildcard wider than the templates is judged by the indices this stack's writers create: each must be
    // anonymised (a pattern matching none of them reads nothing the stack knows about).
    const direct = inv.coverage(pattern);
    const matched = direct.problem
      ? writtenIndices(inv)
          .filter((w) => globMatch(pattern, w.index))
          .map((w) => w.index)
      : [];
    const coverages = direct.problem ? matched.map((i) => inv.coverage(i)) : [direct];
    const failed = coverages.find((c) => c.problem);
    if (coverages.length === 0 || failed) {
      return {
        problem: `its index pattern "${pattern}" is not anonymised: ${failed?.problem ?? direct.problem}`,
      };
    }
    for (const c of coverages) {
      if (model && c.model && model.name !== c.model.name)
        return { problem: `its index patterns mix models ${model.name} and ${c.model.name}` };
      model = c.model;
    }
  }
  return model
    ? { model }
    : { problem: `its index pattern "${title}" matches no anonymised index of this stack` };
}

export function dashboardsUseShownFields(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "dashboards-use-shown-fields",
    description:
      "Data views cover only anonymised indices, and every field a dashboard reads is kept or generalised by the " +
      "classification; terms breakdowns use only low-cardinality fields.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Use DashboardField / LowCardinalityField of the model in the dashboard definition (dashboards/), or change the " +
      "field's classification in anonymisation/ if it really may be shown.",
    configSchema: { properties: leadersSchema },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources, args.getConfig<ReplicationConfig>().anonymisedLeaders ?? []);
      const models = new Map<string, DocumentModel>();
      for (const dv of inv.elastic("KibanaDataView")) {
        const id = String(at(dv.props, "dataView", "id") ?? "");
        const { model, problem } = dataViewModel(inv, dv);
        if (problem || !model) {
          report(`${label(dv)}: ${problem}.`, dv.urn);
          continue;
        }
        models.set(id, model);
        const time = at(dv.props, "dataView", "timeFieldName");
        if (typeof time === "string" && !dashboardFields(model).includes(time)) {
          report(
            `${label(dv)}: time field "${time}" is not a field model ${model.name} lets a dashboard show.`,
            dv.urn,
          );
        }
      }
      for (const imp of inv.elastic("KibanaImportSavedObjects")) {
        const { objects } = parseNdjson(importText(imp));
        for (const o of objects.filter((x) => x.type === "index-pattern")) {
          report(
            `${label(imp)} imports data view "${o.id}" itself; manage data views as KibanaDataView resources so they can be checked.`,
            imp.urn,
          );
        }
        const unresolved = new Set<string>();
        for (const panel of panelsOf(objects).panels) {
          if (panel.dataViewIds.length === 0)
            report(`${label(imp)}: ${panel.where} names no data view.`, imp.urn);
          for (const id of panel.dataViewIds) {
            const model = models.get(id);
            if (!model) {
              // One report per data view: every panel on it shares the cause.
              if (!unresolved.has(id)) {
                report(
                  `${label(imp)}: ${panel.where} (and any other panel on it) reads data view "${id}", which is not an anonymised data view of this stack.`,
                  imp.urn,
                );
              }
              unresolved.add(id);
              continue;
            }
            checkPanel(panel, model).forEach((p) => report(`${label(imp)}: ${p}.`, imp.urn));
          }
        }
      }
    },
  };
}

/**
 * Lens operations that read documents one by one: over a model of aggregate cells a document count counts cells,
 * not customers, and a percentile, median or unique count shows one cell's value.
 */
const PER_DOCUMENT_OPERATIONS = ["count", "unique_count", "percentile", "percentile_rank", "median"];

function checkPanel(panel: PanelView, model: DocumentModel): string[] {
  const shown = dashboardFields(model);
  const low = lowCardinalityFields(model);
  const problems: string[] = [];
  for (const c of panel.columns) {
    if (model.cells && c.operationType && PER_DOCUMENT_OPERATIONS.includes(c.operationType)) {
      problems.push(
        `${c.where} uses ${c.operationType} over model ${model.name}, whose documents are aggregate cells: sum "${model.cells.subjects}" or a measure instead`,
      );
    }
    const fields = [c.sourceField, ...asArray(c.params?.secondaryFields)].filter(
      (f): f is string => typeof f === "string" && f !== RECORDS,
    );
    for (const f of fields) {
      if (!shown.includes(f))
        problems.push(`${c.where} reads "${f}", which model ${model.name} does not let a dashboard show`);
      else if (c.operationType === "terms" && !low.includes(f)) {
        problems.push(
          `${c.where} breaks down by terms of "${f}", which is not a low-cardinality field of model ${model.name}`,
        );
      }
    }
    if (c.filterQuery) {
      for (const f of kqlFields(c.filterQuery)) {
        if (!shown.includes(f))
          problems.push(
            `${c.where} filters on "${f}", which model ${model.name} does not let a dashboard show`,
          );
      }
    }
  }
  for (const q of panel.queries) {
    for (const f of kqlFields(q)) {
      if (!shown.includes(f))
        problems.push(
          `${panel.where} queries "${f}", which model ${model.name} does not let a dashboard show`,
        );
    }
  }
  return problems;
}

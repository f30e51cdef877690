/**
 * Synth-time check of a dashboard against its document model: the same rules the types enforce, for dashboards
 * that bypass them (casts, dynamic construction), plus the layout and shape rules types cannot express.
 */
import type { DocumentField, DocumentModel } from "../anonymisation/model";
import { filterFields, type AnyFilter } from "./language/kql";
import { hasTimeAxis, panelBreakdowns, panelMetrics } from "./language/panels";
import {
  GRID_COLUMNS,
  type AnyBreakdown,
  type AnyDashboard,
  type AnyMetric,
  type AnyPanel,
} from "./language/types";

export class DashboardValidationError extends Error {
  constructor(
    readonly dashboardId: string,
    readonly problems: readonly string[],
  ) {
    super(`dashboard "${dashboardId}" is invalid:\n  - ${problems.join("\n  - ")}`);
    this.name = "DashboardValidationError";
  }
}

type Need = "dashboard" | "low-cardinality" | "numeric" | "date";

const NEED_TEXT: Record<Need, string> = {
  dashboard: "a kept or generalised field",
  "low-cardinality": "a low-cardinality kept or generalised field (terms breakdowns only accept those)",
  numeric: "a numeric (long/double) kept or generalised field",
  date: "a date kept or generalised field",
};

/** Why `field` cannot be used as `need`, or undefined when it can. */
function fieldProblem(model: DocumentModel, field: string, need: Need): string | undefined {
  const declared: DocumentField | undefined = Object.prototype.hasOwnProperty.call(model.fields, field)
    ? model.fields[field]
    : undefined;
  if (!declared) return `field "${field}" is not declared in document model "${model.name}"`;
  const t = declared.treatment;
  if (t.action === "drop" || t.action === "pseudonymise") {
    return `field "${field}" is ${t.action === "drop" ? "dropped" : "pseudonymised"} in document model "${model.name}"; dashboards may only show kept or generalised fields`;
  }
  if (need === "low-cardinality" && t.cardinality !== "low") {
    return `field "${field}" is high-cardinality; ${NEED_TEXT[need]}`;
  }
  if (need === "numeric" && declared.type !== "long" && declared.type !== "double") {
    return `field "${field}" is of type ${declared.type}; ${NEED_TEXT[need]} is needed`;
  }
  if (need === "date" && declared.type !== "date") {
    return `field "${field}" is of type ${declared.type}; ${NEED_TEXT[need]} is needed`;
  }
  return undefined;
}

/** Fields a filter names and what each must be: ranges need numbers, the other filters any shown field. */
function filterNeeds(filter: AnyFilter): [string, Need][] {
  return filterFields(filter).map(({ field, role }) => [field, role === "range" ? "numeric" : "dashboard"]);
}

function metricFields(metric: AnyMetric): [string, Need][] {
  const out: [string, Need][] = [];
  const filters: AnyFilter[] = [];
  if (metric.op === "ratio") {
    filters.push(metric.numerator, metric.denominator);
    if (metric.sumOf !== undefined) out.push([metric.sumOf, "numeric"]);
  } else if (metric.filter) filters.push(metric.filter);
  if (metric.op === "unique_count") out.push([metric.field, "dashboard"]);
  else if (metric.op !== "count" && metric.op !== "ratio") out.push([metric.field, "numeric"]);
  for (const f of filters) out.push(...filterNeeds(f));
  return out;
}

function breakdownFields(b: AnyBreakdown): [string, Need][] {
  return [[b.field, b.by === "terms" ? "low-cardinality" : "date"]];
}

/** Over aggregate cells a metric must sum: a document is a cell, never a customer (see `PerDocumentOp`). */
function cellProblems(panel: AnyPanel, model: DocumentModel): string[] {
  if (!model.cells) return [];
  const out: string[] = [];
  for (const m of panelMetrics(panel)) {
    if (m.op === "count" || m.op === "unique_count" || m.op === "percentile" || m.op === "median") {
      out.push(
        `"${m.op}" reads documents one by one, but every document of model "${model.name}" is an aggregate cell: ` +
          `sum "${model.cells.subjects}" (or a measure) instead`,
      );
    }
    if (m.op === "ratio" && m.sumOf === undefined) {
      out.push(`a ratio over model "${model.name}" counts cells, not customers: give it sumOf`);
    }
  }
  return out;
}

function shapeProblems(panel: AnyPanel): string[] {
  const out: string[] = [];
  const metrics = panelMetrics(panel);
  if (metrics.length === 0) out.push("needs at least one metric");
  for (const m of metrics) {
    if (m.op === "percentile" && !(m.percentile > 0 && m.percentile < 100)) {
      out.push(`percentile ${m.percentile} is not between 0 and 100`);
    }
    if (m.op === "ratio" && !m.label.trim()) out.push("a ratio needs a label");
  }
  for (const b of panelBreakdowns(panel)) {
    if (b.by === "terms" && !(Number.isInteger(b.size) && b.size >= 1 && b.size <= 100)) {
      out.push(`terms size ${b.size} on "${b.field}" must be an integer from 1 to 100`);
    }
  }
  if (
    (panel.chart === "pie" || panel.chart === "donut") &&
    (panel.slices.length < 1 || panel.slices.length > 2)
  ) {
    out.push("a pie needs one or two slice levels");
  }
  if (panel.chart === "table" && panel.rows.length > 3)
    out.push("a table takes at most three row breakdowns");
  if ("splitBy" in panel && panel.splitBy && panel.metrics.length > 1) {
    out.push("a split series chart takes exactly one metric");
  }
  return out;
}

function gridProblems(panel: AnyPanel): string[] {
  const { x, y, w, h } = panel.grid;
  const out: string[] = [];
  if (![x, y, w, h].every(Number.isInteger)) out.push("grid x, y, w, h must be integers");
  if (x < 0 || y < 0 || w < 1 || h < 1) out.push("grid needs x, y >= 0 and w, h >= 1");
  if (x + w > GRID_COLUMNS) out.push(`grid x + w = ${x + w} exceeds the ${GRID_COLUMNS}-column grid`);
  return out;
}

function overlaps(a: AnyPanel, b: AnyPanel): boolean {
  const p = a.grid;
  const q = b.grid;
  return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

/** Every problem of a dashboard, as `panel "<title>": <problem>` lines; empty when it is valid. */
export function dashboardProblems(
  dashboard: AnyDashboard,
  model: DocumentModel = dashboard.dataView.model,
): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(dashboard.id)) {
    problems.push(`id "${dashboard.id}" must be a lower-case slug (a-z, 0-9, '-')`);
  }
  if (!dashboard.title.trim()) problems.push("title is empty");
  if (dashboard.panels.length === 0) problems.push("has no panels");
  const dv = dashboard.dataView;
  const timeProblem = fieldProblem(model, dv.timeField, "date");
  if (timeProblem) problems.push(`data view "${dv.id}" time field: ${timeProblem}`);
  for (const f of dashboard.filters ?? []) {
    for (const [field, need] of filterNeeds(f.filter)) {
      const p = fieldProblem(model, field, need);
      if (p) problems.push(`dashboard filter "${f.label}": ${p}`);
    }
  }
  const seen = new Set<string>();
  for (const panel of dashboard.panels) {
    const where = `panel "${panel.title}"`;
    if (!panel.title.trim()) problems.push("a panel has an empty title");
    if (seen.has(panel.title)) problems.push(`${where}: title is used twice (panel ids derive from titles)`);
    seen.add(panel.title);
    const fields: [string, Need][] = [
      ...panelMetrics(panel).flatMap(metricFields),
      ...panelBreakdowns(panel).flatMap(breakdownFields),
      ...(panel.filter ? filterNeeds(panel.filter) : []),
    ];
    for (const [field, need] of fields) {
      const p = fieldProblem(model, field, need);
      if (p) problems.push(`${where}: ${p}`);
    }
    for (const p of [...cellProblems(panel, model), ...shapeProblems(panel), ...gridProblems(panel)]) {
      problems.push(`${where}: ${p}`);
    }
  }
  problems.push(...annotationProblems(dashboard));
  const panels = dashboard.panels;
  for (let i = 0; i < panels.length; i++) {
    for (let j = i + 1; j < panels.length; j++) {
      if (overlaps(panels[i], panels[j])) {
        problems.push(`panel "${panels[i].title}" overlaps panel "${panels[j].title}" on the grid`);
      }
    }
  }
  return problems;
}

/** Event layers: their own data view and model, a date time field, shown fields only, and a panel to draw on. */
function annotationProblems(dashboard: AnyDashboard): string[] {
  const problems: string[] = [];
  const layers = dashboard.annotations ?? [];
  const names = new Set<string>();
  for (const layer of layers) {
    const where = `annotation layer "${layer.name}"`;
    if (!layer.name.trim()) problems.push("an annotation layer has an empty name");
    if (names.has(layer.name)) problems.push(`${where}: name is used twice (layer ids derive from names)`);
    names.add(layer.name);
    const lm = layer.dataView.model;
    if (layer.dataView.id === dashboard.dataView.id) {
      problems.push(
        `${where}: reads the dashboard's own data view; events come from a data view of their own`,
      );
    }
    const fields: [string, Need][] = [
      [layer.dataView.timeField, "date"],
      [layer.textField, "dashboard"],
      ...(layer.filter ? filterNeeds(layer.filter) : []),
    ];
    for (const [field, need] of fields) {
      const p = fieldProblem(lm, field, need);
      if (p) problems.push(`${where}: ${p}`);
    }
    if (layer.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(layer.color)) {
      problems.push(`${where}: color "${layer.color}" is not #rrggbb`);
    }
  }
  if (layers.length > 0 && !dashboard.panels.some(hasTimeAxis)) {
    problems.push(
      "has annotation layers but no bar, line or area panel over a date histogram to draw them on",
    );
  }
  return problems;
}

/**
 * Throws a `DashboardValidationError` naming the dashboard, each offending panel and field, when the dashboard
 * names a field its model does not let it show, breaks down by a high-cardinality field, or is badly laid out.
 */
export function validateDashboard(
  dashboard: AnyDashboard,
  model: DocumentModel = dashboard.dataView.model,
): void {
  const problems = dashboardProblems(dashboard, model);
  if (problems.length > 0) throw new DashboardValidationError(dashboard.id, problems);
}

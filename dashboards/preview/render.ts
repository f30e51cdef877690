/**
 * The HTML preview of a dashboard with its real figures: its panels on the 48-column grid, each drawn from what
 * the stand-in engine answered (charts from `charts.ts`), with the aggregations, breakdowns and filters it runs
 * and where the preview's evaluation knowingly differs from Kibana. The page says plainly which engine answered
 * and what it stands in for.
 */
import { metricLabel } from "../compile/lens";
import { renderKql } from "../language/kql";
import { panelBreakdowns, panelMetrics } from "../language/panels";
import { GRID_COLUMNS, type AnyBreakdown, type AnyMetric, type AnyPanel } from "../language/types";
import { validateDashboard } from "../validate";
import { panelChart } from "./charts";
import type { DashboardResult, PreviewResult } from "./harness";
import { escapeHtml } from "./html";

/** Page geometry: the PNG is taken at this width; rows are a little taller than Kibana's 20 px for the legends. */
export const PAGE_WIDTH = 1600;
const ROW_PX = 26;
const GAP_PX = 8;
const PAD_PX = 20;
const COL_PX = (PAGE_WIDTH - 2 * PAD_PX - (GRID_COLUMNS - 1) * GAP_PX) / GRID_COLUMNS;

function describeMetric(m: AnyMetric): string {
  const label = escapeHtml(metricLabel(m));
  let op: string;
  switch (m.op) {
    case "count":
      op = "count()";
      break;
    case "ratio":
      {
        const agg = m.sumOf === undefined ? "count(" : `sum(${escapeHtml(m.sumOf)}, `;
        op = `${agg}<code>${escapeHtml(renderKql(m.numerator))}</code>) / ${agg}<code>${escapeHtml(renderKql(m.denominator))}</code>)`;
      }
      break;
    case "percentile":
      op = `percentile(${escapeHtml(m.field)}, ${m.percentile})`;
      break;
    default:
      op = `${m.op}(${escapeHtml(m.field)})`;
  }
  const filter = m.op !== "ratio" && m.filter ? ` where <code>${escapeHtml(renderKql(m.filter))}</code>` : "";
  return `<b>${label}</b> = ${op}${filter}`;
}

function describeBreakdown(b: AnyBreakdown): string {
  if (b.by === "date_histogram")
    return `date histogram of <b>${escapeHtml(b.field)}</b> every ${escapeHtml(b.interval)}`;
  const order = b.order === "alphabetical" ? ", by value" : "";
  return `top ${b.size} <b>${escapeHtml(b.field)}</b>${order}`;
}

const CHART_NAMES: Record<AnyPanel["chart"], string> = {
  metric: "Metric",
  bar: "Bar",
  bar_horizontal: "Horizontal bar",
  line: "Line",
  area: "Area",
  pie: "Pie",
  donut: "Donut",
  table: "Table",
  heatmap: "Heat map",
};

function specLines(panel: AnyPanel): string[] {
  return [
    ...panelMetrics(panel).map(describeMetric),
    ...panelBreakdowns(panel).map((b, i) => {
      const role = panel.chart === "pie" || panel.chart === "donut" ? "slices" : i === 0 ? "by" : "split by";
      return `${role} ${describeBreakdown(b)}`;
    }),
    ...(panel.filter ? [`filter <code>${escapeHtml(renderKql(panel.filter))}</code>`] : []),
  ];
}

function renderPanel(result: DashboardResult["panels"][number]): string {
  const { panel, figures, query } = result;
  const { x, y, w, h } = panel.grid;
  const style = `grid-column: ${x + 1} / span ${w}; grid-row: ${y + 1} / span ${h};`;
  const lines = specLines(panel);
  const width = Math.round(w * COL_PX + (w - 1) * GAP_PX - 20);
  const height = Math.max(
    48,
    Math.round(h * ROW_PX + (h - 1) * GAP_PX - 40 - (panel.description ? 14 : 0) - lines.length * 13 - 6),
  );
  const notes = query.notes.length
    ? `<span class="mark" title="see the notes below the dashboard">*</span>`
    : "";
  return `<section class="panel" style="${style}">
  <header><h2>${escapeHtml(panel.title)}${notes}</h2><span class="kind">${CHART_NAMES[panel.chart]}</span></header>
  ${panel.description ? `<p class="desc">${escapeHtml(panel.description)}</p>` : ""}
  <div class="chart" style="height: ${height}px">${panelChart(panel, figures, width, height)}</div>
  <ul class="spec">${lines.map((l) => `<li>${l}</li>`).join("")}</ul>
</section>`;
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; width: ${PAGE_WIDTH}px; font: 13px/1.35 "DejaVu Sans", system-ui, sans-serif; color: #1a1c21; background: #f7f8fc; }
.top { background: #fff; border-bottom: 1px solid #d3dae6; padding: 14px ${PAD_PX}px; }
.top h1 { margin: 0 0 4px; font-size: 20px; }
.top p { margin: 2px 0; color: #535966; }
.engine { margin-top: 6px; padding: 6px 10px; border-left: 4px solid #6092c0; background: #f1f6fb; color: #1a1c21 !important; }
.gap { color: #8a4b00 !important; }
.empty { margin-top: 6px; padding: 6px 10px; border-left: 4px solid #d6bf57; background: #fbf7e6; color: #1a1c21 !important; }
.pill { display: inline-block; margin: 6px 6px 0 0; padding: 2px 10px; border-radius: 12px; background: #e6f1fa; color: #0061a6; font-size: 12px; }
.grid { display: grid; grid-template-columns: repeat(${GRID_COLUMNS}, 1fr); grid-auto-rows: ${ROW_PX}px; gap: ${GAP_PX}px; padding: 12px ${PAD_PX}px 24px; }
.panel { background: #fff; border: 1px solid #d3dae6; border-radius: 6px; padding: 8px 10px; display: flex; flex-direction: column; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.05); }
.panel header { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; }
.panel h2 { margin: 0; font-size: 13px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.kind { flex: none; font-size: 10px; text-transform: uppercase; letter-spacing: .04em; color: #69707d; background: #f1f4fa; border-radius: 3px; padding: 1px 5px; }
.desc { margin: 2px 0 0; color: #69707d; font-size: 11px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.chart { flex: none; display: flex; align-items: center; justify-content: center; overflow: hidden; }
.chart svg { display: block; }
.metric { font-size: 34px; font-weight: 700; color: #343741; }
.nodata { color: #98a2b3; font-size: 12px; }
table { width: 100%; border-collapse: collapse; font-size: 11px; align-self: flex-start; }
th { text-align: left; border-bottom: 1px solid #d3dae6; padding: 2px 4px; font-weight: 600; position: sticky; top: 0; background: #fff; }
td { border-bottom: 1px solid #eef0f3; padding: 2px 4px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart:has(table) { align-items: flex-start; overflow-y: hidden; }
.spec { margin: 0; padding: 3px 0 0 14px; font-size: 10px; line-height: 13px; color: #535966; border-top: 1px dashed #e0e5ee; }
.spec li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mark { color: #8a4b00; margin-left: 3px; }
.footer { padding: 0 ${PAD_PX}px 20px; color: #535966; font-size: 12px; }
.footer li { margin: 2px 0; }
code { font-size: 10px; background: #f5f7fa; border-radius: 3px; padding: 0 3px; color: #a2185c; }
`;

/** Gaps of the same kind in several objects, once (their errors differ only by the object's name). */
export function groupGaps(
  gaps: PreviewResult["gaps"],
): { lacks: string; error: string; instead: string; objects: string[] }[] {
  const out = new Map<string, { lacks: string; error: string; instead: string; objects: string[] }>();
  for (const g of gaps) {
    const entry = out.get(g.lacks);
    if (entry) entry.objects.push(g.object);
    else
      out.set(g.lacks, {
        lacks: g.lacks,
        error: g.error,
        instead: g.instead.replace(/^processor \d+ /, "the processor "),
        objects: [g.object],
      });
  }
  return [...out.values()];
}

/** Where the preview's aggregations knowingly differ from Kibana's, once per kind of difference. */
function footer(result: DashboardResult): string {
  const byNote = new Map<string, string[]>();
  for (const p of result.panels) {
    for (const n of p.query.notes) byNote.set(n, [...(byNote.get(n) ?? []), p.panel.title]);
  }
  if (byNote.size === 0) return "";
  const items = [...byNote].map(
    ([note, panels]) =>
      `<li>${escapeHtml(note)} <span class="desc">(${escapeHtml(panels.join(", "))})</span></li>`,
  );
  return `<div class="footer"><b>* Where this preview differs from Kibana</b><ul>${items.join("")}</ul></div>`;
}

/** Height of the page in pixels, for the screenshot. */
export function pageHeight(result: DashboardResult, headerLines: number): number {
  const rows = Math.max(...result.dashboard.panels.map((p) => p.grid.y + p.grid.h));
  const notes = new Set(result.panels.flatMap((p) => p.query.notes)).size;
  return 110 + headerLines * 20 + rows * (ROW_PX + GAP_PX) + 40 + (notes ? 30 + notes * 18 : 0);
}

/** Header lines besides title and description: engine, gaps, empty note, filters. */
export function headerLineCount(preview: PreviewResult, result: DashboardResult): number {
  return (
    3 +
    groupGaps(preview.gaps).length * 2 +
    (result.emptyBecause ? 1 : 0) +
    (result.dashboard.filters?.length ? 1 : 0)
  );
}

/** The whole HTML page of one dashboard of a preview (validated first, like the compiler does). */
export function renderDashboardHtml(preview: PreviewResult, result: DashboardResult): string {
  const dashboard = result.dashboard;
  validateDashboard(dashboard);
  const dv = dashboard.dataView;
  const time = dashboard.timeRange ?? { from: "now-1y", to: "now" };
  const filters = (dashboard.filters ?? [])
    .map(
      (f) =>
        `<span class="pill">${escapeHtml(f.label)}: <code>${escapeHtml(renderKql(f.filter))}</code></span>`,
    )
    .join("");
  // The corpus is named only on the pages it feeds.
  const corpus = result.documents > 0 ? preview.corpus : undefined;
  const gaps = groupGaps(preview.gaps)
    .map(
      (g) =>
        `<p class="gap">Stand-in gap: OpenSearch lacks ${escapeHtml(g.lacks)} (“${escapeHtml(g.error)}”) in ${escapeHtml(g.objects.join(", "))}: ${escapeHtml(g.instead)}.</p>`,
    )
    .join("\n  ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(dashboard.title)} (preview of stack ${escapeHtml(preview.stack)})</title>
<style>${CSS}</style>
</head>
<body>
<div class="top">
  <h1>${escapeHtml(dashboard.title)} <span class="kind">stack ${escapeHtml(preview.stack)}</span></h1>
  <p>${escapeHtml(dashboard.description)}</p>
  <p>Data view <b>${escapeHtml(dv.name)}</b>: index <code>${escapeHtml(dv.indexPattern)}</code>, time field <code>${escapeHtml(dv.timeField)}</code>, document model <code>${escapeHtml(dv.model.name)}</code> r${dv.model.revision} · time range ${escapeHtml(time.from)} → ${escapeHtml(time.to)} with now = ${preview.now.toISOString().slice(0, 10)}</p>
  ${filters}
  <p class="engine">Figures evaluated by <b>${escapeHtml(preview.engine.distribution)} ${escapeHtml(preview.engine.version)}, standing in for ${escapeHtml(preview.engine.standsInFor)}</b> (which cannot run here), over ${result.documents.toLocaleString("en-US")} documents indexed through the stack's own index template and final pipeline${
    corpus
      ? `, from the synthetic planner fixture corpus (${corpus.dataset.subjects.filter((s) => !s.excluded).length} estates after exclusions) read by the stack's sync rule`
      : ""
  }. Aggregations are this preview's translation of each panel, not Kibana's.</p>
  ${gaps}
  ${result.emptyBecause ? `<p class="empty">No data: ${escapeHtml(result.emptyBecause)}.</p>` : ""}
</div>
<main class="grid">
${result.panels.map(renderPanel).join("\n")}
</main>
${footer(result)}
</body>
</html>
`;
}

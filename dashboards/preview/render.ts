/**
 * A static HTML preview of a dashboard: its panels on the 48-column grid, each with its chart type drawn as a
 * schematic (no data: the shapes are placeholders), and the aggregations, breakdowns and filters it runs.
 * Lets a reviewer see a dashboard change without a Kibana.
 */
import { createHash } from "node:crypto";
import { metricLabel } from "../compile/lens";
import { renderKql } from "../language/kql";
import { panelBreakdowns, panelMetrics } from "../language/panels";
import {
  GRID_COLUMNS,
  type AnyBreakdown,
  type AnyDashboard,
  type AnyMetric,
  type AnyPanel,
} from "../language/types";
import { validateDashboard } from "../validate";

/** Pixels per grid row; Kibana uses about 20 px plus margins. */
const ROW_PX = 22;
const PALETTE = ["#54b399", "#6092c0", "#d36086", "#9170b8", "#ca8eae", "#d6bf57", "#b9a888", "#da8b45"];

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Deterministic pseudo-random numbers in [0, 1) from a seed, so schematic shapes are stable between runs. */
function shapes(seed: string, n: number): number[] {
  const digest = createHash("sha256").update(seed).digest();
  return Array.from({ length: n }, (_, i) => digest[i % digest.length] / 256);
}

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

function schematic(panel: AnyPanel): string {
  const r = shapes(panel.title, 32);
  const svg = (body: string) =>
    `<svg viewBox="0 0 200 100" preserveAspectRatio="none" aria-hidden="true">${body}</svg>`;
  const split = "splitBy" in panel && panel.splitBy !== undefined;
  switch (panel.chart) {
    case "metric":
      return `<div class="metric">${panel.metric.op === "ratio" ? "##.#%" : "#,###"}</div>`;
    case "bar": {
      const n = 10;
      const bars = Array.from({ length: n }, (_, i) => {
        const h = 20 + r[i] * 75;
        const x = 6 + i * (188 / n);
        if (!split)
          return `<rect x="${x}" y="${100 - h}" width="${188 / n - 5}" height="${h}" fill="${PALETTE[1]}"/>`;
        const h2 = h * (0.3 + r[i + 10] * 0.4);
        return (
          `<rect x="${x}" y="${100 - h}" width="${188 / n - 5}" height="${h - h2}" fill="${PALETTE[0]}"/>` +
          `<rect x="${x}" y="${100 - h2}" width="${188 / n - 5}" height="${h2}" fill="${PALETTE[1]}"/>`
        );
      });
      return svg(bars.join(""));
    }
    case "bar_horizontal": {
      const n = 6;
      const bars = Array.from({ length: n }, (_, i) => {
        const w = 190 * (1 - i * 0.13) * (0.8 + r[i] * 0.2);
        return `<rect x="4" y="${4 + i * 16}" width="${w}" height="11" fill="${PALETTE[split ? i % 2 : 1]}"/>`;
      });
      return svg(bars.join(""));
    }
    case "line":
    case "area": {
      const series = Math.max(1, split ? 2 : panel.metrics.length);
      const body = Array.from({ length: series }, (_, s) => {
        const pts = Array.from(
          { length: 12 },
          (_, i) => `${4 + i * 17.5},${90 - s * 15 - r[(i + s * 7) % 32] * 45}`,
        );
        const color = PALETTE[s % PALETTE.length];
        return panel.chart === "area"
          ? `<polygon points="4,100 ${pts.join(" ")} 196.5,100" fill="${color}" fill-opacity="0.45" stroke="${color}"/>`
          : `<polyline points="${pts.join(" ")}" fill="none" stroke="${color}" stroke-width="2.5"/>`;
      });
      return svg(body.join(""));
    }
    case "pie":
    case "donut": {
      const weights = r.slice(0, 5).map((v, i) => v + 1 / (i + 1));
      const total = weights.reduce((a, b) => a + b, 0);
      let start = 0;
      const stops = weights.map((w, i) => {
        const end = start + (w / total) * 100;
        const stop = `${PALETTE[i]} ${start.toFixed(1)}% ${end.toFixed(1)}%`;
        start = end;
        return stop;
      });
      return `<div class="pie${panel.chart === "donut" ? " donut" : ""}" style="background: conic-gradient(${stops.join(", ")})"></div>`;
    }
    case "table": {
      const headers = [...panel.rows.map((b) => b.label ?? b.field), ...panel.metrics.map(metricLabel)];
      const row = `<tr>${headers.map(() => '<td><span class="bar-cell"></span></td>').join("")}</tr>`;
      return `<table><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>${row.repeat(Math.max(3, panel.grid.h - 6))}</table>`;
    }
    case "heatmap": {
      const cells = Array.from({ length: 60 }, (_, i) => {
        const x = (i % 12) * 16.5 + 2;
        const y = Math.floor(i / 12) * 19.5 + 2;
        return `<rect x="${x}" y="${y}" width="15" height="18" fill="${PALETTE[1]}" fill-opacity="${(0.1 + r[i % 32] * 0.9).toFixed(2)}"/>`;
      });
      return svg(cells.join(""));
    }
  }
}

function renderPanel(panel: AnyPanel): string {
  const { x, y, w, h } = panel.grid;
  const style = `grid-column: ${x + 1} / span ${w}; grid-row: ${y + 1} / span ${h};`;
  const lines = [
    ...panelMetrics(panel).map(describeMetric),
    ...panelBreakdowns(panel).map((b, i) => {
      const role = panel.chart === "pie" || panel.chart === "donut" ? "slices" : i === 0 ? "by" : "split by";
      return `${role} ${describeBreakdown(b)}`;
    }),
    ...(panel.filter ? [`filter <code>${escapeHtml(renderKql(panel.filter))}</code>`] : []),
  ];
  return `<section class="panel" style="${style}">
  <header><h2>${escapeHtml(panel.title)}</h2><span class="kind">${CHART_NAMES[panel.chart]}</span></header>
  ${panel.description ? `<p class="desc">${escapeHtml(panel.description)}</p>` : ""}
  <div class="chart">${schematic(panel)}</div>
  <ul class="spec">${lines.map((l) => `<li>${l}</li>`).join("")}</ul>
</section>`;
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.35 "Inter", "DejaVu Sans", system-ui, sans-serif; color: #1a1c21; background: #f7f8fc; }
.top { background: #fff; border-bottom: 1px solid #d3dae6; padding: 14px 20px; }
.top h1 { margin: 0 0 4px; font-size: 20px; }
.top p { margin: 2px 0; color: #535966; }
.pill { display: inline-block; margin: 6px 6px 0 0; padding: 2px 10px; border-radius: 12px; background: #e6f1fa; color: #0061a6; font-size: 12px; }
.note { color: #98a2b3; font-size: 11px; }
.grid { display: grid; grid-template-columns: repeat(${GRID_COLUMNS}, 1fr); grid-auto-rows: ${ROW_PX}px; gap: 8px; padding: 12px 20px 24px; }
.panel { background: #fff; border: 1px solid #d3dae6; border-radius: 6px; padding: 8px 10px; display: flex; flex-direction: column; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.05); }
.panel header { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; }
.panel h2 { margin: 0; font-size: 13px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.kind { flex: none; font-size: 10px; text-transform: uppercase; letter-spacing: .04em; color: #69707d; background: #f1f4fa; border-radius: 3px; padding: 1px 5px; }
.desc { margin: 2px 0 0; color: #69707d; font-size: 11px; }
.chart { flex: 1 1 auto; min-height: 28px; display: flex; align-items: center; justify-content: center; padding: 4px 0; }
.chart svg { width: 100%; height: 100%; }
.metric { font-size: 30px; font-weight: 700; color: #343741; }
.pie { height: 100%; aspect-ratio: 1; border-radius: 50%; max-height: 150px; }
.pie.donut { -webkit-mask: radial-gradient(circle, transparent 38%, #000 39%); mask: radial-gradient(circle, transparent 38%, #000 39%); }
table { width: 100%; border-collapse: collapse; font-size: 11px; align-self: flex-start; }
th { text-align: left; border-bottom: 1px solid #d3dae6; padding: 2px 4px; font-weight: 600; }
td { border-bottom: 1px solid #eef0f3; padding: 3px 4px; }
.bar-cell { display: block; height: 7px; width: 70%; background: #e0e5ee; border-radius: 2px; }
.spec { margin: 0; padding: 4px 0 0 14px; font-size: 11px; color: #343741; border-top: 1px dashed #e0e5ee; }
.spec li { margin: 1px 0; }
code { font-size: 10.5px; background: #f5f7fa; border-radius: 3px; padding: 0 3px; color: #a2185c; }
`;

/** The whole HTML page of a dashboard (validated first, like the compiler does). */
export function renderDashboardHtml(dashboard: AnyDashboard): string {
  validateDashboard(dashboard);
  const dv = dashboard.dataView;
  const time = dashboard.timeRange ?? { from: "now-1y", to: "now" };
  const filters = (dashboard.filters ?? [])
    .map(
      (f) =>
        `<span class="pill" title="${escapeHtml(renderKql(f.filter))}">${escapeHtml(f.label)}: <code>${escapeHtml(renderKql(f.filter))}</code></span>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(dashboard.title)} (preview)</title>
<style>${CSS}</style>
</head>
<body>
<div class="top">
  <h1>${escapeHtml(dashboard.title)}</h1>
  <p>${escapeHtml(dashboard.description)}</p>
  <p>Data view <b>${escapeHtml(dv.name)}</b> (<code>${escapeHtml(dv.id)}</code>): index <code>${escapeHtml(dv.indexPattern)}</code>, time field <code>${escapeHtml(dv.timeField)}</code>, document model <code>${escapeHtml(dv.model.name)}</code> r${dv.model.revision} · time range ${escapeHtml(time.from)} → ${escapeHtml(time.to)}</p>
  ${filters}
  <p class="note">Preview generated from dashboards/${escapeHtml(dashboard.id)}: charts are schematic placeholders, no data is shown.</p>
</div>
<main class="grid">
${dashboard.panels.map(renderPanel).join("\n")}
</main>
</body>
</html>
`;
}

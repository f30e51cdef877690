/**
 * Real charts of a panel's figures, drawn by Apache ECharts rendered server-side to SVG (no browser, no canvas):
 * axes with the breakdowns' labels, legends with the metric or split names, and Kibana's default palette (the
 * compiled Lens panels set no colours of their own, so Kibana draws them in its default palette, in this order).
 * Metrics and tables are HTML, as in Kibana.
 */
import * as echarts from "echarts";
import type { AnyPanel } from "../language/types";
import type { PanelFigures } from "./evaluate";
import { escapeHtml } from "./html";

/** Kibana's default categorical palette (EUI `euiPaletteColorBlind`), in the order series take it. */
export const KIBANA_PALETTE = [
  "#54b399",
  "#6092c0",
  "#d36086",
  "#9170b8",
  "#ca8eae",
  "#d6bf57",
  "#b9a888",
  "#da8b45",
  "#aa6556",
  "#e7664c",
];

const AXIS_TEXT = { color: "#535966", fontSize: 10, fontFamily: "DejaVu Sans, sans-serif" };

export function formatValue(value: number | null, ratio: boolean): string {
  if (value === null) return "–";
  if (ratio) return `${(value * 100).toFixed(1)}%`;
  const rounded =
    Math.abs(value) >= 100 || Number.isInteger(value) ? Math.round(value) : Number(value.toFixed(2));
  return rounded.toLocaleString("en-US");
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

type Option = Record<string, unknown>;

/** Series of an x/y chart: one per split value when split, else one per metric. */
function xySeries(
  panel: Extract<AnyPanel, { chart: "bar" | "bar_horizontal" | "line" | "area" }>,
  f: PanelFigures,
) {
  const categories = uniq(f.rows.map((r) => r.keys[0]));
  if (panel.x.by === "date_histogram") categories.sort();
  const split = panel.splitBy !== undefined;
  const names = split ? uniq(f.rows.map((r) => r.keys[1])) : [...f.metrics];
  const series = names.map((name, s) => {
    const data = categories.map((c) => {
      const row = f.rows.find((r) => r.keys[0] === c && (!split || r.keys[1] === name));
      return row ? row.values[split ? 0 : s] : null;
    });
    return { name, data };
  });
  return { categories, series, ratio: split ? f.ratios[0] : f.ratios.every(Boolean) };
}

function xyOption(
  panel: Extract<AnyPanel, { chart: "bar" | "bar_horizontal" | "line" | "area" }>,
  f: PanelFigures,
): Option {
  const { categories, series, ratio } = xySeries(panel, f);
  const horizontal = panel.chart === "bar_horizontal";
  const stacked = panel.stacked !== false && panel.chart !== "line";
  const valueAxis = {
    type: "value",
    axisLabel: { ...AXIS_TEXT, formatter: ratio ? (v: number) => `${Math.round(v * 100)}%` : undefined },
    splitLine: { lineStyle: { color: "#eef0f3" } },
  };
  const categoryAxis = {
    type: "category",
    data: categories,
    name: f.breakdowns[0],
    nameLocation: "middle",
    nameGap: horizontal ? 0 : 22,
    nameTextStyle: { ...AXIS_TEXT, fontWeight: "bold" },
    axisLabel: {
      ...AXIS_TEXT,
      hideOverlap: true,
      ...(horizontal ? { width: 150, overflow: "truncate" } : {}),
    },
    inverse: horizontal,
  };
  return {
    legend: { top: 0, type: "plain", textStyle: AXIS_TEXT, itemWidth: 12, itemHeight: 8 },
    grid: { left: horizontal ? 8 : 8, right: 16, top: 26, bottom: horizontal ? 8 : 26, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, name: undefined } : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: panel.chart === "line" || panel.chart === "area" ? "line" : "bar",
      data: s.data,
      ...(stacked && series.length > 1 ? { stack: "all" } : {}),
      ...(panel.chart === "area" ? { areaStyle: { opacity: 0.45 } } : {}),
      ...(panel.chart === "line" || panel.chart === "area" ? { symbolSize: 4, connectNulls: false } : {}),
      ...(panel.chart === "bar" || panel.chart === "bar_horizontal" ? { barMaxWidth: 28 } : {}),
    })),
  };
}

function pieOption(panel: Extract<AnyPanel, { chart: "pie" | "donut" }>, f: PanelFigures): Option {
  const inner = panel.chart === "donut" ? "42%" : "0%";
  const levels = panel.slices.length;
  const byFirst = new Map<string, number>();
  for (const r of f.rows) byFirst.set(r.keys[0], (byFirst.get(r.keys[0]) ?? 0) + (r.values[0] ?? 0));
  const series: Option[] = [
    {
      type: "pie",
      radius: levels > 1 ? [inner, "52%"] : [inner, "72%"],
      center: ["40%", "55%"],
      data: [...byFirst].map(([name, value]) => ({ name, value })),
      label: { show: levels === 1, ...AXIS_TEXT, formatter: "{d}%" },
    },
  ];
  if (levels > 1) {
    series.push({
      type: "pie",
      radius: ["56%", "74%"],
      center: ["40%", "55%"],
      data: f.rows.map((r) => ({ name: `${r.keys[0]} / ${r.keys[1]}`, value: r.values[0] })),
      label: { show: false },
    });
  }
  return {
    legend: {
      orient: "vertical",
      right: 0,
      top: "middle",
      textStyle: AXIS_TEXT,
      itemWidth: 10,
      itemHeight: 8,
      data: [...byFirst.keys()],
      formatter: (name: string) => `${name}  ${formatValue(byFirst.get(name) ?? null, f.ratios[0])}`,
    },
    series,
  };
}

function heatmapOption(f: PanelFigures, dates: boolean): Option {
  const xs = uniq(f.rows.map((r) => r.keys[0]));
  if (dates) xs.sort();
  const ys = uniq(f.rows.map((r) => r.keys[1])).sort();
  const values = f.rows.map((r) => r.values[0] ?? 0);
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 44, containLabel: true },
    xAxis: {
      type: "category",
      data: xs,
      axisLabel: { ...AXIS_TEXT, hideOverlap: true },
      name: f.breakdowns[0],
      nameLocation: "middle",
      nameGap: 22,
      nameTextStyle: { ...AXIS_TEXT, fontWeight: "bold" },
    },
    yAxis: {
      type: "category",
      data: ys,
      axisLabel: AXIS_TEXT,
      name: f.breakdowns[1],
      nameTextStyle: { ...AXIS_TEXT, fontWeight: "bold" },
    },
    visualMap: {
      min: 0,
      max: Math.max(1, ...values),
      orient: "horizontal",
      left: "center",
      bottom: 0,
      itemHeight: 120,
      itemWidth: 8,
      calculable: false,
      textStyle: AXIS_TEXT,
      inRange: { color: ["#e6f1fa", KIBANA_PALETTE[1], "#1f4e79"] },
    },
    series: [
      {
        type: "heatmap",
        name: f.metrics[0],
        data: f.rows.map((r) => [xs.indexOf(r.keys[0]), ys.indexOf(r.keys[1]), r.values[0]]),
      },
    ],
  };
}

function svgOf(option: Option, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: KIBANA_PALETTE, textStyle: AXIS_TEXT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function table(f: PanelFigures): string {
  const head = [...f.breakdowns, ...f.metrics].map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = f.rows
    .map(
      (r) =>
        `<tr>${r.keys.map((k) => `<td>${escapeHtml(k)}</td>`).join("")}${r.values
          .map((v, i) => `<td class="num">${formatValue(v, f.ratios[i])}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The panel's chart as HTML (inline SVG for charts), sized for `width` x `height` pixels. */
export function panelChart(panel: AnyPanel, f: PanelFigures, width: number, height: number): string {
  if (panel.chart === "metric") {
    return `<div class="metric">${formatValue(f.rows[0]?.values[0] ?? null, f.ratios[0])}</div>`;
  }
  if (f.rows.length === 0) return `<div class="nodata">No results</div>`;
  switch (panel.chart) {
    case "table":
      return table(f);
    case "pie":
    case "donut":
      return svgOf(pieOption(panel, f), width, height);
    case "heatmap":
      return svgOf(heatmapOption(f, panel.x.by === "date_histogram"), width, height);
    default:
      return svgOf(xyOption(panel, f), width, height);
  }
}

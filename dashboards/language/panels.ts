/** Uniform access to what a panel aggregates and how it buckets, whatever its chart kind. */
import type { AnyAnnotationLayer, AnyBreakdown, AnyDashboard, AnyMetric, AnyPanel, AnyTerms } from "./types";

export function panelMetrics(panel: AnyPanel): readonly AnyMetric[] {
  switch (panel.chart) {
    case "metric":
    case "pie":
    case "donut":
    case "heatmap":
      return [panel.metric];
    default:
      return panel.metrics;
  }
}

/** Breakdowns in Lens column order: x axis (or rows / slices) first, then the split series. */
export function panelBreakdowns(panel: AnyPanel): readonly AnyBreakdown[] {
  switch (panel.chart) {
    case "metric":
      return [];
    case "pie":
    case "donut":
      return panel.slices;
    case "table":
      return panel.rows;
    case "heatmap":
      return [panel.x, panel.y];
    default:
      return panel.splitBy ? [panel.x, panel.splitBy] : [panel.x];
  }
}

export function panelTerms(panel: AnyPanel): AnyTerms[] {
  return panelBreakdowns(panel).filter((b): b is AnyTerms => b.by === "terms");
}

/** True for the panels an annotation layer marks: bar, line and area charts over a date histogram. */
export function hasTimeAxis(panel: AnyPanel): boolean {
  switch (panel.chart) {
    case "bar":
    case "bar_horizontal":
    case "line":
    case "area":
      return panel.x.by === "date_histogram";
    default:
      return false;
  }
}

/** The dashboard's annotation layers drawn on `panel`: all of them on a chart with a time axis, none elsewhere. */
export function panelAnnotations(dashboard: AnyDashboard, panel: AnyPanel): readonly AnyAnnotationLayer[] {
  return hasTimeAxis(panel) ? (dashboard.annotations ?? []) : [];
}

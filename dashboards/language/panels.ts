/** Uniform access to what a panel aggregates and how it buckets, whatever its chart kind. */
import type { AnyBreakdown, AnyMetric, AnyPanel, AnyTerms } from "./types";

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

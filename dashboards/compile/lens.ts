/**
 * Lens (`formBased` datasource) state for one panel, in the 8.x by-value shape (research elastic.md §5.1).
 * Kibana 9.x imports this shape and migrates it.
 */
import type { DocumentModel, EsFieldType } from "../../anonymisation/model";
import { renderKql, type AnyFilter } from "../language/kql";
import { panelBreakdowns, panelMetrics } from "../language/panels";
import type { AnyAnnotationLayer, AnyBreakdown, AnyMetric, AnyPanel } from "../language/types";

export type LensColumn = Record<string, unknown> & { label: string; operationType: string };

export interface LensAttributes {
  title: string;
  description: string;
  visualizationType: "lnsMetric" | "lnsXY" | "lnsPie" | "lnsDatatable" | "lnsHeatmap";
  type: "lens";
  references: { type: "index-pattern"; id: string; name: string }[];
  state: {
    visualization: Record<string, unknown>;
    query: { query: string; language: "kuery" };
    filters: never[];
    datasourceStates: {
      formBased: {
        layers: Record<
          string,
          { columnOrder: string[]; columns: Record<string, LensColumn>; incompleteColumns: object }
        >;
      };
    };
    internalReferences: never[];
    adHocDataViews: Record<string, never>;
  };
}

const RECORDS = "___records___";

function dataType(model: DocumentModel, field: string): "string" | "number" | "boolean" | "date" {
  const t: EsFieldType = model.fields[field].type;
  if (t === "long" || t === "double") return "number";
  if (t === "keyword") return "string";
  return t;
}

const OP_LABEL: Record<string, string> = {
  sum: "Sum",
  average: "Average",
  min: "Minimum",
  max: "Maximum",
  median: "Median",
  unique_count: "Unique count",
};

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? "st"
      : n % 10 === 2 && n % 100 !== 12
        ? "nd"
        : n % 10 === 3 && n % 100 !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}

/** The label a metric shows when it has none of its own. */
export function metricLabel(metric: AnyMetric): string {
  if (metric.label) return metric.label;
  switch (metric.op) {
    case "count":
      return "Count";
    case "percentile":
      return `${ordinal(metric.percentile)} percentile of ${metric.field}`;
    case "ratio":
      return metric.label;
    default:
      return `${OP_LABEL[metric.op]} of ${metric.field}`;
  }
}

export function breakdownLabel(b: AnyBreakdown): string {
  return b.label ?? b.field;
}

function kqlFilter(filter: AnyFilter | undefined): { filter?: { query: string; language: "kuery" } } {
  return filter ? { filter: { query: renderKql(filter), language: "kuery" } } : {};
}

/** Formula text of a ratio; KQL goes in single quotes, so single quotes inside it are escaped. */
export function ratioFormula(numerator: AnyFilter, denominator: AnyFilter, sumOf?: string): string {
  const q = (f: AnyFilter) => renderKql(f).replace(/\\/g, "\\\\").replace(/'/g, "\\'");
  const agg = (f: AnyFilter) =>
    sumOf === undefined ? `count(kql='${q(f)}')` : `sum(${sumOf}, kql='${q(f)}')`;
  return `${agg(numerator)} / ${agg(denominator)}`;
}

/** Columns of one metric; a ratio is a Lens formula with its generated helper columns. */
function metricColumns(metric: AnyMetric, id: string): Record<string, LensColumn> {
  const label = metricLabel(metric);
  const custom = metric.label ? { customLabel: true } : {};
  const base = { label, dataType: "number", isBucketed: false, scale: "ratio" };
  switch (metric.op) {
    case "count":
      return {
        [id]: {
          ...base,
          operationType: "count",
          sourceField: RECORDS,
          params: { emptyAsNull: true },
          ...kqlFilter(metric.filter),
          ...custom,
        },
      };
    case "unique_count":
      return {
        [id]: {
          ...base,
          operationType: "unique_count",
          sourceField: metric.field,
          params: { emptyAsNull: true },
          ...kqlFilter(metric.filter),
          ...custom,
        },
      };
    case "percentile":
      return {
        [id]: {
          ...base,
          operationType: "percentile",
          sourceField: metric.field,
          params: { percentile: metric.percentile },
          ...kqlFilter(metric.filter),
          ...custom,
        },
      };
    case "ratio": {
      const formula = ratioFormula(metric.numerator, metric.denominator, metric.sumOf);
      const part = { ...base, label: `Part of ${label}`, customLabel: true };
      const operand =
        metric.sumOf === undefined
          ? { operationType: "count", sourceField: RECORDS }
          : { operationType: "sum", sourceField: metric.sumOf };
      return {
        [id]: {
          ...base,
          operationType: "formula",
          params: { formula, isFormulaBroken: false, format: { id: "percent", params: { decimals: 1 } } },
          references: [`${id}X2`],
          customLabel: true,
        },
        [`${id}X0`]: {
          ...part,
          ...operand,
          filter: { query: renderKql(metric.numerator), language: "kuery" },
          params: { emptyAsNull: false },
        },
        [`${id}X1`]: {
          ...part,
          ...operand,
          filter: { query: renderKql(metric.denominator), language: "kuery" },
          params: { emptyAsNull: false },
        },
        [`${id}X2`]: {
          ...part,
          operationType: "math",
          params: {
            tinymathAst: {
              type: "function",
              name: "divide",
              args: [`${id}X0`, `${id}X1`],
              location: { min: 0, max: formula.length },
              text: formula,
            },
          },
          references: [`${id}X0`, `${id}X1`],
        },
      };
    }
    default:
      return {
        [id]: {
          ...base,
          operationType: metric.op,
          sourceField: metric.field,
          params: { emptyAsNull: true },
          ...kqlFilter(metric.filter),
          ...custom,
        },
      };
  }
}

function bucketColumn(model: DocumentModel, b: AnyBreakdown, orderById: string): LensColumn {
  if (b.by === "date_histogram") {
    return {
      label: breakdownLabel(b),
      dataType: "date",
      operationType: "date_histogram",
      sourceField: b.field,
      isBucketed: true,
      scale: "interval",
      params: { interval: b.interval, includeEmptyRows: true, dropPartials: false },
      ...(b.label ? { customLabel: true } : {}),
    };
  }
  const alphabetical = b.order === "alphabetical";
  return {
    label: b.label ?? `Top ${b.size} values of ${b.field}`,
    dataType: dataType(model, b.field),
    operationType: "terms",
    sourceField: b.field,
    isBucketed: true,
    scale: "ordinal",
    params: {
      size: b.size,
      orderBy: alphabetical
        ? { type: "alphabetical", fallback: true }
        : { type: "column", columnId: orderById },
      orderDirection: alphabetical ? "asc" : "desc",
      otherBucket: true,
      missingBucket: false,
      parentFormat: { id: "terms" },
    },
    ...(b.label ? { customLabel: true } : {}),
  };
}

interface Layer {
  columns: Record<string, LensColumn>;
  columnOrder: string[];
  buckets: string[];
  metrics: string[];
}

/** Columns `b0..` for breakdowns then `m0..` for metrics, in Lens' usual order (buckets first). */
function buildLayer(
  model: DocumentModel,
  breakdowns: readonly AnyBreakdown[],
  metrics: readonly AnyMetric[],
): Layer {
  const metricIds = metrics.map((_, i) => `m${i}`);
  const bucketIds = breakdowns.map((_, i) => `b${i}`);
  const columns: Record<string, LensColumn> = {};
  breakdowns.forEach((b, i) => (columns[bucketIds[i]] = bucketColumn(model, b, metricIds[0])));
  metrics.forEach((m, i) => Object.assign(columns, metricColumns(m, metricIds[i])));
  const helperIds = Object.keys(columns).filter((k) => !bucketIds.includes(k) && !metricIds.includes(k));
  return {
    columns,
    columnOrder: [...bucketIds, ...metricIds, ...helperIds],
    buckets: bucketIds,
    metrics: metricIds,
  };
}

function seriesType(panel: Extract<AnyPanel, { chart: "bar" | "bar_horizontal" | "line" | "area" }>): string {
  const stacked = panel.splitBy !== undefined && panel.stacked !== false;
  if (panel.chart === "line") return "line";
  if (panel.chart === "area") return stacked ? "area_stacked" : "area";
  if (panel.chart === "bar_horizontal") return stacked ? "bar_horizontal_stacked" : "bar_horizontal";
  return stacked ? "bar_stacked" : "bar";
}

function visualization(
  panel: AnyPanel,
  layerId: string,
  layer: Layer,
): Pick<LensAttributes, "visualizationType"> & { visualization: Record<string, unknown> } {
  const data = { layerId, layerType: "data" };
  switch (panel.chart) {
    case "metric":
      return { visualizationType: "lnsMetric", visualization: { ...data, metricAccessor: layer.metrics[0] } };
    case "pie":
    case "donut":
      return {
        visualizationType: "lnsPie",
        visualization: {
          shape: panel.chart,
          layers: [
            {
              ...data,
              primaryGroups: layer.buckets,
              metrics: layer.metrics,
              numberDisplay: "percent",
              categoryDisplay: "default",
              legendDisplay: "default",
              nestedLegend: false,
            },
          ],
        },
      };
    case "table":
      return {
        visualizationType: "lnsDatatable",
        visualization: {
          ...data,
          columns: [...layer.buckets, ...layer.metrics].map((columnId) => ({
            columnId,
            isTransposed: false,
          })),
        },
      };
    case "heatmap":
      return {
        visualizationType: "lnsHeatmap",
        visualization: {
          ...data,
          shape: "heatmap",
          xAccessor: layer.buckets[0],
          yAccessor: layer.buckets[1],
          valueAccessor: layer.metrics[0],
          legend: { isVisible: true, position: "right", type: "heatmap_legend" },
          gridConfig: {
            type: "heatmap_grid",
            isCellLabelVisible: false,
            isYAxisLabelVisible: true,
            isXAxisLabelVisible: true,
            isYAxisTitleVisible: false,
            isXAxisTitleVisible: false,
          },
        },
      };
    default: {
      const type = seriesType(panel);
      return {
        visualizationType: "lnsXY",
        visualization: {
          legend: { isVisible: true, position: "right" },
          valueLabels: "hide",
          fittingFunction: "None",
          preferredSeriesType: type,
          layers: [
            {
              ...data,
              seriesType: type,
              xAccessor: layer.buckets[0],
              accessors: layer.metrics,
              ...(layer.buckets[1] ? { splitAccessor: layer.buckets[1] } : {}),
            },
          ],
        },
      };
    }
  }
}

/** Reference name Lens uses inside its own attributes for a layer's data view. */
export function layerRefName(layerId: string): string {
  return `indexpattern-datasource-layer-${layerId}`;
}

/** Reference name of an XY annotation layer's data view (Lens' `xy-visualization-layer-<layerId>`). */
export function annotationLayerRefName(layerId: string): string {
  return `xy-visualization-layer-${layerId}`;
}

/** An annotation layer placed on one panel, with its id there. */
export interface PlacedAnnotationLayer {
  layerId: string;
  layer: AnyAnnotationLayer;
}

/**
 * The persisted by-value annotation layer of an XY chart: one query annotation, a point in time per matching event
 * of its data view, labelled with its text field. Filters of the dashboard do not apply to it (they name fields of
 * the dashboard's data view, not of the events').
 */
export function annotationLayerState({ layerId, layer }: PlacedAnnotationLayer): Record<string, unknown> {
  return {
    layerId,
    layerType: "annotations",
    persistanceType: "byValue",
    ignoreGlobalFilters: true,
    annotations: [
      {
        type: "query",
        id: `${layerId}-events`,
        label: layer.label,
        key: { type: "point_in_time" },
        timeField: layer.dataView.timeField,
        textField: layer.textField,
        textVisibility: true,
        extraFields: [],
        filter: {
          type: "kibana_query",
          query: layer.filter ? renderKql(layer.filter) : "",
          language: "kuery",
        },
        icon: "triangle",
        lineStyle: "dashed",
        lineWidth: 1,
        ...(layer.color ? { color: layer.color } : {}),
        isHidden: false,
      },
    ],
  };
}

/**
 * The by-value Lens attributes of a panel reading data view `dataViewId`; `annotations` are drawn on it when it is
 * a chart with a time axis (the caller places them).
 */
export function lensAttributes(
  model: DocumentModel,
  dataViewId: string,
  panel: AnyPanel,
  layerId: string,
  annotations: readonly PlacedAnnotationLayer[] = [],
): LensAttributes {
  const layer = buildLayer(model, panelBreakdowns(panel), panelMetrics(panel));
  const { visualizationType, visualization: vis } = visualization(panel, layerId, layer);
  if (annotations.length > 0) {
    if (visualizationType !== "lnsXY")
      throw new Error(`panel "${panel.title}": annotations need an XY chart`);
    vis.layers = [...(vis.layers as object[]), ...annotations.map(annotationLayerState)];
  }
  return {
    title: panel.title,
    description: panel.description ?? "",
    visualizationType,
    type: "lens",
    references: [
      { type: "index-pattern", id: dataViewId, name: layerRefName(layerId) },
      ...annotations.map((a) => ({
        type: "index-pattern" as const,
        id: a.layer.dataView.id,
        name: annotationLayerRefName(a.layerId),
      })),
    ],
    state: {
      visualization: vis,
      query: { query: panel.filter ? renderKql(panel.filter) : "", language: "kuery" },
      filters: [],
      datasourceStates: {
        formBased: {
          layers: {
            [layerId]: { columnOrder: layer.columnOrder, columns: layer.columns, incompleteColumns: {} },
          },
        },
      },
      internalReferences: [],
      adHocDataViews: {},
    },
  };
}

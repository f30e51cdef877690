/**
 * A small typed language for aggregate-only Kibana dashboards.
 *
 * A dashboard reads one data view, whose `model` is the anonymisation `DocumentModel` of the index. Every field a
 * panel names is typed from that model, so naming a dropped or pseudonymised field, or breaking down by a
 * high-cardinality field, is a compile error. Only aggregations exist: there is no way to express a saved search,
 * a document table, top hits or a last value, which would show single documents.
 */
import type { DocumentModel } from "../../anonymisation/model";
import type { FieldSet, TypedFields } from "./fields";
import type { Filter } from "./kql";

/** Kibana dashboards lay panels out on a 48-column grid; `h` is in grid rows (about 20 px each). */
export const GRID_COLUMNS = 48;

export interface Grid {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DataViewOf<F extends FieldSet, M extends DocumentModel = DocumentModel> {
  /** Fixed saved-object id, so dashboards reference it portably and re-deploys replace it. */
  readonly id: string;
  /** Display name in Kibana. */
  readonly name: string;
  /** Index pattern (the data view's `title`), e.g. `am-planner*` or `remote:am-installations*`. */
  readonly indexPattern: string;
  readonly timeField: F["date"];
  readonly model: M;
}

interface MetricBase<F extends FieldSet> {
  /** Shown in legends and tables; a default is derived from the aggregation. */
  readonly label?: string;
  /** Only documents matching this filter are aggregated. */
  readonly filter?: Filter<F>;
}

/**
 * Operations that read documents one by one instead of summing them: over a model of aggregate cells a document is
 * a cell, so a count of documents counts cells (not customers) and a percentile, median or unique count picks one
 * cell's value. They do not exist there; sum the cell's `subjects` / `customers` and measures instead.
 */
export type PerDocumentOp = "count" | "unique_count" | "percentile" | "median";

export type MetricOf<F extends FieldSet> = F["cells"] extends true
  ? Exclude<AnyMetricOf<F>, { readonly op: PerDocumentOp }>
  : AnyMetricOf<F>;

type AnyMetricOf<F extends FieldSet> =
  | (MetricBase<F> & { readonly op: "count" })
  | (MetricBase<F> & { readonly op: "unique_count"; readonly field: F["any"] })
  | (MetricBase<F> & { readonly op: "sum" | "average" | "min" | "max"; readonly field: F["numeric"] })
  | (MetricBase<F> & { readonly op: "median"; readonly field: F["numeric"] })
  | (MetricBase<F> & { readonly op: "percentile"; readonly field: F["numeric"]; readonly percentile: number })
  /**
   * Documents matching `numerator` over documents matching `denominator`, shown as a percentage; with `sumOf`,
   * the sum of that field over each filter instead (documents that already carry an aggregate, e.g. telemetry).
   */
  | {
      readonly op: "ratio";
      readonly label: string;
      readonly numerator: Filter<F>;
      readonly denominator: Filter<F>;
      readonly sumOf?: F["numeric"];
    };

export interface TermsOf<F extends FieldSet> {
  readonly by: "terms";
  readonly field: F["low"];
  /** How many values to show; the rest is grouped as "Other". */
  readonly size: number;
  /** Order by the first metric (default) or by value. */
  readonly order?: "metric" | "alphabetical";
  readonly label?: string;
}

export interface DateHistogramOf<F extends FieldSet> {
  readonly by: "date_histogram";
  readonly field: F["date"];
  readonly interval: "d" | "w" | "M" | "y" | "auto";
  readonly label?: string;
}

export type BreakdownOf<F extends FieldSet> = TermsOf<F> | DateHistogramOf<F>;

interface PanelBase<F extends FieldSet> {
  /** Unique within the dashboard: panel ids are derived from it. */
  readonly title: string;
  readonly description?: string;
  readonly grid: Grid;
  /** Panel-level filter (Lens query). */
  readonly filter?: Filter<F>;
}

export type PanelOf<F extends FieldSet> =
  | (PanelBase<F> & { readonly chart: "metric"; readonly metric: MetricOf<F> })
  | (PanelBase<F> & {
      readonly chart: "bar" | "bar_horizontal" | "line" | "area";
      /** The x axis: over time (date histogram) or by category (terms). */
      readonly x: BreakdownOf<F>;
      readonly metrics: readonly MetricOf<F>[];
      /** Splits each bar / line into one series per value. */
      readonly splitBy?: TermsOf<F>;
      /** Stack split series (bar and area); default true. */
      readonly stacked?: boolean;
    })
  | (PanelBase<F> & {
      readonly chart: "pie" | "donut";
      /** One or two nested slice levels. */
      readonly slices: readonly TermsOf<F>[];
      readonly metric: MetricOf<F>;
    })
  | (PanelBase<F> & {
      readonly chart: "table";
      readonly rows: readonly BreakdownOf<F>[];
      readonly metrics: readonly MetricOf<F>[];
    })
  | (PanelBase<F> & {
      readonly chart: "heatmap";
      readonly x: BreakdownOf<F>;
      readonly y: TermsOf<F>;
      readonly metric: MetricOf<F>;
    });

/** A filter pill applied to every panel of a dashboard. */
export interface DashboardFilterOf<F extends FieldSet> {
  readonly label: string;
  readonly filter: Filter<F>;
}

/**
 * Events drawn as markers on time series (a Lens query annotation layer), read from their own data view: e.g. the
 * key epochs (`am-key-epochs`), where a pseudonymisation key changed and series of pseudonymised subjects do not
 * continue. Its fields are typed from its own model, like a dashboard's. Markers show the event's `textField`; they
 * are events, not figures, and show no document of the dashboard's own data view.
 */
export interface AnnotationLayerOf<F extends FieldSet, M extends DocumentModel = DocumentModel> {
  /** Unique within a dashboard: layer ids are derived from it. */
  readonly name: string;
  /** Legend and tooltip label of the markers. */
  readonly label: string;
  readonly dataView: DataViewOf<F, M>;
  /** Field shown at each marker (a dashboard field of the layer's model). */
  readonly textField: F["any"];
  /** Only events matching this filter are drawn. */
  readonly filter?: Filter<F>;
  /** Marker colour, `#rrggbb`. */
  readonly color?: string;
}

export interface DashboardOf<F extends FieldSet, M extends DocumentModel = DocumentModel> {
  /** Saved-object id: lower-case slug, stable across deploys. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly dataView: DataViewOf<F, M>;
  readonly filters?: readonly DashboardFilterOf<F>[];
  /** Default time range stored with the dashboard; default `now-1y` .. `now`. */
  readonly timeRange?: { readonly from: string; readonly to: string };
  readonly panels: readonly PanelOf<F>[];
  /**
   * Event layers drawn on every bar, line and area panel whose x axis is a date histogram (the only Lens charts
   * with a time axis to mark).
   */
  readonly annotations?: readonly AnyAnnotationLayer[];
}

// Typed forms, for authors: fields narrowed to what model M allows.
export type DataView<M extends DocumentModel> = DataViewOf<TypedFields<M>, M>;
export type Metric<M extends DocumentModel> = MetricOf<TypedFields<M>>;
export type Terms<M extends DocumentModel> = TermsOf<TypedFields<M>>;
export type Breakdown<M extends DocumentModel> = BreakdownOf<TypedFields<M>>;
export type Panel<M extends DocumentModel> = PanelOf<TypedFields<M>>;
export type Dashboard<M extends DocumentModel> = DashboardOf<TypedFields<M>, M>;
export type AnnotationLayer<M extends DocumentModel> = AnnotationLayerOf<TypedFields<M>, M>;

// Erased forms, for the compiler and validator (and for callers that build dashboards dynamically).
export type AnyDataView = DataViewOf<FieldSet>;
export type AnyMetric = MetricOf<FieldSet>;
export type AnyTerms = TermsOf<FieldSet>;
export type AnyBreakdown = BreakdownOf<FieldSet>;
export type AnyPanel = PanelOf<FieldSet>;
export type AnyDashboard = DashboardOf<FieldSet>;
export type AnyAnnotationLayer = AnnotationLayerOf<FieldSet>;

/** Declares a data view over model `model`; the time field must be a date dashboard field of it. */
export function defineDataView<M extends DocumentModel>(
  model: M,
  spec: Omit<DataView<M>, "model">,
): DataView<M> {
  return { ...spec, model };
}

/**
 * Declares a dashboard; `M` is taken from the data view so every field below is checked against its model.
 * The runtime `validateDashboard` re-checks the same rules for dashboards that bypass the types.
 */
export function defineDashboard<M extends DocumentModel>(
  dataView: DataView<M>,
  spec: NoInfer<Omit<Dashboard<M>, "dataView">>,
): Dashboard<M> {
  return { ...spec, dataView };
}

/** Declares an event layer over `dataView`; its text field and filter are checked against that data view's model. */
export function defineAnnotationLayer<M extends DocumentModel>(
  dataView: DataView<M>,
  spec: NoInfer<Omit<AnnotationLayer<M>, "dataView">>,
): AnnotationLayer<M> {
  return { ...spec, dataView };
}

/**
 * Each panel as a search request, and the response read back as a table of figures: the breakdown keys of a row
 * and one value per metric. This is the preview's translation of a panel into aggregations (what Lens asks for),
 * not Kibana's own code: Kibana cannot run here. Where the translation differs from Lens, `PanelQuery.notes` says so.
 *
 * Pure: no I/O. The time range is resolved against an explicit `now`, so a preview of a fixed corpus is stable.
 */
import type { estypes } from "@elastic/elasticsearch";
import { metricLabel, breakdownLabel } from "../compile/lens";
import { toQueryDsl } from "../language/kql";
import { panelBreakdowns, panelMetrics } from "../language/panels";
import type { AnyBreakdown, AnyDashboard, AnyMetric, AnyPanel } from "../language/types";

type Agg = Record<string, unknown>;
type Bucket = Record<string, unknown> & { doc_count?: number; key?: unknown; key_as_string?: string };

export interface PanelQuery {
  /** Index pattern the panel's data view reads. */
  readonly index: string;
  readonly body: { size: 0; track_total_hits: true; query: estypes.QueryDslQueryContainer; aggs: Agg };
  /** Where this translation is knowingly not what Kibana does. */
  readonly notes: string[];
}

export interface FigureRow {
  /** One key per breakdown, in `panelBreakdowns` order. */
  readonly keys: readonly string[];
  /** One value per metric, in `panelMetrics` order; null where the metric has no value (e.g. 0 / 0). */
  readonly values: readonly (number | null)[];
}

export interface PanelFigures {
  readonly breakdowns: readonly string[];
  readonly metrics: readonly string[];
  /** Whether each metric is a ratio (shown as a percentage). */
  readonly ratios: readonly boolean[];
  readonly rows: readonly FigureRow[];
  /** Documents matching the panel's query (time range, dashboard and panel filters). */
  readonly documents: number;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Resolves Kibana date math (`now`, `now-2y`, `now-90d/d`) or an ISO date against `now`. */
export function resolveDateMath(expr: string, now: Date): Date {
  const m = /^now((?:[+-]\d+[yMwdhms])*)(?:\/([yMwdhms]))?$/.exec(expr.trim());
  if (!m) {
    const d = new Date(expr);
    if (Number.isNaN(d.getTime())) throw new Error(`cannot read the time "${expr}"`);
    return d;
  }
  const d = new Date(now.getTime());
  for (const [, sign, n, unit] of m[1].matchAll(/([+-])(\d+)([yMwdhms])/g)) {
    const k = (sign === "-" ? -1 : 1) * Number(n);
    if (unit === "y") d.setUTCFullYear(d.getUTCFullYear() + k);
    else if (unit === "M") d.setUTCMonth(d.getUTCMonth() + k);
    else d.setTime(d.getTime() + k * UNIT_MS[unit]);
  }
  // Rounding (`/d`, `/M`, `/y`) goes down to the start of the unit, in UTC.
  if (m[2] === "d" || m[2] === "M" || m[2] === "y") d.setUTCHours(0, 0, 0, 0);
  if (m[2] === "M" || m[2] === "y") d.setUTCDate(1);
  if (m[2] === "y") d.setUTCMonth(0);
  return d;
}

interface MetricPlan {
  aggs: Agg;
  read(bucket: Bucket): number | null;
  /** `order` path when a terms breakdown is ordered by this metric; undefined when it cannot be. */
  orderPath?: string;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

function valueAgg(metric: AnyMetric): { agg: Agg; read(a: Bucket | undefined): number | null } | undefined {
  switch (metric.op) {
    case "count":
    case "ratio":
      return undefined;
    case "unique_count":
      return {
        agg: { cardinality: { field: metric.field } },
        read: (a) => num(a?.value),
      };
    case "sum":
    case "average":
    case "min":
    case "max": {
      const kind = metric.op === "average" ? "avg" : metric.op;
      // A sum over no documents is 0 in Lens; avg/min/max over none have no value.
      return { agg: { [kind]: { field: metric.field } }, read: (a) => num(a?.value) };
    }
    case "median":
    case "percentile": {
      const p = metric.op === "percentile" ? metric.percentile : 50;
      return {
        agg: { percentiles: { field: metric.field, percents: [p] } },
        read: (a) => {
          const values = (a?.values ?? {}) as Record<string, unknown>;
          const hit = Object.entries(values).find(([k]) => Number(k) === p);
          return hit ? num(hit[1]) : null;
        },
      };
    }
  }
}

/** Multi-value aggregations: a terms aggregation cannot be ordered by them without naming a percent. */
const PERCENTILES = new Set(["median", "percentile"]);

function planMetric(metric: AnyMetric, name: string): MetricPlan {
  if (metric.op === "ratio") {
    const side = (filter: Parameters<typeof toQueryDsl>[0]) => ({
      filter: toQueryDsl(filter),
      ...(metric.sumOf ? { aggs: { v: { sum: { field: metric.sumOf } } } } : {}),
    });
    const read = (b: Bucket | undefined) =>
      metric.sumOf ? num((b?.v as Bucket | undefined)?.value) : num(b?.doc_count);
    return {
      aggs: { [`${name}_n`]: side(metric.numerator), [`${name}_d`]: side(metric.denominator) },
      read: (bucket) => {
        const n = read(bucket[`${name}_n`] as Bucket | undefined);
        const d = read(bucket[`${name}_d`] as Bucket | undefined);
        return n === null || d === null || d === 0 ? null : n / d;
      },
    };
  }
  const inner = valueAgg(metric);
  if (metric.filter) {
    return {
      aggs: { [name]: { filter: toQueryDsl(metric.filter), ...(inner ? { aggs: { v: inner.agg } } : {}) } },
      read: (bucket) => {
        const b = bucket[name] as Bucket | undefined;
        return inner ? inner.read(b?.v as Bucket | undefined) : num(b?.doc_count);
      },
      orderPath: !inner ? `${name}>_count` : PERCENTILES.has(metric.op) ? undefined : `${name}>v`,
    };
  }
  if (!inner) return { aggs: {}, read: (bucket) => num(bucket.doc_count), orderPath: "_count" };
  return {
    aggs: { [name]: inner.agg },
    read: (bucket) => inner.read(bucket[name] as Bucket | undefined),
    orderPath: PERCENTILES.has(metric.op) ? undefined : name,
  };
}

const HISTOGRAM_INTERVAL = { d: "day", w: "week", M: "month", y: "year" } as const;
/** Buckets asked of `auto_date_histogram` for an `auto` interval (Kibana derives its own from the time range). */
export const AUTO_BUCKETS = 24;

function breakdownAgg(b: AnyBreakdown, first: MetricPlan, notes: string[]): Agg {
  if (b.by === "date_histogram") {
    if (b.interval === "auto") {
      notes.push(
        `interval "auto" of ${b.field}: evaluated as auto_date_histogram with at most ${AUTO_BUCKETS} buckets (Kibana picks the interval from the time range and screen width)`,
      );
      return { auto_date_histogram: { field: b.field, buckets: AUTO_BUCKETS } };
    }
    return {
      date_histogram: { field: b.field, calendar_interval: HISTOGRAM_INTERVAL[b.interval], min_doc_count: 1 },
    };
  }
  let order: Record<string, "asc" | "desc">;
  if (b.order === "alphabetical") order = { _key: "asc" };
  else if (first.orderPath) order = { [first.orderPath]: "desc" };
  else {
    order = { _count: "desc" };
    notes.push(
      `top ${b.size} of ${b.field} ordered by document count: the first metric cannot order a terms aggregation`,
    );
  }
  return { terms: { field: b.field, size: b.size, order } };
}

/** Kibana's time filter plus the dashboard's filter pills and the panel's own filter. */
function panelQuery(dashboard: AnyDashboard, panel: AnyPanel, now: Date): estypes.QueryDslQueryContainer {
  const range = dashboard.timeRange ?? { from: "now-1y", to: "now" };
  const filter: estypes.QueryDslQueryContainer[] = [
    {
      range: {
        [dashboard.dataView.timeField]: {
          gte: resolveDateMath(range.from, now).toISOString(),
          lte: resolveDateMath(range.to, now).toISOString(),
          format: "strict_date_optional_time",
        },
      },
    },
    ...(dashboard.filters ?? []).map((f) => toQueryDsl(f.filter)),
    ...(panel.filter ? [toQueryDsl(panel.filter)] : []),
  ];
  return { bool: { filter } };
}

export function buildPanelQuery(dashboard: AnyDashboard, panel: AnyPanel, now: Date): PanelQuery {
  const notes: string[] = [];
  const metrics = panelMetrics(panel).map((m, i) => planMetric(m, `m${i}`));
  const metricAggs = Object.assign({}, ...metrics.map((m) => m.aggs)) as Agg;
  const breakdowns = panelBreakdowns(panel);
  // Metrics sit at every level, so an outer terms breakdown can be ordered by them too.
  let aggs: Agg = metricAggs;
  for (let i = breakdowns.length - 1; i >= 0; i--) {
    const agg = breakdownAgg(breakdowns[i], metrics[0], notes);
    const children = i === breakdowns.length - 1 ? aggs : { ...metricAggs, ...aggs };
    aggs = { [`b${i}`]: Object.keys(children).length ? { ...agg, aggs: children } : agg };
  }
  if (breakdowns.some((b) => b.by === "terms")) {
    notes.push('terms show the top values only; Kibana also draws the rest as an "Other" bucket');
  }
  return {
    index: dashboard.dataView.indexPattern,
    body: { size: 0, track_total_hits: true, query: panelQuery(dashboard, panel, now), aggs },
    notes,
  };
}

function keyOf(bucket: Bucket, b: AnyBreakdown): string {
  if (b.by === "date_histogram") {
    const iso = new Date(Number(bucket.key)).toISOString();
    return b.interval === "y" ? iso.slice(0, 4) : b.interval === "M" ? iso.slice(0, 7) : iso.slice(0, 10);
  }
  return bucket.key_as_string ?? String(bucket.key);
}

/** The response of `buildPanelQuery` as rows of figures. */
export function readPanelFigures(panel: AnyPanel, response: Record<string, unknown>): PanelFigures {
  const metricDefs = panelMetrics(panel);
  const metrics = metricDefs.map((m, i) => planMetric(m, `m${i}`));
  const breakdowns = panelBreakdowns(panel);
  const rows: FigureRow[] = [];
  const walk = (bucket: Bucket, depth: number, keys: string[]) => {
    if (depth === breakdowns.length) {
      rows.push({ keys, values: metrics.map((m) => m.read(bucket)) });
      return;
    }
    const agg = bucket[`b${depth}`] as { buckets?: Bucket[] } | undefined;
    for (const child of agg?.buckets ?? [])
      walk(child, depth + 1, [...keys, keyOf(child, breakdowns[depth])]);
  };
  const total = (response.hits as { total?: { value?: number } } | undefined)?.total?.value ?? 0;
  const root = { ...((response.aggregations ?? {}) as Bucket), doc_count: total };
  walk(root, 0, []);
  return {
    breakdowns: breakdowns.map(breakdownLabel),
    metrics: metricDefs.map(metricLabel),
    ratios: metricDefs.map((m) => m.op === "ratio"),
    rows,
    documents: total,
  };
}

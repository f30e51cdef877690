/**
 * Assisted Migration migrations from Red Hat Telemetry: the metrics the milestone-2 telemetry collector samples
 * (`anonymisation/telemetry/model.ts`). Each document is one configured query's sum over all Assisted Migration
 * clusters at one sample time, optionally broken down by one label (`group`). Which metrics exist is stack config
 * (`collectors.telemetry.queries`), so the panels are derived from the configured queries, not hard-coded.
 *
 * Why the aggregations are what they are:
 * - a bucket holds many samples of the same series, so summing them counts each sample again; a panel shows the
 *   highest sample of a bucket instead: for a cumulative counter (MTV's `*_total`) that is the total reached at
 *   the end of the bucket, for a gauge its peak. No "last value" exists in the language (it shows one document).
 * - a success ratio divides two sums over the same samples (every query is sampled at every period), so it is the
 *   ratio of the sampled values averaged over the bucket, whatever their scale.
 * - `group` is only broken down within one metric: group values of different queries mean different things.
 */
import { telemetryDocument, type TelemetryDocumentModel } from "../anonymisation/telemetry/model";
import type { TypedFields } from "./language/fields";
import type { Filter } from "./language/kql";
import {
  defineDashboard,
  defineDataView,
  GRID_COLUMNS,
  type Dashboard,
  type Grid,
  type Metric,
  type Panel,
} from "./language/types";

type M = TelemetryDocumentModel;
type F = Filter<TypedFields<M>>;

export const TELEMETRY_DATA_VIEW_ID = "am-telemetry";

/** A query breakdown on this label is read as a migration / plan status (MTV reports Kubernetes-style phases). */
export const STATUS_LABEL = "status";
export const SUCCEEDED_STATUSES = ["Succeeded"] as const;
export const FAILED_STATUSES = ["Failed"] as const;
/** Two ungrouped queries `<base>_succeeded` and `<base>_failed` also make a success ratio. */
const SUCCEEDED_SUFFIX = "_succeeded";
const FAILED_SUFFIX = "_failed";

/** What the dashboard needs of a configured query (`collectors.telemetry.queries[]`). */
export interface TelemetryQuerySpec {
  readonly name: string;
  readonly groupBy?: string;
}

export interface TelemetryOptions {
  /** Index pattern of the telemetry documents, e.g. `am-telemetry*`. */
  indexPattern: string;
  /** The configured queries, in config order: their names are the values of `metric`. */
  queries: readonly TelemetryQuerySpec[];
}

/**
 * An example query list (the real one is stack config) covering every derivation: an ungrouped metric, a
 * `_succeeded` / `_failed` pair, a status breakdown and another breakdown. The preview and the golden file use it.
 */
export const EXAMPLE_TELEMETRY_QUERIES: readonly TelemetryQuerySpec[] = [
  { name: "migrated_vms" },
  { name: "migrations_succeeded" },
  { name: "migrations_failed" },
  { name: "migration_plans_by_status", groupBy: STATUS_LABEL },
  { name: "migrated_vms_by_provider", groupBy: "provider" },
];

const OVER_TIME = { by: "date_histogram", field: "sampled_at", interval: "auto", label: "Sampled" } as const;
const highest = (label: string, filter?: F): Metric<M> => ({ op: "max", field: "value", label, filter });

/** `migration_plans_by_status` -> `Migration plans by status`. */
export function humanise(name: string): string {
  const words = name.split("_").filter((w) => w !== "");
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface SuccessRatio {
  title: string;
  /** What is divided by what, for the panel description. */
  explanation: string;
  metric: Metric<M>;
}

/** Success ratios the configured queries allow: status breakdowns and `_succeeded` / `_failed` pairs. */
export function successRatios(queries: readonly TelemetryQuerySpec[]): SuccessRatio[] {
  const out: SuccessRatio[] = [];
  const names = new Set(queries.filter((q) => q.groupBy === undefined).map((q) => q.name));
  for (const q of queries) {
    if (q.groupBy === STATUS_LABEL) {
      const metricIs: F = { field: "metric", is: q.name };
      const ok = SUCCEEDED_STATUSES.join(", ");
      out.push({
        title: `${humanise(q.name)}: success ratio`,
        explanation: `${q.name} with ${STATUS_LABEL} ${ok} over ${ok} or ${FAILED_STATUSES.join(", ")}`,
        metric: {
          op: "ratio",
          label: "Success ratio",
          sumOf: "value",
          numerator: { and: [metricIs, { field: "group", oneOf: SUCCEEDED_STATUSES }] },
          denominator: {
            and: [metricIs, { field: "group", oneOf: [...SUCCEEDED_STATUSES, ...FAILED_STATUSES] }],
          },
        },
      });
    } else if (q.groupBy === undefined && q.name.endsWith(SUCCEEDED_SUFFIX)) {
      const base = q.name.slice(0, -SUCCEEDED_SUFFIX.length);
      const failed = `${base}${FAILED_SUFFIX}`;
      if (base === "" || !names.has(failed)) continue;
      out.push({
        title: `${humanise(base)}: success ratio`,
        explanation: `${q.name} over ${q.name} + ${failed}`,
        metric: {
          op: "ratio",
          label: "Success ratio",
          sumOf: "value",
          numerator: { field: "metric", is: q.name },
          denominator: { field: "metric", oneOf: [q.name, failed] },
        },
      });
    }
  }
  return out;
}

function checkQueries(queries: readonly TelemetryQuerySpec[]): void {
  if (queries.length === 0) {
    throw new Error("telemetry dashboard: no queries configured (collectors.telemetry.queries is empty)");
  }
  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.name)) {
      throw new Error(
        `telemetry dashboard: query name "${q.name}" is configured twice; each name is one metric of the documents`,
      );
    }
    seen.add(q.name);
  }
}

/** Lays `count` equal tiles out in rows of at most `perRow`, from row `y`; returns the grids and the next row. */
function tiles(count: number, perRow: number, h: number, y: number) {
  const cols = Math.max(Math.min(count, perRow), 1);
  const edge = (c: number) => Math.floor((c * GRID_COLUMNS) / cols);
  const grids = Array.from({ length: count }, (_, i) => ({
    x: edge(i % cols),
    y: y + Math.floor(i / cols) * h,
    w: edge((i % cols) + 1) - edge(i % cols),
    h,
  }));
  return { grids, next: y + Math.ceil(count / cols) * h };
}

function metricRow(options: TelemetryOptions, ratios: SuccessRatio[]): { panels: Panel<M>[]; next: number } {
  const ungrouped = options.queries.filter((q) => q.groupBy === undefined);
  const specs: Omit<Extract<Panel<M>, { chart: "metric" }>, "grid">[] = [
    ...ungrouped.map((q) => ({
      title: humanise(q.name),
      description: "Highest sample in the time range (a cumulative counter's latest total).",
      chart: "metric" as const,
      metric: highest(humanise(q.name), { field: "metric", is: q.name }),
    })),
    ...ratios.map((r) => ({ title: r.title, chart: "metric" as const, metric: r.metric })),
  ];
  const { grids, next } = tiles(specs.length, 6, 6, 0);
  return { panels: specs.map((s, i) => ({ ...s, grid: grids[i] })), next };
}

function ungroupedPanel(q: TelemetryQuerySpec, grid: Grid): Panel<M> {
  const name = humanise(q.name);
  return {
    title: `${name} over time`,
    description: "Highest sample per interval, summed over all Assisted Migration clusters.",
    chart: "line",
    grid,
    filter: { field: "metric", is: q.name },
    x: OVER_TIME,
    metrics: [highest(name)],
  };
}

function groupedPanels(q: TelemetryQuerySpec & { groupBy: string }, y: number): Panel<M>[] {
  const name = humanise(q.name);
  const filter: F = { field: "metric", is: q.name };
  const group = { by: "terms", field: "group", size: 10, label: q.groupBy } as const;
  return [
    {
      title: `${name} over time`,
      description: `Highest sample per interval and ${q.groupBy}, summed over all Assisted Migration clusters.`,
      chart: "line",
      grid: { x: 0, y, w: 32, h: 12 },
      filter,
      x: OVER_TIME,
      splitBy: group,
      stacked: false,
      metrics: [highest(name)],
    },
    {
      title: `${name}: share by ${q.groupBy}`,
      description: `Highest sample in the time range per ${q.groupBy}.`,
      chart: "donut",
      grid: { x: 32, y, w: 16, h: 12 },
      filter,
      slices: [group],
      metric: highest(name),
    },
  ];
}

export function telemetryDashboard(options: TelemetryOptions): Dashboard<M> {
  checkQueries(options.queries);
  const dataView = defineDataView(telemetryDocument, {
    id: TELEMETRY_DATA_VIEW_ID,
    name: "Assisted Migration telemetry",
    indexPattern: options.indexPattern,
    timeField: "sampled_at",
  });
  const ratios = successRatios(options.queries);
  const row = metricRow(options, ratios);
  const panels: Panel<M>[] = [...row.panels];
  let y = row.next;
  const { grids: ratioGrids, next } = tiles(ratios.length, 2, 12, y);
  ratios.forEach((r, i) =>
    panels.push({
      title: `${r.title} over time`,
      description: `${r.explanation}; sample values summed per interval.`,
      chart: "line",
      grid: ratioGrids[i],
      x: OVER_TIME,
      metrics: [r.metric],
    }),
  );
  y = next;
  const ungrouped = options.queries.filter((q) => q.groupBy === undefined);
  const lines = tiles(ungrouped.length, 2, 12, y);
  ungrouped.forEach((q, i) => panels.push(ungroupedPanel(q, lines.grids[i])));
  y = lines.next;
  for (const q of options.queries) {
    if (q.groupBy === undefined) continue;
    panels.push(...groupedPanels({ ...q, groupBy: q.groupBy }, y));
    y += 12;
  }
  return defineDashboard(dataView, {
    id: "am-telemetry",
    title: "Assisted Migration migrations (Telemetry)",
    description:
      "Migration metrics of clusters created through Assisted Migration, from Red Hat Telemetry: each value is a sum over all those clusters (anonymised; no cluster is ever stored).",
    timeRange: { from: "now-90d", to: "now" },
    panels,
  });
}

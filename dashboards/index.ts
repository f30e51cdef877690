/** Public entry point of the dashboards: the definitions, the compiler and the validator. */
import type { AnyDashboard } from "./language/types";
import { installationsDashboard } from "./installations";
import { overviewDashboard } from "./overview";
import { telemetryDashboard, type TelemetryQuerySpec } from "./telemetry";

export * from "./language/types";
export type { Filter, AnyFilter } from "./language/kql";
export { renderKql, toQueryDsl } from "./language/kql";
export { validateDashboard, dashboardProblems, DashboardValidationError } from "./validate";
export {
  dashboardSavedObject,
  dataViewSavedObject,
  dataViewAttributes,
  dashboardNdjson,
  toNdjson,
  type SavedObject,
} from "./compile/savedObjects";
export { overviewDashboard, PLANNER_DATA_VIEW_ID } from "./overview";
export { installationsDashboard, INSTALLATIONS_DATA_VIEW_ID } from "./installations";
export {
  telemetryDashboard,
  successRatios,
  EXAMPLE_TELEMETRY_QUERIES,
  TELEMETRY_DATA_VIEW_ID,
  type TelemetryOptions,
  type TelemetryQuerySpec,
} from "./telemetry";

export interface AllDashboardsOptions {
  plannerIndexPattern?: string;
  /** False leaves out the planner overview: a stack nothing feeds planner data into (no connector, no replication). */
  planner?: boolean;
  /** Omit to leave out the installations dashboard. Milestone 1 deploys it over a guarded, still empty index. */
  installationsIndexPattern?: string;
  /** Omit to leave out the telemetry dashboard (no telemetry collector); needs `telemetryQueries`. */
  telemetryIndexPattern?: string;
  /** The configured telemetry queries (`collectors.telemetry.queries`): the dashboard's panels follow them. */
  telemetryQueries?: readonly TelemetryQuerySpec[];
}

/** Every dashboard of the program, in a fixed order. */
export function allDashboards(options: AllDashboardsOptions = {}): AnyDashboard[] {
  const out: AnyDashboard[] =
    options.planner === false ? [] : [overviewDashboard({ indexPattern: options.plannerIndexPattern })];
  if (options.installationsIndexPattern !== undefined) {
    out.push(installationsDashboard({ indexPattern: options.installationsIndexPattern }));
  }
  if (options.telemetryIndexPattern !== undefined) {
    if (options.telemetryQueries === undefined) {
      throw new Error("allDashboards: telemetryIndexPattern is set but telemetryQueries is not");
    }
    out.push(
      telemetryDashboard({ indexPattern: options.telemetryIndexPattern, queries: options.telemetryQueries }),
    );
  }
  return out;
}

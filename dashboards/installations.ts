/**
 * Assisted Migration installations: the Assisted Installer dashboards (research assisted-installer.md §3.3 and
 * Appendix A: success rate, OpenShift version usage, platforms, feature usage, installation duration, host
 * counts, failures) rebuilt over the installation CELLS (`anonymisation/assisted-installer/cells.ts`), which the
 * transforms publish from the staging index only when they describe at least k customers.
 *
 * Each panel filters on the one facet whose cells hold its breakdown and SUMS `attempts` (the language has no
 * document count over cells): summing over two facets would count an installation twice. Cells below k are not
 * published, so the figures are lower bounds. Percentiles and medians are gone (a cell is not a value to rank);
 * durations and host counts are shown as tier buckets. Only clusters tagged `assisted_migration` reach the cells
 * (the collector's filter and every transform's source query).
 */
import {
  installationCells,
  type AiFacet,
  type InstallationCellsModel,
} from "../anonymisation/assisted-installer/cells";
import { keyEpochLayer } from "./keyEpochs";
import type { TypedFields } from "./language/fields";
import type { Filter } from "./language/kql";
import { defineDashboard, defineDataView, type Dashboard, type Metric } from "./language/types";

type M = InstallationCellsModel;
type F = Filter<TypedFields<M>>;

export const INSTALLATIONS_DATA_VIEW_ID = "am-installations";

const facet = (f: AiFacet): F => ({ field: "facet", is: f });
const installed: F = { field: "result", is: "installed" };
const failed: F = { field: "result", is: "error" };
const finished: F = { field: "result", oneOf: ["installed", "error"] };

const attempts = (label = "Installation attempts", filter?: F): Metric<M> => ({
  op: "sum",
  field: "attempts",
  label,
  ...(filter ? { filter } : {}),
});

/** AI definition: installed over installed-or-error; cancelled attempts are left out (research §3.2). */
const successRate: Metric<M> = {
  op: "ratio",
  label: "Success rate",
  numerator: installed,
  denominator: finished,
  sumOf: "attempts",
};

export interface InstallationsOptions {
  /** Index pattern of the installation cells (from stack config), e.g. `am-installations-cells*`. */
  indexPattern: string;
}

export function installationsDashboard(options: InstallationsOptions): Dashboard<M> {
  const dataView = defineDataView(installationCells, {
    id: INSTALLATIONS_DATA_VIEW_ID,
    name: "Assisted Migration installations",
    indexPattern: options.indexPattern,
    timeField: "month",
  });
  return defineDashboard(dataView, {
    id: "am-installations",
    title: "Assisted Migration installations",
    description:
      "OpenShift installations by the Assisted Installer of clusters created through Assisted Migration: every figure sums monthly cells of at least k customers (smaller groups are not shown).",
    // `first_attempt` and the customer counts behind the k gate rest on keyed pseudonyms (the collector's hashing key):
    // a new key starts them afresh, so every time series here marks the key's generations (docs/secrets.md).
    annotations: [keyEpochLayer],
    panels: [
      {
        title: "Installation attempts",
        chart: "metric",
        grid: { x: 0, y: 0, w: 12, h: 6 },
        filter: facet("results"),
        metric: attempts(),
      },
      {
        title: "Installed",
        chart: "metric",
        grid: { x: 12, y: 0, w: 12, h: 6 },
        filter: facet("results"),
        metric: attempts("Installed", installed),
      },
      {
        title: "Success rate",
        chart: "metric",
        grid: { x: 24, y: 0, w: 12, h: 6 },
        filter: facet("results"),
        metric: successRate,
      },
      {
        title: "First-attempt success rate",
        chart: "metric",
        grid: { x: 36, y: 0, w: 12, h: 6 },
        filter: { and: [facet("results"), { field: "first_attempt", is: true }] },
        metric: { ...successRate, label: "First-attempt success rate" },
      },
      {
        title: "Success rate over time",
        chart: "line",
        grid: { x: 0, y: 6, w: 24, h: 12 },
        filter: facet("results"),
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        metrics: [successRate],
      },
      {
        title: "Installation results over time",
        chart: "bar",
        grid: { x: 24, y: 6, w: 24, h: 12 },
        filter: facet("results"),
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "result", size: 4, label: "Result" },
        metrics: [attempts()],
      },
      {
        title: "OpenShift version usage",
        chart: "bar",
        grid: { x: 0, y: 18, w: 24, h: 12 },
        filter: facet("openshift"),
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "openshift_version", size: 10, label: "OpenShift" },
        metrics: [attempts()],
      },
      {
        title: "Success rate by OpenShift version",
        chart: "table",
        grid: { x: 24, y: 18, w: 24, h: 12 },
        filter: facet("openshift"),
        rows: [
          { by: "terms", field: "openshift_version", size: 20, order: "alphabetical", label: "OpenShift" },
        ],
        metrics: [attempts(), successRate],
      },
      {
        title: "Platforms",
        chart: "donut",
        grid: { x: 0, y: 30, w: 12, h: 12 },
        filter: facet("platform"),
        slices: [{ by: "terms", field: "platform_type", size: 7, label: "Platform" }],
        metric: attempts(),
      },
      {
        title: "CPU architectures",
        chart: "donut",
        grid: { x: 12, y: 30, w: 12, h: 12 },
        filter: facet("architecture"),
        slices: [{ by: "terms", field: "cpu_architecture", size: 6, label: "Architecture" }],
        metric: attempts(),
      },
      {
        title: "Topology",
        description: "Full = multi-node, None = single-node OpenShift.",
        chart: "pie",
        grid: { x: 24, y: 30, w: 12, h: 12 },
        filter: facet("topology"),
        slices: [{ by: "terms", field: "high_availability_mode", size: 3, label: "High availability" }],
        metric: attempts(),
      },
      {
        title: "User-managed networking",
        chart: "pie",
        grid: { x: 36, y: 30, w: 12, h: 12 },
        filter: facet("networking"),
        slices: [
          { by: "terms", field: "user_managed_networking", size: 2, label: "User-managed networking" },
        ],
        metric: attempts(),
      },
      {
        title: "Feature usage",
        description: "Features and operators used, split by installation result.",
        chart: "bar_horizontal",
        grid: { x: 0, y: 42, w: 24, h: 14 },
        filter: { and: [facet("features"), finished] },
        x: { by: "terms", field: "feature_usage", size: 20, label: "Feature" },
        splitBy: { by: "terms", field: "result", size: 2, label: "Result" },
        metrics: [attempts()],
      },
      {
        title: "Feature usage over time",
        chart: "heatmap",
        grid: { x: 24, y: 42, w: 24, h: 14 },
        filter: facet("features"),
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        y: { by: "terms", field: "feature_usage", size: 15, label: "Feature" },
        metric: attempts(),
      },
      {
        title: "Installation duration over time",
        description: "Successful installations per duration tier (minutes), per month.",
        chart: "heatmap",
        grid: { x: 0, y: 56, w: 24, h: 12 },
        filter: { and: [facet("topology"), installed] },
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        y: { by: "terms", field: "install_duration_tier", size: 7, order: "alphabetical", label: "Minutes" },
        metric: attempts("Installed"),
      },
      {
        title: "Installation duration",
        chart: "bar",
        grid: { x: 24, y: 56, w: 24, h: 12 },
        filter: { and: [facet("topology"), installed] },
        x: { by: "terms", field: "install_duration_tier", size: 7, order: "alphabetical", label: "Minutes" },
        splitBy: { by: "terms", field: "high_availability_mode", size: 3, label: "High availability" },
        metrics: [attempts()],
      },
      {
        title: "Host counts",
        chart: "bar",
        grid: { x: 0, y: 68, w: 16, h: 12 },
        filter: facet("hosts"),
        x: { by: "terms", field: "host_count_tier", size: 7, order: "alphabetical", label: "Hosts" },
        metrics: [attempts()],
      },
      {
        title: "Hosts and clusters",
        description: "Hosts summed over the attempts, and the clusters they installed, per host-count tier.",
        chart: "table",
        grid: { x: 16, y: 68, w: 16, h: 12 },
        filter: facet("hosts"),
        rows: [{ by: "terms", field: "host_count_tier", size: 7, order: "alphabetical", label: "Hosts" }],
        metrics: [
          { op: "sum", field: "hosts", label: "Hosts" },
          { op: "sum", field: "clusters", label: "Clusters" },
        ],
      },
      {
        title: "Failures by stage",
        chart: "bar_horizontal",
        grid: { x: 32, y: 68, w: 16, h: 12 },
        filter: { and: [facet("failure-stage"), failed] },
        x: { by: "terms", field: "failure_stage", size: 12, label: "Stage" },
        metrics: [attempts("Failed attempts")],
      },
      {
        title: "Failure reasons",
        chart: "donut",
        grid: { x: 0, y: 80, w: 16, h: 12 },
        filter: { and: [facet("failure-reason"), failed] },
        slices: [{ by: "terms", field: "status_info_category", size: 9, label: "Reason" }],
        metric: attempts("Failed attempts"),
      },
      {
        title: "Results by Assisted Installer version",
        chart: "bar",
        grid: { x: 16, y: 80, w: 16, h: 12 },
        filter: facet("ai-version"),
        x: { by: "terms", field: "ai_version", size: 10, order: "alphabetical", label: "Assisted Installer" },
        splitBy: { by: "terms", field: "result", size: 4, label: "Result" },
        metrics: [attempts()],
      },
      {
        title: "Host vendors",
        chart: "bar_horizontal",
        grid: { x: 32, y: 80, w: 16, h: 12 },
        filter: facet("vendors"),
        x: { by: "terms", field: "host_vendors", size: 12, label: "Manufacturer" },
        metrics: [attempts()],
      },
      {
        title: "First-attempt success rate over time",
        description:
          "A first attempt is the first installation seen of a cluster's pseudonym: after a key change (marked) every cluster starts afresh.",
        chart: "line",
        grid: { x: 0, y: 92, w: 24, h: 12 },
        filter: { and: [facet("results"), { field: "first_attempt", is: true }] },
        x: { by: "date_histogram", field: "month", interval: "M", label: "Month" },
        metrics: [{ ...successRate, label: "First-attempt success rate" }],
      },
    ],
  });
}

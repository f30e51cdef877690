/**
 * Assisted Migration installations: the Assisted Installer dashboards (research assisted-installer.md §3.3 and
 * Appendix A: success rate, OpenShift version usage, platforms, feature usage, installation duration, host
 * counts, failures) rebuilt over the anonymised installation documents, for clusters tagged `assisted_migration`.
 *
 * The tag filter is a dashboard-level filter here and also the collector's own filter, so a stray document
 * without the tag is neither collected nor shown.
 */
import {
  ASSISTED_MIGRATION_TAG,
  installationDocument,
  type InstallationDocumentModel,
} from "../anonymisation/assisted-installer/installation";
import { keyEpochLayer } from "./keyEpochs";
import type { TypedFields } from "./language/fields";
import type { Filter } from "./language/kql";
import { defineDashboard, defineDataView, type Dashboard, type Metric } from "./language/types";

type M = InstallationDocumentModel;
type F = Filter<TypedFields<M>>;

export const INSTALLATIONS_DATA_VIEW_ID = "am-installations";

const installed: F = { field: "result", is: "installed" };
const failed: F = { field: "result", is: "error" };
const finished: F = { field: "result", oneOf: ["installed", "error"] };

/** AI definition: installed over installed-or-error; cancelled attempts are left out (research §3.2). */
const successRate: Metric<M> = {
  op: "ratio",
  label: "Success rate",
  numerator: installed,
  denominator: finished,
};
const attempts: Metric<M> = { op: "count", label: "Installation attempts" };

export interface InstallationsOptions {
  /** Index pattern of the installation documents (from stack config), e.g. `am-installations*`. */
  indexPattern: string;
}

export function installationsDashboard(options: InstallationsOptions): Dashboard<M> {
  const dataView = defineDataView(installationDocument, {
    id: INSTALLATIONS_DATA_VIEW_ID,
    name: "Assisted Migration installations",
    indexPattern: options.indexPattern,
    timeField: "event_day",
  });
  return defineDashboard(dataView, {
    id: "am-installations",
    title: "Assisted Migration installations",
    description:
      "OpenShift installations by the Assisted Installer of clusters created through Assisted Migration (anonymised; one document per installation attempt).",
    filters: [
      { label: "Assisted Migration clusters only", filter: { field: "tags", is: ASSISTED_MIGRATION_TAG } },
    ],
    // Document ids and `first_attempt` rest on the cluster's keyed pseudonym: a new key starts them afresh, so every
    // time series here marks the key's generations (docs/secrets.md).
    annotations: [keyEpochLayer],
    panels: [
      {
        title: "Installation attempts",
        chart: "metric",
        grid: { x: 0, y: 0, w: 12, h: 6 },
        metric: attempts,
      },
      {
        title: "Installed",
        chart: "metric",
        grid: { x: 12, y: 0, w: 12, h: 6 },
        metric: { op: "count", label: "Installed", filter: installed },
      },
      { title: "Success rate", chart: "metric", grid: { x: 24, y: 0, w: 12, h: 6 }, metric: successRate },
      {
        title: "First-attempt success rate",
        chart: "metric",
        grid: { x: 36, y: 0, w: 12, h: 6 },
        metric: {
          op: "ratio",
          label: "First-attempt success rate",
          numerator: { and: [installed, { field: "first_attempt", is: true }] },
          denominator: { and: [finished, { field: "first_attempt", is: true }] },
        },
      },
      {
        title: "Success rate over time",
        chart: "line",
        grid: { x: 0, y: 6, w: 24, h: 12 },
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        metrics: [successRate],
      },
      {
        title: "Installation results over time",
        chart: "bar",
        grid: { x: 24, y: 6, w: 24, h: 12 },
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "result", size: 4, label: "Result" },
        metrics: [attempts],
      },
      {
        title: "OpenShift version usage",
        chart: "bar",
        grid: { x: 0, y: 18, w: 24, h: 12 },
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "openshift_version", size: 10, label: "OpenShift" },
        metrics: [attempts],
      },
      {
        title: "Success rate by OpenShift version",
        chart: "table",
        grid: { x: 24, y: 18, w: 24, h: 12 },
        rows: [
          { by: "terms", field: "openshift_version", size: 20, order: "alphabetical", label: "OpenShift" },
        ],
        metrics: [attempts, successRate],
      },
      {
        title: "Platforms",
        chart: "donut",
        grid: { x: 0, y: 30, w: 12, h: 12 },
        slices: [{ by: "terms", field: "platform_type", size: 7, label: "Platform" }],
        metric: attempts,
      },
      {
        title: "CPU architectures",
        chart: "donut",
        grid: { x: 12, y: 30, w: 12, h: 12 },
        slices: [{ by: "terms", field: "cpu_architecture", size: 6, label: "Architecture" }],
        metric: attempts,
      },
      {
        title: "Topology",
        description: "Full = multi-node, None = single-node OpenShift.",
        chart: "pie",
        grid: { x: 24, y: 30, w: 12, h: 12 },
        slices: [{ by: "terms", field: "high_availability_mode", size: 3, label: "High availability" }],
        metric: attempts,
      },
      {
        title: "User-managed networking",
        chart: "pie",
        grid: { x: 36, y: 30, w: 12, h: 12 },
        slices: [
          { by: "terms", field: "user_managed_networking", size: 2, label: "User-managed networking" },
        ],
        metric: attempts,
      },
      {
        title: "Feature usage",
        description: "Features and operators used, split by installation result.",
        chart: "bar_horizontal",
        grid: { x: 0, y: 42, w: 24, h: 14 },
        filter: finished,
        x: { by: "terms", field: "feature_usage", size: 20, label: "Feature" },
        splitBy: { by: "terms", field: "result", size: 2, label: "Result" },
        metrics: [attempts],
      },
      {
        title: "Feature usage over time",
        chart: "heatmap",
        grid: { x: 24, y: 42, w: 24, h: 14 },
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        y: { by: "terms", field: "feature_usage", size: 15, label: "Feature" },
        metric: attempts,
      },
      {
        title: "Installation duration percentiles",
        description: "Successful installations, minutes.",
        chart: "line",
        grid: { x: 0, y: 56, w: 24, h: 12 },
        filter: installed,
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        metrics: [
          { op: "percentile", field: "install_duration_minutes", percentile: 50, label: "Median" },
          { op: "percentile", field: "install_duration_minutes", percentile: 90, label: "90th percentile" },
          { op: "percentile", field: "install_duration_minutes", percentile: 99, label: "99th percentile" },
        ],
      },
      {
        title: "Installation duration",
        chart: "bar",
        grid: { x: 24, y: 56, w: 24, h: 12 },
        filter: installed,
        x: { by: "terms", field: "install_duration_tier", size: 7, order: "alphabetical", label: "Minutes" },
        splitBy: { by: "terms", field: "high_availability_mode", size: 3, label: "High availability" },
        metrics: [attempts],
      },
      {
        title: "Host counts",
        chart: "bar",
        grid: { x: 0, y: 68, w: 16, h: 12 },
        x: { by: "terms", field: "host_count_tier", size: 7, order: "alphabetical", label: "Hosts" },
        metrics: [attempts],
      },
      {
        title: "Hosts per cluster",
        chart: "table",
        grid: { x: 16, y: 68, w: 16, h: 12 },
        rows: [{ by: "terms", field: "high_availability_mode", size: 3, label: "High availability" }],
        metrics: [
          { op: "average", field: "host_count", label: "Average hosts" },
          { op: "median", field: "host_count", label: "Median hosts" },
          { op: "percentile", field: "host_count", percentile: 90, label: "90th percentile" },
        ],
      },
      {
        title: "Failures by stage",
        chart: "bar_horizontal",
        grid: { x: 32, y: 68, w: 16, h: 12 },
        filter: failed,
        x: { by: "terms", field: "failure_stage", size: 12, label: "Stage" },
        metrics: [{ op: "count", label: "Failed attempts" }],
      },
      {
        title: "Failure reasons",
        chart: "donut",
        grid: { x: 0, y: 80, w: 16, h: 12 },
        filter: failed,
        slices: [{ by: "terms", field: "status_info_category", size: 9, label: "Reason" }],
        metric: { op: "count", label: "Failed attempts" },
      },
      {
        title: "First-attempt success rate over time",
        description:
          "A first attempt is the first installation seen of a cluster's pseudonym: after a key change (marked) every cluster starts afresh.",
        chart: "line",
        grid: { x: 0, y: 92, w: 24, h: 12 },
        x: { by: "date_histogram", field: "event_day", interval: "M", label: "Month" },
        metrics: [
          {
            op: "ratio",
            label: "First-attempt success rate",
            numerator: { and: [installed, { field: "first_attempt", is: true }] },
            denominator: { and: [finished, { field: "first_attempt", is: true }] },
          },
        ],
      },
      {
        title: "Results by Assisted Installer version",
        chart: "bar",
        grid: { x: 16, y: 80, w: 16, h: 12 },
        x: { by: "terms", field: "ai_version", size: 10, order: "alphabetical", label: "Assisted Installer" },
        splitBy: { by: "terms", field: "result", size: 4, label: "Result" },
        metrics: [attempts],
      },
      {
        title: "Host vendors",
        chart: "bar_horizontal",
        grid: { x: 32, y: 80, w: 16, h: 12 },
        x: { by: "terms", field: "host_vendors", size: 12, label: "Manufacturer" },
        metrics: [attempts],
      },
    ],
  });
}

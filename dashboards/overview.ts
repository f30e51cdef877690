/**
 * Assisted Migration overview: what the migration planner has seen across all customers, from the anonymised
 * planner index (anonymisation/planner/document.ts). The index holds aggregate cells of at least k customers, one
 * family per `doc_kind`, so each panel filters on one kind and SUMS: estates are the cells' `subjects`, never a
 * count of documents (the language has no document count over cells), and time is the cell's closed period.
 */
import type { Filter } from "./language/kql";
import type { TypedFields } from "./language/fields";
import { defineDashboard, defineDataView, type Dashboard, type Metric, type Panel } from "./language/types";
import { plannerDocument, type DocKind, type PlannerDocumentModel } from "../anonymisation/planner/document";

type F = Filter<TypedFields<PlannerDocumentModel>>;

export const PLANNER_DATA_VIEW_ID = "am-planner";

const kind = (k: DocKind): F => ({ field: "doc_kind", is: k });
const summary = kind("summary");
const vmsIn = (label = "VMs"): Metric<PlannerDocumentModel> => ({ op: "sum", field: "vm_count", label });
const estates = (label = "Estates"): Metric<PlannerDocumentModel> => ({
  op: "sum",
  field: "subjects",
  label,
});

function tierPanel(title: string, dimension: string, x: number, y: number): Panel<PlannerDocumentModel> {
  return {
    title,
    description: `VMs per ${dimension} tier, summed over every estate.`,
    chart: "bar",
    grid: { x, y, w: 16, h: 12 },
    filter: { and: [kind("tier"), { field: "tier_dimension", is: dimension }] },
    x: { by: "terms", field: "tier", size: 12, order: "alphabetical", label: "Tier" },
    metrics: [vmsIn()],
  };
}

export interface OverviewOptions {
  /** Index pattern of the planner documents; default `am-planner*`. */
  indexPattern?: string;
}

export function overviewDashboard(options: OverviewOptions = {}): Dashboard<PlannerDocumentModel> {
  const dataView = defineDataView(plannerDocument, {
    id: PLANNER_DATA_VIEW_ID,
    name: "Assisted Migration planner",
    indexPattern: options.indexPattern ?? "am-planner*",
    timeField: "period_start",
  });
  return defineDashboard(dataView, {
    id: "am-overview",
    title: "Assisted Migration overview",
    description:
      "Assessments, VMs and what blocks their migration, aggregated over all migration-planner customers: every figure sums cells of at least k customers, per closed month.",
    timeRange: { from: "now-2y", to: "now" },
    panels: [
      {
        title: "Assessments",
        chart: "metric",
        grid: { x: 0, y: 0, w: 12, h: 6 },
        metric: {
          op: "sum",
          field: "subjects",
          label: "Assessments",
          filter: { and: [summary, { field: "subject_kind", is: "assessment" }] },
        },
      },
      {
        title: "VMs assessed",
        chart: "metric",
        grid: { x: 12, y: 0, w: 12, h: 6 },
        metric: { op: "sum", field: "vms_total", label: "VMs", filter: summary },
      },
      {
        title: "Migratable VMs",
        chart: "metric",
        grid: { x: 24, y: 0, w: 12, h: 6 },
        metric: { op: "sum", field: "vms_migratable", label: "Migratable VMs", filter: summary },
      },
      {
        title: "Not migratable VMs",
        chart: "metric",
        grid: { x: 36, y: 0, w: 12, h: 6 },
        metric: { op: "sum", field: "vms_not_migratable", label: "Not migratable VMs", filter: summary },
      },
      {
        title: "Assessments and sources over time",
        description:
          "Per closed period: assessments, and sources that have no assessment yet (other: merged to reach k).",
        chart: "bar",
        grid: { x: 0, y: 6, w: 24, h: 12 },
        filter: summary,
        x: { by: "date_histogram", field: "period_start", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "subject_kind", size: 3, label: "Kind" },
        metrics: [estates("Estates")],
      },
      {
        title: "VMs over time",
        chart: "line",
        grid: { x: 24, y: 6, w: 24, h: 12 },
        filter: summary,
        x: { by: "date_histogram", field: "period_start", interval: "M", label: "Month" },
        metrics: [
          { op: "sum", field: "vms_total", label: "VMs" },
          { op: "sum", field: "vms_migratable", label: "Migratable" },
          { op: "sum", field: "vms_not_migratable", label: "Not migratable" },
        ],
      },
      tierPanel("CPU tiers", "cpu", 0, 18),
      tierPanel("Memory tiers", "memory", 16, 18),
      tierPanel("Disk size tiers", "disk_size", 32, 18),
      {
        title: "OS families",
        chart: "donut",
        grid: { x: 0, y: 30, w: 16, h: 14 },
        filter: kind("os"),
        slices: [{ by: "terms", field: "os_family", size: 8, label: "OS family" }],
        metric: vmsIn(),
      },
      {
        title: "Most common migration issues",
        description:
          "Issue ids from the forklift policy catalogue, by severity: VMs affected and estates reporting it.",
        chart: "table",
        grid: { x: 16, y: 30, w: 32, h: 14 },
        filter: kind("issue"),
        rows: [
          { by: "terms", field: "issue_id", size: 20, label: "Issue" },
          { by: "terms", field: "issue_severity", size: 2, label: "Severity" },
        ],
        metrics: [vmsIn("VMs affected"), estates("Estates reporting it")],
      },
      {
        title: "Migration blockers",
        description: "Critical issues only: what makes VMs not migratable.",
        chart: "bar_horizontal",
        grid: { x: 0, y: 44, w: 24, h: 12 },
        filter: { and: [kind("issue"), { field: "issue_severity", is: "critical" }] },
        x: { by: "terms", field: "issue_id", size: 10, label: "Issue" },
        metrics: [vmsIn("VMs blocked")],
      },
      {
        title: "Migration complexity over time",
        chart: "heatmap",
        grid: { x: 24, y: 44, w: 24, h: 12 },
        filter: { and: [kind("tier"), { field: "tier_dimension", is: "complexity" }] },
        x: { by: "date_histogram", field: "period_start", interval: "M", label: "Month" },
        y: { by: "terms", field: "tier", size: 6, order: "alphabetical", label: "Complexity" },
        metric: vmsIn(),
      },
      {
        title: "Datastore types",
        chart: "pie",
        grid: { x: 0, y: 56, w: 12, h: 12 },
        filter: kind("datastore"),
        slices: [{ by: "terms", field: "datastore_type", size: 6, label: "Datastore type" }],
        metric: { op: "sum", field: "datastore_count", label: "Datastores" },
      },
      {
        title: "Network types",
        chart: "pie",
        grid: { x: 12, y: 56, w: 12, h: 12 },
        filter: kind("network"),
        slices: [{ by: "terms", field: "network_type", size: 6, label: "Network type" }],
        metric: { op: "sum", field: "network_count", label: "Networks" },
      },
      {
        title: "vCenter versions",
        chart: "bar",
        grid: { x: 24, y: 56, w: 12, h: 12 },
        filter: kind("vcenter"),
        x: { by: "terms", field: "vcenter_version", size: 10, order: "alphabetical", label: "vCenter" },
        metrics: [estates()],
      },
      {
        title: "Source types",
        chart: "donut",
        grid: { x: 36, y: 56, w: 12, h: 12 },
        filter: summary,
        slices: [{ by: "terms", field: "source_type", size: 5, label: "Source type" }],
        metric: estates(),
      },
      {
        title: "Agent versions over time",
        chart: "bar",
        grid: { x: 0, y: 68, w: 24, h: 12 },
        description: "Estates by the version of the migration agent that reported them.",
        filter: kind("agent"),
        x: { by: "date_histogram", field: "period_start", interval: "M", label: "Month" },
        splitBy: { by: "terms", field: "agent_version", size: 8, label: "Agent" },
        metrics: [estates()],
      },
      {
        title: "Estate sizes",
        chart: "bar",
        grid: { x: 24, y: 68, w: 24, h: 12 },
        filter: kind("size"),
        x: { by: "terms", field: "vms_size_tier", size: 8, order: "alphabetical", label: "VMs per estate" },
        metrics: [estates()],
      },
    ],
  });
}

/**
 * A dashboard with one panel of every kind and every aggregation. It reads a per-document copy of the planner
 * model (the same fields without the cell declaration): the language refuses counts, percentiles, medians and
 * unique counts over aggregate cells, and the compiler must still be tested on every aggregation it has.
 */
import type { DocumentModel } from "../../anonymisation/model";
import { plannerDocument } from "../../anonymisation/planner/document";
import { defineDashboard, defineDataView } from "../../dashboards/language/types";
import { EXAMPLE_TELEMETRY_QUERIES } from "../../dashboards/telemetry";

const { cells: _cells, ...perDocumentFields } = plannerDocument;
/** The planner's fields as a model of per-document records (not cells). */
export const perDocumentPlanner: DocumentModel<typeof plannerDocument.fields> = perDocumentFields;

export const everyKindDataView = defineDataView(perDocumentPlanner, {
  id: "test-planner",
  name: "Test planner",
  indexPattern: "test-planner*",
  timeField: "period_start",
});

export const everyKindDashboard = defineDashboard(everyKindDataView, {
  id: "test-every-kind",
  title: "Every kind",
  description: "One panel of each kind.",
  filters: [{ label: "Summaries", filter: { field: "doc_kind", oneOf: ["summary", "os"] } }],
  panels: [
    { title: "count", chart: "metric", grid: { x: 0, y: 0, w: 8, h: 5 }, metric: { op: "count" } },
    {
      title: "unique",
      chart: "metric",
      grid: { x: 8, y: 0, w: 8, h: 5 },
      metric: { op: "unique_count", field: "os_family", filter: { field: "subject_kind", is: "assessment" } },
    },
    {
      title: "ratio",
      chart: "metric",
      grid: { x: 16, y: 0, w: 8, h: 5 },
      metric: {
        op: "ratio",
        label: "Agent share",
        numerator: { field: "source_type", is: "agent" },
        denominator: { field: "source_type", exists: true },
      },
    },
    {
      title: "bar over time",
      chart: "bar",
      grid: { x: 24, y: 0, w: 24, h: 10 },
      x: { by: "date_histogram", field: "period_start", interval: "M" },
      splitBy: { by: "terms", field: "source_type", size: 3 },
      metrics: [{ op: "sum", field: "vms_total" }],
      filter: { not: { field: "doc_kind", is: "tier" } },
    },
    {
      title: "horizontal",
      chart: "bar_horizontal",
      grid: { x: 0, y: 5, w: 24, h: 10 },
      x: { by: "terms", field: "issue_id", size: 5 },
      metrics: [{ op: "max", field: "vm_count" }],
    },
    {
      title: "line",
      chart: "line",
      grid: { x: 0, y: 15, w: 24, h: 10 },
      x: { by: "date_histogram", field: "period_end", interval: "auto" },
      metrics: [
        { op: "average", field: "vms_total" },
        { op: "median", field: "vms_total" },
        { op: "percentile", field: "vms_total", percentile: 95 },
        { op: "min", field: "vms_total" },
      ],
      filter: { field: "vms_total", range: { gte: 10, lt: 1000 } },
    },
    {
      title: "area",
      chart: "area",
      grid: { x: 24, y: 10, w: 24, h: 10 },
      x: { by: "date_histogram", field: "period_start", interval: "w" },
      splitBy: { by: "terms", field: "os_family", size: 5 },
      stacked: false,
      metrics: [{ op: "sum", field: "vm_count" }],
    },
    {
      title: "pie",
      chart: "pie",
      grid: { x: 24, y: 20, w: 12, h: 10 },
      slices: [
        { by: "terms", field: "os_family", size: 5 },
        { by: "terms", field: "os_name", size: 2 },
      ],
      metric: { op: "sum", field: "vm_count" },
    },
    {
      title: "donut",
      chart: "donut",
      grid: { x: 36, y: 20, w: 12, h: 10 },
      slices: [{ by: "terms", field: "datastore_type", size: 5, order: "alphabetical" }],
      metric: {
        op: "count",
        filter: {
          or: [
            { field: "doc_kind", is: "datastore" },
            { field: "source_type", is: "agent" },
          ],
        },
      },
    },
    {
      title: "table",
      chart: "table",
      grid: { x: 0, y: 25, w: 24, h: 10 },
      rows: [
        { by: "terms", field: "issue_id", size: 10 },
        { by: "date_histogram", field: "period_start", interval: "y" },
      ],
      metrics: [
        { op: "count" },
        {
          op: "ratio",
          label: "Critical share",
          numerator: { field: "issue_severity", is: "critical" },
          denominator: { field: "doc_kind", is: "issue" },
        },
      ],
    },
    {
      title: "heatmap",
      chart: "heatmap",
      grid: { x: 24, y: 30, w: 24, h: 10 },
      x: { by: "date_histogram", field: "period_start", interval: "d" },
      y: { by: "terms", field: "tier", size: 8 },
      metric: { op: "sum", field: "vm_count" },
    },
  ],
});

/** Telemetry queries the golden telemetry dashboard and its tests are compiled with (the real list is config). */
export const TELEMETRY_QUERIES = EXAMPLE_TELEMETRY_QUERIES;
export const TELEMETRY_PATTERN = "am-telemetry*";

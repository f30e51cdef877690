/** A dashboard with one panel of every kind and every aggregation, over the planner model. */
import { plannerDocument } from "../../anonymisation/planner/document";
import { defineDashboard, defineDataView } from "../../dashboards/language/types";
import { EXAMPLE_TELEMETRY_QUERIES } from "../../dashboards/telemetry";

export const everyKindDataView = defineDataView(plannerDocument, {
  id: "test-planner",
  name: "Test planner",
  indexPattern: "test-planner*",
  timeField: "created_month",
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
      metric: { op: "unique_count", field: "os_family", filter: { field: "os_supported", is: true } },
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
      x: { by: "date_histogram", field: "created_month", interval: "M" },
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
      x: { by: "date_histogram", field: "inventory_month", interval: "auto" },
      metrics: [
        { op: "average", field: "cpu_overcommit" },
        { op: "median", field: "cpu_overcommit" },
        { op: "percentile", field: "cpu_overcommit", percentile: 95 },
        { op: "min", field: "cpu_overcommit" },
      ],
      filter: { field: "vms_total", range: { gte: 10, lt: 1000 } },
    },
    {
      title: "area",
      chart: "area",
      grid: { x: 24, y: 10, w: 24, h: 10 },
      x: { by: "date_histogram", field: "created_month", interval: "w" },
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
        { by: "terms", field: "os_supported", size: 2 },
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
            { field: "on_premises", is: false },
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
        { by: "date_histogram", field: "created_month", interval: "y" },
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
      x: { by: "date_histogram", field: "created_month", interval: "d" },
      y: { by: "terms", field: "tier", size: 8 },
      metric: { op: "sum", field: "vm_count" },
    },
  ],
});

/** Telemetry queries the golden telemetry dashboard and its tests are compiled with (the real list is config). */
export const TELEMETRY_QUERIES = EXAMPLE_TELEMETRY_QUERIES;
export const TELEMETRY_PATTERN = "am-telemetry*";

/**
 * Compile-time tests, checked by the root `tsc --noEmit` (this file is in tsconfig's `include`, never run).
 * Each `@ts-expect-error` line must be a type error: if the language ever lets one of these through, tsc reports
 * an unused directive and the typecheck fails.
 */
import { installationCells } from "../../anonymisation/assisted-installer/cells";
import { installationDocument } from "../../anonymisation/assisted-installer/installation";
import { plannerDocument } from "../../anonymisation/planner/document";
import { keyEpochsDataView } from "../../dashboards/keyEpochs";
import {
  defineAnnotationLayer,
  defineDashboard,
  defineDataView,
  type Panel,
} from "../../dashboards/language/types";
import type { PlannerDocumentModel } from "../../anonymisation/planner/document";
import type { TelemetryDocumentModel } from "../../anonymisation/telemetry/model";

const grid = { x: 0, y: 0, w: 12, h: 8 };
const dv = defineDataView(plannerDocument, {
  id: "t",
  name: "t",
  indexPattern: "t*",
  timeField: "period_start",
});
const estates = { op: "sum", field: "subjects" } as const;

// A valid panel compiles.
export const ok: Panel<PlannerDocumentModel> = {
  title: "ok",
  chart: "bar",
  grid,
  x: { by: "terms", field: "os_family", size: 5 },
  metrics: [{ op: "sum", field: "vm_count" }, estates],
};

// @ts-expect-error the time field must be a date dashboard field
defineDataView(plannerDocument, { id: "t", name: "t", indexPattern: "t*", timeField: "vms_total" });

export const dashboard = defineDashboard(dv, {
  id: "t",
  title: "t",
  description: "",
  panels: [
    ok,
    // @ts-expect-error over aggregate cells a document count counts cells, not customers: sum `subjects`
    { title: "cnt", chart: "metric", grid, metric: { op: "count" } },
    // @ts-expect-error over aggregate cells a percentile picks one cell's value
    { title: "pct", chart: "metric", grid, metric: { op: "percentile", field: "vms_total", percentile: 95 } },
    // @ts-expect-error over aggregate cells a median picks one cell's value
    { title: "med", chart: "metric", grid, metric: { op: "median", field: "vms_total" } },
    // @ts-expect-error over aggregate cells a unique count counts distinct cell values, not customers
    { title: "uq", chart: "metric", grid, metric: { op: "unique_count", field: "os_family" } },
    // @ts-expect-error a dropped field (vcenter_id) cannot be summed
    { title: "a", chart: "metric", grid, metric: { op: "sum", field: "vcenter_id" } },
    // @ts-expect-error the old subject pseudonym is dropped: it cannot be filtered on
    { title: "b", chart: "metric", grid, metric: estates, filter: { field: "subject_ref", is: "x" } },
    {
      title: "c",
      chart: "bar",
      grid,
      // @ts-expect-error terms breakdowns only take low-cardinality fields (vms_total is high)
      x: { by: "terms", field: "vms_total", size: 5 },
      metrics: [estates],
    },
    // @ts-expect-error sum needs a numeric field
    { title: "d", chart: "metric", grid, metric: { op: "sum", field: "os_family" } },
    {
      title: "e",
      chart: "line",
      grid,
      // @ts-expect-error a date histogram needs a date field
      x: { by: "date_histogram", field: "vms_total", interval: "M" },
      metrics: [estates],
    },
    // @ts-expect-error filters are typed too: a dropped field cannot be filtered on
    { title: "f", chart: "metric", grid, metric: estates, filter: { field: "name", is: "acme" } },
    {
      title: "g",
      chart: "metric",
      grid,
      // @ts-expect-error a field of another model does not exist here
      metric: { op: "sum", field: "subjects", filter: { field: "result", is: "installed" } },
    },
    // @ts-expect-error only aggregate panel kinds exist (no saved searches / document tables)
    { title: "h", chart: "search", grid, columns: ["os_family"] },
    // @ts-expect-error no top-hits / last-value aggregation exists
    { title: "i", chart: "metric", grid, metric: { op: "last_value", field: "os_family" } },
  ],
});

const installations = defineDataView(installationDocument, {
  id: "i",
  name: "i",
  indexPattern: "i*",
  timeField: "event_day",
});

export const installationPanels = defineDashboard(installations, {
  id: "i",
  title: "i",
  description: "",
  panels: [
    {
      title: "ok",
      chart: "pie",
      grid,
      slices: [{ by: "terms", field: "platform_type", size: 5 }],
      metric: { op: "count" },
    },
    {
      title: "a",
      chart: "pie",
      grid,
      // @ts-expect-error the e-mail domain is dropped from installation documents
      slices: [{ by: "terms", field: "email_domain", size: 5 }],
      metric: { op: "count" },
    },
    // @ts-expect-error the cluster pseudonym cannot be shown, not even as a unique count
    { title: "b", chart: "metric", grid, metric: { op: "unique_count", field: "cluster_ref" } },
    {
      title: "c",
      chart: "table",
      grid,
      // @ts-expect-error host_count is high-cardinality: use host_count_tier to break down
      rows: [{ by: "terms", field: "host_count", size: 5 }],
      metrics: [{ op: "count" }],
    },
  ],
});

// The installation cells the dashboards read: sums only, and no staging pseudonym exists there.
const cells = defineDataView(installationCells, {
  id: "c",
  name: "c",
  indexPattern: "c*",
  timeField: "month",
});

export const cellPanels = defineDashboard(cells, {
  id: "c",
  title: "c",
  description: "",
  panels: [
    { title: "ok", chart: "metric", grid, metric: { op: "sum", field: "attempts" } },
    // @ts-expect-error over cells a document count counts cells, not installations
    { title: "a", chart: "metric", grid, metric: { op: "count" } },
    {
      title: "b",
      chart: "pie",
      grid,
      // @ts-expect-error the customer pseudonym stays in the staging index
      slices: [{ by: "terms", field: "customer_ref", size: 5 }],
      metric: { op: "sum", field: "attempts" },
    },
  ],
});

// A ratio of sums needs a numeric dashboard field of the model.
const ratioOf = (sumOf: string) => ({
  op: "ratio" as const,
  label: "r",
  numerator: { field: "metric" as const, is: "a" },
  denominator: { field: "metric" as const, is: "b" },
  sumOf,
});
export const telemetryRatios: Panel<TelemetryDocumentModel>[] = [
  { title: "ok", chart: "metric", grid, metric: { ...ratioOf("value"), sumOf: "value" } },
  // @ts-expect-error sumOf must be numeric (metric is a keyword)
  { title: "kw", chart: "metric", grid, metric: { ...ratioOf("metric"), sumOf: "metric" } },
  // @ts-expect-error sumOf cannot name a dropped field
  { title: "dropped", chart: "metric", grid, metric: { ...ratioOf("cluster_id"), sumOf: "cluster_id" } },
];

// An annotation layer's fields are typed from its own data view's model (the key-epoch metadata).
export const epochText = defineAnnotationLayer(keyEpochsDataView, {
  name: "ok",
  label: "Key changed",
  textField: "message",
});
export const epochWrongField = defineAnnotationLayer(keyEpochsDataView, {
  name: "bad",
  label: "Key changed",
  // @ts-expect-error not a field of the key-epoch model (it is the installations model's)
  textField: "openshift_version",
});

/**
 * The anonymised Red Hat Telemetry documents the milestone-2 Metricbeat writes: one document per configured
 * query and breakdown value per sample, already aggregated across Assisted Migration clusters by the query the
 * program generates (see `promql.ts`), so no cluster id ever reaches the collector's output.
 */
import { defineDocument, drop, keep, type Keep } from "../model";

/**
 * The only Telemetry labels a query may break its sum down by (`groupBy`), each classified like a document field:
 * its value is stored in `group`, so it must be low-cardinality and name no customer, cluster or object. Any label
 * not listed here (cluster, uuid, namespace, plan, owner, `_id`...) is refused: unclassified means dropped.
 * The MTV labels are those of forklift-controller's `mtv_migrations_status_total` / `mtv_plans_status`
 * (kubev2v/forklift `pkg/monitoring/metrics/forklift-controller`), which Telemetry receives per cluster.
 */
export const BREAKDOWN_LABELS = {
  status: keep(
    "low",
    "MTV migration / plan status: a fixed enum (Succeeded, Failed, Canceled, Executing, Running, Pending, Blocked, Deleted).",
  ),
  provider: keep(
    "low",
    "MTV source provider type: a fixed enum (vSphere, oVirt, OpenStack, OVA, OpenShift), not the provider's name.",
  ),
  mode: keep("low", "MTV migration mode: a fixed enum (Cold, Warm, Live)."),
  target: keep("low", "MTV destination kind: Local or Remote, never the destination's URL or name."),
  version: keep("low", "OpenShift / operator version string: a few release streams shared by many clusters."),
} as const satisfies Record<string, Keep<"low">>;

export type BreakdownLabel = keyof typeof BREAKDOWN_LABELS;

/** Telemetry's cluster id label: the k gate counts distinct values of it (promql.ts `gate`). */
export const CLUSTER_ID_LABEL = "_id";

/** The allowed breakdown labels, sorted (for messages and checks). */
export const ALLOWED_BREAKDOWN_LABELS: readonly string[] = Object.keys(BREAKDOWN_LABELS).sort();

export function isAllowedBreakdown(label: string): label is BreakdownLabel {
  return Object.hasOwn(BREAKDOWN_LABELS, label);
}

export const telemetryDocument = defineDocument("telemetry-sample", 1, {
  metric: {
    type: "keyword",
    treatment: keep("low", "Name of the configured query; a fixed list from the stack config."),
    from: ["telemetry:query.name"],
    description: "Which migration metric the value is.",
  },
  value: {
    type: "double",
    treatment: keep(
      "high",
      "An aggregate (sum) over all Assisted Migration clusters, never one cluster's value.",
    ),
    from: ["telemetry:query.value"],
    description: "Value of the aggregated query.",
  },
  group: {
    type: "keyword",
    treatment: keep(
      "low",
      "Value of the one breakdown label a query may declare, which must be one of BREAKDOWN_LABELS (all low-cardinality enums); any other label is refused (promql.ts).",
    ),
    from: ["telemetry:labels.<groupBy>"],
    description: "Breakdown value (e.g. an OpenShift version), absent when the query has no breakdown.",
  },
  sampled_at: {
    type: "date",
    treatment: keep(
      "high",
      "When the collector evaluated the query: the collector's clock, not a customer event.",
    ),
    from: ["telemetry:@timestamp"],
    description: "Sample time (data view time field).",
  },
  cluster_id: {
    type: "keyword",
    treatment: drop("Telemetry's `_id` is the OpenShift cluster id; the generated aggregation removes it."),
    from: ["telemetry:labels._id"],
    description: "Never stored.",
  },
  labels: {
    type: "keyword",
    treatment: drop("Other series labels (instance, pod, namespace...) can name customer objects."),
    from: ["telemetry:labels.*"],
    description: "Never stored.",
  },
});

export type TelemetryDocumentModel = typeof telemetryDocument;

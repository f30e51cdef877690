/**
 * The anonymised Red Hat Telemetry documents the milestone-2 Metricbeat writes: one document per configured
 * query and breakdown value per sample, already aggregated across Assisted Migration clusters by the query the
 * program generates (see `promql.ts`), so no cluster id ever reaches the collector's output.
 */
import { defineDocument, drop, keep } from "../model";

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
      "Value of the one breakdown label a query may declare; identifying labels are refused as breakdowns (promql.ts).",
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

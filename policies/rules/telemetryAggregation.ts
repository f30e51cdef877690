/**
 * The restriction to Assisted Migration clusters (`collectorScope.ts`) says which clusters a Metricbeat query
 * reads; this policy says what it may return: only the aggregate `generatedQuery` writes, one outer `sum(...)`
 * around the whole expression, or `sum by (<label>) (...)` with a label of the telemetry classification's
 * allow-list whose value comes from that label only. A hand-edited `up{<matcher>}` would otherwise return one
 * series per cluster. The form is recognised by `splitAggregate` and the breakdown by `breakdownProblem`, the same
 * functions the generator uses (`anonymisation/telemetry/promql.ts`). Messages name Beats, queries and labels,
 * never the query text (the configuration may be a secret).
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { MIN_K } from "../../anonymisation/planner/sql/readModel";
import { breakdownProblem, PromqlError, splitAggregate } from "../../anonymisation/telemetry/promql";
import {
  beatConfig,
  matcherLabels,
  prometheusModules,
  reportQueryProblems,
  type Report,
} from "./collectorScope";
import { COLLECTOR_GROUPS, K8S, k8sGroup, type Level, type PolicyResource } from "./common";

export const NOT_AGGREGATED =
  "it is not in the generated aggregate form (one outer sum(...) or sum by (<allowed label>) (...) around the " +
  "whole expression), so it can return one series per cluster";

/** Why a deployed PromQL query may return something other than the generated aggregate, or undefined. */
export function queryAggregationProblem(query: string): string | undefined {
  const split = splitAggregate(query);
  if (!split) return NOT_AGGREGATED;
  const gateProblem =
    split.k === undefined || split.k < MIN_K
      ? `it has ${split.k === undefined ? "no k gate" : `a k gate of ${split.k}`}: every sum must count at least ${MIN_K} clusters (the generated "and on (...) (count ... >= k)")`
      : undefined;
  if (split.groupBy === undefined) return gateProblem;
  // The restriction label may never be a breakdown; a query without the matcher is collectorScope's finding.
  const labels = matcherLabels(query);
  for (const clusterLabel of labels.length ? labels : [""]) {
    let problem;
    try {
      problem = breakdownProblem(split.groupBy, split.inner, clusterLabel, false);
    } catch (e) {
      if (e instanceof PromqlError) return `its breakdown cannot be verified (${e.message})`;
      throw e;
    }
    if (problem) return problem.message;
  }
  return gateProblem;
}

function checkBeat(beat: PolicyResource, secrets: PolicyResource[], report: Report): void {
  const config = beatConfig(beat, secrets, report);
  if (config === undefined) return;
  for (const m of prometheusModules(config)) reportQueryProblems(beat, m, queryAggregationProblem, report);
}

export function telemetryQueriesAggregate(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "telemetry-queries-aggregate",
    description:
      "Every Metricbeat prometheus query returns only sums over Assisted Migration clusters, broken down by an allowed label at most.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Render Metricbeat queries with generatedQuery (anonymisation/telemetry/promql.ts) and break them down only " +
      "by a label of BREAKDOWN_LABELS (anonymisation/telemetry/model.ts); do not edit their text by hand.",
    validateStack: (args, report) => {
      const secrets = args.resources.filter((r) => r.type === K8S.secret);
      for (const r of args.resources) {
        if (k8sGroup(r.type) === COLLECTOR_GROUPS.beat) checkBeat(r, secrets, report);
      }
    },
  };
}

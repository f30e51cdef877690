/**
 * Rules that relate several keys: each area keeps its own next to its keys (`areas/*.ts`); this runs them all, areas
 * below first, so the first error a reader meets is about the key the others depend on.
 */
import type { ConfigIssue } from "./dsl";
import { capabilityIssues } from "./areas/capabilities";
import { collectorIssues } from "./areas/collectors";
import { elasticIssues } from "./areas/elastic";
import { leaderIssues } from "./areas/leader";
import { replicationIssues } from "./areas/replication";
import { secretIssues } from "./areas/secrets";
import { targetIssues } from "./areas/target";
import type { ParsedConfig } from "./schema";

export function crossFieldIssues(c: ParsedConfig): ConfigIssue[] {
  return [
    ...elasticIssues(c),
    ...capabilityIssues(c),
    ...secretIssues(c),
    ...targetIssues(c),
    ...replicationIssues(c),
    ...collectorIssues(c),
    ...leaderIssues(c),
  ];
}

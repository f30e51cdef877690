/**
 * Milestone 1 as the leader of cross-cluster replication: the remote cluster server (9443) that milestone-2
 * followers connect to with a cross-cluster API key, exposed on one public host through the router / ingress.
 * The followers' own side (alias, key, follower indices) is their stack's `replication` section (`replication.ts`).
 */
import { issueList, obj, optional, type ConfigIssue, type Parsed } from "../dsl";
import type { elasticKeys } from "./elastic";
import { hostName } from "./formats";
import type { platformKeys } from "./platform";

export const leaderKeys = {
  replicationLeader: optional(
    obj(
      "Milestone 1: serve this Elasticsearch as a CCR leader over the API-key remote cluster server (Enterprise).",
      {
        host: hostName(
          "Public host of the remote cluster server: a passthrough Route (OpenShift) or an ssl-passthrough Ingress (Kubernetes) on 443 to Service <es>-es-remote-cluster:9443. Followers set proxyAddress <host>:443 and serverName <host>.",
        ),
      },
    ),
  ),
} as const;

/** What serving as a leader requires of the milestone, the licence and the other public hosts. */
export function leaderIssues(
  c: Parsed<typeof leaderKeys & typeof platformKeys & typeof elasticKeys>,
): ConfigIssue[] {
  const leader = c.replicationLeader;
  if (!leader) return [];
  const { issues, add } = issueList();
  if (c.milestone !== 1) {
    add(
      "replicationLeader",
      `a milestone-1 section on a milestone ${c.milestone} stack`,
      "milestone: 1 (the leader is the milestone-1 Elasticsearch), or remove the section",
    );
    return issues;
  }
  // The remote cluster server serves only API-key remote clusters, which Elasticsearch licenses as Enterprise on
  // both clusters; CCR alone would need Platinum, but a Platinum leader cannot accept connections on 9443.
  if (c.licence !== "enterprise") {
    add(
      "licence",
      `"${c.licence}" with replicationLeader set`,
      '"enterprise" (the remote cluster server serves API-key remote clusters: Enterprise on leader and follower; CCR itself needs Platinum)',
    );
  }
  const host = leader.host.toLowerCase();
  for (const key of ["kibanaHost", "elasticsearchHost"] as const) {
    const other = c.exposure?.[key];
    if (other !== undefined && other.toLowerCase() === host) {
      add(
        "replicationLeader.host",
        `${JSON.stringify(leader.host)}, the same as exposure.${key}`,
        "a host of its own (the router routes passthrough traffic by SNI host name, one backend per host)",
      );
    }
  }
  return issues;
}

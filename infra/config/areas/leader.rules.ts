/** Cross-field rules of the `replicationLeader` area (keys in `leader.ts`). */
import type { ConfigIssue as Issue } from "../dsl";
import type { Licence } from "../../../contracts/licence";

interface LeaderView {
  milestone: 1 | 2;
  licence: Licence;
  exposure?: { kibanaHost: string; elasticsearchHost?: string };
  replicationLeader?: { host: string };
}

/** Cross-field rules of `replicationLeader`, called from `rules.ts`. */
export function leaderIssues(c: LeaderView): Issue[] {
  const leader = c.replicationLeader;
  if (!leader) return [];
  const issues: Issue[] = [];
  const add = (path: string, found: string, allowed: string) => issues.push({ path, found, allowed });
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

/**
 * Replication is a pair of stacks: a milestone-2 follower's `replication.leader` and, when the leader is a stack of
 * this repository, that stack's `replicationLeader`. Each file can be valid alone while the pair cannot work (a
 * leader that exposes nothing, a licence the leader does not run); this checks the pair, so no stack file declares
 * a link that cannot connect. A leader outside this repository is checked by the follower's own rules only.
 */
import type { ParsedConfig } from "./schema";

export interface PairProblem {
  follower: string;
  leader: string;
  problem: string;
}

const hostOf = (urlOrHostPort: string): string =>
  urlOrHostPort.includes("://") ? new URL(urlOrHostPort).hostname : urlOrHostPort.replace(/:\d+$/, "");

/** Problems of every follower whose leader is one of `stacks` (keyed by stack name). */
export function replicationPairProblems(stacks: Record<string, ParsedConfig>): PairProblem[] {
  const problems: PairProblem[] = [];
  for (const [follower, f] of Object.entries(stacks)) {
    const r = f.replication;
    if (!r) continue;
    const leaderHost = hostOf(r.leader.elasticsearchUrl);
    const found = Object.entries(stacks).find(([, l]) => l.exposure?.elasticsearchHost === leaderHost);
    if (!found) continue;
    const [leader, l] = found;
    const add = (problem: string) => problems.push({ follower, leader, problem });
    if (l.milestone !== 1) add(`the leader ${leader} is not a milestone-1 stack`);
    if (r.securityModel !== "api-key") {
      add(
        `securityModel "${r.securityModel}": a leader stack of this repository serves only the API-key remote cluster server (it exposes no transport port for the certificate model)`,
      );
    }
    if (!l.replicationLeader) {
      add(`${leader} declares no replicationLeader: nothing exposes its remote cluster server`);
    } else if (hostOf(r.leader.proxyAddress) !== l.replicationLeader.host) {
      add(
        `proxyAddress ${r.leader.proxyAddress} is not ${leader}'s remote cluster server host ${l.replicationLeader.host}`,
      );
    }
    if (r.leader.licence !== l.licence) {
      add(
        `replication.leader.licence is "${r.leader.licence}" but ${leader} declares licence "${l.licence}"`,
      );
    }
  }
  return problems;
}

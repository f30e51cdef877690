/**
 * What a cross-cluster replication link needs of the licence tiers (`contracts/licence.ts`: the tiers and their
 * order), on both clusters.
 */
import { licenceCovers, type Licence } from "../../contracts/licence";

/** The security model of a cross-cluster replication link (`replication.securityModel`). */
export type SecurityModel = "api-key" | "certificate";

/** What each part of a link needs, on both clusters (research elastic.md §1.4, §3.1). */
export function licenceNeeded(model: SecurityModel): { licence: Licence; why: string } {
  return model === "api-key"
    ? {
        licence: "enterprise",
        why: "API-key remote clusters (advanced remote cluster security) need Enterprise on both clusters; CCR itself needs Platinum",
      }
    : {
        licence: "platinum",
        // The certificate model itself is Basic (enough for cross-cluster search), but CCR is not.
        why: "cross-cluster replication needs Platinum on the follower and on the leader",
      };
}

/** Licence problems of a link, as sentences naming the cluster and the fix; empty when both clusters qualify. */
export function licenceProblems(model: SecurityModel, follower: Licence, leader: Licence): string[] {
  const { licence, why } = licenceNeeded(model);
  const problems: string[] = [];
  for (const [side, has] of [
    ["follower (this stack)", follower],
    ["leader", leader],
  ] as const) {
    if (!licenceCovers(has, licence)) {
      problems.push(
        `the ${side} cluster has licence "${has}", but ${why}: a "${licence}" licence is required`,
      );
    }
  }
  return problems;
}

/**
 * Pure decisions and request bodies of a cross-cluster replication link: which licence each choice needs, whether
 * a leader may be replicated at all, the remote-cluster settings, the cross-cluster API key access and the roles.
 *
 * Why a leader must be anonymised at the source: replication copies shard operations, so ingest pipelines
 * (including `index.final_pipeline`) never run on a follower index (elastic/elasticsearch #75428), and a
 * replication key cannot carry document- or field-level security. Whatever the leader stores, the follower stores.
 */
import type { estypes } from "@elastic/elasticsearch";
import { licenceCovers, type Licence } from "../../infra/config/licence";

export type { Licence };
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

/** One leader index (or pattern) and what produced it. */
export interface LeaderIndex {
  /** A concrete leader index to follow now (`ElasticsearchCcrFollowerIndex`). */
  index?: string;
  /** A pattern whose future indices are followed (`ElasticsearchCcrAutoFollowPattern`). */
  pattern?: string;
  /** Name of the DocumentModel whose classification produced the leader's documents. */
  model: string;
  /** Its classification revision, as deployed on the leader. */
  classificationRevision: number;
  /** Declared by the leader's owner: the documents were anonymised before they were written to the leader. */
  anonymisedAtSource: boolean;
}

/** Reasons to refuse a leader; empty when it may be replicated. `models` maps model names to their revisions in this commit. */
export function leaderProblems(leader: LeaderIndex, models: Record<string, number>): string[] {
  const what = leader.index ?? leader.pattern ?? "(nothing)";
  const problems: string[] = [];
  if (!leader.index === !leader.pattern)
    problems.push(`leader "${what}" must give exactly one of index or pattern`);
  if (!leader.anonymisedAtSource) {
    problems.push(
      `leader "${what}" is not declared anonymised at the source; ingest pipelines do not run on follower indices, so replicating it would copy whatever it holds`,
    );
  }
  const current = models[leader.model];
  if (current === undefined) {
    problems.push(
      `leader "${what}" names model "${leader.model}", which this program does not know (known: ${Object.keys(models).join(", ")})`,
    );
  } else if (current !== leader.classificationRevision) {
    problems.push(
      `leader "${what}" was produced by ${leader.model} revision ${leader.classificationRevision}, but this program classifies revision ${current}: promote the leader stack first`,
    );
  }
  for (const p of [leader.index, leader.pattern]) {
    if (p !== undefined && (p.startsWith(".") || p.includes(":") || p === "*")) {
      problems.push(
        `leader "${p}" must name the anonymised index, not a system index, a remote or everything`,
      );
    }
  }
  return problems;
}

/** The error thrown by the component (and reported by the config rules) when a link may not be built. */
export class CcrLinkError extends Error {
  constructor(alias: string, problems: string[]) {
    super(`cross-cluster replication link "${alias}" refused:\n  - ${problems.join("\n  - ")}`);
    this.name = "CcrLinkError";
  }
}

export interface RemoteClusterArgs {
  alias: string;
  /** host:port of the leader's remote cluster interface (9443, API-key model) or transport (9300, certificate). */
  proxyAddress: string;
  /** TLS server name (SNI) when the address is a load balancer or Route. */
  serverName?: string;
  skipUnavailable: boolean;
}

/** `cluster.remote.<alias>.*` persistent settings, proxy mode (ECK / Routes / load balancers need it). */
export function remoteClusterSettings(r: RemoteClusterArgs): { name: string; value: string }[] {
  const p = `cluster.remote.${r.alias}`;
  return [
    { name: `${p}.mode`, value: "proxy" },
    { name: `${p}.proxy_address`, value: r.proxyAddress },
    ...(r.serverName ? [{ name: `${p}.server_name`, value: r.serverName }] : []),
    { name: `${p}.skip_unavailable`, value: String(r.skipUnavailable) },
  ];
}

/** The keystore key holding the cross-cluster API key on the follower (ECK secureSettings entry). */
export const credentialsKey = (alias: string) => `cluster.remote.${alias}.credentials`;

/** Name of the Secret the follower's `secureSettings` reference; fixed so the stack can name it before the key exists. */
export const credentialsSecretName = (alias: string) => `am-remote-${alias}-credentials`;

/** Name of the ConfigMap (key `ca.crt`) holding the leader's transport CA on the follower. */
export const leaderCaConfigMapName = (alias: string) => `am-remote-${alias}-ca`;

/** Leader names a link replicates (indices and patterns). */
export const leaderNames = (leaders: LeaderIndex[]) =>
  leaders.map((l) => l.index ?? l.pattern).filter((n): n is string => Boolean(n));

/** `access` of the cross-cluster API key created on the leader (ES API shape): replication of the anonymised leaders only. */
export function crossClusterAccess(leaders: LeaderIndex[]): { replication: { names: string[] }[] } {
  return { replication: [{ names: leaderNames(leaders) }] };
}

export const FOLLOWER_ROLE = "am-ccr-follower";

/** Role on the follower: manage CCR, own the follower indices and (API-key model) replicate from the remote. */
export function followerRole(
  model: SecurityModel,
  alias: string,
  leaders: LeaderIndex[],
): estypes.SecurityRoleDescriptor {
  const names = leaderNames(leaders);
  return {
    cluster: ["manage_ccr", "monitor"],
    indices: [{ names, privileges: ["monitor", "read", "write", "manage_follow_index"] }],
    ...(model === "api-key"
      ? { remote_indices: [{ clusters: [alias], names, privileges: ["cross_cluster_replication"] }] }
      : {}),
  };
}

/**
 * The retention-lease actions a follower calls on the leader's shards. `manage` would grant them too (and the
 * follower would need them: elastic/elasticsearch #84467), but also deleting, closing and re-mapping the leader's
 * indices; the actions alone are what ES bundles into its `cross_cluster_replication` privilege for API-key remotes
 * (x-pack IndexPrivilege: shard_changes, monitor/stats and these three), a subset of `manage`.
 */
export const RETENTION_LEASE_ACTIONS = [
  "indices:admin/seq_no/add_retention_lease",
  "indices:admin/seq_no/renew_retention_lease",
  "indices:admin/seq_no/remove_retention_lease",
] as const;

/** Certificate model only: the leader maps the follower user's role by name and needs these privileges. */
export function leaderRole(leaders: LeaderIndex[]): estypes.SecurityRoleDescriptor {
  return {
    cluster: ["read_ccr"],
    indices: [{ names: leaderNames(leaders), privileges: ["monitor", "read", ...RETENTION_LEASE_ACTIONS] }],
  };
}

/** A Kubernetes/ES-safe name stem from an index name or pattern. */
export function followName(alias: string, leader: string): string {
  const stem = leader
    .replace(/\*/g, "all")
    .replace(/[^a-z0-9-]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `am-${alias}-${stem}`;
}

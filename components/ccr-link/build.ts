/**
 * Pure request bodies of a cross-cluster replication link: the remote-cluster settings, the cross-cluster API key
 * access and the roles. Which licence each choice needs (`licenceProblems`, infra/config/licence.ts) and whether a
 * leader may be replicated at all (`leaderProblems`, infra/config/areas/replication.ts) are decided where the
 * config rules decide them too, so the config error and the component's refusal say the same thing.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { LeaderIndex } from "../../infra/config/areas/replication";
import type { SecurityModel } from "../../infra/config/licence";

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

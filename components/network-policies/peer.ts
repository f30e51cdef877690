/**
 * The one vocabulary of NetworkPolicy peers, for the ingress guards (`build.ts`) and the egress confinement
 * (`egress.ts`), and the one pure builder of a `NetworkPolicyPeer` from it.
 */
import { cidrProblem } from "../../infra/config/formats";
import { eckLabels } from "../../infra/naming";

type Labels = Record<string, string>;

/**
 * Pods by labels (in `namespaceSelector`'s namespaces, else the policy's own), every pod of namespaces by labels, or
 * an address range (Kubernetes NetworkPolicies cannot name hosts, so a peer outside the cluster is a CIDR).
 */
export type Peer = (
  | { kind: "pods"; podSelector: Labels; namespaceSelector?: Labels }
  | { kind: "namespaces"; namespaceSelector: Labels }
  | { kind: "cidr"; cidr: string }
) & {
  /** What the peer is, for humans and messages (an egress rule names its peers by its own `what`). */
  name?: string;
};

/** A peer that says what it is: the ingress guards name every peer they admit. */
export type NamedPeer = Peer & { name: string };

/** Every address, IPv4 and IPv6: what an egress rule allows when no CIDRs are configured (its ports still apply). */
export const ANY_ADDRESS: Peer[] = [
  { kind: "cidr", cidr: "0.0.0.0/0" },
  { kind: "cidr", cidr: "::/0" },
];

export const isEveryAddress = (peer: Peer) =>
  peer.kind === "cidr" && ANY_ADDRESS.some((any) => any.kind === "cidr" && any.cidr === peer.cidr);

/** The namespace named `name`, by the label Kubernetes puts on every namespace. */
export const namespaceLabels = (name: string): Labels => ({ "kubernetes.io/metadata.name": name });

/** Configured address ranges, or every address when none are configured. */
export const addressPeers = (cidrs: string[] | undefined): Peer[] =>
  cidrs ? cidrs.map((cidr) => ({ kind: "cidr", cidr })) : ANY_ADDRESS;

/** The pods of the ECK Elasticsearch cluster `esName` in `namespace`. */
export const elasticsearchPods = (esName: string, namespace: string): Peer => ({
  kind: "pods",
  podSelector: eckLabels.elasticsearchCluster(esName),
  namespaceSelector: namespaceLabels(namespace),
});

/**
 * A peer in the configuration's form (`networkPolicy.allowFrom`): a podSelector, with or without a namespaceSelector,
 * selects pods; a namespaceSelector alone, every pod of those namespaces.
 */
export function selectorPeer(p: {
  name: string;
  namespaceSelector?: Labels;
  podSelector?: Labels;
}): NamedPeer {
  if (p.podSelector) {
    return {
      kind: "pods",
      name: p.name,
      podSelector: p.podSelector,
      ...(p.namespaceSelector ? { namespaceSelector: p.namespaceSelector } : {}),
    };
  }
  if (p.namespaceSelector)
    return { kind: "namespaces", name: p.name, namespaceSelector: p.namespaceSelector };
  throw new Error(`network peer "${p.name}" selects nothing: give a namespaceSelector or a podSelector`);
}

/**
 * The `NetworkPolicyPeer` of `peer` in a policy of namespace `sameNamespace`; `what` names it in messages.
 * Refuses a CIDR that is not one and `namespaceSelector: {}` (every namespace of the cluster, policy
 * network-peers-are-specific).
 */
export function peerRule(peer: Peer, sameNamespace: string, what: string) {
  if (peer.kind === "cidr") {
    const problem = cidrProblem(peer.cidr);
    if (problem) throw new Error(`${what} peer "${peer.cidr}" is not a CIDR: allowed is ${problem}`);
    return { ipBlock: { cidr: peer.cidr } };
  }
  if (peer.namespaceSelector && Object.keys(peer.namespaceSelector).length === 0) {
    throw new Error(
      `the ${what} namespace selector is empty: it would select every namespace of the cluster`,
    );
  }
  if (peer.kind === "namespaces") return { namespaceSelector: { matchLabels: peer.namespaceSelector } };
  // A podSelector alone means "in this namespace"; say it explicitly so a reader does not have to know that.
  return {
    podSelector: { matchLabels: peer.podSelector },
    namespaceSelector: { matchLabels: peer.namespaceSelector ?? namespaceLabels(sameNamespace) },
  };
}

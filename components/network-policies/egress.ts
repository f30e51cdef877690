/**
 * Pure builder of the NetworkPolicy that confines a client workload (the planner connector, the collectors): no
 * ingress at all, egress only to the listed peers on the listed TCP ports, plus cluster DNS. Kubernetes
 * NetworkPolicies cannot name hosts, so a peer outside the cluster is an address range.
 */
import { peerRule, type Peer } from "./peer";

export interface EgressRule {
  /** What the peer is, for error messages. */
  what: string;
  to: Peer[];
  /** TCP ports. */
  ports: number[];
}

export interface EgressPolicySpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  /** Labels that select the confined pods; a subset of what the pods carry. */
  selector: Record<string, string>;
  rules: EgressRule[];
  /** Namespaces of the cluster DNS pods; `CLUSTER_DNS_NAMESPACES` when unset (never every namespace). */
  dnsNamespaces?: string[];
}

/** Namespaces of the cluster DNS pods on vanilla Kubernetes (CoreDNS) and OpenShift (dns-default). */
export const CLUSTER_DNS_NAMESPACES = ["kube-system", "openshift-dns"];

function dnsPeer(namespaces: string[] = CLUSTER_DNS_NAMESPACES) {
  // Not `namespaceSelector: {}`: that would open DNS ports to every pod of every namespace (policy
  // network-peers-are-specific).
  return {
    namespaceSelector: {
      matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: namespaces }],
    },
  };
}

export function buildEgressPolicy(p: EgressPolicySpec) {
  // An empty selector would confine every pod of the namespace (Elasticsearch included) to these peers.
  if (Object.keys(p.selector).length === 0) throw new Error(`NetworkPolicy ${p.name} selects no pods`);
  for (const r of p.rules) {
    if (r.to.length === 0 || r.ports.length === 0) throw new Error(`the ${r.what} egress rule is empty`);
    const bad = r.ports.find((port) => !Number.isInteger(port) || port < 1 || port > 65535);
    if (bad !== undefined) throw new Error(`the ${r.what} port ${bad} is not a TCP port`);
    // A peer inside the cluster names its pods: the confined pods never reach every pod of a namespace.
    if (r.to.some((peer) => peer.kind === "pods" && Object.keys(peer.podSelector).length === 0)) {
      throw new Error(`the ${r.what} pod selector is empty: it would admit every pod of the namespace`);
    }
    if (r.to.some((peer) => peer.kind === "namespaces")) {
      throw new Error(`the ${r.what} peer selects namespaces, not pods: it would admit every pod of them`);
    }
  }
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "NetworkPolicy" as const,
    metadata: { name: p.name, namespace: p.namespace, labels: p.labels },
    spec: {
      podSelector: { matchLabels: p.selector },
      policyTypes: ["Ingress", "Egress"],
      ingress: [],
      egress: [
        ...p.rules.map((r) => ({
          to: r.to.map((peer) => peerRule(peer, p.namespace, r.what)),
          ports: [...new Set(r.ports)].map((port) => ({ protocol: "TCP", port })),
        })),
        // Cluster DNS: 53 on vanilla Kubernetes, 5353 behind the OpenShift DNS service (policies see pod ports).
        {
          to: [dnsPeer(p.dnsNamespaces)],
          ports: [53, 5353].flatMap((port) => [
            { protocol: "UDP", port },
            { protocol: "TCP", port },
          ]),
        },
      ],
    },
  };
}

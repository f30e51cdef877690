/**
 * Pure builders of the NetworkPolicies that guard Elasticsearch and Kibana: ingress only from what must reach them.
 * Policies are additive in Kubernetes, so once a pod is selected everything not listed here is refused.
 */
import { isEveryAddress, namespaceLabels, peerRule, type NamedPeer } from "./peer";

export interface GuardArgs {
  namespace: string;
  labels: Record<string, string>;
  esPodLabels: Record<string, string>;
  kibanaPodLabels: Record<string, string>;
  operator: { namespace: string; podLabels: Record<string, string> };
  /** Where the router / ingress controller pods live (null when nothing is exposed). */
  ingressPeer: NamedPeer | null;
  /** Whether Elasticsearch itself is exposed through the router / ingress. */
  elasticsearchExposed: boolean;
  /** Peers from config and from other components (connector, deploy runner, remote clusters). */
  elasticsearchPeers: NamedPeer[];
  /** Peers allowed on the remote cluster server port (milestone 2). */
  remoteClusterPeers?: NamedPeer[];
  /** Whether the remote cluster server (9443) is exposed through the router / ingress (replication leader). */
  remoteClusterExposed?: boolean;
  /** Peers allowed to reach Kibana on 5601 besides the router (e.g. an in-cluster deploy runner). */
  kibanaPeers?: NamedPeer[];
}

/** OpenShift labels the router's namespace with this, the documented way to admit the default ingress. */
export const OPENSHIFT_INGRESS_NAMESPACE_LABEL = { "policy-group.network.openshift.io/ingress": "" };

/** An ingress peer's rule: never from every address (policy network-peers-are-specific). */
function admit(peer: NamedPeer, sameNamespace: string) {
  if (isEveryAddress(peer)) throw new Error(`network peer "${peer.name}" is every address`);
  return peerRule(peer, sameNamespace, peer.name);
}

const tcp = (...ports: number[]) => ports.map((port) => ({ protocol: "TCP", port }));

/** The ECK operator reaches both Elasticsearch and Kibana on their HTTP ports to manage them. */
function operatorPeer(a: GuardArgs): NamedPeer {
  return {
    kind: "pods",
    name: "eck-operator",
    namespaceSelector: namespaceLabels(a.operator.namespace),
    podSelector: a.operator.podLabels,
  };
}

export function buildElasticsearchPolicy(name: string, a: GuardArgs) {
  const ingress = [
    {
      from: [admit({ kind: "pods", name: "elasticsearch nodes", podSelector: a.esPodLabels }, a.namespace)],
      ports: tcp(9200, 9300),
    },
    {
      from: [admit({ kind: "pods", name: "kibana", podSelector: a.kibanaPodLabels }, a.namespace)],
      ports: tcp(9200),
    },
    { from: [admit(operatorPeer(a), a.namespace)], ports: tcp(9200) },
    ...(a.elasticsearchExposed && a.ingressPeer
      ? [{ from: [admit(a.ingressPeer, a.namespace)], ports: tcp(9200) }]
      : []),
    ...(a.elasticsearchPeers.length
      ? [{ from: a.elasticsearchPeers.map((p) => admit(p, a.namespace)), ports: tcp(9200) }]
      : []),
    // The router / ingress reaches 9443 by its own rule, so exposing the remote cluster server opens nothing else.
    ...(a.remoteClusterExposed && a.ingressPeer
      ? [{ from: [admit(a.ingressPeer, a.namespace)], ports: tcp(9443) }]
      : []),
    ...(a.remoteClusterPeers?.length
      ? [{ from: a.remoteClusterPeers.map((p) => admit(p, a.namespace)), ports: tcp(9443) }]
      : []),
  ];
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "NetworkPolicy" as const,
    metadata: { name, namespace: a.namespace, labels: a.labels },
    spec: { podSelector: { matchLabels: a.esPodLabels }, policyTypes: ["Ingress"], ingress },
  };
}

export function buildKibanaPolicy(name: string, a: GuardArgs) {
  const ingress = [
    { from: [admit(operatorPeer(a), a.namespace)], ports: tcp(5601) },
    ...(a.ingressPeer ? [{ from: [admit(a.ingressPeer, a.namespace)], ports: tcp(5601) }] : []),
    ...(a.kibanaPeers?.length
      ? [{ from: a.kibanaPeers.map((p) => admit(p, a.namespace)), ports: tcp(5601) }]
      : []),
  ];
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "NetworkPolicy" as const,
    metadata: { name, namespace: a.namespace, labels: a.labels },
    spec: { podSelector: { matchLabels: a.kibanaPodLabels }, policyTypes: ["Ingress"], ingress },
  };
}

/**
 * Pure builders of the NetworkPolicies that guard Elasticsearch and Kibana: ingress only from what must reach them.
 * Policies are additive in Kubernetes, so once a pod is selected everything not listed here is refused.
 */

export interface Peer {
  /** What the peer is, for humans and policy messages. */
  name: string;
  namespaceSelector?: Record<string, string>;
  podSelector?: Record<string, string>;
}

export interface GuardArgs {
  namespace: string;
  labels: Record<string, string>;
  esPodLabels: Record<string, string>;
  kibanaPodLabels: Record<string, string>;
  operator: { namespace: string; podLabels: Record<string, string> };
  /** Where the router / ingress controller pods live (null when nothing is exposed). */
  ingressPeer: Peer | null;
  /** Whether Elasticsearch itself is exposed through the router / ingress. */
  elasticsearchExposed: boolean;
  /** Peers from config and from other components (connector, deploy runner, remote clusters). */
  elasticsearchPeers: Peer[];
  /** Peers allowed on the remote cluster server port (milestone 2). */
  remoteClusterPeers?: Peer[];
  /** Whether the remote cluster server (9443) is exposed through the router / ingress (replication leader). */
  remoteClusterExposed?: boolean;
  /** Peers allowed to reach Kibana on 5601 besides the router (e.g. an in-cluster deploy runner). */
  kibanaPeers?: Peer[];
}

/** OpenShift labels the router's namespace with this, the documented way to admit the default ingress. */
export const OPENSHIFT_INGRESS_NAMESPACE_LABEL = { "policy-group.network.openshift.io/ingress": "" };

function peerRule(peer: Peer, sameNamespace: string) {
  const rule: Record<string, unknown> = {};
  if (peer.namespaceSelector) rule.namespaceSelector = { matchLabels: peer.namespaceSelector };
  if (peer.podSelector) rule.podSelector = { matchLabels: peer.podSelector };
  if (!peer.namespaceSelector && !peer.podSelector) {
    throw new Error(`network peer "${peer.name}" selects nothing: give a namespaceSelector or a podSelector`);
  }
  // A podSelector alone means "in this namespace"; say it explicitly so a reader does not have to know that.
  if (!peer.namespaceSelector)
    rule.namespaceSelector = { matchLabels: { "kubernetes.io/metadata.name": sameNamespace } };
  return rule;
}

const tcp = (...ports: number[]) => ports.map((port) => ({ protocol: "TCP", port }));

/** The ECK operator reaches both Elasticsearch and Kibana on their HTTP ports to manage them. */
function operatorPeer(a: GuardArgs): Peer {
  return {
    name: "eck-operator",
    namespaceSelector: { "kubernetes.io/metadata.name": a.operator.namespace },
    podSelector: a.operator.podLabels,
  };
}

export function buildElasticsearchPolicy(name: string, a: GuardArgs) {
  const ingress = [
    {
      from: [peerRule({ name: "elasticsearch nodes", podSelector: a.esPodLabels }, a.namespace)],
      ports: tcp(9200, 9300),
    },
    { from: [peerRule({ name: "kibana", podSelector: a.kibanaPodLabels }, a.namespace)], ports: tcp(9200) },
    { from: [peerRule(operatorPeer(a), a.namespace)], ports: tcp(9200) },
    ...(a.elasticsearchExposed && a.ingressPeer
      ? [{ from: [peerRule(a.ingressPeer, a.namespace)], ports: tcp(9200) }]
      : []),
    ...(a.elasticsearchPeers.length
      ? [{ from: a.elasticsearchPeers.map((p) => peerRule(p, a.namespace)), ports: tcp(9200) }]
      : []),
    // The router / ingress reaches 9443 by its own rule, so exposing the remote cluster server opens nothing else.
    ...(a.remoteClusterExposed && a.ingressPeer
      ? [{ from: [peerRule(a.ingressPeer, a.namespace)], ports: tcp(9443) }]
      : []),
    ...(a.remoteClusterPeers?.length
      ? [{ from: a.remoteClusterPeers.map((p) => peerRule(p, a.namespace)), ports: tcp(9443) }]
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
    { from: [peerRule(operatorPeer(a), a.namespace)], ports: tcp(5601) },
    ...(a.ingressPeer ? [{ from: [peerRule(a.ingressPeer, a.namespace)], ports: tcp(5601) }] : []),
    ...(a.kibanaPeers?.length
      ? [{ from: a.kibanaPeers.map((p) => peerRule(p, a.namespace)), ports: tcp(5601) }]
      : []),
  ];
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "NetworkPolicy" as const,
    metadata: { name, namespace: a.namespace, labels: a.labels },
    spec: { podSelector: { matchLabels: a.kibanaPodLabels }, policyTypes: ["Ingress"], ingress },
  };
}

/**
 * The NetworkPolicy of a collector's pods: no ingress (nothing calls a collector; Logstash's API on 9600 serves
 * only local diagnostics), egress to DNS, the target Elasticsearch and the source on the source's ports. A collector
 * holds the pseudonymisation key and reads identifying events, so it must not be able to send them anywhere else.
 */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { childName } from "../../infra/naming";
import { buildEgressPolicy, CLUSTER_DNS_NAMESPACES, type EgressRule } from "../network-policies/egress";
import { addressPeers, elasticsearchPods } from "../network-policies/peer";

/** Where the collector's pods may connect. */
export interface CollectorNetwork {
  /** The target when ECK runs it in this cluster: its pods are selected by label, on 9200. */
  eckTarget?: { esName: string; namespace: string };
  /**
   * Address ranges of the source (and of the target when it is not ECK in this cluster); when unset those ports
   * are open to every address.
   */
  cidrs?: string[];
}

/** The TCP port of an http(s) URL, the scheme's default when the URL names none. */
export function urlPort(url: string): number {
  const u = new URL(url);
  if (u.port) return Number(u.port);
  if (u.protocol === "https:") return 443;
  if (u.protocol === "http:") return 80;
  throw new Error(`${url}: no port and no http(s) scheme to take it from`);
}

/** Ports of a comma-separated `host:port` Kafka bootstrap list. */
export function brokerPorts(bootstrapServers: string): number[] {
  const ports = bootstrapServers.split(",").map((entry) => {
    const m = /^\s*[A-Za-z0-9.-]+:(\d{1,5})\s*$/.exec(entry);
    if (!m) throw new Error(`Kafka bootstrap server "${entry.trim()}" is not host:port`);
    return Number(m[1]);
  });
  return [...new Set(ports)];
}

export interface CollectorPolicyArgs {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  selector: Record<string, string>;
  /** What the source is (for messages) and the ports the collector reaches it on. */
  source: { what: string; ports: number[] };
  /** The target Elasticsearch URL as the pod reaches it. */
  targetUrl: string;
  network: CollectorNetwork;
}

export function buildCollectorPolicy(a: CollectorPolicyArgs) {
  const outside = addressPeers(a.network.cidrs);
  const eck = a.network.eckTarget;
  // Without an ECK target, source and target share the same outside peers: one rule carries both ports.
  const rules: EgressRule[] = eck
    ? [
        { what: "target Elasticsearch", to: [elasticsearchPods(eck.esName, eck.namespace)], ports: [9200] },
        { what: a.source.what, to: outside, ports: a.source.ports },
      ]
    : [
        {
          what: `${a.source.what} and the target Elasticsearch`,
          to: outside,
          ports: [...a.source.ports, urlPort(a.targetUrl)],
        },
      ];
  return buildEgressPolicy({
    name: a.name,
    namespace: a.namespace,
    labels: a.labels,
    selector: a.selector,
    rules,
    dnsNamespaces: CLUSTER_DNS_NAMESPACES,
  });
}

const COMPONENT = "app.kubernetes.io/component";

/**
 * The policy as a child resource named `<base>` like the collector's ECK resource; selects the pods by the component
 * label of `meta.labels`, which the collector also puts on its pod template (and which the Elasticsearch policy
 * admits).
 */
export function collectorEgressPolicy(
  name: string,
  base: string,
  meta: { namespace: string; labels: Record<string, string> },
  reach: Pick<CollectorPolicyArgs, "source" | "targetUrl" | "network">,
  opts: pulumi.CustomResourceOptions,
): k8s.networking.v1.NetworkPolicy {
  const component = meta.labels[COMPONENT];
  if (!component) throw new Error(`internal: collector ${base} has no ${COMPONENT} label to select its pods`);
  return new k8s.networking.v1.NetworkPolicy(
    childName(name, "egress"),
    buildCollectorPolicy({ name: base, ...meta, selector: { [COMPONENT]: component }, ...reach }),
    opts,
  );
}

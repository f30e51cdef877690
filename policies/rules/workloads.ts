/**
 * What runs and whom it may talk to:
 * - every image is pinned (a release tag or a digest, never `latest` or untagged, which move under a running
 *   stack), in plain workloads and in ECK resources' `spec.image`;
 * - the connector service runs the Elastic stack's own version, also when its image keeps the default path;
 * - every NetworkPolicy peer selects something specific: `namespaceSelector: {}` is every namespace, an ingress
 *   rule without `from` or with `0.0.0.0/0` is every source.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import {
  asArray,
  at,
  COLLECTOR_GROUPS,
  isObject,
  K8S,
  k8sGroup,
  label,
  type Level,
  type Props,
} from "./common";

const WORKLOAD =
  /^kubernetes:(apps\/v1:(Deployment|StatefulSet|DaemonSet|ReplicaSet)|batch\/v1:(Job|CronJob)|core\/v1:Pod)$/;
/** ECK kinds whose `spec.image` overrides the image ECK derives from `spec.version`. */
const ECK_GROUPS = [
  "elasticsearch.k8s.elastic.co",
  "kibana.k8s.elastic.co",
  COLLECTOR_GROUPS.logstash,
  COLLECTOR_GROUPS.beat,
  COLLECTOR_GROUPS.agent,
];

/** Pod specs of a workload or an ECK resource (pod templates of every node set / deployment / daemon set). */
export function podSpecs(type: string, props: Props): unknown[] {
  if (WORKLOAD.test(type)) {
    return [
      at(props, "spec", "jobTemplate", "spec", "template", "spec") ??
        at(props, "spec", "template", "spec") ??
        (type.endsWith(":Pod") ? at(props, "spec") : undefined),
    ].filter((s) => s !== undefined);
  }
  const group = k8sGroup(type);
  if (!group || !ECK_GROUPS.includes(group)) return [];
  return [
    at(props, "spec", "podTemplate", "spec"),
    at(props, "spec", "deployment", "podTemplate", "spec"),
    at(props, "spec", "daemonSet", "podTemplate", "spec"),
    at(props, "spec", "statefulSet", "podTemplate", "spec"),
    ...asArray(at(props, "spec", "nodeSets")).map((n) => at(n, "podTemplate", "spec")),
  ].filter((s) => s !== undefined);
}

/** Containers (init containers included) of a resource, whatever its kind. */
export function containersOf(type: string, props: Props): Props[] {
  return podSpecs(type, props).flatMap((spec) =>
    [...asArray(at(spec, "containers")), ...asArray(at(spec, "initContainers"))].filter(isObject),
  );
}

/** `registry/repo:tag@sha256:…` → repository, tag, digest. */
export function imageParts(image: string): { repository: string; tag?: string; digest?: string } {
  const [ref, digest] = image.split("@");
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  return colon > slash
    ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1), digest }
    : { repository: ref, digest };
}

function unpinned(image: string): string | undefined {
  const { tag, digest } = imageParts(image);
  if (digest) return undefined;
  if (tag === undefined) return "has no tag (it means latest)";
  if (tag === "latest") return "is tagged latest";
  return undefined;
}

export function imagesArePinned(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "images-are-pinned",
    description: "Every container image is pinned to a release tag or a digest, never latest or untagged.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Give the image the Elastic stack's version as its tag (or a digest); for ECK resources leave spec.image unset " +
      "so ECK runs spec.version.",
    validateResource: (args, report) => {
      const group = k8sGroup(args.type);
      const eck = group !== undefined && ECK_GROUPS.includes(group);
      if (!WORKLOAD.test(args.type) && !eck) return args.notApplicable("not a workload or an ECK resource");
      const images: { where: string; image: unknown }[] = containersOf(args.type, args.props).map((c) => ({
        where: `container "${String(c.name)}"`,
        image: c.image,
      }));
      if (eck && at(args.props, "spec", "image") !== undefined)
        images.push({ where: "spec.image", image: at(args.props, "spec", "image") });
      for (const { where, image } of images) {
        if (typeof image !== "string") continue; // ECK containers without an image run spec.version
        const problem = unpinned(image);
        if (problem) report(`${label(args)} ${where}: image "${image}" ${problem}.`);
      }
    },
  };
}

/** The connector service's image (any registry or mirror keeps the repository's last segment). */
export const isConnectorImage = (image: string) =>
  /(^|\/)elastic-connectors$/.test(imageParts(image).repository);

export function connectorRunsStackVersion(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "connector-runs-stack-version",
    description:
      "The connector service image (elastic-connectors, on its default path or a mirror) is tagged with the version " +
      "of the stack's Elasticsearch.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Let connectorImage(version) (components/planner-connector/version.ts) pick the image: it tags it with the " +
      "Elastic stack's version.",
    validateStack: (args, report) => {
      const versions = new Set(
        args.resources
          .filter((r) => r.type === K8S.elasticsearch)
          .map((r) => at(r.props, "spec", "version"))
          .filter((v): v is string => typeof v === "string"),
      );
      for (const r of args.resources) {
        for (const c of containersOf(r.type, r.props)) {
          if (typeof c.image !== "string" || !isConnectorImage(c.image)) continue;
          const { tag, digest } = imageParts(c.image);
          if (digest) continue; // a digest pins one build; its version cannot be read from the reference
          if (tag === undefined || tag === "latest" || (versions.size > 0 && !versions.has(tag)))
            report(
              `${label(r)} container "${String(c.name)}" runs the connector service ${tag ? `tagged ${tag}` : "untagged"}, ` +
                `but the stack's Elasticsearch runs ${[...versions].join(", ") || "a pinned version"}: the connector must run the same version.`,
              r.urn,
            );
        }
      }
    },
  };
}

const emptySelector = (s: unknown) =>
  isObject(s) &&
  (!isObject(s.matchLabels) || Object.keys(s.matchLabels).length === 0) &&
  asArray(s.matchExpressions).length === 0;

const everywhere = (cidr: unknown) => cidr === "0.0.0.0/0" || cidr === "::/0";

export function networkPeersAreSpecific(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "network-peers-are-specific",
    description:
      "NetworkPolicy peers select specific namespaces or pods: no namespaceSelector {} (every namespace), no empty " +
      "peer, no ingress rule from everywhere.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Select the peer's namespace by label (kubernetes.io/metadata.name: <namespace>) and its pods by their labels, " +
      "as the NetworkGuards of components/network-policies do.",
    validateResource: (args, report) => {
      if (args.type !== K8S.networkPolicy) return args.notApplicable("not a NetworkPolicy");
      const rules = [
        ...asArray(at(args.props, "spec", "ingress")).map((r, i) => ({
          r,
          where: `ingress[${i}]`,
          peers: "from",
        })),
        ...asArray(at(args.props, "spec", "egress")).map((r, i) => ({
          r,
          where: `egress[${i}]`,
          peers: "to",
        })),
      ];
      for (const { r, where, peers } of rules) {
        const list = asArray(at(r, peers));
        if (peers === "from" && list.length === 0)
          report(`${label(args)} ${where} has no from: it admits every source.`);
        for (const [j, p] of list.entries()) {
          const at_ = `${label(args)} ${where}.${peers}[${j}]`;
          if (!isObject(p) || Object.keys(p).length === 0)
            report(`${at_} is empty: it selects every pod of every namespace.`);
          else if ("namespaceSelector" in p && emptySelector(p.namespaceSelector))
            report(`${at_} has namespaceSelector {}: it selects every namespace of the cluster.`);
          else if (peers === "from" && everywhere(at(p, "ipBlock", "cidr")))
            report(`${at_} admits ${String(at(p, "ipBlock", "cidr"))}: every address.`);
        }
      }
    },
  };
}

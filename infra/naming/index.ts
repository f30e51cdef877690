/**
 * Names and labels shared by every component, so that objects of one stack are recognisable in the cluster
 * and in Elasticsearch, and so that NetworkPolicies and policies can select them reliably. The annotation keys the
 * policy pack reads are shared contracts: `contracts/annotations.ts`.
 */

/**
 * The project's name, everywhere a short name is needed: Pulumi.yaml `name`, so the config namespace of the stack
 * files (`am-dashboard:<key>`); the token prefix of every component and dynamic resource; the root of resource names;
 * the prefix of the program's label and annotation keys; the `managed_by` of what it creates in Elasticsearch.
 */
export const PROJECT = "am-dashboard";

/** The application every object is part of (`app.kubernetes.io/part-of`), and the npm package's name. */
export const APPLICATION = "assisted-migration-dashboard";

/** `<project>:<module>:<Type>`, the token of a ComponentResource. */
export function componentType(module: string, type: string): string {
  return `${PROJECT}:${module}:${type}`;
}

/** Child resource name derived from its parent component's name. */
export function childName(parent: string, suffix: string): string {
  return `${parent}-${suffix}`;
}

/**
 * Kubernetes object names must be DNS-1123 labels; ECK derives further names (`<es>-es-http`), so keep room.
 * Throws rather than truncating: a silently changed name would orphan objects on the next `pulumi up`.
 */
export function k8sName(name: string, maxLength = 63): string {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > maxLength) {
    throw new Error(
      `"${name}" is not a valid Kubernetes name: lower-case letters, digits and '-', at most ${maxLength} characters`,
    );
  }
  return name;
}

/** The label naming the stack an object belongs to. */
export const STACK_LABEL = `${PROJECT}/stack`;

/** Labels put on every Kubernetes object the program creates. */
export function commonLabels(stack: string, component: string): Record<string, string> {
  return {
    "app.kubernetes.io/part-of": APPLICATION,
    "app.kubernetes.io/managed-by": "pulumi",
    "app.kubernetes.io/component": component,
    [STACK_LABEL]: stack,
  };
}

/** Labels of the objects that deploy the program (the Pulumi Kubernetes Operator manifests, `delivery/pko`). */
export function deployLabels(stack: string): Record<string, string> {
  return {
    "app.kubernetes.io/part-of": APPLICATION,
    "app.kubernetes.io/component": "deploy",
    [STACK_LABEL]: stack,
  };
}

/** `managed_by` in the metadata of what the program creates in Elasticsearch (API keys, transforms). */
export const MANAGED_BY = PROJECT;

/**
 * Pod Security Admission labels of every namespace the program creates: pods that break the `restricted` profile are
 * refused by the API server (the built-in PodSecurity admission), not discovered when a node runs them. On OpenShift
 * the SCCs apply as well; these labels are what vanilla Kubernetes enforces.
 */
export const POD_SECURITY_RESTRICTED: Record<string, string> = {
  "pod-security.kubernetes.io/enforce": "restricted",
  "pod-security.kubernetes.io/enforce-version": "latest",
  "pod-security.kubernetes.io/warn": "restricted",
  "pod-security.kubernetes.io/audit": "restricted",
};

/** Pod labels ECK sets on Elasticsearch and Kibana pods (used by NetworkPolicies). */
export const eckLabels = {
  elasticsearchCluster: (esName: string) => ({ "elasticsearch.k8s.elastic.co/cluster-name": esName }),
  kibana: (kbName: string) => ({ "kibana.k8s.elastic.co/name": kbName }),
  /** The operator StatefulSet's pods, in the operator namespace. */
  operator: { "control-plane": "elastic-operator" },
} as const;

/** Names of the Services and Secrets ECK generates for a cluster (cloud-on-k8s, pkg/apis/elasticsearch/v1/name.go). */
export const eckNames = {
  esHttpService: (es: string) => `${es}-es-http`,
  esTransportService: (es: string) => `${es}-es-transport`,
  esElasticUserSecret: (es: string) => `${es}-es-elastic-user`,
  esHttpCertsPublic: (es: string) => `${es}-es-http-certs-public`,
  esRemoteClusterService: (es: string) => `${es}-es-remote-cluster`,
  /** `ca.crt` here is the CA of the transport and remote cluster server certificates. */
  esTransportCertsPublic: (es: string) => `${es}-es-transport-certs-public`,
  kbHttpService: (kb: string) => `${kb}-kb-http`,
  kbHttpCertsPublic: (kb: string) => `${kb}-kb-http-certs-public`,
  /** `tls.crt` / `tls.key` of the HTTP certificate (cloud-on-k8s pkg/controller/common/certificates/secret.go). */
  esHttpCertsInternal: (es: string) => `${es}-es-http-certs-internal`,
  kbHttpCertsInternal: (kb: string) => `${kb}-kb-http-certs-internal`,
} as const;

/** In-cluster DNS name of a Service (what ECK puts in the HTTP certificate's SANs). */
export function serviceDns(service: string, namespace: string): string {
  return `${service}.${namespace}.svc`;
}

/** In-cluster URLs of the HTTP Services ECK creates, on the ports ECK gives them. */
export const eckUrls = {
  esHttp: (es: string, namespace: string) =>
    `https://${serviceDns(eckNames.esHttpService(es), namespace)}:9200`,
  kbHttp: (kb: string, namespace: string) =>
    `https://${serviceDns(eckNames.kbHttpService(kb), namespace)}:5601`,
} as const;

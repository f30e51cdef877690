/**
 * Pure builders of the objects that expose Elasticsearch and Kibana: OpenShift Routes or a Kubernetes Ingress.
 * Both keep TLS end to end: a Route is passthrough or reencrypt (edge termination would send plain HTTP to the
 * pods), and the Ingress talks HTTPS to the backend.
 */

export type RouteTermination = "passthrough" | "reencrypt";

export interface Backend {
  /** What is exposed, for names and labels. */
  role: "elasticsearch" | "kibana";
  host: string;
  serviceName: string;
  port: number;
  /**
   * ECK's `<owner>-<es|kb>-http-certs-internal` Secret (`tls.crt`, `tls.key`): an Ingress serves that certificate,
   * whose SANs hold the exposed host and whose CA is the owner's, so clients that pin the owner's CA verify it.
   */
  tlsSecretName: string;
}

/** A Route of one host to one Service port; what differs between Routes is the target port and the TLS block. */
function route(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  to: { host: string; serviceName: string; targetPort: string },
  tls: { termination: RouteTermination; insecureEdgeTerminationPolicy: "Redirect" | "None" },
) {
  return {
    apiVersion: "route.openshift.io/v1",
    kind: "Route",
    metadata: { name, namespace, labels },
    spec: {
      host: to.host,
      to: { kind: "Service", name: to.serviceName, weight: 100 },
      port: { targetPort: to.targetPort },
      tls,
    },
  };
}

/** An Ingress rule sending every path of `host` to one Service port. */
function ingressRule(host: string, serviceName: string, port: number) {
  return {
    host,
    http: {
      paths: [
        {
          path: "/",
          pathType: "Prefix",
          backend: { service: { name: serviceName, port: { number: port } } },
        },
      ],
    },
  };
}

export function buildRoute(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  b: Backend,
  termination: RouteTermination,
) {
  return route(
    name,
    namespace,
    labels,
    { host: b.host, serviceName: b.serviceName, targetPort: "https" },
    // Redirect: a client that tries plain HTTP is sent to HTTPS instead of being served.
    { termination, insecureEdgeTerminationPolicy: "Redirect" },
  );
}

/** ingress-nginx annotations that keep the hop to the pod on HTTPS. */
export const HTTPS_BACKEND_ANNOTATIONS = {
  "nginx.ingress.kubernetes.io/backend-protocol": "HTTPS",
  "nginx.ingress.kubernetes.io/force-ssl-redirect": "true",
} as const;

/**
 * One Ingress per backend, so each host serves its own owner's certificate (an Ingress without `secretName` serves
 * the controller's default certificate, which no pinned CA verifies; ingress-nginx picks the certificate by SNI from
 * the `tls` entry that lists the host).
 */
export function buildIngress(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  ingressClassName: string,
  b: Backend,
) {
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "Ingress" as const,
    metadata: { name, namespace, labels, annotations: { ...HTTPS_BACKEND_ANNOTATIONS } },
    spec: {
      ingressClassName,
      tls: [{ hosts: [b.host], secretName: b.tlsSecretName }],
      rules: [ingressRule(b.host, b.serviceName, b.port)],
    },
  };
}

/**
 * The remote cluster server (9443) speaks Elasticsearch's transport protocol over TLS, not HTTP: only a TLS
 * passthrough routed by SNI reaches it, and the follower verifies the node certificate itself.
 */
export interface RemoteClusterBackend {
  host: string;
  /** ECK's `<es>-es-remote-cluster` Service. */
  serviceName: string;
}

/** Port name of 9443 on ECK's remote cluster Service (cloud-on-k8s `RemoteClusterServicePortName`). */
export const REMOTE_CLUSTER_PORT_NAME = "rcs";
export const REMOTE_CLUSTER_PORT = 9443;

export function buildRemoteClusterRoute(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  b: RemoteClusterBackend,
) {
  return route(
    name,
    namespace,
    labels,
    { host: b.host, serviceName: b.serviceName, targetPort: REMOTE_CLUSTER_PORT_NAME },
    // None: there is no HTTP to redirect on this host, and port 80 must not answer for it.
    { termination: "passthrough", insecureEdgeTerminationPolicy: "None" },
  );
}

/** ingress-nginx passes TLS through by SNI only when its controller runs with `--enable-ssl-passthrough`. */
export const SSL_PASSTHROUGH_ANNOTATIONS = { "nginx.ingress.kubernetes.io/ssl-passthrough": "true" } as const;

export function buildRemoteClusterIngress(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  ingressClassName: string,
  b: RemoteClusterBackend,
) {
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "Ingress" as const,
    metadata: { name, namespace, labels, annotations: { ...SSL_PASSTHROUGH_ANNOTATIONS } },
    spec: {
      ingressClassName,
      // No tls section: with passthrough the controller never terminates TLS, the node's certificate answers.
      rules: [ingressRule(b.host, b.serviceName, REMOTE_CLUSTER_PORT)],
    },
  };
}

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
}

export function buildRoute(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  b: Backend,
  termination: RouteTermination,
) {
  return {
    apiVersion: "route.openshift.io/v1",
    kind: "Route",
    metadata: { name, namespace, labels },
    spec: {
      host: b.host,
      to: { kind: "Service", name: b.serviceName, weight: 100 },
      port: { targetPort: "https" },
      // Redirect: a client that tries plain HTTP is sent to HTTPS instead of being served.
      tls: { termination, insecureEdgeTerminationPolicy: "Redirect" },
    },
  };
}

/** ingress-nginx annotations that keep the hop to the pod on HTTPS. */
export const HTTPS_BACKEND_ANNOTATIONS = {
  "nginx.ingress.kubernetes.io/backend-protocol": "HTTPS",
  "nginx.ingress.kubernetes.io/force-ssl-redirect": "true",
} as const;

export function buildIngress(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  ingressClassName: string,
  backends: Backend[],
  tlsSecretName?: string,
) {
  return {
    apiVersion: "networking.k8s.io/v1" as const,
    kind: "Ingress" as const,
    metadata: { name, namespace, labels, annotations: { ...HTTPS_BACKEND_ANNOTATIONS } },
    spec: {
      ingressClassName,
      tls: [{ hosts: backends.map((b) => b.host), ...(tlsSecretName ? { secretName: tlsSecretName } : {}) }],
      rules: backends.map((b) => ({
        host: b.host,
        http: {
          paths: [
            {
              path: "/",
              pathType: "Prefix",
              backend: { service: { name: b.serviceName, port: { number: b.port } } },
            },
          ],
        },
      })),
    },
  };
}

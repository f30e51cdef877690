/** Pure builder of the ECK `Kibana` custom resource (kibana.k8s.elastic.co/v1). */
import type { HttpTls } from "../elasticsearch/build";
import { WAIT_FOR_ANNOTATION } from "../elasticsearch/build";

export interface KibanaSpecArgs {
  name: string;
  namespace: string;
  version: string;
  labels: Record<string, string>;
  count: number;
  cpu: string;
  memory: string;
  cpuLimit?: string;
  /** Name of the ECK Elasticsearch in the same namespace. */
  elasticsearchName: string;
  /** The URL users open; Kibana builds links and redirects from it. */
  publicBaseUrl: string;
  http: HttpTls;
}

export function buildKibana(a: KibanaSpecArgs) {
  const http =
    a.http.mode === "eck-self-signed"
      ? {
          tls: {
            selfSignedCertificate: {
              subjectAltNames: [
                ...a.http.extraSans.map((dns) => ({ dns })),
                { dns: `${a.name}-kb-http.${a.namespace}.svc` },
              ],
            },
          },
        }
      : {
          service: {
            metadata: {
              annotations: { "service.beta.openshift.io/serving-cert-secret-name": a.http.secretName },
            },
          },
          tls: { certificate: { secretName: a.http.secretName } },
        };
  return {
    apiVersion: "kibana.k8s.elastic.co/v1",
    kind: "Kibana",
    metadata: {
      name: a.name,
      namespace: a.namespace,
      labels: a.labels,
      annotations: { [WAIT_FOR_ANNOTATION]: "jsonpath={.status.health}=green" },
    },
    spec: {
      version: a.version,
      count: a.count,
      elasticsearchRef: { name: a.elasticsearchName },
      http,
      config: {
        "server.publicBaseUrl": a.publicBaseUrl,
        // Anonymous access stays off: every viewer authenticates and gets the read-only viewer role.
        "xpack.security.authc.providers": { basic: { basic1: { order: 0 } } },
      },
      podTemplate: {
        metadata: { labels: a.labels },
        spec: {
          containers: [
            {
              name: "kibana",
              resources: {
                requests: { cpu: a.cpu, memory: a.memory },
                limits: { memory: a.memory, ...(a.cpuLimit ? { cpu: a.cpuLimit } : {}) },
              },
            },
          ],
        },
      },
    },
  };
}

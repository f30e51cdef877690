/** Pure builder of the ECK `Kibana` custom resource (kibana.k8s.elastic.co/v1). */
import { eckNames, serviceDns } from "../../infra/naming";
import { awaitAnnotation, buildHttp, type AwaitMode, type HttpTls } from "./elasticsearch";

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
  await?: AwaitMode;
}

export function buildKibana(a: KibanaSpecArgs) {
  const http = buildHttp(serviceDns(eckNames.kbHttpService(a.name), a.namespace), a.http);
  return {
    apiVersion: "kibana.k8s.elastic.co/v1",
    kind: "Kibana",
    metadata: {
      name: a.name,
      namespace: a.namespace,
      labels: a.labels,
      // Reconciled, for Kibana, means its Elasticsearch association is configured: ECK issues Kibana's HTTP
      // certificates (which the program reads next) only after that (cloud-on-k8s v3.5.0 pkg/controller/kibana/driver.go).
      annotations: awaitAnnotation(
        "jsonpath={.status.health}=green",
        a.await ?? "ready",
        "jsonpath={.status.associationStatus}=Established",
      ),
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
          // ECK 3.5 gives Kibana containers runAsUser 1000 but never runAsNonRoot (cloud-on-k8s
          // pkg/controller/kibana/securitycontext.go): the `restricted` Pod Security level refuses such pods (found by
          // the real deployment test). A pod security context replaces ECK's default one, so the seccomp profile is
          // restated; ECK's fsGroup is left out, as OpenShift's SCC assigns its own and Kibana's volumes are emptyDirs.
          securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
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

/** Pure builder of the ECK `Elasticsearch` custom resource (elasticsearch.k8s.elastic.co/v1, ECK 3.5). */
import { eckNames, serviceDns } from "../../infra/naming";

export type NodeRole = "master" | "data" | "ingest" | "remote_cluster_client" | "transform" | "ml";

export interface NodeSetSpec {
  name: string;
  count: number;
  roles: NodeRole[];
  cpu: string;
  memory: string;
  cpuLimit?: string;
  storageSize: string;
  storageClassName?: string;
}

/** How the HTTP layer gets its certificate; TLS is never switched off. */
export type HttpTls =
  /** ECK's self-signed CA; exposed hosts are added to the certificate's SANs (passthrough Route, Ingress). */
  | { mode: "eck-self-signed"; extraSans: string[] }
  /** OpenShift service CA signs the certificate (reencrypt Route: the router trusts the service CA). */
  | { mode: "openshift-service-ca"; secretName: string };

export interface ElasticsearchSpecArgs {
  name: string;
  namespace: string;
  version: string;
  labels: Record<string, string>;
  nodeSets: NodeSetSpec[];
  /** Explicit: allow_mmap off, or nodes an admin already configured. Never silent. */
  maxMapCount: "disable-mmap" | "preconfigured";
  zoneAwareness?: { topologyKey: string; zones?: string[] };
  http: HttpTls;
  /** Extra `elasticsearch.yml` settings for every node set (e.g. remote cluster client TLS). */
  extraConfig?: Record<string, unknown>;
  /** Keystore entries (ECK secureSettings), e.g. remote cluster credentials. */
  secureSettings?: { secretName: string }[];
  /** Enable the remote cluster server (port 9443) so other clusters can replicate from this one. */
  remoteClusterServer?: boolean;
  /** What `pulumi up` waits for (see AwaitMode); `ready` unless a test control plane says otherwise. */
  await?: AwaitMode;
  /**
   * A ConfigMap (key `ca.crt`) of CAs to trust on the transport layer beyond the cluster's own, e.g. a replication
   * leader's transport CA, which signs its remote cluster server certificate.
   */
  transportCaConfigMap?: string;
  /**
   * Extra SANs of the node transport certificates. ECK's remote cluster server presents them (their CA is
   * `<es>-es-transport-certs-public`), so the public host of a passthrough Route to 9443 belongs here.
   */
  transportSans?: string[];
}

/**
 * Where ECK merges the cluster's transport CA with `transport.tls.certificateAuthorities` (cloud-on-k8s v3.5.0,
 * pkg/controller/elasticsearch/volume/names.go TransportCertificatesSecretVolumeMountPath + `ca.crt`). ECK points
 * the remote cluster client at it only for remotes it manages itself (`spec.remoteClusters[].apiKey`,
 * settings/merged_config.go); a remote configured through cluster settings needs the setting in the node config.
 */
export const TRANSPORT_CA_BUNDLE = "/usr/share/elasticsearch/config/transport-certs/ca.crt";
export const REMOTE_CLUSTER_CLIENT_CAS = "xpack.security.remote_cluster_client.ssl.certificate_authorities";

/** Annotation making `pulumi up` wait on a custom resource's status (pulumi-kubernetes generic await). */
export const WAIT_FOR_ANNOTATION = "pulumi.com/waitFor";

/**
 * What `pulumi up` waits for on an ECK custom resource. `ready`: what ECK reports once the workload serves (every
 * real cluster). `reconciled`: only that ECK has reconciled the resource once (`status.observedGeneration` is set,
 * so its Secrets and Services exist); for control planes without nodes, such as the engine tests, where no pod ever
 * runs. Later steps of a `reconciled` stack cannot reach Elasticsearch, which is why stacks never ship with it.
 */
export type AwaitMode = "ready" | "reconciled";

/** The `pulumi.com/waitFor` annotation of an ECK resource: `ready` is its own JSONPath condition of readiness. */
export function awaitAnnotation(
  ready: string,
  mode: AwaitMode,
  reconciled = "jsonpath={.status.observedGeneration}",
): Record<string, string> {
  return { [WAIT_FOR_ANNOTATION]: mode === "ready" ? ready : reconciled };
}

/**
 * The `spec.http` block ECK's Elasticsearch and Kibana share: TLS always on, either ECK's CA with the exposed hosts
 * and the in-cluster Service name in the SANs, or a certificate the OpenShift service CA issues for the Service.
 */
export function buildHttp(serviceDns: string, tls: HttpTls) {
  return tls.mode === "eck-self-signed"
    ? {
        tls: {
          selfSignedCertificate: { subjectAltNames: [...tls.extraSans, serviceDns].map((dns) => ({ dns })) },
        },
      }
    : {
        service: {
          metadata: { annotations: { "service.beta.openshift.io/serving-cert-secret-name": tls.secretName } },
        },
        tls: { certificate: { secretName: tls.secretName } },
      };
}

export function buildElasticsearch(a: ElasticsearchSpecArgs) {
  const http = buildHttp(serviceDns(eckNames.esHttpService(a.name), a.namespace), a.http);
  return {
    apiVersion: "elasticsearch.k8s.elastic.co/v1",
    kind: "Elasticsearch",
    metadata: {
      name: a.name,
      namespace: a.namespace,
      labels: a.labels,
      annotations: awaitAnnotation("jsonpath={.status.phase}=Ready", a.await ?? "ready"),
    },
    spec: {
      version: a.version,
      http,
      ...(a.secureSettings?.length ? { secureSettings: a.secureSettings } : {}),
      ...(a.remoteClusterServer ? { remoteClusterServer: { enabled: true } } : {}),
      ...(a.transportSans?.length || a.transportCaConfigMap
        ? {
            transport: {
              tls: {
                ...(a.transportSans?.length
                  ? { subjectAltNames: a.transportSans.map((dns) => ({ dns })) }
                  : {}),
                ...(a.transportCaConfigMap
                  ? { certificateAuthorities: { configMapName: a.transportCaConfigMap } }
                  : {}),
              },
            },
          }
        : {}),
      nodeSets: a.nodeSets.map((s) => buildNodeSet(a, s)),
    },
  };
}

function buildNodeSet(a: ElasticsearchSpecArgs, s: NodeSetSpec) {
  const config: Record<string, unknown> = { "node.roles": s.roles, ...(a.extraConfig ?? {}) };
  if (a.maxMapCount === "disable-mmap") config["node.store.allow_mmap"] = false;
  const podLabels: Record<string, string> = { ...a.labels };
  return {
    name: s.name,
    count: s.count,
    config,
    podTemplate: {
      metadata: { labels: podLabels },
      // No runAsUser / fsGroup: OpenShift's restricted-v2 SCC assigns them, and ECK does not inject fsGroup there.
      spec: {
        containers: [
          {
            name: "elasticsearch",
            resources: {
              requests: { cpu: s.cpu, memory: s.memory },
              // Requests equal limits for memory: ES sizes its heap from the container limit.
              limits: { memory: s.memory, ...(s.cpuLimit ? { cpu: s.cpuLimit } : {}) },
            },
          },
        ],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: "elasticsearch-data" },
        spec: {
          accessModes: ["ReadWriteOnce"],
          resources: { requests: { storage: s.storageSize } },
          ...(s.storageClassName ? { storageClassName: s.storageClassName } : {}),
        },
      },
    ],
    ...(a.zoneAwareness
      ? {
          zoneAwareness: {
            topologyKey: a.zoneAwareness.topologyKey,
            ...(a.zoneAwareness.zones ? { zones: a.zoneAwareness.zones } : {}),
          },
        }
      : {}),
  };
}

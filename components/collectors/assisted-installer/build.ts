import { stringify } from "yaml";
import { awaitAnnotation, type AwaitMode } from "../../elastic-stack/elasticsearch";
import { targetCaMount } from "../pod";
import { KAFKA_CA_DIR } from "./logstash";

/**
 * Pure builders of the Assisted Installer collector's objects: the ECK `Logstash` resource
 * (logstash.k8s.elastic.co/v1alpha1, ECK 3.5).
 */

/** Where the target's CA is mounted in the Logstash pod (when the target is not publicly trusted). */
export const CA_MOUNT_DIR = "/usr/share/logstash/config/am-target-ca";
export const CA_FILE = `${CA_MOUNT_DIR}/ca.crt`;

/**
 * Fields Logstash itself adds to every event; the final pipeline removes them explicitly. Logstash's own `tags`
 * is not listed: the filter's last step replaces the whole event, and `tags` is a model field (cluster tags).
 */
export const LOGSTASH_HELPER_FIELDS = ["@timestamp", "@version"] as const;

export interface LogstashSpecArgs {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  /** `collectorAnnotations(model, index)`: which model the filter applies and which index it writes. */
  annotations: Record<string, string>;
  version: string;
  /** Custom image (needed for the opensearch input, which the stock image does not ship). */
  image?: string;
  /** Secret holding `pipelines.yml` (ECK `pipelinesRef`); build it with `pipelinesYaml`. */
  pipelinesSecret: string;
  /** Secret whose keys go into the Logstash keystore (pseudonym key, source password, API key). */
  keystoreSecret: string;
  /** Secret with `ca.crt` of the target Elasticsearch, mounted at CA_MOUNT_DIR. */
  caSecret?: string;
  /** Secret with `ca.crt` of the Kafka brokers, mounted at KAFKA_CA_DIR. */
  kafkaCaSecret?: string;
  memory: string;
  cpu: string;
  /** What `pulumi up` waits for: a refused or crashing pod must not be a green `up`. */
  await?: AwaitMode;
}

export function buildLogstash(a: LogstashSpecArgs) {
  const ca = targetCaMount(a.caSecret, CA_MOUNT_DIR);
  const kafkaCa = a.kafkaCaSecret
    ? {
        mounts: [{ name: "am-kafka-ca", mountPath: KAFKA_CA_DIR, readOnly: true }],
        volumes: [{ name: "am-kafka-ca", secret: { secretName: a.kafkaCaSecret } }],
      }
    : { mounts: [], volumes: [] };
  const mounts = [...(ca.container.volumeMounts ?? []), ...kafkaCa.mounts];
  const volumes = [...(ca.pod.volumes ?? []), ...kafkaCa.volumes];
  return {
    apiVersion: "logstash.k8s.elastic.co/v1alpha1",
    kind: "Logstash",
    metadata: {
      name: a.name,
      namespace: a.namespace,
      labels: a.labels,
      annotations: {
        ...a.annotations,
        ...awaitAnnotation("jsonpath={.status.health}=green", a.await ?? "ready"),
      },
    },
    spec: {
      version: a.version,
      count: 1,
      ...(a.image ? { image: a.image } : {}),
      config: {
        // One worker keeps the first_attempt lookup ordered; the volume (one event per installation) is tiny.
        "pipeline.workers": 1,
        "pipeline.ecs_compatibility": "disabled",
      },
      // pipelinesRef rather than inline `pipelines`: the same pipelines.yml, in a Secret ECK mounts.
      pipelinesRef: { secretName: a.pipelinesSecret },
      secureSettings: [{ secretName: a.keystoreSecret }],
      podTemplate: {
        metadata: { labels: a.labels },
        spec: {
          containers: [
            {
              name: "logstash",
              resources: { requests: { cpu: a.cpu, memory: a.memory }, limits: { memory: a.memory } },
              env: [{ name: "LS_JAVA_OPTS", value: logstashHeapOptions(a.memory) }],
              ...(mounts.length ? { volumeMounts: mounts } : {}),
            },
          ],
          ...(volumes.length ? { volumes } : {}),
        },
      },
    },
  };
}

/**
 * The JVM heap for a Logstash container of `memory`: half of it, the rest for direct memory, metaspace and the OS.
 * Logstash's own jvm.options fix the heap at 1 GiB whatever the container gets, so a 1 GiB limit is killed by the
 * kernel and a 4 GiB one wastes three (elastic/logstash config/jvm.options; ECK passes LS_JAVA_OPTS through).
 */
export function logstashHeapOptions(memory: string): string {
  const mib = quantityMiB(memory);
  if (mib < 1024) {
    throw new Error(`collector memory "${memory}" is below 1Gi: Logstash needs at least 512 MiB of heap`);
  }
  const heap = Math.floor(mib / 2);
  return `-Xms${heap}m -Xmx${heap}m`;
}

/** A Kubernetes memory quantity in MiB (binary and decimal suffixes; a bare number is bytes). */
export function quantityMiB(quantity: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(quantity);
  if (!m) throw new Error(`"${quantity}" is not a Kubernetes memory quantity (e.g. 2Gi, 1536Mi)`);
  const factor: Record<string, number> = {
    "": 1,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
  };
  return (Number(m[1]) * factor[m[2] ?? ""]) / 1024 ** 2;
}

/** `pipelines.yml` with one pipeline; the text holds `${...}` keystore references only, never a secret value. */
export function pipelinesYaml(pipelineId: string, pipelineText: string): string {
  return stringify([{ "pipeline.id": pipelineId, "config.string": pipelineText }]);
}

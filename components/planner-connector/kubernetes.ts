/**
 * Pure builders of the connector service's Kubernetes objects: its config Secret, the Deployment and the
 * NetworkPolicy that confines it. No official chart or manifest exists for the service (research elastic.md §2.8).
 */
import { stringify } from "yaml";
import { eckNames } from "../../infra/naming";
import { buildEgressPolicy } from "../network-policies/egress";
import { elasticsearchPods, type Peer } from "../network-policies/peer";

export const CONFIG_MOUNT = "/config";
export const CONFIG_KEY = "config.yml";
export const ES_CA_MOUNT = "/etc/es-ca";
export const ES_CA_PATH = `${ES_CA_MOUNT}/ca.crt`;

export interface ConfigYamlSpec {
  /** In-cluster URL of Elasticsearch (https). */
  esUrl: string;
  /** The connector-service API key (`encoded`). Secret: the resulting text is secret. */
  apiKey: string;
  connectorId: string;
  logLevel?: "DEBUG" | "INFO" | "WARNING" | "ERROR";
}

/** `config.yml` of the connector service (connectors `config.yml.example`; dotted keys are nested by the loader). */
export function connectorConfigYaml(spec: ConfigYamlSpec): string {
  if (!spec.esUrl.startsWith("https://")) throw new Error(`Elasticsearch URL ${spec.esUrl} must use https`);
  if (spec.apiKey === "") throw new Error("the connector-service API key is empty");
  // The loader (EnvYAML) substitutes ${VAR}; a key with "$" would be mangled, so refuse it rather than misconfigure.
  if (spec.apiKey.includes("$"))
    throw new Error("the connector-service API key contains '$', which config.yml would substitute");
  return stringify({
    "elasticsearch.host": spec.esUrl,
    "elasticsearch.api_key": spec.apiKey,
    "elasticsearch.ca_certs": ES_CA_PATH,
    "elasticsearch.verify_certs": true,
    "service.log_level": spec.logLevel ?? "INFO",
    connectors: [{ connector_id: spec.connectorId, service_type: "postgresql" }],
  });
}

/** A NetworkPolicy peer for PostgreSQL: an address range, or pods selected by labels. */
export type PostgresPeer = Peer;

/** `R` lets the program pass the revision as a Pulumi Output while tests pass a string. */
export interface ServiceSpec<R = string> {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  /** Labels that select the connector pods; a subset of what the pods carry. */
  selector: Record<string, string>;
  image: string;
  configSecretName: string;
  esName: string;
  esNamespace: string;
  /** Changes when the config must be re-read (the service reads config.yml only at start). */
  configRevision: R;
  resources: { memory: string; cpuRequest: string; cpuLimit?: string };
  /** Only for clusters without OpenShift's SCC, where the image's root USER cannot satisfy runAsNonRoot. */
  runAsUser?: number;
}

const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/;

export function buildDeployment<R = string>(s: ServiceSpec<R>) {
  for (const [k, v] of Object.entries(s.resources)) {
    if (v !== undefined && !QUANTITY.test(v))
      throw new Error(`resources.${k} "${v}" is not a Kubernetes quantity`);
  }
  const podLabels = { ...s.labels, ...s.selector };
  return {
    apiVersion: "apps/v1" as const,
    kind: "Deployment" as const,
    metadata: { name: s.name, namespace: s.namespace, labels: podLabels },
    spec: {
      // The service polls Elasticsearch for jobs; a second replica would only contend for the same connector.
      replicas: 1,
      strategy: { type: "Recreate" },
      selector: { matchLabels: s.selector },
      template: {
        metadata: { labels: podLabels, annotations: { "am-dashboard/config-revision": s.configRevision } },
        spec: {
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            seccompProfile: { type: "RuntimeDefault" },
            ...(s.runAsUser !== undefined ? { runAsUser: s.runAsUser, runAsGroup: s.runAsUser } : {}),
          },
          containers: [
            {
              name: "connectors",
              image: s.image,
              imagePullPolicy: "IfNotPresent",
              command: ["/app/bin/elastic-ingest", "-c", `${CONFIG_MOUNT}/${CONFIG_KEY}`],
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ["ALL"] },
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
              },
              resources: {
                requests: { memory: s.resources.memory, cpu: s.resources.cpuRequest },
                limits: {
                  memory: s.resources.memory,
                  ...(s.resources.cpuLimit ? { cpu: s.resources.cpuLimit } : {}),
                },
              },
              volumeMounts: [
                { name: "config", mountPath: CONFIG_MOUNT, readOnly: true },
                { name: "es-ca", mountPath: ES_CA_MOUNT, readOnly: true },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            { name: "config", secret: { secretName: s.configSecretName, defaultMode: 0o440 } },
            {
              name: "es-ca",
              secret: {
                secretName: eckNames.esHttpCertsPublic(s.esName),
                items: [{ key: "ca.crt", path: "ca.crt" }],
              },
            },
            { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
          ],
        },
      },
    },
  };
}

export interface PolicySpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  selector: Record<string, string>;
  esName: string;
  esNamespace: string;
  postgres: { port: number; peer: PostgresPeer };
}

/** Connector pods: no ingress at all; egress to PostgreSQL, the Elasticsearch pods on 9200, and DNS. */
export function buildNetworkPolicy(p: PolicySpec) {
  return buildEgressPolicy({
    name: p.name,
    namespace: p.namespace,
    labels: p.labels,
    selector: p.selector,
    rules: [
      {
        what: "Elasticsearch",
        to: [elasticsearchPods(p.esName, p.esNamespace)],
        ports: [9200],
      },
      { what: "PostgreSQL", to: [p.postgres.peer], ports: [p.postgres.port] },
    ],
  });
}

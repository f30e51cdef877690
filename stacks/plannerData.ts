/**
 * The planner data path: the anonymised read model in the planner's PostgreSQL, then the Elastic PostgreSQL
 * connector that reads only that read model into an index whose final pipeline removes everything not kept.
 */
import type * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ConnectorLogin } from "../components/generated-secrets";
import { connectorImage, connectorPodSelector, PlannerConnector } from "../components/planner-connector";
import { namespaceLabels, type NamedPeer, type Peer } from "../components/network-policies/peer";
import { PlannerReadModel } from "../components/planner-read-model";
import { PlannerCloser } from "../components/planner-read-model/closer";
import { PlannerReadModelJob } from "../components/planner-read-model/inCluster";
import { loginRoleName } from "../infra/naming/rotation";
import type { ElasticStack } from "../components/elastic-stack";
import type { Milestone1Stack, PlannerConnectorSettings } from "../infra/config/kinds";
import { PROJECT } from "../infra/naming";
import type { DynamicResourceProvider } from "../infra/providers/dynamic";

export const CONNECTOR_ID = `${PROJECT}-planner`;

/**
 * The connectors image runs as root (elastic/connectors Dockerfile.wolfi: `USER root`), which `runAsNonRoot` refuses
 * unless the pod names a UID. Any non-root UID works: the service only writes to its `/tmp` emptyDir.
 */
export const CONNECTOR_UID = 10001;

/** The connector pods, admitted to Elasticsearch by the platform's NetworkPolicy. */
export function connectorPeer(cfg: Milestone1Stack): NamedPeer {
  return {
    kind: "pods",
    name: "planner-connector",
    namespaceSelector: namespaceLabels(cfg.namespace),
    podSelector: connectorPodSelector(CONNECTOR_ID),
  };
}

type Planner = PlannerConnectorSettings["planner"];
type PlannerCa = NonNullable<Planner["sslCa"]>;

/**
 * The PEM of PostgreSQL's CA for the connector's `ssl_ca`: given in config, or read from an object an admin (or
 * OpenShift, for its service CA) already provides; a read of a missing object fails the preview, naming it.
 */
function plannerCa(ca: PlannerCa | undefined, provider: k8s.Provider): pulumi.Input<string> | undefined {
  if (!ca) return undefined;
  if (ca.pem !== undefined) return ca.pem;
  if (ca.configMap) {
    const { namespace, name, key } = ca.configMap;
    return k8s.core.v1.ConfigMap.get(`${PROJECT}-planner-ca`, `${namespace}/${name}`, {
      provider,
    }).data.apply((d) => d?.[key] ?? missingKey("ConfigMap", `${namespace}/${name}`, key, "configMap"));
  }
  if (ca.secret) {
    const { namespace, name, key } = ca.secret;
    const data = k8s.core.v1.Secret.get(`${PROJECT}-planner-ca`, `${namespace}/${name}`, { provider }).data;
    // A CA certificate is public: unsecret it, it goes into the connector's configuration.
    // eslint-disable-next-line no-restricted-properties -- a CA certificate (ca.crt), public
    return pulumi.unsecret(
      data.apply((d) =>
        d?.[key] !== undefined
          ? Buffer.from(d[key], "base64").toString("utf8")
          : missingKey("Secret", `${namespace}/${name}`, key, "secret"),
      ),
    );
  }
  return undefined;
}

function missingKey(kind: string, id: string, key: string, form: string): never {
  throw new Error(
    `${kind} ${id} has no key "${key}" (am-dashboard:planner.sslCa.${form}.key): name the key that holds the CA bundle`,
  );
}

interface ReadModelPath {
  /** What the connector waits for. */
  readModel: pulumi.Resource;
  /** What the closer waits for: the read model and the login it logs in as. */
  closerWaitsFor: pulumi.Resource[];
  login: { loginRole: pulumi.Input<string>; password: pulumi.Input<string> };
}

/** `planner.readModel.applyFrom: runner`: dynamic providers connect from where `pulumi up` runs. */
function readModelFromRunner(
  cfg: Milestone1Stack,
  planner: Planner,
  secrets: { adminUrl: pulumi.Input<string>; password: pulumi.Input<string> },
  dynamic: DynamicResourceProvider,
): ReadModelPath {
  const readModel = new PlannerReadModel(
    `${PROJECT}-read-model`,
    {
      adminUrl: secrets.adminUrl,
      database: planner.database,
      connectorRole: planner.connectorRole,
      connectorPassword: secrets.password,
      k: cfg.anonymity.k,
      graceDays: cfg.anonymity.graceDays,
      excludedOrgIds: planner.excludeOrgIds,
      excludedEmailDomains: planner.excludeEmailDomains,
    },
    { providers: [dynamic] },
  );
  // The connector logs in as this generation's login (a member of the read model's role, with its grants): a new
  // rotation keeper creates the next login, the connector's configuration moves to it, then the old one is dropped.
  const login = new ConnectorLogin(
    `${PROJECT}-connector-login`,
    {
      adminUrl: secrets.adminUrl,
      database: planner.database,
      groupRole: planner.connectorRole,
      keeper: cfg.rotation?.plannerConnectorPassword,
      password: secrets.password,
    },
    { provider: dynamic, dependsOn: [readModel] },
  );
  return { readModel, closerWaitsFor: [readModel, login], login };
}

/** `planner.readModel.applyFrom: cluster`: a Job in the namespace applies the read model and creates the login. */
function readModelInCluster(
  cfg: Milestone1Stack,
  planner: Planner,
  p: {
    adminUrl: pulumi.Input<string>;
    password: pulumi.Input<string>;
    caPem: pulumi.Input<string> | undefined;
    peer: Peer;
  },
  provider: k8s.Provider,
): ReadModelPath {
  const loginRole = loginRoleName(planner.connectorRole, cfg.rotation?.plannerConnectorPassword);
  const job = new PlannerReadModelJob(
    `${PROJECT}-read-model`,
    {
      namespace: cfg.namespace,
      stack: cfg.stack,
      image: planner.readModel.image,
      options: {
        connectorRole: planner.connectorRole,
        k: cfg.anonymity.k,
        graceDays: cfg.anonymity.graceDays,
        excludedOrgIds: planner.excludeOrgIds,
        excludedEmailDomains: planner.excludeEmailDomains,
      },
      loginRole,
      connectorPassword: p.password,
      adminUrl: p.adminUrl,
      postgres: {
        host: planner.host,
        port: planner.port,
        database: planner.database,
        sslMode: planner.sslMode,
        caPem: p.caPem,
        peer: p.peer,
      },
      // The postgres image's USER is root (its entrypoint steps down only to run the server): name a UID where
      // OpenShift's restricted-v2 does not assign one.
      runAsUser: cfg.platform === "kubernetes" ? CONNECTOR_UID : undefined,
      skipAwait: cfg.kubernetes.await === "reconciled",
    },
    { provider },
  );
  return { readModel: job, closerWaitsFor: [job], login: { loginRole, password: p.password } };
}

export function plannerDataFor(
  cfg: Milestone1Stack,
  { planner, adminUrl, password }: PlannerConnectorSettings,
  platform: ElasticStack,
  providers: { k8s: k8s.Provider; elastic: elasticstack.Provider; dynamic: DynamicResourceProvider },
  management: { url: pulumi.Input<string>; password: pulumi.Input<string>; caPem?: pulumi.Input<string> },
): { indexName: string; notes: string[] } {
  const caPem = plannerCa(planner.sslCa, providers.k8s);
  const peer: Peer = {
    kind: "pods",
    podSelector: planner.podSelector,
    ...(planner.namespace ? { namespaceSelector: namespaceLabels(planner.namespace) } : {}),
  };
  const { readModel, closerWaitsFor, login } =
    planner.readModel.applyFrom === "cluster"
      ? readModelInCluster(cfg, planner, { adminUrl, password, caPem, peer }, providers.k8s)
      : readModelFromRunner(cfg, planner, { adminUrl, password }, providers.dynamic);

  // Publishes the closed months hourly: the connector reads published cells only.
  new PlannerCloser(
    `${PROJECT}-read-model`,
    {
      namespace: cfg.namespace,
      stack: cfg.stack,
      image: connectorImage(cfg.elastic.version),
      postgres: {
        host: planner.host,
        port: planner.port,
        database: planner.database,
        sslMode: planner.sslMode,
        caPem,
        peer,
      },
      role: { name: login.loginRole, password: login.password },
      runAsUser: cfg.platform === "kubernetes" ? CONNECTOR_UID : undefined,
    },
    { provider: providers.k8s, dependsOn: closerWaitsFor },
  );

  const connector = new PlannerConnector(
    CONNECTOR_ID,
    {
      namespace: cfg.namespace,
      stack: cfg.stack,
      elasticsearch: { name: platform.elasticsearchName, version: cfg.elastic.version },
      management: {
        url: management.url,
        username: "elastic",
        password: management.password,
        caPem: management.caPem,
      },
      connectorId: CONNECTOR_ID,
      indexName: planner.indexName,
      schedule: planner.syncSchedule,
      postgres: {
        host: planner.host,
        port: planner.port,
        database: planner.database,
        sslMode: planner.sslMode,
        caPem,
        peer,
      },
      connectorRole: { name: login.loginRole, password: login.password },
      apiKeyRotation: cfg.rotation?.connectorApiKey,
      // OpenShift's restricted-v2 SCC assigns a UID; elsewhere the image's root USER must be overridden.
      runAsUser: cfg.platform === "kubernetes" ? CONNECTOR_UID : undefined,
    },
    {
      providers: [providers.k8s, providers.elastic, providers.dynamic],
      dependsOn: [readModel, platform.elasticsearch],
    },
  );
  return {
    indexName: connector.indexName,
    notes: [
      "PostgreSQL prerequisite the program cannot set: track_commit_timestamp = on (ALTER SYSTEM, then a restart).",
      "The read model publishes a month once it is closed (anonymity.graceDays after its end): the closer CronJob runs hourly.",
    ],
  };
}

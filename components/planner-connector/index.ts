/**
 * The migration-planner PostgreSQL connector: anonymisation pipeline and index template in Elasticsearch, the
 * connector record with its configuration and sync rules, a least-privilege API key, and the connector service
 * running in the cluster behind a NetworkPolicy. See README.md for the PostgreSQL prerequisite and the order
 * in which things come up.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { DocumentModel } from "../../anonymisation/model";
import { connectorFieldName } from "../../anonymisation/planner/contract";
import { plannerDocument } from "../../anonymisation/planner/document";
import { AnonymisedIndex } from "../anonymised-index";
import { childName, commonLabels, componentType, eckNames, eckUrls, k8sName } from "../../infra/naming";
import { apiKeyName } from "../../infra/naming/rotation";
import { ConnectorConfiguration } from "./configurationResource";
import type { EsConnectionArgs } from "./esClient";
import {
  apiKeyMetadata,
  CONNECTOR_HELPER_FIELDS,
  connectorConfigurationValues,
  connectorRecord,
  connectorServiceRoleDescriptors,
  elasticNames,
} from "./elastic";
import {
  buildDeployment,
  buildNetworkPolicy,
  CONFIG_KEY,
  connectorConfigYaml,
  type PostgresPeer,
} from "./kubernetes";
import { buildSyncRules } from "./syncRules";
import { ConnectorSyncRules } from "./syncRulesResource";
import { connectorImage } from "./version";

export const POSTGRES_PREREQUISITE =
  "PostgreSQL prerequisite (not set by this program: needs superuser and a server restart): " +
  "ALTER SYSTEM SET track_commit_timestamp = on; then restart the server. " +
  "Without it the connector cannot tell what changed and re-indexes everything on every sync.";

export interface PlannerConnectorArgs {
  /** Namespace of the connector service (Secret, Deployment, NetworkPolicy). */
  namespace: string;
  /** Stack name for the common labels; defaults to the Pulumi stack. */
  stack?: string;
  elasticsearch: {
    /** ECK name of the Elasticsearch cluster: gives its pod labels and its `<name>-es-http-certs-public` CA. */
    name: string;
    /** Namespace of the Elasticsearch pods and CA secret; defaults to `namespace` (the CA must be in it). */
    namespace?: string;
    /** URL the connector pod uses; defaults to `https://<name>-es-http.<namespace>.svc:9200`. */
    url?: string;
    /** Elastic stack version (`9.4.3`); the connector image must run the same one. */
    version: string;
  };
  /**
   * How this program reaches Elasticsearch for the `_connector` calls the elasticstack provider cannot make
   * (sync rules, configuration). Missing fields fall back to `ELASTICSEARCH_*` environment variables.
   */
  management?: EsConnectionArgs;
  /** Connector id (and Kubernetes name stem); defaults to the component name. */
  connectorId?: string;
  /** Index the connector writes; the template and pipeline are named after it. */
  indexName: string;
  /** Full-sync schedule as a Quartz cron, e.g. `0 0 * * * ?` (hourly). */
  schedule: string;
  postgres: {
    host: string;
    /** Defaults to 5432. */
    port?: number;
    database: string;
    /** `verify` turns on the connector's TLS (it verifies the server certificate); `disable` sends plain text. */
    sslMode: "disable" | "verify";
    /** PEM of the CA that signed the server certificate (with `verify`). */
    caPem?: pulumi.Input<string>;
    /** Where PostgreSQL is, for the NetworkPolicy (which cannot name hosts). */
    peer: PostgresPeer;
  };
  /**
   * The read-only PostgreSQL login the connector uses (granted on `am_read` only). A rotated password arrives with a
   * new login name (components/generated-secrets): the configuration takes both from that login's outputs, so it is
   * written after the new login exists and before the old one is dropped.
   */
  connectorRole: { name: pulumi.Input<string>; password: pulumi.Input<string> };
  /** Image override (a mirror); its tag must still equal `elasticsearch.version`. */
  image?: string;
  /** Memory is both request and limit; defaults 512Mi / 100m, no CPU limit. */
  resources?: { memory?: string; cpuRequest?: string; cpuLimit?: string };
  /** Lifetime of the connector-service API key (e.g. `90d`); none when unset. */
  apiKeyExpiration?: string;
  /**
   * Rotation keeper of the connector-service API key (`rotation.connectorApiKey`): a new one names a new key, which
   * replaces the old create-before-delete (config Secret and Deployment move to it, then the old key is invalidated).
   */
  apiKeyRotation?: string;
  /** Only for clusters without OpenShift SCCs: the image runs as root, so runAsNonRoot needs a UID. */
  runAsUser?: number;
  /** How long to wait for the service to register its configuration schema; default 900 s. */
  configurationWaitSeconds?: number;
  /** The classification the index follows; defaults to the planner document. */
  model?: DocumentModel;
}

export class PlannerConnector extends pulumi.ComponentResource {
  public readonly connectorId: string;
  public readonly indexName: string;
  public readonly pipelineName: string;
  public readonly templateName: string;
  /** Labels selecting the connector pods, for the Elasticsearch NetworkPolicy. */
  public readonly podSelector: Record<string, string>;
  public readonly apiKeyId: pulumi.Output<string>;
  public readonly syncRulesActivation: pulumi.Output<string>;
  /** What an operator must do on PostgreSQL by hand; printed by the synth. */
  public readonly postgresPrerequisite: string = POSTGRES_PREREQUISITE;

  constructor(name: string, args: PlannerConnectorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("connector", "PlannerConnector"), name, {}, opts);
    const model = args.model ?? plannerDocument;
    const names = elasticNames(args.indexName);
    const connectorId = k8sName(args.connectorId ?? name);
    const image = connectorImage(args.elasticsearch.version, args.image);
    const esNamespace = args.elasticsearch.namespace ?? args.namespace;
    if (esNamespace !== args.namespace) {
      // Secret volumes cannot cross namespaces: the CA of <es>-es-http-certs-public must be next to the pod.
      throw new Error(
        `the connector must run in the Elasticsearch namespace (${esNamespace}) to mount ${eckNames.esHttpCertsPublic(args.elasticsearch.name)}`,
      );
    }
    const esUrl = args.elasticsearch.url ?? eckUrls.esHttp(args.elasticsearch.name, esNamespace);
    const postgresPort = args.postgres.port ?? 5432;
    // Both providers come from this component's options (`providers`): `es` children inherit the elasticstack one,
    // `kube` children the kubernetes one. The names only say which side a child is on.
    const es = { parent: this };
    const kube = { parent: this };

    // --- Elasticsearch: the index's anonymisation point (pipeline, then the template that names it), then the
    // connector record. The component takes this component's name, so its children keep their names
    // (`<name>-pipeline`, `<name>-template`); the template is named after the index and matches it exactly.
    const guard = new AnonymisedIndex(
      name,
      {
        model,
        index: names.index,
        helperFields: CONNECTOR_HELPER_FIELDS,
        rename: connectorFieldName,
        templateName: names.template,
        indexPatterns: [names.index],
      },
      es,
    );
    const { pipeline, template } = guard;
    // The service creates the index on its first sync; the template must exist by then.
    const connector = new elasticstack.ElasticsearchConnector(
      childName(name, "connector"),
      connectorRecord({
        connectorId,
        indexName: names.index,
        pipelineName: names.pipeline,
        schedule: args.schedule,
        model,
      }),
      { ...es, dependsOn: [template, pipeline] },
    );

    const apiKey = new elasticstack.ElasticsearchSecurityApiKey(
      childName(name, "service-key"),
      {
        name: apiKeyName(names.apiKey, args.apiKeyRotation),
        roleDescriptors: JSON.stringify(connectorServiceRoleDescriptors(names.index)),
        metadata: JSON.stringify(apiKeyMetadata(model, connectorId)),
        ...(args.apiKeyExpiration ? { expiration: args.apiKeyExpiration } : {}),
      },
      // A new name is a new key: created first, the Secret and the Deployment move to it, then the old one is
      // deleted (invalidated). Never delete-before-replace: the running service would lose Elasticsearch.
      { ...es, replaceOnChanges: ["name"], deleteBeforeReplace: false },
    );

    const syncRules = new ConnectorSyncRules(
      childName(name, "sync-rules"),
      {
        connectorId,
        rules: buildSyncRules(model),
        connection: args.management,
      },
      { parent: this, dependsOn: [connector] },
    );

    // --- Kubernetes: the connector service.
    const k8sBase = k8sName(childName(connectorId, "connector"));
    const selector = connectorPodSelector(connectorId);
    const labels = { ...commonLabels(args.stack ?? pulumi.getStack(), "planner-connector"), ...selector };
    const configSecretName = childName(k8sBase, "config");
    const configSecret = new k8s.core.v1.Secret(
      childName(name, "config"),
      {
        metadata: { name: configSecretName, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: {
          [CONFIG_KEY]: pulumi.secret(
            apiKey.encoded.apply((key) => connectorConfigYaml({ esUrl, apiKey: key, connectorId })),
          ),
        },
      },
      kube,
    );
    const resources = {
      memory: args.resources?.memory ?? "512Mi",
      cpuRequest: args.resources?.cpuRequest ?? "100m",
      cpuLimit: args.resources?.cpuLimit,
    };
    const deployment = new k8s.apps.v1.Deployment(
      childName(name, "service"),
      buildDeployment({
        name: k8sBase,
        namespace: args.namespace,
        labels,
        selector,
        image,
        configSecretName,
        esName: args.elasticsearch.name,
        esNamespace,
        configRevision: apiKey.keyId,
        resources,
        runAsUser: args.runAsUser,
      }),
      { ...kube, dependsOn: [configSecret] },
    );
    new k8s.networking.v1.NetworkPolicy(
      childName(name, "egress"),
      buildNetworkPolicy({
        name: k8sBase,
        namespace: args.namespace,
        labels,
        selector,
        esName: args.elasticsearch.name,
        esNamespace,
        postgres: { port: postgresPort, peer: args.postgres.peer },
      }),
      kube,
    );

    // --- Source configuration: written once the running service has registered the PostgreSQL schema.
    const values = pulumi
      .all([args.connectorRole.name, args.connectorRole.password, args.postgres.caPem])
      .apply(([username, password, caPem]) =>
        connectorConfigurationValues({
          host: args.postgres.host,
          port: postgresPort,
          database: args.postgres.database,
          username,
          password,
          sslEnabled: args.postgres.sslMode === "verify",
          caPem,
        }),
      );
    new ConnectorConfiguration(
      childName(name, "configuration"),
      {
        connectorId,
        values,
        connection: args.management,
        waitSeconds: args.configurationWaitSeconds,
      },
      { parent: this, dependsOn: [connector, deployment] },
    );

    this.connectorId = connectorId;
    this.indexName = names.index;
    this.pipelineName = names.pipeline;
    this.templateName = names.template;
    this.podSelector = selector;
    this.apiKeyId = apiKey.keyId;
    this.syncRulesActivation = syncRules.activation;
    this.registerOutputs({
      connectorId,
      indexName: names.index,
      pipelineName: names.pipeline,
      templateName: names.template,
      podSelector: selector,
      apiKeyId: apiKey.keyId,
      syncRulesActivation: syncRules.activation,
      postgresPrerequisite: POSTGRES_PREREQUISITE,
      modelRevision: model.revision,
    });
  }
}

export * from "./configurationResource";
export * from "./elastic";
export type { EsConnection, EsConnectionArgs } from "./esClient";
export * from "./kubernetes";
export * from "./syncRules";
export * from "./syncRulesResource";
export * from "./version";

/**
 * Labels of the connector pods. A pure function of the connector id, so that the Elasticsearch NetworkPolicy (created
 * before the connector) can admit them.
 */
export function connectorPodSelector(connectorId: string): Record<string, string> {
  return {
    "app.kubernetes.io/name": "elastic-connectors",
    "app.kubernetes.io/instance": k8sName(childName(connectorId, "connector")),
  };
}

/**
 * The Assisted Installer collector. Their store is OpenSearch, so Elastic CCR / CCS cannot attach to it: an
 * ECK-managed Logstash reads the assisted-service event stream from Kafka (or, for backfill, the OpenSearch alias),
 * keeps only installation results of clusters tagged `assisted_migration`, anonymises them with the filter rendered
 * from the installation document's classification, and writes to the STAGING index, whose template makes the same
 * model's pipeline the final pipeline. No viewer reads the staging index: one continuous transform per facet
 * publishes its cells of at least k customers into the aggregate index the dashboards read (`aggregates.ts`).
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { AwaitMode } from "../../elastic-stack/elasticsearch";
import { compileEventRules } from "../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../anonymisation/assisted-installer/installation";
import { childName, commonLabels, componentType, k8sName } from "../../../infra/naming";
import { collectorAnnotations, collectorIndex } from "../elastic";
import { brokerPorts, collectorEgressPolicy, urlPort, type CollectorNetwork } from "../egress";
import { keystoreSecret, targetCaSecret } from "../pod";
import { buildLogstash, CA_FILE, LOGSTASH_HELPER_FIELDS, pipelinesYaml } from "./build";
import { installationAggregates } from "./aggregates";
import { KEYSTORE, renderPipeline, type CollectorSource } from "./logstash";

export interface AssistedInstallerCollectorArgs {
  namespace: string;
  stack: string;
  /** Logstash version; the stack's Elastic version. */
  version: string;
  /** Custom image; required for the opensearch source (the plugin is not in the stock image). */
  image?: string;
  source: CollectorSource;
  /** Password of the Kafka SASL user or the OpenSearch user. */
  sourcePassword: pulumi.Input<string>;
  /** Key of the keyed hashes (HMAC-SHA256); goes into the Logstash keystore only. */
  pseudonymisationKey: pulumi.Input<string>;
  /** Staging index the collector writes (one document per installation); no viewer role may read it. */
  index: string;
  /** Index the transforms publish cells into; the installations data view reads it. */
  aggregateIndex: string;
  /** Minimum customers of a published cell (stack config `anonymity.k`). */
  k: number;
  /** Days after a month's end before its cells are published (stack config `anonymity.graceDays`). */
  graceDays: number;
  /**
   * Generation of the pseudonymisation key (`rotation.pseudonymisationKey`, `0` when unset): stored in the keystore
   * next to the key, stamped on every staging document, grouped by every transform.
   */
  keyEpoch: string;
  /** The target Elasticsearch as the Logstash pod reaches it, and the PEM of its CA when not publicly trusted. */
  target: { url: string; caPem?: pulumi.Input<string> };
  resources?: { cpu?: string; memory?: string };
  apiKeyExpiration?: string;
  /** `rotation.assistedInstallerCollectorApiKey`: a new keeper mints a new API key and moves the keystore to it (docs/secrets.md). */
  apiKeyRotation?: string;
  /** What the NetworkPolicy lets the Logstash pod reach besides DNS. */
  network: CollectorNetwork;
  /** What `pulumi up` waits for on the ECK resource (`ready` on every real cluster). */
  await?: AwaitMode;
}

/**
 * The providers come through the resource options, `providers: [kubernetes, elasticstack]`: the cluster Logstash
 * runs on, and the target Elasticsearch (index guard, API key, transforms). The children inherit them.
 */
export class AssistedInstallerCollector extends pulumi.ComponentResource {
  public readonly index: string;
  public readonly aggregateIndex: string;
  public readonly pipelineName: string;
  /** The rendered Logstash pipeline (no secret in it: keys are `${...}` keystore references). */
  public readonly pipelineText: string;

  constructor(name: string, args: AssistedInstallerCollectorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("collectors", "AssistedInstallerCollector"), name, {}, opts);
    if (args.source.kind === "opensearch" && !args.image) {
      throw new Error(
        "the opensearch source needs a Logstash image with logstash-input-opensearch installed (collectors.assistedInstaller.image): the stock image does not ship it",
      );
    }
    const labels = commonLabels(args.stack, "assisted-installer-collector");
    const base = k8sName(childName("am", "ai-collector"));
    const kube = { parent: this };

    const es = collectorIndex(
      childName(name, "index"),
      {
        model: installationDocument,
        index: args.index,
        helperFields: LOGSTASH_HELPER_FIELDS,
        apiKeyExpiration: args.apiKeyExpiration,
        apiKeyRotation: args.apiKeyRotation,
      },
      { parent: this },
    );
    this.index = args.index;
    this.aggregateIndex = args.aggregateIndex;
    this.pipelineName = es.names.pipeline;
    installationAggregates(
      childName(name, "aggregates"),
      { stagingIndex: args.index, aggregateIndex: args.aggregateIndex, k: args.k },
      { parent: this, dependsOn: [es.guard.template] },
    );

    const ca = targetCaSecret(name, base, { namespace: args.namespace, labels }, args.target.caPem, kube);

    const kafkaCaPem = args.source.kind === "kafka" ? args.source.caPem : undefined;
    const kafkaCa = kafkaCaPem
      ? new k8s.core.v1.Secret(
          childName(name, "kafka-ca"),
          {
            metadata: { name: `${base}-kafka-ca`, namespace: args.namespace, labels },
            stringData: { "ca.crt": kafkaCaPem },
          },
          kube,
        )
      : undefined;

    const passwordKey = args.source.kind === "kafka" ? KEYSTORE.kafkaPassword : KEYSTORE.opensearchPassword;
    const { secret: keystore, secretName: keystoreName } = keystoreSecret(
      name,
      base,
      { namespace: args.namespace, labels },
      {
        [KEYSTORE.pseudonymKey]: args.pseudonymisationKey,
        [passwordKey]: args.sourcePassword,
        [KEYSTORE.esApiKey]: es.apiKeyCredential,
        [KEYSTORE.keyEpoch]: args.keyEpoch,
      },
      // Explicit, not only through the credential's outputs: the Secret moves to a rotated key after it exists,
      // and the replaced key is deleted only after this update (docs/secrets.md).
      { ...kube, dependsOn: [es.apiKey] },
    );

    this.pipelineText = renderPipeline(compileEventRules(installationDocument), {
      source: args.source,
      index: args.index,
      lookupPattern: `${args.index}*`,
      target: { url: args.target.url, caFile: args.target.caPem ? CA_FILE : undefined },
      graceDays: args.graceDays,
    });
    const pipelinesName = `${base}-pipelines`;
    const pipelines = new k8s.core.v1.Secret(
      childName(name, "pipelines"),
      {
        metadata: { name: pipelinesName, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: { "pipelines.yml": pipelinesYaml("am-installations", this.pipelineText) },
      },
      kube,
    );
    new k8s.apiextensions.CustomResource(
      childName(name, "logstash"),
      buildLogstash({
        name: base,
        namespace: args.namespace,
        labels,
        annotations: collectorAnnotations(installationDocument, args.index),
        version: args.version,
        image: args.image,
        pipelinesSecret: pipelinesName,
        keystoreSecret: keystoreName,
        caSecret: ca?.secretName,
        kafkaCaSecret: kafkaCa ? `${base}-kafka-ca` : undefined,
        cpu: args.resources?.cpu ?? "250m",
        memory: args.resources?.memory ?? "1Gi",
        await: args.await,
      }),
      // The template (with its final pipeline) must exist before the first document creates the index.
      {
        ...kube,
        dependsOn: [
          keystore,
          pipelines,
          es.guard.template,
          ...(ca ? [ca.secret] : []),
          ...(kafkaCa ? [kafkaCa] : []),
        ],
      },
    );

    // Kafka clients also connect to the brokers' advertised addresses, which the bootstrap ports are assumed to match.
    const source =
      args.source.kind === "kafka"
        ? { what: "Kafka", ports: brokerPorts(args.source.bootstrapServers) }
        : { what: "OpenSearch", ports: [urlPort(args.source.url)] };
    collectorEgressPolicy(
      name,
      base,
      { namespace: args.namespace, labels },
      { source, targetUrl: args.target.url, network: args.network },
      kube,
    );

    this.registerOutputs({
      index: this.index,
      aggregateIndex: this.aggregateIndex,
      pipelineName: this.pipelineName,
    });
  }
}

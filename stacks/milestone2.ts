/**
 * Milestone 2: Elasticsearch and Kibana outside the migration cluster (ECK on another cluster, or an existing
 * deployment), fed by cross-cluster replication of the milestone-1 anonymised planner index and by collectors for
 * the Assisted Installer events and Red Hat Telemetry. See docs/milestone2.md for why each source uses which path.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { CcrLink } from "../components/ccr-link";
import { CcrCredentials } from "../components/ccr-link/credentials";
import { AssistedInstallerCollector } from "../components/collectors/assisted-installer";
import type { CollectorSource } from "../components/collectors/assisted-installer/logstash";
import { TelemetryCollector } from "../components/collectors/telemetry";
import { KeyEpoch } from "../components/generated-secrets";
import type { EsConnectionArgs } from "../components/planner-connector/esClient";
import { REPLICABLE_MODELS } from "../infra/config/areas/milestone2";
import type { StackConfig } from "../infra/config/load";
import { elasticProvider, kubernetesProvider } from "../infra/providers";
import { commonLabels, POD_SECURITY_RESTRICTED, PROJECT } from "../infra/naming";
import { dashboardsFor } from "./dashboards";
import { keyEpochIndex } from "./keyEpochs";
import { required } from "./required";
import { eckStack, elasticProviderFor, platformFor, platformOutputs, type StackOutputs } from "./platform";

/** Pod labels of the collectors, admitted to Elasticsearch on 9200 by the platform's NetworkPolicies. */
const COLLECTOR_PEERS = ["assisted-installer-collector", "telemetry-collector"];

/** Fails with the key to set: the config rules should have caught it, this keeps the types honest. */
const M2 = "this is a milestone-2 stack with that capability configured";

type RemoteClusterCa = NonNullable<NonNullable<StackConfig["replication"]>["leader"]["remoteClusterCa"]>;

/** The leader's transport CA: given, or read from the Secret a milestone-1 leader publishes it in, on its cluster. */
function leaderTransportCa(ca: RemoteClusterCa): pulumi.Input<string> {
  if (ca.pem !== undefined) return ca.pem;
  const { context, namespace, name } = required(ca.secret, "replication.leader.remoteClusterCa.secret", M2);
  const leaderCluster = kubernetesProvider(`${PROJECT}-leader-k8s`, context);
  const secret = k8s.core.v1.Secret.get(`${PROJECT}-leader-transport-ca`, `${namespace}/${name}`, {
    provider: leaderCluster,
  });
  // A CA certificate is public: unsecret it, it goes into a ConfigMap.
  // eslint-disable-next-line no-restricted-properties -- a CA certificate (ca.crt), public
  return pulumi.unsecret(
    secret.data.apply((d) => Buffer.from(d?.["ca.crt"] ?? "", "base64").toString("utf8")),
  );
}

export function milestone2(cfg: StackConfig): StackOutputs {
  const target = required(cfg.target, "target", M2);
  // The target cluster: a second cluster, not the migration cluster milestone 1 runs on.
  const k8sProvider = kubernetesProvider(`${PROJECT}-target-k8s`, cfg.kubernetes.context);
  const replication = cfg.replication;
  const collectorNamespace = cfg.collectors?.namespace ?? cfg.namespace;

  let es: elasticstack.Provider;
  let collectorTarget: { url: string; caPem?: pulumi.Input<string> };
  // How this program reaches the target for the key-epoch record (the elasticstack provider's credentials).
  let management: EsConnectionArgs;
  // The collectors' egress: the ECK target's pods by label; anything outside the cluster by configured CIDRs.
  let eckTarget: { esName: string; namespace: string } | undefined;
  let outputs: StackOutputs;
  const followerReady: pulumi.Resource[] = [];
  // Kibana objects wait for Kibana as well; on an existing deployment there is nothing to wait for.
  const kibanaReady: pulumi.Resource[] = [];

  // Only the leader's Elasticsearch is managed (the cross-cluster key or the leader role): no Kibana block.
  const leader = replication
    ? new elasticstack.Provider(`${PROJECT}-leader-elastic`, {
        elasticsearches: [
          {
            endpoints: [replication.leader.elasticsearchUrl],
            username: replication.leader.username,
            password: required(cfg.secrets.leaderPassword, "leaderPassword (secret)", M2),
            ...(replication.leader.caPem ? { caData: replication.leader.caPem } : {}),
          },
        ],
      })
    : undefined;
  // API-key model: key and leader CA go onto the follower before its nodes first start (see CcrCredentials).
  const credentials =
    replication && leader && replication.securityModel === "api-key" && target.mode === "eck"
      ? new CcrCredentials(`${PROJECT}-ccr-credentials`, {
          stack: cfg.stack,
          alias: replication.alias,
          leaders: replication.indices,
          leader,
          namespace: cfg.namespace,
          provider: k8sProvider,
          keyRotation: cfg.rotation?.crossClusterApiKey,
          leaderCa: leaderTransportCa(
            required(replication.leader.remoteClusterCa, "replication.leader.remoteClusterCa", M2),
          ),
        })
      : undefined;

  if (target.mode === "eck") {
    const eck = eckStack(cfg);
    const platform = platformFor(eck, k8sProvider, {
      secureSettings: credentials ? [{ secretName: credentials.keystoreSecret }] : undefined,
      replicationTrust: credentials,
      elasticsearchPeers: COLLECTOR_PEERS.map((component) => ({
        name: component,
        namespaceSelector: { "kubernetes.io/metadata.name": collectorNamespace },
        podSelector: { "app.kubernetes.io/component": component },
      })),
    });
    const elastic = elasticProviderFor(eck, platform);
    es = elastic.provider;
    management = {
      url: elastic.url,
      username: "elastic",
      password: platform.elasticPassword,
      caPem: elastic.ca,
    };
    collectorTarget = { url: platform.elasticsearchInternalUrl, caPem: platform.elasticsearchCa };
    eckTarget = { esName: eck.elasticsearch.name, namespace: cfg.namespace };
    followerReady.push(platform.elasticsearch);
    kibanaReady.push(platform.elasticsearch, platform.kibana);
    outputs = platformOutputs(platform);
  } else {
    // An existing deployment: nothing of it is created here, only configured (templates, pipelines, dashboards).
    const esUrl = required(target.elasticsearchUrl, "target.elasticsearchUrl", M2);
    es = elasticProvider(`${PROJECT}-elastic`, cfg.stack, {
      elasticsearchUrl: esUrl,
      kibanaUrl: required(target.kibanaUrl, "target.kibanaUrl", M2),
      username: target.username,
      password: required(cfg.secrets.targetPassword, "targetPassword (secret)", M2),
      elasticsearchCa: target.caPem,
      kibanaCa: target.kibanaCaPem ?? target.caPem,
    });
    collectorTarget = { url: esUrl, caPem: target.caPem };
    management = {
      url: esUrl,
      username: target.username,
      password: required(cfg.secrets.targetPassword, "targetPassword (secret)", M2),
      caPem: target.caPem,
    };
    outputs = {
      elasticsearchUrl: esUrl,
      kibanaUrl: required(target.kibanaUrl, "target.kibanaUrl", M2),
      elasticsearchCa: pulumi.output(target.caPem ?? "(publicly trusted)"),
      bootstrapCredentialsSecret: "(existing deployment: credentials are the targetPassword secret)",
    };
    if (cfg.collectors && cfg.kubernetes.createNamespace) {
      // The collectors still run as ECK resources: on the cluster of kubernetes.context, whose ECK operator an
      // admin (or a milestone-1 style stack) provides.
      new k8s.core.v1.Namespace(
        `${PROJECT}-collectors-namespace`,
        {
          metadata: {
            name: collectorNamespace,
            labels: { ...commonLabels(cfg.stack, "collectors"), ...POD_SECURITY_RESTRICTED },
          },
        },
        { provider: k8sProvider },
      );
    }
  }

  if (replication && leader) {
    const link = new CcrLink(`${PROJECT}-ccr`, {
      stack: cfg.stack,
      securityModel: replication.securityModel,
      licences: { follower: cfg.licence, leader: replication.leader.licence },
      remote: {
        alias: replication.alias,
        proxyAddress: replication.leader.proxyAddress,
        serverName: replication.leader.serverName,
        skipUnavailable: replication.leader.skipUnavailable,
      },
      leaders: replication.indices,
      models: REPLICABLE_MODELS,
      follower: es,
      leader,
      credentials,
      dependsOn: followerReady,
    });
    outputs.followerIndices = link.followerIndices;
  }

  const ai = cfg.collectors?.assistedInstaller;
  if (ai) {
    const source: CollectorSource =
      ai.source === "kafka"
        ? { kind: "kafka", ...required(ai.kafka, "collectors.assistedInstaller.kafka", M2) }
        : { kind: "opensearch", ...required(ai.opensearch, "collectors.assistedInstaller.opensearch", M2) };
    // The key's generation: stamped on the staging documents (the transforms count customers within one) and recorded.
    const keyEpoch = cfg.rotation?.pseudonymisationKey ?? "0";
    const collector = new AssistedInstallerCollector(
      `${PROJECT}-ai-collector`,
      {
        namespace: collectorNamespace,
        stack: cfg.stack,
        await: cfg.kubernetes.await,
        version: cfg.elastic.version,
        image: ai.image,
        source,
        sourcePassword: required(
          ai.source === "kafka" ? cfg.secrets.kafkaPassword : cfg.secrets.opensearchPassword,
          `${ai.source}Password (secret)`,
          M2,
        ),
        pseudonymisationKey: required(cfg.secrets.pseudonymisationKey, "pseudonymisationKey (secret)", M2),
        apiKeyRotation: cfg.rotation?.assistedInstallerCollectorApiKey,
        index: ai.index,
        aggregateIndex: ai.aggregateIndex,
        k: cfg.anonymity.k,
        graceDays: cfg.anonymity.graceDays,
        keyEpoch,
        target: collectorTarget,
        resources: { memory: ai.memory },
        network: { eckTarget, cidrs: ai.egressCidrs },
        k8sProvider,
        elasticstackProvider: es,
      },
      { dependsOn: followerReady },
    );
    outputs.installationsIndex = collector.index;
    // A new key breaks pseudonym continuity by design: record its generation where dashboards can mark it.
    new KeyEpoch(
      `${PROJECT}-key-epoch`,
      {
        connection: management,
        stack: cfg.stack,
        keyName: "pseudonymisationKey",
        epoch: keyEpoch,
        indices: [collector.index],
        source: cfg.generatedSecrets?.includes("pseudonymisationKey") ? "generated" : "supplied",
      },
      // Recorded once the collector's keystore carries the new key, i.e. when the new pseudonyms start, and into
      // an index whose template (strict, final pipeline of keyEpochMetadata) exists before the first record.
      { dependsOn: [...followerReady, collector, ...keyEpochIndex(es, followerReady)] },
    );
  }

  const tel = cfg.collectors?.telemetry;
  if (tel) {
    const collector = new TelemetryCollector(
      `${PROJECT}-telemetry`,
      {
        namespace: collectorNamespace,
        stack: cfg.stack,
        await: cfg.kubernetes.await,
        version: cfg.elastic.version,
        url: tel.url,
        period: tel.period,
        clusterLabel: tel.clusterLabel,
        k: cfg.anonymity.k,
        queries: tel.queries,
        index: tel.index,
        token: required(cfg.secrets.telemetryToken, "telemetryToken (secret)", M2),
        apiKeyRotation: cfg.rotation?.telemetryCollectorApiKey,
        target: collectorTarget,
        network: { eckTarget, cidrs: tel.egressCidrs },
        k8sProvider,
        elasticstackProvider: es,
      },
      { dependsOn: followerReady },
    );
    outputs.telemetryIndex = collector.index;
  }

  if (cfg.features.dashboards) {
    // The same dashboards as milestone 1, plus installations and telemetry once their collectors write here.
    dashboardsFor(
      cfg,
      es,
      {
        // The planner overview only where replication brings the planner index here.
        planner: replication?.indices.some((i) => i.model === "planner") ?? false,
        installationsIndexPattern: ai ? cfg.dashboards.installationsIndexPattern : undefined,
        telemetryIndexPattern: tel ? `${tel.index}*` : undefined,
        telemetryQueries: tel?.queries,
      },
      kibanaReady,
    );
  }
  return outputs;
}

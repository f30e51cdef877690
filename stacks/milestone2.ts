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
import { namespaceLabels } from "../components/network-policies/peer";
import { TelemetryCollector } from "../components/collectors/telemetry";
import { KeyEpoch } from "../components/generated-secrets";
import type { EsConnectionArgs } from "../components/planner-connector/esClient";
import { REPLICABLE_MODELS } from "../infra/config/areas/replication";
import type {
  ApiKeyReplication,
  AssistedInstallerSettings,
  CertificateReplication,
  LeaderTransportCa,
  Milestone2OnEck,
  Milestone2OnExisting,
  Milestone2Stack,
} from "../infra/config/kinds";
import { elasticProvider, kubernetesProvider } from "../infra/providers";
import type { DynamicResourceProvider } from "../infra/providers/dynamic";
import { commonLabels, POD_SECURITY_RESTRICTED, PROJECT } from "../infra/naming";
import { dashboardsFor } from "./dashboards";
import { keyEpochIndex } from "./keyEpochs";
import { elasticProviderFor, platformFor, platformOutputs, type StackOutputs } from "./platform";

/** Pod labels of the collectors, admitted to Elasticsearch on 9200 by the platform's NetworkPolicies. */
const COLLECTOR_PEERS = ["assisted-installer-collector", "telemetry-collector"];

/** The leader's transport CA: given, or read from the Secret a milestone-1 leader publishes it in, on its cluster. */
function leaderTransportCa(ca: LeaderTransportCa): pulumi.Input<string> {
  if ("pem" in ca) return ca.pem;
  const { context, namespace, name } = ca.secret;
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

/** The leader's Elasticsearch, managed for the cross-cluster key or the leader role only: no Kibana block. */
function leaderProvider(replication: ApiKeyReplication | CertificateReplication): elasticstack.Provider {
  return new elasticstack.Provider(`${PROJECT}-leader-elastic`, {
    elasticsearches: [
      {
        endpoints: [replication.leader.elasticsearchUrl],
        username: replication.leader.username,
        password: replication.leaderPassword,
        ...(replication.leader.caPem ? { caData: replication.leader.caPem } : {}),
      },
    ],
  });
}

/** What milestone 2 writes to and manages, on either kind of target. */
interface Target {
  readonly es: elasticstack.Provider;
  /** Where the collectors send their documents. */
  readonly collectorTarget: { url: string; caPem?: pulumi.Input<string> };
  /** How this program reaches the target for the key-epoch record (the elasticstack provider's credentials). */
  readonly management: EsConnectionArgs;
  /** The collectors' egress: the ECK target's pods by label; anything outside the cluster by configured CIDRs. */
  readonly eckTarget?: { esName: string; namespace: string };
  /** What replication and the collectors wait for. */
  readonly followerReady: pulumi.Resource[];
  /** Kibana objects wait for Kibana as well; on an existing deployment there is nothing to wait for. */
  readonly kibanaReady: pulumi.Resource[];
  /** The API-key model's credentials on the follower, for the CCR link. */
  readonly credentials?: CcrCredentials;
  readonly outputs: StackOutputs;
}

/** `target.mode: eck`: ECK deploys Elasticsearch and Kibana on the target cluster, as in milestone 1. */
function onEck(
  cfg: Milestone2OnEck,
  k8sProvider: k8s.Provider,
  leader: elasticstack.Provider | undefined,
  collectorNamespace: string,
): Target {
  const replication = cfg.replication;
  // API-key model: key and leader CA go onto the follower before its nodes first start (see CcrCredentials).
  const credentials =
    replication?.securityModel === "api-key" && leader
      ? new CcrCredentials(
          `${PROJECT}-ccr-credentials`,
          {
            stack: cfg.stack,
            alias: replication.alias,
            leaders: replication.indices,
            namespace: cfg.namespace,
            keyRotation: cfg.rotation?.crossClusterApiKey,
            leaderCa: leaderTransportCa(replication.leader.remoteClusterCa),
          },
          // The key is minted on the leader; the Secret and ConfigMap go onto the follower's cluster.
          { providers: [leader, k8sProvider] },
        )
      : undefined;
  const platform = platformFor(cfg, k8sProvider, {
    secureSettings: credentials ? [{ secretName: credentials.keystoreSecret }] : undefined,
    replicationTrust: credentials,
    elasticsearchPeers: COLLECTOR_PEERS.map((component) => ({
      kind: "pods",
      name: component,
      namespaceSelector: namespaceLabels(collectorNamespace),
      podSelector: { "app.kubernetes.io/component": component },
    })),
  });
  const elastic = elasticProviderFor(cfg, platform);
  return {
    es: elastic.provider,
    management: {
      url: elastic.url,
      username: "elastic",
      password: platform.elasticPassword,
      caPem: elastic.ca,
    },
    collectorTarget: { url: platform.elasticsearchInternalUrl, caPem: platform.elasticsearchCa },
    eckTarget: { esName: cfg.elasticsearch.name, namespace: cfg.namespace },
    followerReady: [platform.elasticsearch],
    kibanaReady: [platform.elasticsearch, platform.kibana],
    credentials,
    outputs: platformOutputs(platform),
  };
}

/** `target.mode: existing`: nothing of the deployment is created here, only configured (templates, pipelines, dashboards). */
function onExisting(
  cfg: Milestone2OnExisting,
  k8sProvider: k8s.Provider,
  collectorNamespace: string,
): Target {
  const { target } = cfg;
  const es = elasticProvider(`${PROJECT}-elastic`, cfg.stack, {
    elasticsearchUrl: target.elasticsearchUrl,
    kibanaUrl: target.kibanaUrl,
    username: target.username,
    password: target.password,
    elasticsearchCa: target.caPem,
    kibanaCa: target.kibanaCaPem ?? target.caPem,
  });
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
  return {
    es,
    collectorTarget: { url: target.elasticsearchUrl, caPem: target.caPem },
    management: {
      url: target.elasticsearchUrl,
      username: target.username,
      password: target.password,
      caPem: target.caPem,
    },
    followerReady: [],
    kibanaReady: [],
    outputs: {
      elasticsearchUrl: target.elasticsearchUrl,
      kibanaUrl: target.kibanaUrl,
      elasticsearchCa: pulumi.output(target.caPem ?? "(publicly trusted)"),
      bootstrapCredentialsSecret: "(existing deployment: credentials are the targetPassword secret)",
    },
  };
}

/** The collectors' common arguments: where they run and write, and how they reach the target. */
function collectorBase(cfg: Milestone2Stack, t: Target, namespace: string) {
  return {
    namespace,
    stack: cfg.stack,
    await: cfg.kubernetes.await,
    version: cfg.elastic.version,
    target: t.collectorTarget,
  };
}

/** A collector's resource options: the cluster it runs on and the target it writes to, after the follower. */
function collectorOptions(t: Target, k8sProvider: k8s.Provider): pulumi.ComponentResourceOptions {
  return { providers: [k8sProvider, t.es], dependsOn: t.followerReady };
}

export function milestone2(cfg: Milestone2Stack, dynamic: DynamicResourceProvider): StackOutputs {
  // The target cluster: a second cluster, not the migration cluster milestone 1 runs on.
  const k8sProvider = kubernetesProvider(`${PROJECT}-target-k8s`, cfg.kubernetes.context);
  const replication = cfg.replication;
  const collectorNamespace = cfg.collectors?.namespace ?? cfg.namespace;
  const leader = replication && leaderProvider(replication);
  const t =
    cfg.kind === "milestone2-eck"
      ? onEck(cfg, k8sProvider, leader, collectorNamespace)
      : onExisting(cfg, k8sProvider, collectorNamespace);

  const link =
    replication && leader
      ? new CcrLink(`${PROJECT}-ccr`, {
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
          follower: t.es,
          leader,
          credentials: t.credentials,
          dependsOn: t.followerReady,
        })
      : undefined;

  const ai = cfg.collectors?.assistedInstaller;
  const aiCollector =
    ai && assistedInstallerCollector(cfg, ai, t, collectorNamespace, { k8s: k8sProvider, dynamic });
  const tel = cfg.collectors?.telemetry;
  const telemetry =
    tel &&
    new TelemetryCollector(
      `${PROJECT}-telemetry`,
      {
        ...collectorBase(cfg, t, collectorNamespace),
        url: tel.url,
        period: tel.period,
        clusterLabel: tel.clusterLabel,
        k: cfg.anonymity.k,
        queries: tel.queries,
        index: tel.index,
        token: tel.token,
        apiKeyRotation: cfg.rotation?.telemetryCollectorApiKey,
        network: { eckTarget: t.eckTarget, cidrs: tel.egressCidrs },
      },
      collectorOptions(t, k8sProvider),
    );

  if (cfg.features.dashboards) {
    // The same dashboards as milestone 1, plus installations and telemetry once their collectors write here.
    dashboardsFor(
      cfg,
      t.es,
      {
        // The planner overview only where replication brings the planner index here.
        planner: replication?.indices.some((i) => i.model === "planner") ?? false,
        installationsIndexPattern: ai ? cfg.dashboards.installationsIndexPattern : undefined,
        telemetryIndexPattern: tel ? `${tel.index}*` : undefined,
        telemetryQueries: tel?.queries,
      },
      t.kibanaReady,
    );
  }
  return {
    ...t.outputs,
    ...(link ? { followerIndices: link.followerIndices } : {}),
    ...(aiCollector ? { installationsIndex: aiCollector.index } : {}),
    ...(telemetry ? { telemetryIndex: telemetry.index } : {}),
  };
}

/** The Assisted Installer collector, and the record of its pseudonymisation key's generation. */
function assistedInstallerCollector(
  cfg: Milestone2Stack,
  ai: AssistedInstallerSettings,
  t: Target,
  namespace: string,
  providers: { k8s: k8s.Provider; dynamic: DynamicResourceProvider },
): AssistedInstallerCollector {
  // The key's generation: stamped on the staging documents (the transforms count customers within one) and recorded.
  const keyEpoch = cfg.rotation?.pseudonymisationKey ?? "0";
  const collector = new AssistedInstallerCollector(
    `${PROJECT}-ai-collector`,
    {
      ...collectorBase(cfg, t, namespace),
      image: ai.image,
      source: ai.source,
      sourcePassword: ai.sourcePassword,
      pseudonymisationKey: ai.pseudonymisationKey.value,
      apiKeyRotation: cfg.rotation?.assistedInstallerCollectorApiKey,
      index: ai.index,
      aggregateIndex: ai.aggregateIndex,
      k: cfg.anonymity.k,
      graceDays: cfg.anonymity.graceDays,
      keyEpoch,
      resources: { memory: ai.memory },
      network: { eckTarget: t.eckTarget, cidrs: ai.egressCidrs },
    },
    collectorOptions(t, providers.k8s),
  );
  // A new key breaks pseudonym continuity by design: record its generation where dashboards can mark it.
  new KeyEpoch(
    `${PROJECT}-key-epoch`,
    {
      connection: t.management,
      stack: cfg.stack,
      keyName: "pseudonymisationKey",
      epoch: keyEpoch,
      indices: [collector.index],
      source: ai.pseudonymisationKey.source,
    },
    // Recorded once the collector's keystore carries the new key, i.e. when the new pseudonyms start, and into
    // an index whose template (strict, final pipeline of keyEpochMetadata) exists before the first record.
    {
      provider: providers.dynamic,
      dependsOn: [...t.followerReady, collector, keyEpochIndex(t.es, t.followerReady)],
    },
  );
  return collector;
}

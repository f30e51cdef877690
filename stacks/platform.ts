/** Maps the validated stack configuration onto the platform component (operator, Elasticsearch, Kibana). */
import type * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import type { EckOperatorArgs } from "../components/eck-operator";
import { REMOTE_CLUSTER_CLIENT_CAS, TRANSPORT_CA_BUNDLE } from "../components/elastic-stack/elasticsearch";
import { ElasticStack } from "../components/elastic-stack";
import { selectorPeer, type NamedPeer } from "../components/network-policies/peer";
import type { EckStack } from "../infra/config/kinds";
import { PROJECT } from "../infra/naming";
import { elasticProvider } from "../infra/providers";

/**
 * The Elastic provider that manages indices, pipelines, connector and dashboards of an ECK stack: through the
 * exposed hosts (`access.mode: route`) or the Service names (`in-cluster`). Through a reencrypt Route the client sees
 * the router's certificate, not ECK's, so the system trust store applies there.
 */
export function elasticProviderFor(cfg: EckStack, platform: ElasticStack) {
  const inCluster = cfg.access.mode === "in-cluster";
  const reencrypt = cfg.platform === "openshift" && cfg.exposure.routeTermination === "reencrypt";
  const url = inCluster ? platform.elasticsearchInternalUrl : (platform.elasticsearchPublicUrl ?? "");
  // Through a reencrypt Route the client sees the router's certificate: the system trust store applies there.
  const pinned = inCluster || !reencrypt;
  const ca = pinned ? platform.elasticsearchCa : undefined;
  const provider = elasticProvider(`${PROJECT}-elastic`, cfg.stack, {
    elasticsearchUrl: url,
    kibanaUrl: inCluster ? platform.kibanaInternalUrl : platform.kibanaPublicUrl,
    username: "elastic",
    password: platform.elasticPassword,
    elasticsearchCa: ca,
    kibanaCa: pinned ? platform.kibanaCa : undefined,
  });
  return { provider, url, ca };
}

/** What every stack exports (both milestones); the milestones add their own keys. */
export interface StackOutputs {
  elasticsearchUrl: string;
  kibanaUrl: string;
  elasticsearchCa: pulumi.Output<string>;
  /** `<namespace>/<secret>` holding the `elastic` user's password; read it with RBAC, it is never an output. */
  bootstrapCredentialsSecret: string;
  [key: string]: unknown;
}

/** The stack outputs that say where an ECK-deployed stack is reached, the same for both milestones. */
export function platformOutputs(platform: ElasticStack): StackOutputs {
  return {
    elasticsearchUrl: platform.elasticsearchPublicUrl ?? platform.elasticsearchInternalUrl,
    kibanaUrl: platform.kibanaPublicUrl,
    elasticsearchCa: platform.elasticsearchCa,
    bootstrapCredentialsSecret: `${platform.namespace}/${platform.bootstrapCredentialsSecret}`,
  };
}

/** How the operator gets into the cluster: an admin's install, else OLM on OpenShift and Helm elsewhere. */
function operatorInstall(cfg: EckStack): EckOperatorArgs["install"] {
  const { existing, olm, helm } = cfg.eck;
  if (existing) return { method: "existing", ...existing };
  if (cfg.platform === "openshift") {
    return {
      method: "olm",
      channel: olm?.channel ?? "stable",
      packageName: olm?.package ?? "elasticsearch-eck-operator-certified",
      source: olm?.source ?? "certified-operators",
      sourceNamespace: olm?.sourceNamespace ?? "openshift-marketplace",
      installPlanApproval: olm?.installPlanApproval ?? "Manual",
      scope: olm?.scope ?? "namespace",
      operatorNamespace: olm?.operatorNamespace ?? cfg.namespace,
    };
  }
  const chart = helm?.chart ?? "eck-operator";
  const local = chart.startsWith("/");
  return {
    method: "helm",
    chart,
    repository: local ? undefined : (helm?.repository ?? "https://helm.elastic.co"),
    operatorNamespace: helm?.operatorNamespace ?? "elastic-system",
  };
}

export function platformFor(
  cfg: EckStack,
  provider: k8s.Provider,
  extra: {
    elasticsearchPeers?: NamedPeer[];
    remoteClusterPeers?: NamedPeer[];
    secureSettings?: { secretName: string }[];
    /** A replication leader to trust and connect to before the nodes first start (see CcrCredentials). */
    replicationTrust?: { caConfigMap: string; ready: pulumi.Resource[] };
  } = {},
): ElasticStack {
  const configPeers = cfg.networkPolicy.allowFrom.map(selectorPeer);
  return new ElasticStack(
    PROJECT,
    {
      stack: cfg.stack,
      platform: cfg.platform,
      namespace: cfg.namespace,
      createNamespace: cfg.kubernetes.createNamespace,
      await: cfg.kubernetes.await,
      operator: {
        version: cfg.eck.version,
        enterpriseTrial: cfg.eck.enterpriseTrial,
        install: operatorInstall(cfg),
      },
      elastic: cfg.elastic,
      elasticsearch: {
        name: cfg.elasticsearch.name,
        maxMapCount: cfg.elasticsearch.maxMapCount,
        zoneAwareness: cfg.elasticsearch.zoneAwareness,
        nodeSets: cfg.elasticsearch.nodeSets.map((s) => ({
          name: s.name,
          count: s.count,
          roles: s.roles,
          cpu: s.resources.cpu,
          memory: s.resources.memory,
          cpuLimit: s.resources.cpuLimit,
          storageSize: s.storage.size,
          storageClassName: s.storage.className,
        })),
        secureSettings: extra.secureSettings,
        transportCaConfigMap: extra.replicationTrust?.caConfigMap,
        // ECK sets the remote cluster client's CAs only for remotes it manages itself; ours is a cluster setting.
        extraConfig: extra.replicationTrust
          ? { [REMOTE_CLUSTER_CLIENT_CAS]: [TRANSPORT_CA_BUNDLE] }
          : undefined,
        dependsOn: extra.replicationTrust?.ready,
        remoteClusterServer: (extra.remoteClusterPeers?.length ?? 0) > 0,
      },
      kibana: {
        name: cfg.kibana.name,
        count: cfg.kibana.count,
        cpu: cfg.kibana.resources.cpu,
        memory: cfg.kibana.resources.memory,
        cpuLimit: cfg.kibana.resources.cpuLimit,
      },
      exposure: {
        kibanaHost: cfg.exposure.kibanaHost,
        elasticsearchHost: cfg.exposure.elasticsearchHost,
        routeTermination: cfg.exposure.routeTermination,
        ingressClassName: cfg.exposure.ingressClassName,
        ingressNamespace: cfg.exposure.ingressNamespace,
        // Only milestone 1 serves as a replication leader.
        remoteClusterHost: cfg.kind === "milestone1" ? cfg.replicationLeader?.host : undefined,
      },
      elasticsearchPeers: [...configPeers, ...(extra.elasticsearchPeers ?? [])],
      // Config peers (e.g. the Pulumi Kubernetes Operator's workspace) manage dashboards too.
      kibanaPeers: configPeers,
      remoteClusterPeers: extra.remoteClusterPeers,
    },
    { provider },
  );
}

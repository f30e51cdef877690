/**
 * Milestone 1: Elasticsearch and Kibana inside the migration-planner's cluster, fed only by the anonymised planner
 * read model through the Elastic PostgreSQL connector, with dashboards as code.
 */
import type { Milestone1Stack } from "../infra/config/kinds";
import { eckNames, PROJECT } from "../infra/naming";
import { kubernetesProvider } from "../infra/providers";
import type { DynamicResourceProvider } from "../infra/providers/dynamic";
import { installationCells } from "../anonymisation/assisted-installer/cells";
import { AnonymisedIndex } from "../components/anonymised-index";
import { dashboardsFor } from "./dashboards";
import { keyEpochIndex } from "./keyEpochs";
import { elasticProviderFor, platformFor, platformOutputs, type StackOutputs } from "./platform";
import { connectorPeer, plannerDataFor } from "./plannerData";

export function milestone1(cfg: Milestone1Stack, dynamic: DynamicResourceProvider): StackOutputs {
  const k8sProvider = kubernetesProvider(`${PROJECT}-k8s`, cfg.kubernetes.context);
  const platform = platformFor(cfg, k8sProvider, {
    elasticsearchPeers: cfg.plannerConnector ? [connectorPeer(cfg)] : [],
  });
  const { provider: elastic, url: managementUrl, ca } = elasticProviderFor(cfg, platform);

  const ready = [platform.elasticsearch, platform.kibana];
  const pattern = cfg.dashboards.installationsIndexPattern;
  const dashboards = cfg.features.dashboards
    ? dashboardsFor(
        cfg,
        elastic,
        {
          plannerIndexPattern: `${cfg.planner?.indexName ?? "am-planner"}*`,
          installationsIndexPattern: pattern,
        },
        ready,
      )
    : [];
  if (cfg.features.dashboards) {
    // No collector or transform feeds the installation cells in milestone 1, but the dashboard reads them: guard the
    // index anyway, so anything that ever writes there passes the cells model's final pipeline.
    new AnonymisedIndex(
      `${PROJECT}-installations`,
      { model: installationCells, index: pattern.replace(/\*$/, ""), helperFields: [] },
      { provider: elastic, dependsOn: ready },
    );
    // Its key-epoch markers read am-key-epochs: guarded too, though only milestone 2 writes records there.
    keyEpochIndex(elastic, ready);
  }
  const planner = cfg.plannerConnector
    ? plannerDataFor(
        cfg,
        cfg.plannerConnector,
        platform,
        { k8s: k8sProvider, elastic, dynamic },
        { url: managementUrl, password: platform.elasticPassword, caPem: ca },
      )
    : undefined;

  return {
    dashboards,
    plannerIndex: planner?.indexName,
    notes: planner?.notes ?? [],
    ...platformOutputs(platform),
    // What a follower stack's replication.leader needs; absent unless this stack is a replication leader.
    ...(cfg.replicationLeader
      ? {
          remoteClusterServer: {
            proxyAddress: `${cfg.replicationLeader.host}:443`,
            serverName: cfg.replicationLeader.host,
            caSecret: `${platform.namespace}/${eckNames.esTransportCertsPublic(platform.elasticsearchName)}`,
          },
        }
      : {}),
  };
}

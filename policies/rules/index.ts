/** Every policy of the pack as a factory of its enforcement level, in the order the pack lists them. */
import type { Policy } from "@pulumi/policy";
import { viewersReadAnonymisedOnly, writersCannotChangeAnonymisation } from "./access";
import { collectorHashesAreKeyed } from "./collectorHashing";
import {
  pipelinesKeepOnlyClassifiedFields,
  templatesSetFinalPipeline,
  writtenIndicesHaveFinalPipeline,
} from "./anonymisation";
import { collectorsSelectAssistedMigration } from "./collectorScope";
import type { Level } from "./common";
import { connectorReadsReadModelOnly, connectorUsesReadModelRole } from "./connector";
import { dashboardsAggregateOnly, dashboardsUseShownFields } from "./dashboards";
import { everyDataPathAnonymised } from "./dataPaths";
import { elasticsearchBehindNetworkPolicy, noAnonymousAccess, tlsEndToEnd } from "./exposure";
import {
  crossClusterKeysHideIdentifiers,
  licenceCoversFeatures,
  replicationFromAnonymisedLeaders,
} from "./replication";
import { credentialsAreSecrets, noPlaintextCredentials, stackOutputsHoldNoCredentials } from "./secrets";
import { telemetryQueriesAggregate } from "./telemetryAggregation";
import { connectorRunsStackVersion, imagesArePinned, networkPeersAreSpecific } from "./workloads";

export const POLICY_FACTORIES: readonly ((level: Level) => Policy)[] = [
  writtenIndicesHaveFinalPipeline,
  templatesSetFinalPipeline,
  pipelinesKeepOnlyClassifiedFields,
  connectorReadsReadModelOnly,
  connectorUsesReadModelRole,
  replicationFromAnonymisedLeaders,
  crossClusterKeysHideIdentifiers,
  licenceCoversFeatures,
  dashboardsAggregateOnly,
  dashboardsUseShownFields,
  credentialsAreSecrets,
  noPlaintextCredentials,
  tlsEndToEnd,
  noAnonymousAccess,
  elasticsearchBehindNetworkPolicy,
  everyDataPathAnonymised,
  collectorsSelectAssistedMigration,
  telemetryQueriesAggregate,
  viewersReadAnonymisedOnly,
  writersCannotChangeAnonymisation,
  collectorHashesAreKeyed,
  imagesArePinned,
  connectorRunsStackVersion,
  networkPeersAreSpecific,
  stackOutputsHoldNoCredentials,
];

/** The pack's policies at one level; per-policy levels come from the policy config file. */
export function allPolicies(level: Level = "mandatory"): Policy[] {
  return POLICY_FACTORIES.map((f) => f(level));
}

/** Every policy of the pack as a factory of its enforcement level, in the order the pack lists them. */
import type { Policy, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { viewersReadAnonymisedOnly, writersCannotChangeAnonymisation } from "./access";
import { viewersReadAggregatesOnly } from "./aggregatesOnly";
import { collectorHashesAreKeyed } from "./collectorHashing";
import {
  pipelinesKeepOnlyClassifiedFields,
  templatesSetFinalPipeline,
  writtenIndicesHaveFinalPipeline,
} from "./anonymisation";
import { collectorsSelectAssistedMigration } from "./collectorScope";
import { outputsKnown, recordPlannedInputs, type Level } from "./common";
import { connectorReadsReadModelOnly, connectorUsesReadModelRole } from "./connector";
import { credentialsGeneratedAndReplacedSafely } from "./credentialLifecycle";
import { dashboardsAggregateOnly, dashboardsUseShownFields } from "./dashboards";
import { dashboardsNameNoHiddenField } from "./hiddenFields";
import { everyDataPathAnonymised } from "./dataPaths";
import { aggregatesMeetK } from "./kAnonymity";
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
  dashboardsNameNoHiddenField,
  aggregatesMeetK,
  credentialsAreSecrets,
  noPlaintextCredentials,
  tlsEndToEnd,
  noAnonymousAccess,
  elasticsearchBehindNetworkPolicy,
  everyDataPathAnonymised,
  collectorsSelectAssistedMigration,
  telemetryQueriesAggregate,
  viewersReadAnonymisedOnly,
  viewersReadAggregatesOnly,
  writersCannotChangeAnonymisation,
  collectorHashesAreKeyed,
  imagesArePinned,
  connectorRunsStackVersion,
  networkPeersAreSpecific,
  stackOutputsHoldNoCredentials,
  credentialsGeneratedAndReplacedSafely,
];

/** The pack's policies at one level; per-policy levels come from the policy config file. */
export function allPolicies(level: Level = "mandatory"): Policy[] {
  return POLICY_FACTORIES.map((f) => withKnownOutputs(recordingInputs(f(level))));
}

/** Resource policies record each resource's inputs for the stack policies (see `recordPlannedInputs`). */
function recordingInputs(p: Policy): Policy {
  if (!("validateResource" in p)) return p;
  const resource = p as ResourceValidationPolicy;
  const validations = [resource.validateResource].flat().filter((v) => v !== undefined);
  const recording: ResourceValidationPolicy = {
    ...resource,
    validateResource: validations.map((validate) => (args, report) => {
      recordPlannedInputs(args.urn, args.props);
      return validate(args, report);
    }),
  };
  return recording;
}

/** Stack policies see resources whose outputs exist, or the inputs of those with none yet (see `outputsKnown`). */
function withKnownOutputs(p: Policy): Policy {
  if (!("validateStack" in p)) return p;
  const stack = p as StackValidationPolicy;
  const guarded: StackValidationPolicy = {
    ...stack,
    validateStack: (args, report) =>
      stack.validateStack({ ...args, resources: args.resources.map(outputsKnown) }, report),
  };
  return guarded;
}

/**
 * The classifications the pack checks against. Pipelines and index templates name their model in `_meta`
 * (`anonymisation/derive`), so the policy can find the declaration a deployed object must follow.
 */
import { installationCells } from "../../anonymisation/assisted-installer/cells";
import { installationDocument } from "../../anonymisation/assisted-installer/installation";
import { keyEpochMetadata } from "../../anonymisation/metadata/keyEpoch";
import { fieldsWithAction, type DocumentModel } from "../../anonymisation/model";
import { plannerDocument } from "../../anonymisation/planner/document";
import { telemetryDocument } from "../../anonymisation/telemetry/model";

export const KNOWN_MODELS: readonly DocumentModel[] = [
  plannerDocument,
  installationDocument,
  installationCells,
  telemetryDocument,
  // Program metadata (key generations), no customer data: anonymisation/metadata.
  keyEpochMetadata,
];

/**
 * Models whose every document is an aggregate of at least k customers: the declared cells (planner cells, built in
 * PostgreSQL; installation cells, built by transforms gated at k) and the telemetry samples, each a PromQL sum the
 * program gates to at least k clusters (telemetry-queries-aggregate checks the queries). A per-record model (the
 * installation staging documents) is not.
 */
export function isAggregateModel(model: DocumentModel): boolean {
  return model.cells !== undefined || model.name === telemetryDocument.name;
}

export function modelNamed(name: unknown): DocumentModel | undefined {
  return KNOWN_MODELS.find((m) => m.name === name);
}

/** Fields whose stored value is a pseudonym or that are dropped: what a cross-cluster key must not expose. */
export function identifierFields(model: DocumentModel): string[] {
  return fieldsWithAction(model, "pseudonymise", "drop");
}

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

/**
 * Models of program metadata (the key-epoch records): every field of every document comes from the program itself
 * (`program:` sources such as the stack configuration or the time of a deployment), none from a customer's data, so a
 * document cannot describe a customer and a viewer may read it whole. Decided from the declared sources, not a name.
 */
export function isProgramMetadataModel(model: DocumentModel): boolean {
  const fields = Object.values(model.fields);
  return (
    fields.length > 0 &&
    fields.every((f) => f.from.length > 0 && f.from.every((s) => s.startsWith("program:")))
  );
}

export function modelNamed(name: unknown): DocumentModel | undefined {
  return KNOWN_MODELS.find((m) => m.name === name);
}

/** Fields whose stored value is a pseudonym or that are dropped: what a cross-cluster key must not expose. */
export function identifierFields(model: DocumentModel): string[] {
  return fieldsWithAction(model, "pseudonymise", "drop");
}

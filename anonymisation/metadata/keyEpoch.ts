/**
 * The key-epoch record (components/generated-secrets/keyEpoch.ts): program metadata, not customer data. One
 * document per generation of a pseudonymisation key says when it took effect and which indices it pseudonymises,
 * so dashboards can mark where series of pseudonymised subjects do not continue. Declared like every other index's
 * documents, so the same derivation guards it (a final pipeline keeping only these fields, a strict mapping) and a
 * viewer may read it under the same rules; no field comes from a customer's data or from the key itself.
 */
import { defineDocument, keep } from "../model";

const PROGRAM = "program:stack-config";

/** Index of the key-epoch records (one small document per key generation, no customer data). */
export const KEY_EPOCH_INDEX = "am-key-epochs";

export const keyEpochMetadata = defineDocument("metadata-key-epoch", 1, {
  recorded_at: {
    type: "date",
    treatment: keep(
      "high",
      "When the program recorded the generation: the time of a deployment, not of any customer event.",
    ),
    from: ["program:pulumi-up.time"],
    description: "When this key generation took effect.",
  },
  stack: {
    type: "keyword",
    treatment: keep(
      "low",
      "The Pulumi stack name (dev, stage, prod…): one of a handful, chosen by the operators.",
    ),
    from: [PROGRAM],
    description: "Stack that rotated the key.",
  },
  key_name: {
    type: "keyword",
    treatment: keep("low", "The stack-config name of the key (`pseudonymisationKey`), never its value."),
    from: [PROGRAM],
    description: "Which key changed.",
  },
  epoch: {
    type: "keyword",
    treatment: keep(
      "low",
      "The rotation keeper (a date or a counter) the operators set: nothing derived from the key.",
    ),
    from: ["program:rotation.pseudonymisationKey"],
    description: "The key's generation.",
  },
  source: {
    type: "keyword",
    treatment: keep("low", "`generated` or `supplied`: how the key was made."),
    from: [PROGRAM],
    description: "Whether the program generated the key or the stack supplied it.",
  },
  indices: {
    type: "keyword",
    treatment: keep("low", "Index names of this program (`am-installations`…), from the stack config."),
    from: [PROGRAM],
    description: "Indices whose pseudonyms this key makes.",
  },
  message: {
    type: "keyword",
    treatment: keep(
      "high",
      "A sentence the program composes from the fields above: no customer value in it.",
    ),
    from: [PROGRAM],
    description: "What the discontinuity means, shown on the dashboard marker.",
  },
});

export type KeyEpochMetadataModel = typeof keyEpochMetadata;

/**
 * Models of program metadata: documents about the deployment, none about a customer, so neither the k threshold nor
 * the aggregate-only rules for customer data apply to them. A policy that restricts what viewers read lists these.
 */
export const METADATA_MODELS = [keyEpochMetadata] as const;

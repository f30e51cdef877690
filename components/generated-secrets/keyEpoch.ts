/**
 * The key-epoch record: one document per generation of a pseudonymisation key in the Elasticsearch index
 * `am-key-epochs`, written when the generation first takes effect. A new key gives every identifier a new pseudonym
 * (continuity breaks by design), so a dashboard can draw these documents as annotations (a Lens annotation layer on
 * `am-key-epochs`, `recorded_at`) to mark where series of distinct pseudonyms are not comparable across the line.
 *
 * The document holds the key's name, the keeper and the indices it affects: nothing derived from the key.
 * A Pulumi dynamic provider, serialised into the state: no client and no secret at module level.
 */
import * as pulumi from "@pulumi/pulumi";
import { esClient, statusOf, type EsConnection, type EsConnectionArgs } from "../planner-connector/esClient";

import { KEY_EPOCH_INDEX } from "../../anonymisation/metadata/keyEpoch";

/** Index of the key-epoch records; its documents follow `keyEpochMetadata` (anonymisation/metadata/keyEpoch.ts). */
export { KEY_EPOCH_INDEX };

export interface KeyEpochInputs {
  /** How this program reaches Elasticsearch (secret: it carries a credential). */
  readonly connection?: EsConnection;
  readonly index: string;
  readonly stack: string;
  /** The stack-config name of the key (`pseudonymisationKey`). */
  readonly keyName: string;
  /** The rotation keeper of this generation (`0` when unset). */
  readonly epoch: string;
  /** The indices whose pseudonyms this key makes. */
  readonly indices: readonly string[];
  /** `generated` or `supplied` (a key the stack sets itself: its rotation is the keeper the stack bumps with it). */
  readonly source: string;
}

export interface KeyEpochOutputs extends KeyEpochInputs {
  readonly recordedAt: string;
}

/** The record's id: one per stack, key and generation (a re-run finds it instead of writing a second one). */
export function keyEpochId(i: Pick<KeyEpochInputs, "stack" | "keyName" | "epoch">): string {
  return `${i.stack}-${i.keyName}-${i.epoch}`;
}

/** The document written (pure): exactly the fields of `keyEpochMetadata`, which the index's final pipeline keeps. */
export function keyEpochDocument(i: KeyEpochInputs, at: string): Record<string, unknown> {
  return {
    recorded_at: at,
    stack: i.stack,
    key_name: i.keyName,
    epoch: i.epoch,
    source: i.source,
    indices: [...i.indices],
    message: `${i.keyName} generation ${i.epoch} in effect: pseudonyms in ${i.indices.join(", ")} do not continue across this point`,
  };
}

export async function createKeyEpoch(inputs: KeyEpochInputs): Promise<pulumi.dynamic.CreateResult> {
  const client = esClient(inputs.connection);
  const id = keyEpochId(inputs);
  try {
    let recordedAt = new Date().toISOString();
    try {
      await client.create({
        index: inputs.index,
        id,
        document: keyEpochDocument(inputs, recordedAt),
        refresh: "wait_for",
      });
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
      // Recorded by an earlier run whose state was lost: keep the first record's time.
      const doc = await client.get<{ recorded_at?: string }>({ index: inputs.index, id });
      recordedAt = doc._source?.recorded_at ?? recordedAt;
    }
    return { id, outs: { ...inputs, recordedAt } };
  } finally {
    await client.close();
  }
}

export async function diffKeyEpoch(
  _id: string,
  olds: KeyEpochOutputs,
  news: KeyEpochInputs,
): Promise<pulumi.dynamic.DiffResult> {
  const replaces = (["index", "stack", "keyName", "epoch"] as const).filter((k) => olds[k] !== news[k]);
  const changed: string[] = [...replaces];
  if (JSON.stringify(olds.indices) !== JSON.stringify(news.indices)) changed.push("indices");
  if (olds.source !== news.source) changed.push("source");
  if (JSON.stringify(olds.connection ?? null) !== JSON.stringify(news.connection ?? null))
    changed.push("connection");
  return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
}

export const keyEpochProvider: pulumi.dynamic.ResourceProvider = {
  create: (inputs: KeyEpochInputs) => createKeyEpoch(inputs),
  diff: (id: string, olds: KeyEpochOutputs, news: KeyEpochInputs) => diffKeyEpoch(id, olds, news),
  // Only the connection or the listed indices change in place; the record itself is history and stays as written.
  update: async (_id: string, olds: KeyEpochOutputs, news: KeyEpochInputs) => ({
    outs: { ...news, recordedAt: olds.recordedAt },
  }),
  // Deleting the resource (a rotation replaced it, or the stack is destroyed) keeps the record: dashboards still
  // need to mark that past discontinuity.
  delete: async () => undefined,
};

export interface KeyEpochArgs {
  connection?: pulumi.Input<EsConnectionArgs>;
  stack: pulumi.Input<string>;
  keyName: pulumi.Input<string>;
  epoch: pulumi.Input<string>;
  indices: pulumi.Input<pulumi.Input<string>[]>;
  source: pulumi.Input<string>;
  index?: pulumi.Input<string>;
}

/** One generation of a pseudonymisation key, recorded in `am-key-epochs`. */
export class KeyEpoch extends pulumi.dynamic.Resource {
  declare public readonly recordedAt: pulumi.Output<string>;
  declare public readonly epoch: pulumi.Output<string>;

  constructor(name: string, args: KeyEpochArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      keyEpochProvider,
      name,
      {
        connection: args.connection ? pulumi.secret(args.connection) : undefined,
        index: args.index ?? KEY_EPOCH_INDEX,
        stack: args.stack,
        keyName: args.keyName,
        epoch: args.epoch,
        indices: args.indices,
        source: args.source,
        recordedAt: undefined,
      },
      { ...opts, additionalSecretOutputs: ["connection"] },
      "secrets",
      "KeyEpoch",
    );
  }
}

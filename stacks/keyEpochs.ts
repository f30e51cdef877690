/**
 * The key-epoch index's guard: the final pipeline and strict template derived from `keyEpochMetadata`, so the index
 * the installations dashboard marks key changes from (and viewers read) can hold nothing but those metadata fields.
 * Created wherever that dashboard is deployed, before anything writes a record.
 */
import type * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import { KEY_EPOCH_INDEX, keyEpochMetadata } from "../anonymisation/metadata/keyEpoch";
import { AnonymisedIndex } from "../components/anonymised-index";
import { PROJECT } from "../infra/naming";

export function keyEpochIndex(
  provider: elasticstack.Provider,
  dependsOn: pulumi.Resource[],
): AnonymisedIndex {
  return new AnonymisedIndex(
    `${PROJECT}-key-epochs`,
    { model: keyEpochMetadata, index: KEY_EPOCH_INDEX, helperFields: [] },
    { provider, dependsOn },
  );
}

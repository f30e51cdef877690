/**
 * What every collector needs in the target Elasticsearch before it may send a document: its index's anonymisation
 * point (an `AnonymisedIndex`: the pipeline derived from its document model and the template that makes it the
 * index's final pipeline), a least-privilege API key, and the annotations that declare model and index to the policy
 * pack. `collectorIndex` creates the resources; the other functions are pure builders.
 */
import type { estypes } from "@elastic/elasticsearch";
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import type { DocumentModel } from "../../anonymisation/model";
import { ANONYMISATION_MODEL_ANNOTATION, WRITES_INDEX_ANNOTATION } from "../../contracts/annotations";
import { childName, MANAGED_BY } from "../../infra/naming";
import { apiKeyName } from "../../infra/naming/rotation";
import { AnonymisedIndex } from "../anonymised-index";

export interface CollectorIndexArgs {
  model: DocumentModel;
  index: string;
  helperFields: readonly string[];
  /** Lifetime of the collector's API key (e.g. `90d`); none when unset. */
  apiKeyExpiration?: string;
  /**
   * Rotation keeper of the collector's API key (`rotation.<collector>CollectorApiKey`): a new one names a new key,
   * which replaces the old create-before-delete (docs/secrets.md).
   */
  apiKeyRotation?: string;
}

export interface CollectorIndex {
  /** The index's anonymisation point (pipeline and template). */
  guard: AnonymisedIndex;
  apiKey: elasticstack.ElasticsearchSecurityApiKey;
  /** `<id>:<key>`, the form Logstash and Beats take an API key in (secret). */
  apiKeyCredential: pulumi.Output<string>;
  names: AnonymisedIndex["names"] & { apiKey: string };
}

/**
 * The collector's index guarded by an `AnonymisedIndex` named `name`, and the collector's API key `<name>-key`, both
 * under `opts.parent`, whose elasticstack provider they inherit.
 */
export function collectorIndex(
  name: string,
  args: CollectorIndexArgs,
  opts: { parent: pulumi.Resource },
): CollectorIndex {
  const guard = new AnonymisedIndex(
    name,
    { model: args.model, index: args.index, helperFields: args.helperFields },
    opts,
  );
  const names = { ...guard.names, apiKey: collectorApiKeyName(args.index) };
  const apiKey = new elasticstack.ElasticsearchSecurityApiKey(
    childName(name, "key"),
    {
      name: apiKeyName(names.apiKey, args.apiKeyRotation),
      roleDescriptors: JSON.stringify(collectorRoleDescriptors(args.index)),
      metadata: JSON.stringify({
        model: args.model.name,
        revision: args.model.revision,
        managed_by: MANAGED_BY,
      }),
      ...(args.apiKeyExpiration ? { expiration: args.apiKeyExpiration } : {}),
    },
    // A new name is a new key: created first, the keystore Secret moves to it (it depends on this key), and only
    // then is the old one deleted, i.e. invalidated. Never delete-before-replace: the collector would be locked out.
    { ...opts, replaceOnChanges: ["name"], deleteBeforeReplace: false },
  );
  const apiKeyCredential = pulumi.secret(pulumi.interpolate`${apiKey.keyId}:${apiKey.apiKey}`);
  return { guard, apiKey, apiKeyCredential, names };
}

/**
 * The annotations of the collector's ECK resource that declare the model its filter applies and the index it writes
 * (`contracts/annotations.ts`; the policy pack's every-data-path-anonymised rule reads them).
 */
export function collectorAnnotations(model: DocumentModel, index: string): Record<string, string> {
  return { [ANONYMISATION_MODEL_ANNOTATION]: model.name, [WRITES_INDEX_ANNOTATION]: index };
}

/** Name of a collector's API key in Elasticsearch (before the rotation suffix of `infra/naming/rotation`). */
export function collectorApiKeyName(index: string): string {
  return `${index}-collector`;
}

/**
 * Role of the collector's API key: write and look up its own index, nothing else. No `create_index`: settings of
 * an explicit create-index request override the template's, so the key could create its index with
 * `index.final_pipeline: _none`; `auto_configure` lets a write create the index, which applies the template.
 */
export function collectorRoleDescriptors(index: string): Record<string, estypes.SecurityRoleDescriptor> {
  return {
    "am-collector-writer": {
      cluster: ["monitor"],
      indices: [
        writerIndexGrant(
          [`${index}*`],
          ["auto_configure", "index", "create_doc", "read", "view_index_metadata"],
        ),
      ],
    },
  };
}

/**
 * Index privileges a writer of an anonymised index may hold: none of them changes index settings or templates
 * (`manage`, `all`, `create_index` are not representable; policy writers-cannot-change-anonymisation checks the rest).
 */
export type WriterIndexPrivilege =
  | "auto_configure"
  | "index"
  | "create_doc"
  | "create"
  | "read"
  | "view_index_metadata";

/** One index grant of a writer's role descriptor. */
export function writerIndexGrant(
  names: string[],
  privileges: readonly WriterIndexPrivilege[],
): estypes.SecurityIndicesPrivileges {
  return { names, privileges: [...privileges] };
}

/**
 * What every collector writes into the target Elasticsearch before it may send a document: its index's anonymisation
 * point (an `AnonymisedIndex`: the pipeline derived from its document model and the template that makes it the
 * index's final pipeline) and a least-privilege API key for the collector.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import type { DocumentModel } from "../../anonymisation/model";
import { childName, MANAGED_BY } from "../../infra/naming";
import { apiKeyName } from "../../infra/naming/rotation";
import { AnonymisedIndex } from "../anonymised-index";
import { collectorApiKeyName, collectorRoleDescriptors } from "./build";

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

/** The collector's index guarded by an `AnonymisedIndex` named `name`, and the collector's API key `<name>-key`. */
export function collectorIndex(
  name: string,
  args: CollectorIndexArgs,
  opts: { parent: pulumi.Resource; provider: elasticstack.Provider },
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

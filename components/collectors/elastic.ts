/**
 * What every collector writes into the target Elasticsearch before it may send a document: the anonymisation
 * pipeline derived from its document model, the index template that makes it the index's final pipeline, and a
 * least-privilege API key for the collector. Shared so both collectors use the one derivation.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import type { DocumentModel } from "../../anonymisation/model";
import { childName, MANAGED_BY } from "../../infra/naming";
import { apiKeyName } from "../../infra/naming/rotation";
import { anonymisedIndexResources } from "../anonymised-index";
import { collectorElastic, collectorRoleDescriptors } from "./build";

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
  pipeline: elasticstack.ElasticsearchIngestPipeline;
  template: elasticstack.ElasticsearchIndexTemplate;
  apiKey: elasticstack.ElasticsearchSecurityApiKey;
  /** `<id>:<key>`, the form Logstash and Beats take an API key in (secret). */
  apiKeyCredential: pulumi.Output<string>;
  names: ReturnType<typeof collectorElastic>["names"];
}

/**
 * The anonymisation point of an index: the pipeline derived from the model and the template that makes it the
 * index's final pipeline. Also used without a collector, to guard an index before anything writes to it.
 */
export function anonymisedIndex(
  name: string,
  args: Omit<CollectorIndexArgs, "apiKeyExpiration" | "apiKeyRotation">,
  opts: { parent?: pulumi.Resource; provider: elasticstack.Provider; dependsOn?: pulumi.Resource[] },
): Omit<CollectorIndex, "apiKey" | "apiKeyCredential"> {
  const {
    names,
    pipeline: pipelineBody,
    template: templateBody,
  } = collectorElastic(args.model, args.index, args.helperFields);
  const { pipeline, template } = anonymisedIndexResources(
    name,
    { pipelineName: names.pipeline, pipeline: pipelineBody, template: templateBody },
    opts,
  );
  return { pipeline, template, names };
}

export function collectorIndex(
  name: string,
  args: CollectorIndexArgs,
  opts: { parent: pulumi.Resource; provider: elasticstack.Provider },
): CollectorIndex {
  const { pipeline, template, names } = anonymisedIndex(name, args, opts);
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
  return { pipeline, template, apiKey, apiKeyCredential, names };
}

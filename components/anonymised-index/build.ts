/**
 * Pure builders of an index's anonymisation point: the names of its Elasticsearch objects, the request bodies derived
 * from the document model (`anonymisation/derive`), and their translation into elasticstack provider inputs.
 */
import type * as elasticstack from "@pulumi/elasticstack";
import type { estypes } from "@elastic/elasticsearch";
import { anonymisationPipeline, indexTemplate } from "../../anonymisation/derive";
import type { DocumentModel } from "../../anonymisation/model";

/** What decides the pipeline and the template of an index (the `AnonymisedIndexArgs` without resource concerns). */
export interface AnonymisedIndexSpec {
  /** The classification the index follows: a write keeps only the model's stored fields. */
  model: DocumentModel;
  /** The index written to; the pipeline (`<index>-anonymise`) and by default the template are named after it. */
  index: string;
  /** Fields the writer adds for its own bookkeeping (Logstash's `@version`, the connector's `_id`...), removed too. */
  helperFields: readonly string[];
  /** Source name of a model field in what the writer sends (the connector's column names); none by default. */
  rename?: (field: string) => string;
  /** Name of the index template; `<index>-template` by default. */
  templateName?: string;
  /** Index patterns the template applies to; `<index>*` by default. */
  indexPatterns?: string[];
}

export type PipelineBody = estypes.IngestPipeline & { _meta?: Record<string, unknown> };
export type TemplateBody = estypes.IndicesPutIndexTemplateRequest;

/** Names of the Elasticsearch objects of one anonymised index. */
export function anonymisedIndexNames(spec: Pick<AnonymisedIndexSpec, "index" | "templateName">) {
  return {
    index: spec.index,
    pipeline: `${spec.index}-anonymise`,
    template: spec.templateName ?? `${spec.index}-template`,
  };
}

/** The final pipeline (keeps only the model's stored fields) and the template that installs it on the index. */
export function anonymisedIndexBodies(spec: AnonymisedIndexSpec): {
  names: ReturnType<typeof anonymisedIndexNames>;
  pipeline: PipelineBody;
  template: TemplateBody;
} {
  const names = anonymisedIndexNames(spec);
  const pipeline = anonymisationPipeline(spec.model, {
    helperFields: spec.helperFields,
    ...(spec.rename ? { rename: spec.rename } : {}),
  });
  const template = indexTemplate(spec.model, {
    name: names.template,
    indexPatterns: spec.indexPatterns ?? [`${spec.index}*`],
    finalPipelineName: names.pipeline,
  });
  return { names, pipeline, template };
}

/** Provider inputs of the pipeline (the bridged SDK takes processors and metadata as JSON strings). */
export function pipelineResourceArgs(
  pipelineName: string,
  body: PipelineBody,
): elasticstack.ElasticsearchIngestPipelineArgs {
  return {
    name: pipelineName,
    description: body.description,
    processors: (body.processors ?? []).map((p) => JSON.stringify(p)),
    metadata: JSON.stringify(body._meta),
  };
}

/** Provider inputs of the index template. */
export function templateResourceArgs(body: TemplateBody): elasticstack.ElasticsearchIndexTemplateArgs {
  return {
    name: body.name,
    indexPatterns: ([] as string[]).concat(body.index_patterns ?? []),
    priority: body.priority,
    version: body.version,
    metadata: JSON.stringify(body._meta),
    template: {
      settings: JSON.stringify(body.template?.settings),
      mappings: JSON.stringify(body.template?.mappings),
    },
  };
}

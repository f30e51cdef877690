/**
 * The anonymisation point of an index as elasticstack resources: the ingest pipeline derived from a document model
 * and the index template that makes it the index's `index.final_pipeline`. The connector and the collectors all
 * build theirs here, so the translation from request bodies to provider inputs exists once.
 */
import * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import type { estypes } from "@elastic/elasticsearch";
import { childName } from "../../infra/naming";

type PipelineBody = estypes.IngestPipeline & { _meta?: Record<string, unknown> };
type TemplateBody = estypes.IndicesPutIndexTemplateRequest;

export interface AnonymisedIndexResources {
  pipeline: elasticstack.ElasticsearchIngestPipeline;
  template: elasticstack.ElasticsearchIndexTemplate;
}

/** Registers the pipeline, then the template that names it (so no index is ever created without it). */
export function anonymisedIndexResources(
  name: string,
  bodies: { pipelineName: string; pipeline: PipelineBody; template: TemplateBody },
  opts: pulumi.CustomResourceOptions,
): AnonymisedIndexResources {
  const pipeline = new elasticstack.ElasticsearchIngestPipeline(
    childName(name, "pipeline"),
    {
      name: bodies.pipelineName,
      description: bodies.pipeline.description,
      processors: (bodies.pipeline.processors ?? []).map((p) => JSON.stringify(p)),
      metadata: JSON.stringify(bodies.pipeline._meta),
    },
    opts,
  );
  const t = bodies.template;
  const template = new elasticstack.ElasticsearchIndexTemplate(
    childName(name, "template"),
    {
      name: t.name,
      indexPatterns: ([] as string[]).concat(t.index_patterns ?? []),
      priority: t.priority,
      version: t.version,
      metadata: JSON.stringify(t._meta),
      template: {
        settings: JSON.stringify(t.template?.settings),
        mappings: JSON.stringify(t.template?.mappings),
      },
    },
    { ...opts, dependsOn: [...((opts.dependsOn as pulumi.Resource[] | undefined) ?? []), pipeline] },
  );
  return { pipeline, template };
}

/** Elasticsearch artefacts derived from a `DocumentModel`: mappings, anonymisation pipeline, index template. */
export { indexMappings, indexedFieldNames, TIMESTAMP_FIELD } from "./mappings";
export { anonymisationPipeline, pipelineKeepsOnly, PIPELINE_TAGS } from "./pipeline";
export type { AnonymisationPipelineOptions, PipelineMeta } from "./pipeline";
export { indexTemplate } from "./template";
export type { IndexTemplateOptions } from "./template";

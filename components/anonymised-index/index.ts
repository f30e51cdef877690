/**
 * The anonymisation point of an index: the ingest pipeline derived from a document model and the index template that
 * makes it the index's `index.final_pipeline`, as one ComponentResource. The planner connector, both collectors and
 * the indices milestone 1 and 2 guard without a writer (installation cells, key epochs) all build theirs here, so the
 * derivation and its translation into provider inputs exist once.
 *
 * The elasticstack provider comes through the resource options (`provider`), like any component's.
 */
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import {
  anonymisedIndexBodies,
  pipelineResourceArgs,
  templateResourceArgs,
  type AnonymisedIndexSpec,
} from "./build";

export {
  anonymisedIndexBodies,
  anonymisedIndexNames,
  pipelineResourceArgs,
  templateResourceArgs,
  type AnonymisedIndexSpec,
} from "./build";
import { movedInto } from "./moved";

/**
 * Arguments of an `AnonymisedIndex`: the document model the index follows, the index, the writer's helper fields,
 * and (for the connector) how the writer names fields and which template name and patterns are already deployed.
 */
export type AnonymisedIndexArgs = AnonymisedIndexSpec;

export class AnonymisedIndex extends pulumi.ComponentResource {
  /** The index, the pipeline's and the template's names in Elasticsearch. */
  public readonly names: { index: string; pipeline: string; template: string };
  public readonly pipeline: elasticstack.ElasticsearchIngestPipeline;
  /** Depends on the pipeline: no index is ever created by the template without its final pipeline existing. */
  public readonly template: elasticstack.ElasticsearchIndexTemplate;

  /**
   * Children are named `<name>-pipeline` and `<name>-template`. `opts.dependsOn` holds for both children (what must
   * exist before the index may be guarded, e.g. a ready cluster).
   */
  constructor(name: string, args: AnonymisedIndexArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("anonymisation", "AnonymisedIndex"), name, {}, opts);
    const { names, pipeline: pipelineBody, template: templateBody } = anonymisedIndexBodies(args);
    const after = dependencies(opts?.dependsOn);
    // State identity: before this component existed, the pipeline and the template were children of whatever is
    // now this component's parent (or of the stack); the alias keeps their URNs (moved.ts).
    const moved = movedInto(this, opts);
    this.pipeline = new elasticstack.ElasticsearchIngestPipeline(
      childName(name, "pipeline"),
      pipelineResourceArgs(names.pipeline, pipelineBody),
      { ...moved, dependsOn: after },
    );
    this.template = new elasticstack.ElasticsearchIndexTemplate(
      childName(name, "template"),
      templateResourceArgs(templateBody),
      { ...moved, dependsOn: [...after, this.pipeline] },
    );
    this.names = names;
    this.registerOutputs({ pipeline: names.pipeline, template: names.template });
  }
}

/** The component's `dependsOn` as a list the children can extend (callers pass resources, not outputs of them). */
function dependencies(
  dependsOn: pulumi.ComponentResourceOptions["dependsOn"],
): pulumi.Input<pulumi.Resource>[] {
  if (dependsOn === undefined) return [];
  if (Array.isArray(dependsOn)) return dependsOn as pulumi.Input<pulumi.Resource>[];
  if (pulumi.Resource.isInstance(dependsOn)) return [dependsOn];
  throw new Error("AnonymisedIndex: dependsOn must be a resource or a list of resources");
}

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIngestPipeline extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIngestPipeline resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIngestPipelineState, opts?: pulumi.CustomResourceOptions): ElasticsearchIngestPipeline;
    /**
     * Returns true if the given object is an instance of ElasticsearchIngestPipeline.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIngestPipeline;
    /**
     * Description of the ingest pipeline.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIngestPipelineElasticsearchConnection[] | undefined>;
    /**
     * Optional user metadata about the ingest pipeline.
     */
    readonly metadata: pulumi.Output<string | undefined>;
    /**
     * The name of the ingest pipeline.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Processors to run immediately after a processor failure. Each processor supports a processor-level <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value. If a processor without an <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value fails, Elasticsearch uses this pipeline-level parameter as a fallback. The processors in this parameter run sequentially in the order specified. Elasticsearch will not attempt to run the pipeline’s remaining processors. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document
     */
    readonly onFailures: pulumi.Output<string[] | undefined>;
    /**
     * Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document.
     */
    readonly processors: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIngestPipelineTimeouts | undefined>;
    /**
     * Create a ElasticsearchIngestPipeline resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchIngestPipelineArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIngestPipeline resources.
 */
export interface ElasticsearchIngestPipelineState {
    /**
     * Description of the ingest pipeline.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIngestPipelineElasticsearchConnection>[] | undefined>;
    /**
     * Optional user metadata about the ingest pipeline.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name of the ingest pipeline.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Processors to run immediately after a processor failure. Each processor supports a processor-level <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value. If a processor without an <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value fails, Elasticsearch uses this pipeline-level parameter as a fallback. The processors in this parameter run sequentially in the order specified. Elasticsearch will not attempt to run the pipeline’s remaining processors. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document
     */
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document.
     */
    processors?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIngestPipelineTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIngestPipeline resource.
 */
export interface ElasticsearchIngestPipelineArgs {
    /**
     * Description of the ingest pipeline.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIngestPipelineElasticsearchConnection>[] | undefined>;
    /**
     * Optional user metadata about the ingest pipeline.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name of the ingest pipeline.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Processors to run immediately after a processor failure. Each processor supports a processor-level <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value. If a processor without an <span pulumi-lang-nodejs="`onFailure`" pulumi-lang-dotnet="`OnFailure`" pulumi-lang-go="`onFailure`" pulumi-lang-python="`on_failure`" pulumi-lang-yaml="`onFailure`" pulumi-lang-java="`onFailure`">`on_failure`</span> value fails, Elasticsearch uses this pipeline-level parameter as a fallback. The processors in this parameter run sequentially in the order specified. Elasticsearch will not attempt to run the pipeline’s remaining processors. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document
     */
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Processors used to perform transformations on documents before indexing. Processors run sequentially in the order specified. See: https://www.elastic.co/guide/en/elasticsearch/reference/current/processors.html. Each record must be a valid JSON document.
     */
    processors: pulumi.Input<pulumi.Input<string>[]>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIngestPipelineTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchIngestPipeline.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchInferenceEndpoint extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchInferenceEndpoint resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchInferenceEndpointState, opts?: pulumi.CustomResourceOptions): ElasticsearchInferenceEndpoint;
    /**
     * Returns true if the given object is an instance of ElasticsearchInferenceEndpoint.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchInferenceEndpoint;
    /**
     * Configuration for chunking input text, as a JSON object. Applicable only for embedding task types.
     */
    readonly chunkingSettings: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchInferenceEndpointElasticsearchConnection[] | undefined>;
    /**
     * The unique identifier of the inference endpoint.
     */
    readonly inferenceId: pulumi.Output<string>;
    /**
     * The service type for the inference endpoint (e.g. <span pulumi-lang-nodejs="`openai`" pulumi-lang-dotnet="`Openai`" pulumi-lang-go="`openai`" pulumi-lang-python="`openai`" pulumi-lang-yaml="`openai`" pulumi-lang-java="`openai`">`openai`</span>, <span pulumi-lang-nodejs="`cohere`" pulumi-lang-dotnet="`Cohere`" pulumi-lang-go="`cohere`" pulumi-lang-python="`cohere`" pulumi-lang-yaml="`cohere`" pulumi-lang-java="`cohere`">`cohere`</span>, <span pulumi-lang-nodejs="`elasticsearch`" pulumi-lang-dotnet="`Elasticsearch`" pulumi-lang-go="`elasticsearch`" pulumi-lang-python="`elasticsearch`" pulumi-lang-yaml="`elasticsearch`" pulumi-lang-java="`elasticsearch`">`elasticsearch`</span>).
     */
    readonly service: pulumi.Output<string>;
    /**
     * Settings specific to the service provider, as a JSON object. May include credentials and model identifiers.
     */
    readonly serviceSettings: pulumi.Output<string>;
    /**
     * Task-specific settings, as a JSON object. Optional and service-dependent. Only keys explicitly set here are tracked; server-applied defaults returned by the API are ignored to avoid perpetual drift.
     */
    readonly taskSettings: pulumi.Output<string | undefined>;
    /**
     * must be one of [<span pulumi-lang-nodejs="`sparseEmbedding`" pulumi-lang-dotnet="`SparseEmbedding`" pulumi-lang-go="`sparseEmbedding`" pulumi-lang-python="`sparse_embedding`" pulumi-lang-yaml="`sparseEmbedding`" pulumi-lang-java="`sparseEmbedding`">`sparse_embedding`</span>, <span pulumi-lang-nodejs="`textEmbedding`" pulumi-lang-dotnet="`TextEmbedding`" pulumi-lang-go="`textEmbedding`" pulumi-lang-python="`text_embedding`" pulumi-lang-yaml="`textEmbedding`" pulumi-lang-java="`textEmbedding`">`text_embedding`</span>, <span pulumi-lang-nodejs="`rerank`" pulumi-lang-dotnet="`Rerank`" pulumi-lang-go="`rerank`" pulumi-lang-python="`rerank`" pulumi-lang-yaml="`rerank`" pulumi-lang-java="`rerank`">`rerank`</span>, <span pulumi-lang-nodejs="`completion`" pulumi-lang-dotnet="`Completion`" pulumi-lang-go="`completion`" pulumi-lang-python="`completion`" pulumi-lang-yaml="`completion`" pulumi-lang-java="`completion`">`completion`</span>, <span pulumi-lang-nodejs="`chatCompletion`" pulumi-lang-dotnet="`ChatCompletion`" pulumi-lang-go="`chatCompletion`" pulumi-lang-python="`chat_completion`" pulumi-lang-yaml="`chatCompletion`" pulumi-lang-java="`chatCompletion`">`chat_completion`</span>, <span pulumi-lang-nodejs="`embedding`" pulumi-lang-dotnet="`Embedding`" pulumi-lang-go="`embedding`" pulumi-lang-python="`embedding`" pulumi-lang-yaml="`embedding`" pulumi-lang-java="`embedding`">`embedding`</span>]
     */
    readonly taskType: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchInferenceEndpointTimeouts | undefined>;
    /**
     * Create a ElasticsearchInferenceEndpoint resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchInferenceEndpointArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchInferenceEndpoint resources.
 */
export interface ElasticsearchInferenceEndpointState {
    /**
     * Configuration for chunking input text, as a JSON object. Applicable only for embedding task types.
     */
    chunkingSettings?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInferenceEndpointElasticsearchConnection>[] | undefined>;
    /**
     * The unique identifier of the inference endpoint.
     */
    inferenceId?: pulumi.Input<string | undefined>;
    /**
     * The service type for the inference endpoint (e.g. <span pulumi-lang-nodejs="`openai`" pulumi-lang-dotnet="`Openai`" pulumi-lang-go="`openai`" pulumi-lang-python="`openai`" pulumi-lang-yaml="`openai`" pulumi-lang-java="`openai`">`openai`</span>, <span pulumi-lang-nodejs="`cohere`" pulumi-lang-dotnet="`Cohere`" pulumi-lang-go="`cohere`" pulumi-lang-python="`cohere`" pulumi-lang-yaml="`cohere`" pulumi-lang-java="`cohere`">`cohere`</span>, <span pulumi-lang-nodejs="`elasticsearch`" pulumi-lang-dotnet="`Elasticsearch`" pulumi-lang-go="`elasticsearch`" pulumi-lang-python="`elasticsearch`" pulumi-lang-yaml="`elasticsearch`" pulumi-lang-java="`elasticsearch`">`elasticsearch`</span>).
     */
    service?: pulumi.Input<string | undefined>;
    /**
     * Settings specific to the service provider, as a JSON object. May include credentials and model identifiers.
     */
    serviceSettings?: pulumi.Input<string | undefined>;
    /**
     * Task-specific settings, as a JSON object. Optional and service-dependent. Only keys explicitly set here are tracked; server-applied defaults returned by the API are ignored to avoid perpetual drift.
     */
    taskSettings?: pulumi.Input<string | undefined>;
    /**
     * must be one of [<span pulumi-lang-nodejs="`sparseEmbedding`" pulumi-lang-dotnet="`SparseEmbedding`" pulumi-lang-go="`sparseEmbedding`" pulumi-lang-python="`sparse_embedding`" pulumi-lang-yaml="`sparseEmbedding`" pulumi-lang-java="`sparseEmbedding`">`sparse_embedding`</span>, <span pulumi-lang-nodejs="`textEmbedding`" pulumi-lang-dotnet="`TextEmbedding`" pulumi-lang-go="`textEmbedding`" pulumi-lang-python="`text_embedding`" pulumi-lang-yaml="`textEmbedding`" pulumi-lang-java="`textEmbedding`">`text_embedding`</span>, <span pulumi-lang-nodejs="`rerank`" pulumi-lang-dotnet="`Rerank`" pulumi-lang-go="`rerank`" pulumi-lang-python="`rerank`" pulumi-lang-yaml="`rerank`" pulumi-lang-java="`rerank`">`rerank`</span>, <span pulumi-lang-nodejs="`completion`" pulumi-lang-dotnet="`Completion`" pulumi-lang-go="`completion`" pulumi-lang-python="`completion`" pulumi-lang-yaml="`completion`" pulumi-lang-java="`completion`">`completion`</span>, <span pulumi-lang-nodejs="`chatCompletion`" pulumi-lang-dotnet="`ChatCompletion`" pulumi-lang-go="`chatCompletion`" pulumi-lang-python="`chat_completion`" pulumi-lang-yaml="`chatCompletion`" pulumi-lang-java="`chatCompletion`">`chat_completion`</span>, <span pulumi-lang-nodejs="`embedding`" pulumi-lang-dotnet="`Embedding`" pulumi-lang-go="`embedding`" pulumi-lang-python="`embedding`" pulumi-lang-yaml="`embedding`" pulumi-lang-java="`embedding`">`embedding`</span>]
     */
    taskType?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchInferenceEndpointTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchInferenceEndpoint resource.
 */
export interface ElasticsearchInferenceEndpointArgs {
    /**
     * Configuration for chunking input text, as a JSON object. Applicable only for embedding task types.
     */
    chunkingSettings?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInferenceEndpointElasticsearchConnection>[] | undefined>;
    /**
     * The unique identifier of the inference endpoint.
     */
    inferenceId: pulumi.Input<string>;
    /**
     * The service type for the inference endpoint (e.g. <span pulumi-lang-nodejs="`openai`" pulumi-lang-dotnet="`Openai`" pulumi-lang-go="`openai`" pulumi-lang-python="`openai`" pulumi-lang-yaml="`openai`" pulumi-lang-java="`openai`">`openai`</span>, <span pulumi-lang-nodejs="`cohere`" pulumi-lang-dotnet="`Cohere`" pulumi-lang-go="`cohere`" pulumi-lang-python="`cohere`" pulumi-lang-yaml="`cohere`" pulumi-lang-java="`cohere`">`cohere`</span>, <span pulumi-lang-nodejs="`elasticsearch`" pulumi-lang-dotnet="`Elasticsearch`" pulumi-lang-go="`elasticsearch`" pulumi-lang-python="`elasticsearch`" pulumi-lang-yaml="`elasticsearch`" pulumi-lang-java="`elasticsearch`">`elasticsearch`</span>).
     */
    service: pulumi.Input<string>;
    /**
     * Settings specific to the service provider, as a JSON object. May include credentials and model identifiers.
     */
    serviceSettings: pulumi.Input<string>;
    /**
     * Task-specific settings, as a JSON object. Optional and service-dependent. Only keys explicitly set here are tracked; server-applied defaults returned by the API are ignored to avoid perpetual drift.
     */
    taskSettings?: pulumi.Input<string | undefined>;
    /**
     * must be one of [<span pulumi-lang-nodejs="`sparseEmbedding`" pulumi-lang-dotnet="`SparseEmbedding`" pulumi-lang-go="`sparseEmbedding`" pulumi-lang-python="`sparse_embedding`" pulumi-lang-yaml="`sparseEmbedding`" pulumi-lang-java="`sparseEmbedding`">`sparse_embedding`</span>, <span pulumi-lang-nodejs="`textEmbedding`" pulumi-lang-dotnet="`TextEmbedding`" pulumi-lang-go="`textEmbedding`" pulumi-lang-python="`text_embedding`" pulumi-lang-yaml="`textEmbedding`" pulumi-lang-java="`textEmbedding`">`text_embedding`</span>, <span pulumi-lang-nodejs="`rerank`" pulumi-lang-dotnet="`Rerank`" pulumi-lang-go="`rerank`" pulumi-lang-python="`rerank`" pulumi-lang-yaml="`rerank`" pulumi-lang-java="`rerank`">`rerank`</span>, <span pulumi-lang-nodejs="`completion`" pulumi-lang-dotnet="`Completion`" pulumi-lang-go="`completion`" pulumi-lang-python="`completion`" pulumi-lang-yaml="`completion`" pulumi-lang-java="`completion`">`completion`</span>, <span pulumi-lang-nodejs="`chatCompletion`" pulumi-lang-dotnet="`ChatCompletion`" pulumi-lang-go="`chatCompletion`" pulumi-lang-python="`chat_completion`" pulumi-lang-yaml="`chatCompletion`" pulumi-lang-java="`chatCompletion`">`chat_completion`</span>, <span pulumi-lang-nodejs="`embedding`" pulumi-lang-dotnet="`Embedding`" pulumi-lang-go="`embedding`" pulumi-lang-python="`embedding`" pulumi-lang-yaml="`embedding`" pulumi-lang-java="`embedding`">`embedding`</span>]
     */
    taskType?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchInferenceEndpointTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchInferenceEndpoint.d.ts.map
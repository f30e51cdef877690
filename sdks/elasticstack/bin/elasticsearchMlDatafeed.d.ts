import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlDatafeed extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlDatafeed resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlDatafeedState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlDatafeed;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlDatafeed.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlDatafeed;
    /**
     * If set, the datafeed performs aggregation searches. Support for aggregations is limited and should be used only with low cardinality data. This should be a JSON object representing the aggregations to be performed.
     */
    readonly aggregations: pulumi.Output<string | undefined>;
    /**
     * Datafeeds might search over long time periods, for several months or years. This search is split into time chunks in order to ensure the load on Elasticsearch is managed. Chunking configuration controls how the size of these time chunks are calculated; it is an advanced configuration option.
     */
    readonly chunkingConfig: pulumi.Output<outputs.ElasticsearchMlDatafeedChunkingConfig>;
    /**
     * A numerical character string that uniquely identifies the datafeed. This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    readonly datafeedId: pulumi.Output<string>;
    /**
     * Specifies whether the datafeed checks for missing data and the size of the window. The datafeed can optionally search over indices that have already been read in an effort to determine whether any data has subsequently been added to the index. If missing data is found, it is a good indication that the <span pulumi-lang-nodejs="`queryDelay`" pulumi-lang-dotnet="`QueryDelay`" pulumi-lang-go="`queryDelay`" pulumi-lang-python="`query_delay`" pulumi-lang-yaml="`queryDelay`" pulumi-lang-java="`queryDelay`">`query_delay`</span> is set too low and the data is being indexed after the datafeed has passed that moment in time. This check runs only on real-time datafeeds.
     */
    readonly delayedDataCheckConfig: pulumi.Output<outputs.ElasticsearchMlDatafeedDelayedDataCheckConfig>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlDatafeedElasticsearchConnection[] | undefined>;
    /**
     * The interval at which scheduled queries are made while the datafeed runs in real time. The default value is either the bucket span for short bucket spans, or, for longer bucket spans, a sensible fraction of the bucket span. When <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> is shorter than the bucket span, interim results for the last (partial) bucket are written then eventually overwritten by the full bucket results. If the datafeed uses aggregations, this value must be divisible by the interval of the date histogram aggregation.
     */
    readonly frequency: pulumi.Output<string>;
    /**
     * An array of index names. Wildcards are supported. If any of the indices are in remote clusters, the machine learning nodes must have the <span pulumi-lang-nodejs="`remoteClusterClient`" pulumi-lang-dotnet="`RemoteClusterClient`" pulumi-lang-go="`remoteClusterClient`" pulumi-lang-python="`remote_cluster_client`" pulumi-lang-yaml="`remoteClusterClient`" pulumi-lang-java="`remoteClusterClient`">`remote_cluster_client`</span> role.
     */
    readonly indices: pulumi.Output<string[]>;
    /**
     * Specifies index expansion options that are used during search.
     */
    readonly indicesOptions: pulumi.Output<outputs.ElasticsearchMlDatafeedIndicesOptions>;
    /**
     * Identifier for the anomaly detection job. The job must exist before creating the datafeed.
     */
    readonly jobId: pulumi.Output<string>;
    /**
     * If a real-time datafeed has never seen any data (including during any initial training period), it automatically stops and closes the associated job after this many real-time searches return no documents. In other words, it stops after <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> times <span pulumi-lang-nodejs="`maxEmptySearches`" pulumi-lang-dotnet="`MaxEmptySearches`" pulumi-lang-go="`maxEmptySearches`" pulumi-lang-python="`max_empty_searches`" pulumi-lang-yaml="`maxEmptySearches`" pulumi-lang-java="`maxEmptySearches`">`max_empty_searches`</span> of real-time operation. If not set, a datafeed with no end time that sees no data remains started until it is explicitly stopped.
     */
    readonly maxEmptySearches: pulumi.Output<number | undefined>;
    /**
     * The Elasticsearch query domain-specific language (DSL). This value corresponds to the query object in an Elasticsearch search POST body. All the options that are supported by Elasticsearch can be used, as this object is passed verbatim to Elasticsearch. By default uses `{<span pulumi-lang-nodejs=""matchAll"" pulumi-lang-dotnet=""MatchAll"" pulumi-lang-go=""matchAll"" pulumi-lang-python=""match_all"" pulumi-lang-yaml=""matchAll"" pulumi-lang-java=""matchAll"">"match_all"</span>: {"boost": 1}}`.
     */
    readonly query: pulumi.Output<string>;
    /**
     * The number of seconds behind real time that data is queried. For example, if data from 10:04 a.m. might not be searchable in Elasticsearch until 10:06 a.m., set this property to 120 seconds. The default value is randomly selected between <span pulumi-lang-nodejs="`60s`" pulumi-lang-dotnet="`60s`" pulumi-lang-go="`60s`" pulumi-lang-python="`60s`" pulumi-lang-yaml="`60s`" pulumi-lang-java="`60s`">`60s`</span> and <span pulumi-lang-nodejs="`120s`" pulumi-lang-dotnet="`120s`" pulumi-lang-go="`120s`" pulumi-lang-python="`120s`" pulumi-lang-yaml="`120s`" pulumi-lang-java="`120s`">`120s`</span>. This randomness improves the query performance when there are multiple jobs running on the same node.
     */
    readonly queryDelay: pulumi.Output<string>;
    /**
     * Specifies runtime fields for the datafeed search. This should be a JSON object representing the runtime field mappings.
     */
    readonly runtimeMappings: pulumi.Output<string | undefined>;
    /**
     * Specifies scripts that evaluate custom expressions and returns script fields to the datafeed. The detector configuration objects in a job can contain functions that use these script fields. This should be a JSON object representing the script fields.
     */
    readonly scriptFields: pulumi.Output<string | undefined>;
    /**
     * The size parameter that is used in Elasticsearch searches when the datafeed does not use aggregations. The maximum value is the value of `index.max_result_window`, which is 10,000 by default.
     */
    readonly scrollSize: pulumi.Output<number>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlDatafeedTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlDatafeed resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlDatafeedArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlDatafeed resources.
 */
export interface ElasticsearchMlDatafeedState {
    /**
     * If set, the datafeed performs aggregation searches. Support for aggregations is limited and should be used only with low cardinality data. This should be a JSON object representing the aggregations to be performed.
     */
    aggregations?: pulumi.Input<string | undefined>;
    /**
     * Datafeeds might search over long time periods, for several months or years. This search is split into time chunks in order to ensure the load on Elasticsearch is managed. Chunking configuration controls how the size of these time chunks are calculated; it is an advanced configuration option.
     */
    chunkingConfig?: pulumi.Input<inputs.ElasticsearchMlDatafeedChunkingConfig | undefined>;
    /**
     * A numerical character string that uniquely identifies the datafeed. This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    datafeedId?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the datafeed checks for missing data and the size of the window. The datafeed can optionally search over indices that have already been read in an effort to determine whether any data has subsequently been added to the index. If missing data is found, it is a good indication that the <span pulumi-lang-nodejs="`queryDelay`" pulumi-lang-dotnet="`QueryDelay`" pulumi-lang-go="`queryDelay`" pulumi-lang-python="`query_delay`" pulumi-lang-yaml="`queryDelay`" pulumi-lang-java="`queryDelay`">`query_delay`</span> is set too low and the data is being indexed after the datafeed has passed that moment in time. This check runs only on real-time datafeeds.
     */
    delayedDataCheckConfig?: pulumi.Input<inputs.ElasticsearchMlDatafeedDelayedDataCheckConfig | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlDatafeedElasticsearchConnection>[] | undefined>;
    /**
     * The interval at which scheduled queries are made while the datafeed runs in real time. The default value is either the bucket span for short bucket spans, or, for longer bucket spans, a sensible fraction of the bucket span. When <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> is shorter than the bucket span, interim results for the last (partial) bucket are written then eventually overwritten by the full bucket results. If the datafeed uses aggregations, this value must be divisible by the interval of the date histogram aggregation.
     */
    frequency?: pulumi.Input<string | undefined>;
    /**
     * An array of index names. Wildcards are supported. If any of the indices are in remote clusters, the machine learning nodes must have the <span pulumi-lang-nodejs="`remoteClusterClient`" pulumi-lang-dotnet="`RemoteClusterClient`" pulumi-lang-go="`remoteClusterClient`" pulumi-lang-python="`remote_cluster_client`" pulumi-lang-yaml="`remoteClusterClient`" pulumi-lang-java="`remoteClusterClient`">`remote_cluster_client`</span> role.
     */
    indices?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Specifies index expansion options that are used during search.
     */
    indicesOptions?: pulumi.Input<inputs.ElasticsearchMlDatafeedIndicesOptions | undefined>;
    /**
     * Identifier for the anomaly detection job. The job must exist before creating the datafeed.
     */
    jobId?: pulumi.Input<string | undefined>;
    /**
     * If a real-time datafeed has never seen any data (including during any initial training period), it automatically stops and closes the associated job after this many real-time searches return no documents. In other words, it stops after <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> times <span pulumi-lang-nodejs="`maxEmptySearches`" pulumi-lang-dotnet="`MaxEmptySearches`" pulumi-lang-go="`maxEmptySearches`" pulumi-lang-python="`max_empty_searches`" pulumi-lang-yaml="`maxEmptySearches`" pulumi-lang-java="`maxEmptySearches`">`max_empty_searches`</span> of real-time operation. If not set, a datafeed with no end time that sees no data remains started until it is explicitly stopped.
     */
    maxEmptySearches?: pulumi.Input<number | undefined>;
    /**
     * The Elasticsearch query domain-specific language (DSL). This value corresponds to the query object in an Elasticsearch search POST body. All the options that are supported by Elasticsearch can be used, as this object is passed verbatim to Elasticsearch. By default uses `{<span pulumi-lang-nodejs=""matchAll"" pulumi-lang-dotnet=""MatchAll"" pulumi-lang-go=""matchAll"" pulumi-lang-python=""match_all"" pulumi-lang-yaml=""matchAll"" pulumi-lang-java=""matchAll"">"match_all"</span>: {"boost": 1}}`.
     */
    query?: pulumi.Input<string | undefined>;
    /**
     * The number of seconds behind real time that data is queried. For example, if data from 10:04 a.m. might not be searchable in Elasticsearch until 10:06 a.m., set this property to 120 seconds. The default value is randomly selected between <span pulumi-lang-nodejs="`60s`" pulumi-lang-dotnet="`60s`" pulumi-lang-go="`60s`" pulumi-lang-python="`60s`" pulumi-lang-yaml="`60s`" pulumi-lang-java="`60s`">`60s`</span> and <span pulumi-lang-nodejs="`120s`" pulumi-lang-dotnet="`120s`" pulumi-lang-go="`120s`" pulumi-lang-python="`120s`" pulumi-lang-yaml="`120s`" pulumi-lang-java="`120s`">`120s`</span>. This randomness improves the query performance when there are multiple jobs running on the same node.
     */
    queryDelay?: pulumi.Input<string | undefined>;
    /**
     * Specifies runtime fields for the datafeed search. This should be a JSON object representing the runtime field mappings.
     */
    runtimeMappings?: pulumi.Input<string | undefined>;
    /**
     * Specifies scripts that evaluate custom expressions and returns script fields to the datafeed. The detector configuration objects in a job can contain functions that use these script fields. This should be a JSON object representing the script fields.
     */
    scriptFields?: pulumi.Input<string | undefined>;
    /**
     * The size parameter that is used in Elasticsearch searches when the datafeed does not use aggregations. The maximum value is the value of `index.max_result_window`, which is 10,000 by default.
     */
    scrollSize?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlDatafeedTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlDatafeed resource.
 */
export interface ElasticsearchMlDatafeedArgs {
    /**
     * If set, the datafeed performs aggregation searches. Support for aggregations is limited and should be used only with low cardinality data. This should be a JSON object representing the aggregations to be performed.
     */
    aggregations?: pulumi.Input<string | undefined>;
    /**
     * Datafeeds might search over long time periods, for several months or years. This search is split into time chunks in order to ensure the load on Elasticsearch is managed. Chunking configuration controls how the size of these time chunks are calculated; it is an advanced configuration option.
     */
    chunkingConfig?: pulumi.Input<inputs.ElasticsearchMlDatafeedChunkingConfig | undefined>;
    /**
     * A numerical character string that uniquely identifies the datafeed. This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    datafeedId: pulumi.Input<string>;
    /**
     * Specifies whether the datafeed checks for missing data and the size of the window. The datafeed can optionally search over indices that have already been read in an effort to determine whether any data has subsequently been added to the index. If missing data is found, it is a good indication that the <span pulumi-lang-nodejs="`queryDelay`" pulumi-lang-dotnet="`QueryDelay`" pulumi-lang-go="`queryDelay`" pulumi-lang-python="`query_delay`" pulumi-lang-yaml="`queryDelay`" pulumi-lang-java="`queryDelay`">`query_delay`</span> is set too low and the data is being indexed after the datafeed has passed that moment in time. This check runs only on real-time datafeeds.
     */
    delayedDataCheckConfig?: pulumi.Input<inputs.ElasticsearchMlDatafeedDelayedDataCheckConfig | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlDatafeedElasticsearchConnection>[] | undefined>;
    /**
     * The interval at which scheduled queries are made while the datafeed runs in real time. The default value is either the bucket span for short bucket spans, or, for longer bucket spans, a sensible fraction of the bucket span. When <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> is shorter than the bucket span, interim results for the last (partial) bucket are written then eventually overwritten by the full bucket results. If the datafeed uses aggregations, this value must be divisible by the interval of the date histogram aggregation.
     */
    frequency?: pulumi.Input<string | undefined>;
    /**
     * An array of index names. Wildcards are supported. If any of the indices are in remote clusters, the machine learning nodes must have the <span pulumi-lang-nodejs="`remoteClusterClient`" pulumi-lang-dotnet="`RemoteClusterClient`" pulumi-lang-go="`remoteClusterClient`" pulumi-lang-python="`remote_cluster_client`" pulumi-lang-yaml="`remoteClusterClient`" pulumi-lang-java="`remoteClusterClient`">`remote_cluster_client`</span> role.
     */
    indices: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies index expansion options that are used during search.
     */
    indicesOptions?: pulumi.Input<inputs.ElasticsearchMlDatafeedIndicesOptions | undefined>;
    /**
     * Identifier for the anomaly detection job. The job must exist before creating the datafeed.
     */
    jobId: pulumi.Input<string>;
    /**
     * If a real-time datafeed has never seen any data (including during any initial training period), it automatically stops and closes the associated job after this many real-time searches return no documents. In other words, it stops after <span pulumi-lang-nodejs="`frequency`" pulumi-lang-dotnet="`Frequency`" pulumi-lang-go="`frequency`" pulumi-lang-python="`frequency`" pulumi-lang-yaml="`frequency`" pulumi-lang-java="`frequency`">`frequency`</span> times <span pulumi-lang-nodejs="`maxEmptySearches`" pulumi-lang-dotnet="`MaxEmptySearches`" pulumi-lang-go="`maxEmptySearches`" pulumi-lang-python="`max_empty_searches`" pulumi-lang-yaml="`maxEmptySearches`" pulumi-lang-java="`maxEmptySearches`">`max_empty_searches`</span> of real-time operation. If not set, a datafeed with no end time that sees no data remains started until it is explicitly stopped.
     */
    maxEmptySearches?: pulumi.Input<number | undefined>;
    /**
     * The Elasticsearch query domain-specific language (DSL). This value corresponds to the query object in an Elasticsearch search POST body. All the options that are supported by Elasticsearch can be used, as this object is passed verbatim to Elasticsearch. By default uses `{<span pulumi-lang-nodejs=""matchAll"" pulumi-lang-dotnet=""MatchAll"" pulumi-lang-go=""matchAll"" pulumi-lang-python=""match_all"" pulumi-lang-yaml=""matchAll"" pulumi-lang-java=""matchAll"">"match_all"</span>: {"boost": 1}}`.
     */
    query?: pulumi.Input<string | undefined>;
    /**
     * The number of seconds behind real time that data is queried. For example, if data from 10:04 a.m. might not be searchable in Elasticsearch until 10:06 a.m., set this property to 120 seconds. The default value is randomly selected between <span pulumi-lang-nodejs="`60s`" pulumi-lang-dotnet="`60s`" pulumi-lang-go="`60s`" pulumi-lang-python="`60s`" pulumi-lang-yaml="`60s`" pulumi-lang-java="`60s`">`60s`</span> and <span pulumi-lang-nodejs="`120s`" pulumi-lang-dotnet="`120s`" pulumi-lang-go="`120s`" pulumi-lang-python="`120s`" pulumi-lang-yaml="`120s`" pulumi-lang-java="`120s`">`120s`</span>. This randomness improves the query performance when there are multiple jobs running on the same node.
     */
    queryDelay?: pulumi.Input<string | undefined>;
    /**
     * Specifies runtime fields for the datafeed search. This should be a JSON object representing the runtime field mappings.
     */
    runtimeMappings?: pulumi.Input<string | undefined>;
    /**
     * Specifies scripts that evaluate custom expressions and returns script fields to the datafeed. The detector configuration objects in a job can contain functions that use these script fields. This should be a JSON object representing the script fields.
     */
    scriptFields?: pulumi.Input<string | undefined>;
    /**
     * The size parameter that is used in Elasticsearch searches when the datafeed does not use aggregations. The maximum value is the value of `index.max_result_window`, which is 10,000 by default.
     */
    scrollSize?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlDatafeedTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlDatafeed.d.ts.map
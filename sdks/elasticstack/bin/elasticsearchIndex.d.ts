import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndex extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndex resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndex;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndex.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndex;
    /**
     * Aliases for the index.
     */
    readonly aliases: pulumi.Output<outputs.ElasticsearchIndexAlias[]>;
    /**
     * A JSON string describing the analyzers applied to the index.
     */
    readonly analysisAnalyzer: pulumi.Output<string | undefined>;
    /**
     * A JSON string describing the<span pulumi-lang-nodejs=" charFilters " pulumi-lang-dotnet=" CharFilters " pulumi-lang-go=" charFilters " pulumi-lang-python=" char_filters " pulumi-lang-yaml=" charFilters " pulumi-lang-java=" charFilters "> char_filters </span>applied to the index.
     */
    readonly analysisCharFilter: pulumi.Output<string | undefined>;
    /**
     * A JSON string describing the filters applied to the index.
     */
    readonly analysisFilter: pulumi.Output<string | undefined>;
    /**
     * A JSON string describing the normalizers applied to the index.
     */
    readonly analysisNormalizer: pulumi.Output<string | undefined>;
    /**
     * A JSON string describing the tokenizers applied to the index.
     */
    readonly analysisTokenizer: pulumi.Output<string | undefined>;
    /**
     * The maximum number of tokens that can be produced using _analyze API.
     */
    readonly analyzeMaxTokenCount: pulumi.Output<number | undefined>;
    /**
     * Set the number of replicas to the node count in the cluster. Set to a dash delimited lower and upper bound (e.g. 0-5) or use all for the upper bound (e.g. 0-all)
     */
    readonly autoExpandReplicas: pulumi.Output<string | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable index metadata reads and writes.
     */
    readonly blocksMetadata: pulumi.Output<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable read operations against the index.
     */
    readonly blocksRead: pulumi.Output<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to make the index and index metadata read only, <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> to allow writes and metadata changes.
     */
    readonly blocksReadOnly: pulumi.Output<boolean | undefined>;
    /**
     * Identical to `index.blocks.read_only` but allows deleting the index to free up resources.
     */
    readonly blocksReadOnlyAllowDelete: pulumi.Output<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable data write operations against the index. This setting does not affect metadata.
     */
    readonly blocksWrite: pulumi.Output<boolean | undefined>;
    /**
     * The <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span> value compresses stored data with LZ4 compression, but this can be set to <span pulumi-lang-nodejs="`bestCompression`" pulumi-lang-dotnet="`BestCompression`" pulumi-lang-go="`bestCompression`" pulumi-lang-python="`best_compression`" pulumi-lang-yaml="`bestCompression`" pulumi-lang-java="`bestCompression`">`best_compression`</span> which uses DEFLATE for a higher compression ratio. This can be set only on creation.
     */
    readonly codec: pulumi.Output<string | undefined>;
    /**
     * The concrete Elasticsearch index name managed by this resource. For static index names this equals <span pulumi-lang-nodejs="`name`" pulumi-lang-dotnet="`Name`" pulumi-lang-go="`name`" pulumi-lang-python="`name`" pulumi-lang-yaml="`name`" pulumi-lang-java="`name`">`name`</span>. For date math index names this is the resolved concrete index name returned by Elasticsearch after creation.
     */
    readonly concreteName: pulumi.Output<string>;
    /**
     * The default ingest node pipeline for this index. Index requests will fail if the default pipeline is set and the pipeline does not exist.
     */
    readonly defaultPipeline: pulumi.Output<string | undefined>;
    readonly deletionProtection: pulumi.Output<boolean>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexElasticsearchConnection[] | undefined>;
    /**
     * Final ingest pipeline for the index. Indexing requests will fail if the final pipeline is set and the pipeline does not exist. The final pipeline always runs after the request pipeline (if specified) and the default pipeline (if it exists). The special pipeline name `_none` indicates no ingest pipeline will run.
     */
    readonly finalPipeline: pulumi.Output<string | undefined>;
    /**
     * The length of time that a deleted document's version number remains available for further versioned operations.
     */
    readonly gcDeletes: pulumi.Output<string | undefined>;
    /**
     * The maximum number of characters that will be analyzed for a highlight request.
     */
    readonly highlightMaxAnalyzedOffset: pulumi.Output<number | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    readonly indexingSlowlogLevel: pulumi.Output<string | undefined>;
    /**
     * Set the number of characters of the `_source` to include in the slowlog lines. <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> or <span pulumi-lang-nodejs="`0`" pulumi-lang-dotnet="`0`" pulumi-lang-go="`0`" pulumi-lang-python="`0`" pulumi-lang-yaml="`0`" pulumi-lang-java="`0`">`0`</span> skips logging the source entirely; <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> logs the entire source regardless of size. The original `_source` is reformatted by default to make sure that it fits on a single log line.
     */
    readonly indexingSlowlogSource: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    readonly indexingSlowlogThresholdIndexDebug: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    readonly indexingSlowlogThresholdIndexInfo: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    readonly indexingSlowlogThresholdIndexTrace: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    readonly indexingSlowlogThresholdIndexWarn: pulumi.Output<string | undefined>;
    /**
     * Indicates whether cached filters are pre-loaded for nested queries. This can be set only on creation.
     */
    readonly loadFixedBitsetFiltersEagerly: pulumi.Output<boolean | undefined>;
    /**
     * Set index level coercion setting that is applied to all mapping types.
     */
    readonly mappingCoerce: pulumi.Output<boolean | undefined>;
    /**
     * The maximum number of fields in an index. Field type parameters count towards this limit. The default value is 1000.
     */
    readonly mappingTotalFieldsLimit: pulumi.Output<number | undefined>;
    /**
     * Mapping for fields in the index.
     *
     * If specified, this mapping can include: field names, [field data types](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-types.html), [mapping parameters](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-params.html).
     *
     * **NOTE:**
     * - Changing datatypes in the existing _mappings_ will force index to be re-created.
     * - Removing a field will be ignored by default (same as Elasticsearch). You need to recreate the index to remove the field completely.
     */
    readonly mappings: pulumi.Output<string>;
    /**
     * Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>. This value is ignored when running against Serverless projects.
     */
    readonly masterTimeout: pulumi.Output<string>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`docvalueFields`" pulumi-lang-dotnet="`DocvalueFields`" pulumi-lang-go="`docvalueFields`" pulumi-lang-python="`docvalue_fields`" pulumi-lang-yaml="`docvalueFields`" pulumi-lang-java="`docvalueFields`">`docvalue_fields`</span> that are allowed in a query.
     */
    readonly maxDocvalueFieldsSearch: pulumi.Output<number | undefined>;
    /**
     * The maximum value of `from + size` for inner hits definition and top hits aggregations to this index.
     */
    readonly maxInnerResultWindow: pulumi.Output<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" minGram " pulumi-lang-dotnet=" MinGram " pulumi-lang-go=" minGram " pulumi-lang-python=" min_gram " pulumi-lang-yaml=" minGram " pulumi-lang-java=" minGram "> min_gram </span>and<span pulumi-lang-nodejs=" maxGram " pulumi-lang-dotnet=" MaxGram " pulumi-lang-go=" maxGram " pulumi-lang-python=" max_gram " pulumi-lang-yaml=" maxGram " pulumi-lang-java=" maxGram "> max_gram </span>for NGramTokenizer and NGramTokenFilter.
     */
    readonly maxNgramDiff: pulumi.Output<number | undefined>;
    /**
     * Maximum number of refresh listeners available on each shard of the index.
     */
    readonly maxRefreshListeners: pulumi.Output<number | undefined>;
    /**
     * The maximum length of regex that can be used in Regexp Query.
     */
    readonly maxRegexLength: pulumi.Output<number | undefined>;
    /**
     * The maximum value of <span pulumi-lang-nodejs="`windowSize`" pulumi-lang-dotnet="`WindowSize`" pulumi-lang-go="`windowSize`" pulumi-lang-python="`window_size`" pulumi-lang-yaml="`windowSize`" pulumi-lang-java="`windowSize`">`window_size`</span> for <span pulumi-lang-nodejs="`rescore`" pulumi-lang-dotnet="`Rescore`" pulumi-lang-go="`rescore`" pulumi-lang-python="`rescore`" pulumi-lang-yaml="`rescore`" pulumi-lang-java="`rescore`">`rescore`</span> requests in searches of this index.
     */
    readonly maxRescoreWindow: pulumi.Output<number | undefined>;
    /**
     * The maximum value of `from + size` for searches to this index.
     */
    readonly maxResultWindow: pulumi.Output<number | undefined>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`scriptFields`" pulumi-lang-dotnet="`ScriptFields`" pulumi-lang-go="`scriptFields`" pulumi-lang-python="`script_fields`" pulumi-lang-yaml="`scriptFields`" pulumi-lang-java="`scriptFields`">`script_fields`</span> that are allowed in a query.
     */
    readonly maxScriptFields: pulumi.Output<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" maxShingleSize " pulumi-lang-dotnet=" MaxShingleSize " pulumi-lang-go=" maxShingleSize " pulumi-lang-python=" max_shingle_size " pulumi-lang-yaml=" maxShingleSize " pulumi-lang-java=" maxShingleSize "> max_shingle_size </span>and<span pulumi-lang-nodejs=" minShingleSize " pulumi-lang-dotnet=" MinShingleSize " pulumi-lang-go=" minShingleSize " pulumi-lang-python=" min_shingle_size " pulumi-lang-yaml=" minShingleSize " pulumi-lang-java=" minShingleSize "> min_shingle_size </span>for ShingleTokenFilter.
     */
    readonly maxShingleDiff: pulumi.Output<number | undefined>;
    /**
     * The maximum number of terms that can be used in Terms Query.
     */
    readonly maxTermsCount: pulumi.Output<number | undefined>;
    /**
     * Name of the index you wish to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Number of shard replicas.
     */
    readonly numberOfReplicas: pulumi.Output<number | undefined>;
    /**
     * Value used with<span pulumi-lang-nodejs=" numberOfShards " pulumi-lang-dotnet=" NumberOfShards " pulumi-lang-go=" numberOfShards " pulumi-lang-python=" number_of_shards " pulumi-lang-yaml=" numberOfShards " pulumi-lang-java=" numberOfShards "> number_of_shards </span>to route documents to a primary shard. This can be set only on creation.
     */
    readonly numberOfRoutingShards: pulumi.Output<number | undefined>;
    /**
     * Number of shards for the index. This can be set only on creation.
     */
    readonly numberOfShards: pulumi.Output<number | undefined>;
    /**
     * Wildcard (*) patterns matching one or more fields. Defaults to '*', which matches all fields eligible for term-level queries, excluding metadata fields.
     */
    readonly queryDefaultFields: pulumi.Output<string[] | undefined>;
    /**
     * How often to perform a refresh operation, which makes recent changes to the index visible to search. Can be set to `-1` to disable refresh.
     */
    readonly refreshInterval: pulumi.Output<string | undefined>;
    /**
     * Controls shard allocation for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> , <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`newPrimaries`" pulumi-lang-dotnet="`NewPrimaries`" pulumi-lang-go="`newPrimaries`" pulumi-lang-python="`new_primaries`" pulumi-lang-yaml="`newPrimaries`" pulumi-lang-java="`newPrimaries`">`new_primaries`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    readonly routingAllocationEnable: pulumi.Output<string | undefined>;
    /**
     * The number of shards a custom routing value can go to. This can be set only on creation.
     */
    readonly routingPartitionSize: pulumi.Output<number | undefined>;
    /**
     * Enables shard rebalancing for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`replicas`" pulumi-lang-dotnet="`Replicas`" pulumi-lang-go="`replicas`" pulumi-lang-python="`replicas`" pulumi-lang-yaml="`replicas`" pulumi-lang-java="`replicas`">`replicas`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    readonly routingRebalanceEnable: pulumi.Output<string | undefined>;
    /**
     * How long a shard can not receive a search or get request until it’s considered search idle.
     */
    readonly searchIdleAfter: pulumi.Output<string | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    readonly searchSlowlogLevel: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    readonly searchSlowlogThresholdFetchDebug: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    readonly searchSlowlogThresholdFetchInfo: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    readonly searchSlowlogThresholdFetchTrace: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    readonly searchSlowlogThresholdFetchWarn: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    readonly searchSlowlogThresholdQueryDebug: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    readonly searchSlowlogThresholdQueryInfo: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    readonly searchSlowlogThresholdQueryTrace: pulumi.Output<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    readonly searchSlowlogThresholdQueryWarn: pulumi.Output<string | undefined>;
    /**
     * DEPRECATED: Please use dedicated setting field. Configuration options for the index. See, https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#index-modules-settings.
     *
     * **NOTE:** Static index settings (see: https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#_static_index_settings) can be only set on the index creation and later cannot be removed or updated - _apply_ will return error
     *
     * @deprecated Deprecated
     */
    readonly settings: pulumi.Output<outputs.ElasticsearchIndexSetting[] | undefined>;
    /**
     * All raw settings fetched from the cluster.
     */
    readonly settingsRaw: pulumi.Output<string>;
    /**
     * Whether or not shards should be checked for corruption before opening. When corruption is detected, it will prevent the shard from being opened. Accepts <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, <span pulumi-lang-nodejs="`checksum`" pulumi-lang-dotnet="`Checksum`" pulumi-lang-go="`checksum`" pulumi-lang-python="`checksum`" pulumi-lang-yaml="`checksum`" pulumi-lang-java="`checksum`">`checksum`</span>.
     */
    readonly shardCheckOnStartup: pulumi.Output<string | undefined>;
    /**
     * Deprecated: The field to sort documents within each shard segment by.
     *
     * @deprecated Deprecated
     */
    readonly sortFields: pulumi.Output<string[] | undefined>;
    /**
     * Deprecated: The direction to sort documents within each shard segment. Accepts <span pulumi-lang-nodejs="`asc`" pulumi-lang-dotnet="`Asc`" pulumi-lang-go="`asc`" pulumi-lang-python="`asc`" pulumi-lang-yaml="`asc`" pulumi-lang-java="`asc`">`asc`</span>, <span pulumi-lang-nodejs="`desc`" pulumi-lang-dotnet="`Desc`" pulumi-lang-go="`desc`" pulumi-lang-python="`desc`" pulumi-lang-yaml="`desc`" pulumi-lang-java="`desc`">`desc`</span>.
     *
     * @deprecated Deprecated
     */
    readonly sortOrders: pulumi.Output<string[] | undefined>;
    /**
     * Sort configuration for documents within each shard segment. Replaces the deprecated<span pulumi-lang-nodejs=" sortField " pulumi-lang-dotnet=" SortField " pulumi-lang-go=" sortField " pulumi-lang-python=" sort_field " pulumi-lang-yaml=" sortField " pulumi-lang-java=" sortField "> sort_field </span>and<span pulumi-lang-nodejs=" sortOrder " pulumi-lang-dotnet=" SortOrder " pulumi-lang-go=" sortOrder " pulumi-lang-python=" sort_order " pulumi-lang-yaml=" sortOrder " pulumi-lang-java=" sortOrder "> sort_order </span>attributes.
     */
    readonly sorts: pulumi.Output<outputs.ElasticsearchIndexSort[] | undefined>;
    /**
     * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    readonly timeout: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexTimeouts | undefined>;
    /**
     * Time to delay the allocation of replica shards which become unassigned because a node has left, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    readonly unassignedNodeLeftDelayedTimeout: pulumi.Output<string | undefined>;
    readonly useExisting: pulumi.Output<boolean>;
    /**
     * The number of shard copies that must be active before proceeding with the operation. Set to <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). Default: <span pulumi-lang-nodejs="`1`" pulumi-lang-dotnet="`1`" pulumi-lang-go="`1`" pulumi-lang-python="`1`" pulumi-lang-yaml="`1`" pulumi-lang-java="`1`">`1`</span>, the primary shard. This value is ignored when running against Serverless projects.
     */
    readonly waitForActiveShards: pulumi.Output<string>;
    /**
     * Create a ElasticsearchIndex resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchIndexArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndex resources.
 */
export interface ElasticsearchIndexState {
    /**
     * Aliases for the index.
     */
    aliases?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAlias>[] | undefined>;
    /**
     * A JSON string describing the analyzers applied to the index.
     */
    analysisAnalyzer?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the<span pulumi-lang-nodejs=" charFilters " pulumi-lang-dotnet=" CharFilters " pulumi-lang-go=" charFilters " pulumi-lang-python=" char_filters " pulumi-lang-yaml=" charFilters " pulumi-lang-java=" charFilters "> char_filters </span>applied to the index.
     */
    analysisCharFilter?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the filters applied to the index.
     */
    analysisFilter?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the normalizers applied to the index.
     */
    analysisNormalizer?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the tokenizers applied to the index.
     */
    analysisTokenizer?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of tokens that can be produced using _analyze API.
     */
    analyzeMaxTokenCount?: pulumi.Input<number | undefined>;
    /**
     * Set the number of replicas to the node count in the cluster. Set to a dash delimited lower and upper bound (e.g. 0-5) or use all for the upper bound (e.g. 0-all)
     */
    autoExpandReplicas?: pulumi.Input<string | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable index metadata reads and writes.
     */
    blocksMetadata?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable read operations against the index.
     */
    blocksRead?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to make the index and index metadata read only, <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> to allow writes and metadata changes.
     */
    blocksReadOnly?: pulumi.Input<boolean | undefined>;
    /**
     * Identical to `index.blocks.read_only` but allows deleting the index to free up resources.
     */
    blocksReadOnlyAllowDelete?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable data write operations against the index. This setting does not affect metadata.
     */
    blocksWrite?: pulumi.Input<boolean | undefined>;
    /**
     * The <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span> value compresses stored data with LZ4 compression, but this can be set to <span pulumi-lang-nodejs="`bestCompression`" pulumi-lang-dotnet="`BestCompression`" pulumi-lang-go="`bestCompression`" pulumi-lang-python="`best_compression`" pulumi-lang-yaml="`bestCompression`" pulumi-lang-java="`bestCompression`">`best_compression`</span> which uses DEFLATE for a higher compression ratio. This can be set only on creation.
     */
    codec?: pulumi.Input<string | undefined>;
    /**
     * The concrete Elasticsearch index name managed by this resource. For static index names this equals <span pulumi-lang-nodejs="`name`" pulumi-lang-dotnet="`Name`" pulumi-lang-go="`name`" pulumi-lang-python="`name`" pulumi-lang-yaml="`name`" pulumi-lang-java="`name`">`name`</span>. For date math index names this is the resolved concrete index name returned by Elasticsearch after creation.
     */
    concreteName?: pulumi.Input<string | undefined>;
    /**
     * The default ingest node pipeline for this index. Index requests will fail if the default pipeline is set and the pipeline does not exist.
     */
    defaultPipeline?: pulumi.Input<string | undefined>;
    deletionProtection?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexElasticsearchConnection>[] | undefined>;
    /**
     * Final ingest pipeline for the index. Indexing requests will fail if the final pipeline is set and the pipeline does not exist. The final pipeline always runs after the request pipeline (if specified) and the default pipeline (if it exists). The special pipeline name `_none` indicates no ingest pipeline will run.
     */
    finalPipeline?: pulumi.Input<string | undefined>;
    /**
     * The length of time that a deleted document's version number remains available for further versioned operations.
     */
    gcDeletes?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of characters that will be analyzed for a highlight request.
     */
    highlightMaxAnalyzedOffset?: pulumi.Input<number | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    indexingSlowlogLevel?: pulumi.Input<string | undefined>;
    /**
     * Set the number of characters of the `_source` to include in the slowlog lines. <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> or <span pulumi-lang-nodejs="`0`" pulumi-lang-dotnet="`0`" pulumi-lang-go="`0`" pulumi-lang-python="`0`" pulumi-lang-yaml="`0`" pulumi-lang-java="`0`">`0`</span> skips logging the source entirely; <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> logs the entire source regardless of size. The original `_source` is reformatted by default to make sure that it fits on a single log line.
     */
    indexingSlowlogSource?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    indexingSlowlogThresholdIndexDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    indexingSlowlogThresholdIndexInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    indexingSlowlogThresholdIndexTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    indexingSlowlogThresholdIndexWarn?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether cached filters are pre-loaded for nested queries. This can be set only on creation.
     */
    loadFixedBitsetFiltersEagerly?: pulumi.Input<boolean | undefined>;
    /**
     * Set index level coercion setting that is applied to all mapping types.
     */
    mappingCoerce?: pulumi.Input<boolean | undefined>;
    /**
     * The maximum number of fields in an index. Field type parameters count towards this limit. The default value is 1000.
     */
    mappingTotalFieldsLimit?: pulumi.Input<number | undefined>;
    /**
     * Mapping for fields in the index.
     *
     * If specified, this mapping can include: field names, [field data types](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-types.html), [mapping parameters](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-params.html).
     *
     * **NOTE:**
     * - Changing datatypes in the existing _mappings_ will force index to be re-created.
     * - Removing a field will be ignored by default (same as Elasticsearch). You need to recreate the index to remove the field completely.
     */
    mappings?: pulumi.Input<string | undefined>;
    /**
     * Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>. This value is ignored when running against Serverless projects.
     */
    masterTimeout?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`docvalueFields`" pulumi-lang-dotnet="`DocvalueFields`" pulumi-lang-go="`docvalueFields`" pulumi-lang-python="`docvalue_fields`" pulumi-lang-yaml="`docvalueFields`" pulumi-lang-java="`docvalueFields`">`docvalue_fields`</span> that are allowed in a query.
     */
    maxDocvalueFieldsSearch?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of `from + size` for inner hits definition and top hits aggregations to this index.
     */
    maxInnerResultWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" minGram " pulumi-lang-dotnet=" MinGram " pulumi-lang-go=" minGram " pulumi-lang-python=" min_gram " pulumi-lang-yaml=" minGram " pulumi-lang-java=" minGram "> min_gram </span>and<span pulumi-lang-nodejs=" maxGram " pulumi-lang-dotnet=" MaxGram " pulumi-lang-go=" maxGram " pulumi-lang-python=" max_gram " pulumi-lang-yaml=" maxGram " pulumi-lang-java=" maxGram "> max_gram </span>for NGramTokenizer and NGramTokenFilter.
     */
    maxNgramDiff?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of refresh listeners available on each shard of the index.
     */
    maxRefreshListeners?: pulumi.Input<number | undefined>;
    /**
     * The maximum length of regex that can be used in Regexp Query.
     */
    maxRegexLength?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of <span pulumi-lang-nodejs="`windowSize`" pulumi-lang-dotnet="`WindowSize`" pulumi-lang-go="`windowSize`" pulumi-lang-python="`window_size`" pulumi-lang-yaml="`windowSize`" pulumi-lang-java="`windowSize`">`window_size`</span> for <span pulumi-lang-nodejs="`rescore`" pulumi-lang-dotnet="`Rescore`" pulumi-lang-go="`rescore`" pulumi-lang-python="`rescore`" pulumi-lang-yaml="`rescore`" pulumi-lang-java="`rescore`">`rescore`</span> requests in searches of this index.
     */
    maxRescoreWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of `from + size` for searches to this index.
     */
    maxResultWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`scriptFields`" pulumi-lang-dotnet="`ScriptFields`" pulumi-lang-go="`scriptFields`" pulumi-lang-python="`script_fields`" pulumi-lang-yaml="`scriptFields`" pulumi-lang-java="`scriptFields`">`script_fields`</span> that are allowed in a query.
     */
    maxScriptFields?: pulumi.Input<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" maxShingleSize " pulumi-lang-dotnet=" MaxShingleSize " pulumi-lang-go=" maxShingleSize " pulumi-lang-python=" max_shingle_size " pulumi-lang-yaml=" maxShingleSize " pulumi-lang-java=" maxShingleSize "> max_shingle_size </span>and<span pulumi-lang-nodejs=" minShingleSize " pulumi-lang-dotnet=" MinShingleSize " pulumi-lang-go=" minShingleSize " pulumi-lang-python=" min_shingle_size " pulumi-lang-yaml=" minShingleSize " pulumi-lang-java=" minShingleSize "> min_shingle_size </span>for ShingleTokenFilter.
     */
    maxShingleDiff?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of terms that can be used in Terms Query.
     */
    maxTermsCount?: pulumi.Input<number | undefined>;
    /**
     * Name of the index you wish to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Number of shard replicas.
     */
    numberOfReplicas?: pulumi.Input<number | undefined>;
    /**
     * Value used with<span pulumi-lang-nodejs=" numberOfShards " pulumi-lang-dotnet=" NumberOfShards " pulumi-lang-go=" numberOfShards " pulumi-lang-python=" number_of_shards " pulumi-lang-yaml=" numberOfShards " pulumi-lang-java=" numberOfShards "> number_of_shards </span>to route documents to a primary shard. This can be set only on creation.
     */
    numberOfRoutingShards?: pulumi.Input<number | undefined>;
    /**
     * Number of shards for the index. This can be set only on creation.
     */
    numberOfShards?: pulumi.Input<number | undefined>;
    /**
     * Wildcard (*) patterns matching one or more fields. Defaults to '*', which matches all fields eligible for term-level queries, excluding metadata fields.
     */
    queryDefaultFields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * How often to perform a refresh operation, which makes recent changes to the index visible to search. Can be set to `-1` to disable refresh.
     */
    refreshInterval?: pulumi.Input<string | undefined>;
    /**
     * Controls shard allocation for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> , <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`newPrimaries`" pulumi-lang-dotnet="`NewPrimaries`" pulumi-lang-go="`newPrimaries`" pulumi-lang-python="`new_primaries`" pulumi-lang-yaml="`newPrimaries`" pulumi-lang-java="`newPrimaries`">`new_primaries`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    routingAllocationEnable?: pulumi.Input<string | undefined>;
    /**
     * The number of shards a custom routing value can go to. This can be set only on creation.
     */
    routingPartitionSize?: pulumi.Input<number | undefined>;
    /**
     * Enables shard rebalancing for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`replicas`" pulumi-lang-dotnet="`Replicas`" pulumi-lang-go="`replicas`" pulumi-lang-python="`replicas`" pulumi-lang-yaml="`replicas`" pulumi-lang-java="`replicas`">`replicas`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    routingRebalanceEnable?: pulumi.Input<string | undefined>;
    /**
     * How long a shard can not receive a search or get request until it’s considered search idle.
     */
    searchIdleAfter?: pulumi.Input<string | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    searchSlowlogLevel?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    searchSlowlogThresholdFetchDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    searchSlowlogThresholdFetchInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    searchSlowlogThresholdFetchTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    searchSlowlogThresholdFetchWarn?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    searchSlowlogThresholdQueryDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    searchSlowlogThresholdQueryInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    searchSlowlogThresholdQueryTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    searchSlowlogThresholdQueryWarn?: pulumi.Input<string | undefined>;
    /**
     * DEPRECATED: Please use dedicated setting field. Configuration options for the index. See, https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#index-modules-settings.
     *
     * **NOTE:** Static index settings (see: https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#_static_index_settings) can be only set on the index creation and later cannot be removed or updated - _apply_ will return error
     *
     * @deprecated Deprecated
     */
    settings?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexSetting>[] | undefined>;
    /**
     * All raw settings fetched from the cluster.
     */
    settingsRaw?: pulumi.Input<string | undefined>;
    /**
     * Whether or not shards should be checked for corruption before opening. When corruption is detected, it will prevent the shard from being opened. Accepts <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, <span pulumi-lang-nodejs="`checksum`" pulumi-lang-dotnet="`Checksum`" pulumi-lang-go="`checksum`" pulumi-lang-python="`checksum`" pulumi-lang-yaml="`checksum`" pulumi-lang-java="`checksum`">`checksum`</span>.
     */
    shardCheckOnStartup?: pulumi.Input<string | undefined>;
    /**
     * Deprecated: The field to sort documents within each shard segment by.
     *
     * @deprecated Deprecated
     */
    sortFields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Deprecated: The direction to sort documents within each shard segment. Accepts <span pulumi-lang-nodejs="`asc`" pulumi-lang-dotnet="`Asc`" pulumi-lang-go="`asc`" pulumi-lang-python="`asc`" pulumi-lang-yaml="`asc`" pulumi-lang-java="`asc`">`asc`</span>, <span pulumi-lang-nodejs="`desc`" pulumi-lang-dotnet="`Desc`" pulumi-lang-go="`desc`" pulumi-lang-python="`desc`" pulumi-lang-yaml="`desc`" pulumi-lang-java="`desc`">`desc`</span>.
     *
     * @deprecated Deprecated
     */
    sortOrders?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Sort configuration for documents within each shard segment. Replaces the deprecated<span pulumi-lang-nodejs=" sortField " pulumi-lang-dotnet=" SortField " pulumi-lang-go=" sortField " pulumi-lang-python=" sort_field " pulumi-lang-yaml=" sortField " pulumi-lang-java=" sortField "> sort_field </span>and<span pulumi-lang-nodejs=" sortOrder " pulumi-lang-dotnet=" SortOrder " pulumi-lang-go=" sortOrder " pulumi-lang-python=" sort_order " pulumi-lang-yaml=" sortOrder " pulumi-lang-java=" sortOrder "> sort_order </span>attributes.
     */
    sorts?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexSort>[] | undefined>;
    /**
     * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    timeout?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTimeouts | undefined>;
    /**
     * Time to delay the allocation of replica shards which become unassigned because a node has left, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    unassignedNodeLeftDelayedTimeout?: pulumi.Input<string | undefined>;
    useExisting?: pulumi.Input<boolean | undefined>;
    /**
     * The number of shard copies that must be active before proceeding with the operation. Set to <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). Default: <span pulumi-lang-nodejs="`1`" pulumi-lang-dotnet="`1`" pulumi-lang-go="`1`" pulumi-lang-python="`1`" pulumi-lang-yaml="`1`" pulumi-lang-java="`1`">`1`</span>, the primary shard. This value is ignored when running against Serverless projects.
     */
    waitForActiveShards?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndex resource.
 */
export interface ElasticsearchIndexArgs {
    /**
     * Aliases for the index.
     */
    aliases?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAlias>[] | undefined>;
    /**
     * A JSON string describing the analyzers applied to the index.
     */
    analysisAnalyzer?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the<span pulumi-lang-nodejs=" charFilters " pulumi-lang-dotnet=" CharFilters " pulumi-lang-go=" charFilters " pulumi-lang-python=" char_filters " pulumi-lang-yaml=" charFilters " pulumi-lang-java=" charFilters "> char_filters </span>applied to the index.
     */
    analysisCharFilter?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the filters applied to the index.
     */
    analysisFilter?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the normalizers applied to the index.
     */
    analysisNormalizer?: pulumi.Input<string | undefined>;
    /**
     * A JSON string describing the tokenizers applied to the index.
     */
    analysisTokenizer?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of tokens that can be produced using _analyze API.
     */
    analyzeMaxTokenCount?: pulumi.Input<number | undefined>;
    /**
     * Set the number of replicas to the node count in the cluster. Set to a dash delimited lower and upper bound (e.g. 0-5) or use all for the upper bound (e.g. 0-all)
     */
    autoExpandReplicas?: pulumi.Input<string | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable index metadata reads and writes.
     */
    blocksMetadata?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable read operations against the index.
     */
    blocksRead?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to make the index and index metadata read only, <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> to allow writes and metadata changes.
     */
    blocksReadOnly?: pulumi.Input<boolean | undefined>;
    /**
     * Identical to `index.blocks.read_only` but allows deleting the index to free up resources.
     */
    blocksReadOnlyAllowDelete?: pulumi.Input<boolean | undefined>;
    /**
     * Set to <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> to disable data write operations against the index. This setting does not affect metadata.
     */
    blocksWrite?: pulumi.Input<boolean | undefined>;
    /**
     * The <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span> value compresses stored data with LZ4 compression, but this can be set to <span pulumi-lang-nodejs="`bestCompression`" pulumi-lang-dotnet="`BestCompression`" pulumi-lang-go="`bestCompression`" pulumi-lang-python="`best_compression`" pulumi-lang-yaml="`bestCompression`" pulumi-lang-java="`bestCompression`">`best_compression`</span> which uses DEFLATE for a higher compression ratio. This can be set only on creation.
     */
    codec?: pulumi.Input<string | undefined>;
    /**
     * The default ingest node pipeline for this index. Index requests will fail if the default pipeline is set and the pipeline does not exist.
     */
    defaultPipeline?: pulumi.Input<string | undefined>;
    deletionProtection?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexElasticsearchConnection>[] | undefined>;
    /**
     * Final ingest pipeline for the index. Indexing requests will fail if the final pipeline is set and the pipeline does not exist. The final pipeline always runs after the request pipeline (if specified) and the default pipeline (if it exists). The special pipeline name `_none` indicates no ingest pipeline will run.
     */
    finalPipeline?: pulumi.Input<string | undefined>;
    /**
     * The length of time that a deleted document's version number remains available for further versioned operations.
     */
    gcDeletes?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of characters that will be analyzed for a highlight request.
     */
    highlightMaxAnalyzedOffset?: pulumi.Input<number | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    indexingSlowlogLevel?: pulumi.Input<string | undefined>;
    /**
     * Set the number of characters of the `_source` to include in the slowlog lines. <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> or <span pulumi-lang-nodejs="`0`" pulumi-lang-dotnet="`0`" pulumi-lang-go="`0`" pulumi-lang-python="`0`" pulumi-lang-yaml="`0`" pulumi-lang-java="`0`">`0`</span> skips logging the source entirely; <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span> logs the entire source regardless of size. The original `_source` is reformatted by default to make sure that it fits on a single log line.
     */
    indexingSlowlogSource?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    indexingSlowlogThresholdIndexDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    indexingSlowlogThresholdIndexInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    indexingSlowlogThresholdIndexTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches for indexing queries, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    indexingSlowlogThresholdIndexWarn?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether cached filters are pre-loaded for nested queries. This can be set only on creation.
     */
    loadFixedBitsetFiltersEagerly?: pulumi.Input<boolean | undefined>;
    /**
     * Set index level coercion setting that is applied to all mapping types.
     */
    mappingCoerce?: pulumi.Input<boolean | undefined>;
    /**
     * The maximum number of fields in an index. Field type parameters count towards this limit. The default value is 1000.
     */
    mappingTotalFieldsLimit?: pulumi.Input<number | undefined>;
    /**
     * Mapping for fields in the index.
     *
     * If specified, this mapping can include: field names, [field data types](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-types.html), [mapping parameters](https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping-params.html).
     *
     * **NOTE:**
     * - Changing datatypes in the existing _mappings_ will force index to be re-created.
     * - Removing a field will be ignored by default (same as Elasticsearch). You need to recreate the index to remove the field completely.
     */
    mappings?: pulumi.Input<string | undefined>;
    /**
     * Period to wait for a connection to the master node. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>. This value is ignored when running against Serverless projects.
     */
    masterTimeout?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`docvalueFields`" pulumi-lang-dotnet="`DocvalueFields`" pulumi-lang-go="`docvalueFields`" pulumi-lang-python="`docvalue_fields`" pulumi-lang-yaml="`docvalueFields`" pulumi-lang-java="`docvalueFields`">`docvalue_fields`</span> that are allowed in a query.
     */
    maxDocvalueFieldsSearch?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of `from + size` for inner hits definition and top hits aggregations to this index.
     */
    maxInnerResultWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" minGram " pulumi-lang-dotnet=" MinGram " pulumi-lang-go=" minGram " pulumi-lang-python=" min_gram " pulumi-lang-yaml=" minGram " pulumi-lang-java=" minGram "> min_gram </span>and<span pulumi-lang-nodejs=" maxGram " pulumi-lang-dotnet=" MaxGram " pulumi-lang-go=" maxGram " pulumi-lang-python=" max_gram " pulumi-lang-yaml=" maxGram " pulumi-lang-java=" maxGram "> max_gram </span>for NGramTokenizer and NGramTokenFilter.
     */
    maxNgramDiff?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of refresh listeners available on each shard of the index.
     */
    maxRefreshListeners?: pulumi.Input<number | undefined>;
    /**
     * The maximum length of regex that can be used in Regexp Query.
     */
    maxRegexLength?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of <span pulumi-lang-nodejs="`windowSize`" pulumi-lang-dotnet="`WindowSize`" pulumi-lang-go="`windowSize`" pulumi-lang-python="`window_size`" pulumi-lang-yaml="`windowSize`" pulumi-lang-java="`windowSize`">`window_size`</span> for <span pulumi-lang-nodejs="`rescore`" pulumi-lang-dotnet="`Rescore`" pulumi-lang-go="`rescore`" pulumi-lang-python="`rescore`" pulumi-lang-yaml="`rescore`" pulumi-lang-java="`rescore`">`rescore`</span> requests in searches of this index.
     */
    maxRescoreWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum value of `from + size` for searches to this index.
     */
    maxResultWindow?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of <span pulumi-lang-nodejs="`scriptFields`" pulumi-lang-dotnet="`ScriptFields`" pulumi-lang-go="`scriptFields`" pulumi-lang-python="`script_fields`" pulumi-lang-yaml="`scriptFields`" pulumi-lang-java="`scriptFields`">`script_fields`</span> that are allowed in a query.
     */
    maxScriptFields?: pulumi.Input<number | undefined>;
    /**
     * The maximum allowed difference between<span pulumi-lang-nodejs=" maxShingleSize " pulumi-lang-dotnet=" MaxShingleSize " pulumi-lang-go=" maxShingleSize " pulumi-lang-python=" max_shingle_size " pulumi-lang-yaml=" maxShingleSize " pulumi-lang-java=" maxShingleSize "> max_shingle_size </span>and<span pulumi-lang-nodejs=" minShingleSize " pulumi-lang-dotnet=" MinShingleSize " pulumi-lang-go=" minShingleSize " pulumi-lang-python=" min_shingle_size " pulumi-lang-yaml=" minShingleSize " pulumi-lang-java=" minShingleSize "> min_shingle_size </span>for ShingleTokenFilter.
     */
    maxShingleDiff?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of terms that can be used in Terms Query.
     */
    maxTermsCount?: pulumi.Input<number | undefined>;
    /**
     * Name of the index you wish to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Number of shard replicas.
     */
    numberOfReplicas?: pulumi.Input<number | undefined>;
    /**
     * Value used with<span pulumi-lang-nodejs=" numberOfShards " pulumi-lang-dotnet=" NumberOfShards " pulumi-lang-go=" numberOfShards " pulumi-lang-python=" number_of_shards " pulumi-lang-yaml=" numberOfShards " pulumi-lang-java=" numberOfShards "> number_of_shards </span>to route documents to a primary shard. This can be set only on creation.
     */
    numberOfRoutingShards?: pulumi.Input<number | undefined>;
    /**
     * Number of shards for the index. This can be set only on creation.
     */
    numberOfShards?: pulumi.Input<number | undefined>;
    /**
     * Wildcard (*) patterns matching one or more fields. Defaults to '*', which matches all fields eligible for term-level queries, excluding metadata fields.
     */
    queryDefaultFields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * How often to perform a refresh operation, which makes recent changes to the index visible to search. Can be set to `-1` to disable refresh.
     */
    refreshInterval?: pulumi.Input<string | undefined>;
    /**
     * Controls shard allocation for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> , <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`newPrimaries`" pulumi-lang-dotnet="`NewPrimaries`" pulumi-lang-go="`newPrimaries`" pulumi-lang-python="`new_primaries`" pulumi-lang-yaml="`newPrimaries`" pulumi-lang-java="`newPrimaries`">`new_primaries`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    routingAllocationEnable?: pulumi.Input<string | undefined>;
    /**
     * The number of shards a custom routing value can go to. This can be set only on creation.
     */
    routingPartitionSize?: pulumi.Input<number | undefined>;
    /**
     * Enables shard rebalancing for this index. It can be set to: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`primaries`" pulumi-lang-dotnet="`Primaries`" pulumi-lang-go="`primaries`" pulumi-lang-python="`primaries`" pulumi-lang-yaml="`primaries`" pulumi-lang-java="`primaries`">`primaries`</span> , <span pulumi-lang-nodejs="`replicas`" pulumi-lang-dotnet="`Replicas`" pulumi-lang-go="`replicas`" pulumi-lang-python="`replicas`" pulumi-lang-yaml="`replicas`" pulumi-lang-java="`replicas`">`replicas`</span> , <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    routingRebalanceEnable?: pulumi.Input<string | undefined>;
    /**
     * How long a shard can not receive a search or get request until it’s considered search idle.
     */
    searchIdleAfter?: pulumi.Input<string | undefined>;
    /**
     * Set which logging level to use for the search slow log, can be: <span pulumi-lang-nodejs="`warn`" pulumi-lang-dotnet="`Warn`" pulumi-lang-go="`warn`" pulumi-lang-python="`warn`" pulumi-lang-yaml="`warn`" pulumi-lang-java="`warn`">`warn`</span>, <span pulumi-lang-nodejs="`info`" pulumi-lang-dotnet="`Info`" pulumi-lang-go="`info`" pulumi-lang-python="`info`" pulumi-lang-yaml="`info`" pulumi-lang-java="`info`">`info`</span>, <span pulumi-lang-nodejs="`debug`" pulumi-lang-dotnet="`Debug`" pulumi-lang-go="`debug`" pulumi-lang-python="`debug`" pulumi-lang-yaml="`debug`" pulumi-lang-java="`debug`">`debug`</span>, <span pulumi-lang-nodejs="`trace`" pulumi-lang-dotnet="`Trace`" pulumi-lang-go="`trace`" pulumi-lang-python="`trace`" pulumi-lang-yaml="`trace`" pulumi-lang-java="`trace`">`trace`</span>
     */
    searchSlowlogLevel?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    searchSlowlogThresholdFetchDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    searchSlowlogThresholdFetchInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    searchSlowlogThresholdFetchTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the fetch phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    searchSlowlogThresholdFetchWarn?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`2s`" pulumi-lang-dotnet="`2s`" pulumi-lang-go="`2s`" pulumi-lang-python="`2s`" pulumi-lang-yaml="`2s`" pulumi-lang-java="`2s`">`2s`</span>
     */
    searchSlowlogThresholdQueryDebug?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`5s`" pulumi-lang-dotnet="`5s`" pulumi-lang-go="`5s`" pulumi-lang-python="`5s`" pulumi-lang-yaml="`5s`" pulumi-lang-java="`5s`">`5s`</span>
     */
    searchSlowlogThresholdQueryInfo?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`500ms`" pulumi-lang-dotnet="`500ms`" pulumi-lang-go="`500ms`" pulumi-lang-python="`500ms`" pulumi-lang-yaml="`500ms`" pulumi-lang-java="`500ms`">`500ms`</span>
     */
    searchSlowlogThresholdQueryTrace?: pulumi.Input<string | undefined>;
    /**
     * Set the cutoff for shard level slow search logging of slow searches in the query phase, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    searchSlowlogThresholdQueryWarn?: pulumi.Input<string | undefined>;
    /**
     * DEPRECATED: Please use dedicated setting field. Configuration options for the index. See, https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#index-modules-settings.
     *
     * **NOTE:** Static index settings (see: https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules.html#_static_index_settings) can be only set on the index creation and later cannot be removed or updated - _apply_ will return error
     *
     * @deprecated Deprecated
     */
    settings?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexSetting>[] | undefined>;
    /**
     * Whether or not shards should be checked for corruption before opening. When corruption is detected, it will prevent the shard from being opened. Accepts <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, <span pulumi-lang-nodejs="`checksum`" pulumi-lang-dotnet="`Checksum`" pulumi-lang-go="`checksum`" pulumi-lang-python="`checksum`" pulumi-lang-yaml="`checksum`" pulumi-lang-java="`checksum`">`checksum`</span>.
     */
    shardCheckOnStartup?: pulumi.Input<string | undefined>;
    /**
     * Deprecated: The field to sort documents within each shard segment by.
     *
     * @deprecated Deprecated
     */
    sortFields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Deprecated: The direction to sort documents within each shard segment. Accepts <span pulumi-lang-nodejs="`asc`" pulumi-lang-dotnet="`Asc`" pulumi-lang-go="`asc`" pulumi-lang-python="`asc`" pulumi-lang-yaml="`asc`" pulumi-lang-java="`asc`">`asc`</span>, <span pulumi-lang-nodejs="`desc`" pulumi-lang-dotnet="`Desc`" pulumi-lang-go="`desc`" pulumi-lang-python="`desc`" pulumi-lang-yaml="`desc`" pulumi-lang-java="`desc`">`desc`</span>.
     *
     * @deprecated Deprecated
     */
    sortOrders?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Sort configuration for documents within each shard segment. Replaces the deprecated<span pulumi-lang-nodejs=" sortField " pulumi-lang-dotnet=" SortField " pulumi-lang-go=" sortField " pulumi-lang-python=" sort_field " pulumi-lang-yaml=" sortField " pulumi-lang-java=" sortField "> sort_field </span>and<span pulumi-lang-nodejs=" sortOrder " pulumi-lang-dotnet=" SortOrder " pulumi-lang-go=" sortOrder " pulumi-lang-python=" sort_order " pulumi-lang-yaml=" sortOrder " pulumi-lang-java=" sortOrder "> sort_order </span>attributes.
     */
    sorts?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexSort>[] | undefined>;
    /**
     * Period to wait for a response. If no response is received before the timeout expires, the request fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    timeout?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTimeouts | undefined>;
    /**
     * Time to delay the allocation of replica shards which become unassigned because a node has left, in time units, e.g. <span pulumi-lang-nodejs="`10s`" pulumi-lang-dotnet="`10s`" pulumi-lang-go="`10s`" pulumi-lang-python="`10s`" pulumi-lang-yaml="`10s`" pulumi-lang-java="`10s`">`10s`</span>
     */
    unassignedNodeLeftDelayedTimeout?: pulumi.Input<string | undefined>;
    useExisting?: pulumi.Input<boolean | undefined>;
    /**
     * The number of shard copies that must be active before proceeding with the operation. Set to <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span> or any positive integer up to the total number of shards in the index (`number_of_replicas+1`). Default: <span pulumi-lang-nodejs="`1`" pulumi-lang-dotnet="`1`" pulumi-lang-go="`1`" pulumi-lang-python="`1`" pulumi-lang-yaml="`1`" pulumi-lang-java="`1`">`1`</span>, the primary shard. This value is ignored when running against Serverless projects.
     */
    waitForActiveShards?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=elasticsearchIndex.d.ts.map
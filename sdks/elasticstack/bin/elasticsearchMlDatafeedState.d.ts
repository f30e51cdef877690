import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlDatafeedState extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlDatafeedState resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlDatafeedStateState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlDatafeedState;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlDatafeedState.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlDatafeedState;
    /**
     * Identifier for the ML datafeed.
     */
    readonly datafeedId: pulumi.Output<string>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    readonly datafeedTimeout: pulumi.Output<string>;
    /**
     * The effective search end time reported by Elasticsearch for a started datafeed (`running_state.search_interval.end_ms`). Null when the datafeed is stopped, when `running_state.real_time_configured` is true, or when <span pulumi-lang-nodejs="`runningState`" pulumi-lang-dotnet="`RunningState`" pulumi-lang-go="`runningState`" pulumi-lang-python="`running_state`" pulumi-lang-yaml="`runningState`" pulumi-lang-java="`runningState`">`running_state`</span> / <span pulumi-lang-nodejs="`searchInterval`" pulumi-lang-dotnet="`SearchInterval`" pulumi-lang-go="`searchInterval`" pulumi-lang-python="`search_interval`" pulumi-lang-yaml="`searchInterval`" pulumi-lang-java="`searchInterval`">`search_interval`</span> is absent.
     */
    readonly effectiveSearchEnd: pulumi.Output<string>;
    /**
     * The effective search start time reported by Elasticsearch for a started datafeed (`running_state.search_interval.start_ms`). Null when the datafeed is stopped or when <span pulumi-lang-nodejs="`runningState`" pulumi-lang-dotnet="`RunningState`" pulumi-lang-go="`runningState`" pulumi-lang-python="`running_state`" pulumi-lang-yaml="`runningState`" pulumi-lang-java="`runningState`">`running_state`</span> / <span pulumi-lang-nodejs="`searchInterval`" pulumi-lang-dotnet="`SearchInterval`" pulumi-lang-go="`searchInterval`" pulumi-lang-python="`search_interval`" pulumi-lang-yaml="`searchInterval`" pulumi-lang-java="`searchInterval`">`search_interval`</span> is absent.
     */
    readonly effectiveSearchStart: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlDatafeedStateElasticsearchConnection[] | undefined>;
    /**
     * The time that the datafeed should end collecting data. When not specified, the datafeed continues in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search end, which is reported in <span pulumi-lang-nodejs="`effectiveSearchEnd`" pulumi-lang-dotnet="`EffectiveSearchEnd`" pulumi-lang-go="`effectiveSearchEnd`" pulumi-lang-python="`effective_search_end`" pulumi-lang-yaml="`effectiveSearchEnd`" pulumi-lang-java="`effectiveSearchEnd`">`effective_search_end`</span>. This property must be specified in RFC 3339 format.
     */
    readonly end: pulumi.Output<string | undefined>;
    /**
     * When stopping a datafeed, use to forcefully stop it.
     */
    readonly force: pulumi.Output<boolean>;
    /**
     * The time that the datafeed should start collecting data. When not specified, the datafeed starts in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search start, which is reported in <span pulumi-lang-nodejs="`effectiveSearchStart`" pulumi-lang-dotnet="`EffectiveSearchStart`" pulumi-lang-go="`effectiveSearchStart`" pulumi-lang-python="`effective_search_start`" pulumi-lang-yaml="`effectiveSearchStart`" pulumi-lang-java="`effectiveSearchStart`">`effective_search_start`</span>. This property must be specified in RFC 3339 format.
     */
    readonly start: pulumi.Output<string | undefined>;
    /**
     * The desired state for the ML datafeed. Valid values are <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span> and <span pulumi-lang-nodejs="`stopped`" pulumi-lang-dotnet="`Stopped`" pulumi-lang-go="`stopped`" pulumi-lang-python="`stopped`" pulumi-lang-yaml="`stopped`" pulumi-lang-java="`stopped`">`stopped`</span>.
     */
    readonly state: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlDatafeedStateTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlDatafeedState resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlDatafeedStateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlDatafeedState resources.
 */
export interface ElasticsearchMlDatafeedStateState {
    /**
     * Identifier for the ML datafeed.
     */
    datafeedId?: pulumi.Input<string | undefined>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    datafeedTimeout?: pulumi.Input<string | undefined>;
    /**
     * The effective search end time reported by Elasticsearch for a started datafeed (`running_state.search_interval.end_ms`). Null when the datafeed is stopped, when `running_state.real_time_configured` is true, or when <span pulumi-lang-nodejs="`runningState`" pulumi-lang-dotnet="`RunningState`" pulumi-lang-go="`runningState`" pulumi-lang-python="`running_state`" pulumi-lang-yaml="`runningState`" pulumi-lang-java="`runningState`">`running_state`</span> / <span pulumi-lang-nodejs="`searchInterval`" pulumi-lang-dotnet="`SearchInterval`" pulumi-lang-go="`searchInterval`" pulumi-lang-python="`search_interval`" pulumi-lang-yaml="`searchInterval`" pulumi-lang-java="`searchInterval`">`search_interval`</span> is absent.
     */
    effectiveSearchEnd?: pulumi.Input<string | undefined>;
    /**
     * The effective search start time reported by Elasticsearch for a started datafeed (`running_state.search_interval.start_ms`). Null when the datafeed is stopped or when <span pulumi-lang-nodejs="`runningState`" pulumi-lang-dotnet="`RunningState`" pulumi-lang-go="`runningState`" pulumi-lang-python="`running_state`" pulumi-lang-yaml="`runningState`" pulumi-lang-java="`runningState`">`running_state`</span> / <span pulumi-lang-nodejs="`searchInterval`" pulumi-lang-dotnet="`SearchInterval`" pulumi-lang-go="`searchInterval`" pulumi-lang-python="`search_interval`" pulumi-lang-yaml="`searchInterval`" pulumi-lang-java="`searchInterval`">`search_interval`</span> is absent.
     */
    effectiveSearchStart?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlDatafeedStateElasticsearchConnection>[] | undefined>;
    /**
     * The time that the datafeed should end collecting data. When not specified, the datafeed continues in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search end, which is reported in <span pulumi-lang-nodejs="`effectiveSearchEnd`" pulumi-lang-dotnet="`EffectiveSearchEnd`" pulumi-lang-go="`effectiveSearchEnd`" pulumi-lang-python="`effective_search_end`" pulumi-lang-yaml="`effectiveSearchEnd`" pulumi-lang-java="`effectiveSearchEnd`">`effective_search_end`</span>. This property must be specified in RFC 3339 format.
     */
    end?: pulumi.Input<string | undefined>;
    /**
     * When stopping a datafeed, use to forcefully stop it.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * The time that the datafeed should start collecting data. When not specified, the datafeed starts in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search start, which is reported in <span pulumi-lang-nodejs="`effectiveSearchStart`" pulumi-lang-dotnet="`EffectiveSearchStart`" pulumi-lang-go="`effectiveSearchStart`" pulumi-lang-python="`effective_search_start`" pulumi-lang-yaml="`effectiveSearchStart`" pulumi-lang-java="`effectiveSearchStart`">`effective_search_start`</span>. This property must be specified in RFC 3339 format.
     */
    start?: pulumi.Input<string | undefined>;
    /**
     * The desired state for the ML datafeed. Valid values are <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span> and <span pulumi-lang-nodejs="`stopped`" pulumi-lang-dotnet="`Stopped`" pulumi-lang-go="`stopped`" pulumi-lang-python="`stopped`" pulumi-lang-yaml="`stopped`" pulumi-lang-java="`stopped`">`stopped`</span>.
     */
    state?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlDatafeedStateTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlDatafeedState resource.
 */
export interface ElasticsearchMlDatafeedStateArgs {
    /**
     * Identifier for the ML datafeed.
     */
    datafeedId: pulumi.Input<string>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    datafeedTimeout?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlDatafeedStateElasticsearchConnection>[] | undefined>;
    /**
     * The time that the datafeed should end collecting data. When not specified, the datafeed continues in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search end, which is reported in <span pulumi-lang-nodejs="`effectiveSearchEnd`" pulumi-lang-dotnet="`EffectiveSearchEnd`" pulumi-lang-go="`effectiveSearchEnd`" pulumi-lang-python="`effective_search_end`" pulumi-lang-yaml="`effectiveSearchEnd`" pulumi-lang-java="`effectiveSearchEnd`">`effective_search_end`</span>. This property must be specified in RFC 3339 format.
     */
    end?: pulumi.Input<string | undefined>;
    /**
     * When stopping a datafeed, use to forcefully stop it.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * The time that the datafeed should start collecting data. When not specified, the datafeed starts in real-time. This value is preserved verbatim in state and is passed to the Start Datafeed API; Elasticsearch may use a different effective search start, which is reported in <span pulumi-lang-nodejs="`effectiveSearchStart`" pulumi-lang-dotnet="`EffectiveSearchStart`" pulumi-lang-go="`effectiveSearchStart`" pulumi-lang-python="`effective_search_start`" pulumi-lang-yaml="`effectiveSearchStart`" pulumi-lang-java="`effectiveSearchStart`">`effective_search_start`</span>. This property must be specified in RFC 3339 format.
     */
    start?: pulumi.Input<string | undefined>;
    /**
     * The desired state for the ML datafeed. Valid values are <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span> and <span pulumi-lang-nodejs="`stopped`" pulumi-lang-dotnet="`Stopped`" pulumi-lang-go="`stopped`" pulumi-lang-python="`stopped`" pulumi-lang-yaml="`stopped`" pulumi-lang-java="`stopped`">`stopped`</span>.
     */
    state: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlDatafeedStateTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlDatafeedState.d.ts.map
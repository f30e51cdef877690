import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchCcrAutoFollowPattern extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchCcrAutoFollowPattern resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchCcrAutoFollowPatternState, opts?: pulumi.CustomResourceOptions): ElasticsearchCcrAutoFollowPattern;
    /**
     * Returns true if the given object is an instance of ElasticsearchCcrAutoFollowPattern.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchCcrAutoFollowPattern;
    /**
     * Desired state of the auto-follow pattern. When <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the pattern is paused.
     */
    readonly active: pulumi.Output<boolean>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchCcrAutoFollowPatternElasticsearchConnection[] | undefined>;
    /**
     * Name template for follower indices; `{{leader_index}}` is substituted with the matched leader index name.
     */
    readonly followIndexPattern: pulumi.Output<string | undefined>;
    /**
     * Simple index patterns that exclude indices from being auto-followed even when they match <span pulumi-lang-nodejs="`leaderIndexPatterns`" pulumi-lang-dotnet="`LeaderIndexPatterns`" pulumi-lang-go="`leaderIndexPatterns`" pulumi-lang-python="`leader_index_patterns`" pulumi-lang-yaml="`leaderIndexPatterns`" pulumi-lang-java="`leaderIndexPatterns`">`leader_index_patterns`</span>.
     */
    readonly leaderIndexExclusionPatterns: pulumi.Output<string[]>;
    /**
     * One or more simple index patterns to match against indices in the remote cluster.
     */
    readonly leaderIndexPatterns: pulumi.Output<string[]>;
    /**
     * Maximum number of outstanding read requests from the remote cluster.
     */
    readonly maxOutstandingReadRequests: pulumi.Output<number>;
    /**
     * Maximum number of outstanding write requests on the follower.
     */
    readonly maxOutstandingWriteRequests: pulumi.Output<number | undefined>;
    /**
     * Maximum number of operations to pull per read from the remote cluster.
     */
    readonly maxReadRequestOperationCount: pulumi.Output<number | undefined>;
    /**
     * Maximum size in bytes per read batch from the remote cluster (e.g. `"100mb"`).
     */
    readonly maxReadRequestSize: pulumi.Output<string | undefined>;
    /**
     * Maximum time to wait before retrying a failed operation (e.g. `"10s"`).
     */
    readonly maxRetryDelay: pulumi.Output<string | undefined>;
    /**
     * Maximum number of operations queued for writing.
     */
    readonly maxWriteBufferCount: pulumi.Output<number | undefined>;
    /**
     * Maximum total bytes of operations queued for writing (e.g. `"100mb"`).
     */
    readonly maxWriteBufferSize: pulumi.Output<string | undefined>;
    /**
     * Maximum number of operations per bulk write request on the follower.
     */
    readonly maxWriteRequestOperationCount: pulumi.Output<number | undefined>;
    /**
     * Maximum total bytes per bulk write request on the follower (e.g. `"100mb"`).
     */
    readonly maxWriteRequestSize: pulumi.Output<string | undefined>;
    /**
     * Name of the auto-follow pattern.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readonly readPollTimeout: pulumi.Output<string | undefined>;
    /**
     * Remote cluster alias containing leader indices to match.
     */
    readonly remoteCluster: pulumi.Output<string>;
    /**
     * JSON-encoded index settings to apply to auto-created follower indices. Write-only; not returned by the auto-follow API.
     */
    readonly settingsRaw: pulumi.Output<string | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchCcrAutoFollowPatternTimeouts | undefined>;
    /**
     * Create a ElasticsearchCcrAutoFollowPattern resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchCcrAutoFollowPatternArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchCcrAutoFollowPattern resources.
 */
export interface ElasticsearchCcrAutoFollowPatternState {
    /**
     * Desired state of the auto-follow pattern. When <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the pattern is paused.
     */
    active?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchCcrAutoFollowPatternElasticsearchConnection>[] | undefined>;
    /**
     * Name template for follower indices; `{{leader_index}}` is substituted with the matched leader index name.
     */
    followIndexPattern?: pulumi.Input<string | undefined>;
    /**
     * Simple index patterns that exclude indices from being auto-followed even when they match <span pulumi-lang-nodejs="`leaderIndexPatterns`" pulumi-lang-dotnet="`LeaderIndexPatterns`" pulumi-lang-go="`leaderIndexPatterns`" pulumi-lang-python="`leader_index_patterns`" pulumi-lang-yaml="`leaderIndexPatterns`" pulumi-lang-java="`leaderIndexPatterns`">`leader_index_patterns`</span>.
     */
    leaderIndexExclusionPatterns?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * One or more simple index patterns to match against indices in the remote cluster.
     */
    leaderIndexPatterns?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Maximum number of outstanding read requests from the remote cluster.
     */
    maxOutstandingReadRequests?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of outstanding write requests on the follower.
     */
    maxOutstandingWriteRequests?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of operations to pull per read from the remote cluster.
     */
    maxReadRequestOperationCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum size in bytes per read batch from the remote cluster (e.g. `"100mb"`).
     */
    maxReadRequestSize?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait before retrying a failed operation (e.g. `"10s"`).
     */
    maxRetryDelay?: pulumi.Input<string | undefined>;
    /**
     * Maximum number of operations queued for writing.
     */
    maxWriteBufferCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum total bytes of operations queued for writing (e.g. `"100mb"`).
     */
    maxWriteBufferSize?: pulumi.Input<string | undefined>;
    /**
     * Maximum number of operations per bulk write request on the follower.
     */
    maxWriteRequestOperationCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum total bytes per bulk write request on the follower (e.g. `"100mb"`).
     */
    maxWriteRequestSize?: pulumi.Input<string | undefined>;
    /**
     * Name of the auto-follow pattern.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readPollTimeout?: pulumi.Input<string | undefined>;
    /**
     * Remote cluster alias containing leader indices to match.
     */
    remoteCluster?: pulumi.Input<string | undefined>;
    /**
     * JSON-encoded index settings to apply to auto-created follower indices. Write-only; not returned by the auto-follow API.
     */
    settingsRaw?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchCcrAutoFollowPatternTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchCcrAutoFollowPattern resource.
 */
export interface ElasticsearchCcrAutoFollowPatternArgs {
    /**
     * Desired state of the auto-follow pattern. When <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the pattern is paused.
     */
    active?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchCcrAutoFollowPatternElasticsearchConnection>[] | undefined>;
    /**
     * Name template for follower indices; `{{leader_index}}` is substituted with the matched leader index name.
     */
    followIndexPattern?: pulumi.Input<string | undefined>;
    /**
     * Simple index patterns that exclude indices from being auto-followed even when they match <span pulumi-lang-nodejs="`leaderIndexPatterns`" pulumi-lang-dotnet="`LeaderIndexPatterns`" pulumi-lang-go="`leaderIndexPatterns`" pulumi-lang-python="`leader_index_patterns`" pulumi-lang-yaml="`leaderIndexPatterns`" pulumi-lang-java="`leaderIndexPatterns`">`leader_index_patterns`</span>.
     */
    leaderIndexExclusionPatterns?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * One or more simple index patterns to match against indices in the remote cluster.
     */
    leaderIndexPatterns: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Maximum number of outstanding read requests from the remote cluster.
     */
    maxOutstandingReadRequests?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of outstanding write requests on the follower.
     */
    maxOutstandingWriteRequests?: pulumi.Input<number | undefined>;
    /**
     * Maximum number of operations to pull per read from the remote cluster.
     */
    maxReadRequestOperationCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum size in bytes per read batch from the remote cluster (e.g. `"100mb"`).
     */
    maxReadRequestSize?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait before retrying a failed operation (e.g. `"10s"`).
     */
    maxRetryDelay?: pulumi.Input<string | undefined>;
    /**
     * Maximum number of operations queued for writing.
     */
    maxWriteBufferCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum total bytes of operations queued for writing (e.g. `"100mb"`).
     */
    maxWriteBufferSize?: pulumi.Input<string | undefined>;
    /**
     * Maximum number of operations per bulk write request on the follower.
     */
    maxWriteRequestOperationCount?: pulumi.Input<number | undefined>;
    /**
     * Maximum total bytes per bulk write request on the follower (e.g. `"100mb"`).
     */
    maxWriteRequestSize?: pulumi.Input<string | undefined>;
    /**
     * Name of the auto-follow pattern.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readPollTimeout?: pulumi.Input<string | undefined>;
    /**
     * Remote cluster alias containing leader indices to match.
     */
    remoteCluster: pulumi.Input<string>;
    /**
     * JSON-encoded index settings to apply to auto-created follower indices. Write-only; not returned by the auto-follow API.
     */
    settingsRaw?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchCcrAutoFollowPatternTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchCcrAutoFollowPattern.d.ts.map
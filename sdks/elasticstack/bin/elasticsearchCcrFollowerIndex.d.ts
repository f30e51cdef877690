import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchCcrFollowerIndex extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchCcrFollowerIndex resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchCcrFollowerIndexState, opts?: pulumi.CustomResourceOptions): ElasticsearchCcrFollowerIndex;
    /**
     * Returns true if the given object is an instance of ElasticsearchCcrFollowerIndex.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchCcrFollowerIndex;
    /**
     * Local data stream name when following a data stream leader. Requires Elasticsearch 8.4.0 or later. Write-only; not returned by the CCR info API.
     */
    readonly dataStreamName: pulumi.Output<string | undefined>;
    /**
     * When true, destroy deletes the underlying index after unfollowing. When false (default), the index is opened as a regular index.
     */
    readonly deleteIndexOnDestroy: pulumi.Output<boolean>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchCcrFollowerIndexElasticsearchConnection[] | undefined>;
    /**
     * Name of the leader index on the remote cluster.
     */
    readonly leaderIndex: pulumi.Output<string>;
    /**
     * Maximum number of outstanding read requests from the remote cluster.
     */
    readonly maxOutstandingReadRequests: pulumi.Output<number>;
    /**
     * Maximum number of outstanding write requests on the follower.
     */
    readonly maxOutstandingWriteRequests: pulumi.Output<number>;
    /**
     * Maximum number of operations to pull per read from the remote cluster.
     */
    readonly maxReadRequestOperationCount: pulumi.Output<number>;
    /**
     * Maximum size in bytes per read batch from the remote cluster (e.g. `"100mb"`).
     */
    readonly maxReadRequestSize: pulumi.Output<string>;
    /**
     * Maximum time to wait before retrying a failed operation (e.g. `"10s"`).
     */
    readonly maxRetryDelay: pulumi.Output<string>;
    /**
     * Maximum number of operations queued for writing.
     */
    readonly maxWriteBufferCount: pulumi.Output<number>;
    /**
     * Maximum total bytes of operations queued for writing (e.g. `"100mb"`).
     */
    readonly maxWriteBufferSize: pulumi.Output<string>;
    /**
     * Maximum number of operations per bulk write request on the follower.
     */
    readonly maxWriteRequestOperationCount: pulumi.Output<number>;
    /**
     * Maximum total bytes per bulk write request on the follower (e.g. `"100mb"`).
     */
    readonly maxWriteRequestSize: pulumi.Output<string>;
    /**
     * Name of the follower index.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readonly readPollTimeout: pulumi.Output<string>;
    /**
     * Remote cluster alias containing the leader index.
     */
    readonly remoteCluster: pulumi.Output<string>;
    /**
     * JSON-encoded index settings to override from the leader index. Write-only; not returned by the CCR info API.
     */
    readonly settingsRaw: pulumi.Output<string | undefined>;
    /**
     * Desired replication status: <span pulumi-lang-nodejs="`active`" pulumi-lang-dotnet="`Active`" pulumi-lang-go="`active`" pulumi-lang-python="`active`" pulumi-lang-yaml="`active`" pulumi-lang-java="`active`">`active`</span> or <span pulumi-lang-nodejs="`paused`" pulumi-lang-dotnet="`Paused`" pulumi-lang-go="`paused`" pulumi-lang-python="`paused`" pulumi-lang-yaml="`paused`" pulumi-lang-java="`paused`">`paused`</span>.
     */
    readonly status: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchCcrFollowerIndexTimeouts | undefined>;
    /**
     * Create a ElasticsearchCcrFollowerIndex resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchCcrFollowerIndexArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchCcrFollowerIndex resources.
 */
export interface ElasticsearchCcrFollowerIndexState {
    /**
     * Local data stream name when following a data stream leader. Requires Elasticsearch 8.4.0 or later. Write-only; not returned by the CCR info API.
     */
    dataStreamName?: pulumi.Input<string | undefined>;
    /**
     * When true, destroy deletes the underlying index after unfollowing. When false (default), the index is opened as a regular index.
     */
    deleteIndexOnDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchCcrFollowerIndexElasticsearchConnection>[] | undefined>;
    /**
     * Name of the leader index on the remote cluster.
     */
    leaderIndex?: pulumi.Input<string | undefined>;
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
     * Name of the follower index.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readPollTimeout?: pulumi.Input<string | undefined>;
    /**
     * Remote cluster alias containing the leader index.
     */
    remoteCluster?: pulumi.Input<string | undefined>;
    /**
     * JSON-encoded index settings to override from the leader index. Write-only; not returned by the CCR info API.
     */
    settingsRaw?: pulumi.Input<string | undefined>;
    /**
     * Desired replication status: <span pulumi-lang-nodejs="`active`" pulumi-lang-dotnet="`Active`" pulumi-lang-go="`active`" pulumi-lang-python="`active`" pulumi-lang-yaml="`active`" pulumi-lang-java="`active`">`active`</span> or <span pulumi-lang-nodejs="`paused`" pulumi-lang-dotnet="`Paused`" pulumi-lang-go="`paused`" pulumi-lang-python="`paused`" pulumi-lang-yaml="`paused`" pulumi-lang-java="`paused`">`paused`</span>.
     */
    status?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchCcrFollowerIndexTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchCcrFollowerIndex resource.
 */
export interface ElasticsearchCcrFollowerIndexArgs {
    /**
     * Local data stream name when following a data stream leader. Requires Elasticsearch 8.4.0 or later. Write-only; not returned by the CCR info API.
     */
    dataStreamName?: pulumi.Input<string | undefined>;
    /**
     * When true, destroy deletes the underlying index after unfollowing. When false (default), the index is opened as a regular index.
     */
    deleteIndexOnDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchCcrFollowerIndexElasticsearchConnection>[] | undefined>;
    /**
     * Name of the leader index on the remote cluster.
     */
    leaderIndex: pulumi.Input<string>;
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
     * Name of the follower index.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Maximum time to wait for new operations on the remote cluster when synchronized (e.g. `"10m"`).
     */
    readPollTimeout?: pulumi.Input<string | undefined>;
    /**
     * Remote cluster alias containing the leader index.
     */
    remoteCluster: pulumi.Input<string>;
    /**
     * JSON-encoded index settings to override from the leader index. Write-only; not returned by the CCR info API.
     */
    settingsRaw?: pulumi.Input<string | undefined>;
    /**
     * Desired replication status: <span pulumi-lang-nodejs="`active`" pulumi-lang-dotnet="`Active`" pulumi-lang-go="`active`" pulumi-lang-python="`active`" pulumi-lang-yaml="`active`" pulumi-lang-java="`active`">`active`</span> or <span pulumi-lang-nodejs="`paused`" pulumi-lang-dotnet="`Paused`" pulumi-lang-go="`paused`" pulumi-lang-python="`paused`" pulumi-lang-yaml="`paused`" pulumi-lang-java="`paused`">`paused`</span>.
     */
    status?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchCcrFollowerIndexTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchCcrFollowerIndex.d.ts.map
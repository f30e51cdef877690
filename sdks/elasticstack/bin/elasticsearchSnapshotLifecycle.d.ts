import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSnapshotLifecycle extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSnapshotLifecycle resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSnapshotLifecycleState, opts?: pulumi.CustomResourceOptions): ElasticsearchSnapshotLifecycle;
    /**
     * Returns true if the given object is an instance of ElasticsearchSnapshotLifecycle.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSnapshotLifecycle;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSnapshotLifecycleElasticsearchConnection[] | undefined>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`indices`" pulumi-lang-dotnet="`Indices`" pulumi-lang-go="`indices`" pulumi-lang-python="`indices`" pulumi-lang-yaml="`indices`" pulumi-lang-java="`indices`">`indices`</span> parameter match data streams and indices. Supports comma-separated values, such as `closed,hidden`.
     */
    readonly expandWildcards: pulumi.Output<string>;
    /**
     * Time period after which a snapshot is considered expired and eligible for deletion.
     */
    readonly expireAfter: pulumi.Output<string>;
    /**
     * Feature states to include in the snapshot.
     */
    readonly featureStates: pulumi.Output<string[]>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the snapshot fails if any data stream or index in indices is missing or closed. If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the snapshot ignores missing or closed data streams and indices.
     */
    readonly ignoreUnavailable: pulumi.Output<boolean>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, include the cluster state in the snapshot.
     */
    readonly includeGlobalState: pulumi.Output<boolean>;
    /**
     * List of data streams and indices to include in the snapshot.
     */
    readonly indices: pulumi.Output<string[]>;
    /**
     * Maximum number of snapshots to retain, even if the snapshots have not yet expired.
     */
    readonly maxCount: pulumi.Output<number>;
    /**
     * Attaches arbitrary metadata to the snapshot.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * Minimum number of snapshots to retain, even if the snapshots have expired.
     */
    readonly minCount: pulumi.Output<number>;
    /**
     * ID for the snapshot lifecycle policy you want to create or update.
     */
    readonly name: pulumi.Output<string>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the entire snapshot will fail if one or more indices included in the snapshot do not have all primary shards available.
     */
    readonly partial: pulumi.Output<boolean>;
    /**
     * Repository used to store snapshots created by this policy.
     */
    readonly repository: pulumi.Output<string>;
    /**
     * Periodic or absolute schedule at which the policy creates snapshots.
     */
    readonly schedule: pulumi.Output<string>;
    /**
     * Name automatically assigned to each snapshot created by the policy.
     */
    readonly snapshotName: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSnapshotLifecycleTimeouts | undefined>;
    /**
     * Create a ElasticsearchSnapshotLifecycle resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchSnapshotLifecycleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSnapshotLifecycle resources.
 */
export interface ElasticsearchSnapshotLifecycleState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSnapshotLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`indices`" pulumi-lang-dotnet="`Indices`" pulumi-lang-go="`indices`" pulumi-lang-python="`indices`" pulumi-lang-yaml="`indices`" pulumi-lang-java="`indices`">`indices`</span> parameter match data streams and indices. Supports comma-separated values, such as `closed,hidden`.
     */
    expandWildcards?: pulumi.Input<string | undefined>;
    /**
     * Time period after which a snapshot is considered expired and eligible for deletion.
     */
    expireAfter?: pulumi.Input<string | undefined>;
    /**
     * Feature states to include in the snapshot.
     */
    featureStates?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the snapshot fails if any data stream or index in indices is missing or closed. If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the snapshot ignores missing or closed data streams and indices.
     */
    ignoreUnavailable?: pulumi.Input<boolean | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, include the cluster state in the snapshot.
     */
    includeGlobalState?: pulumi.Input<boolean | undefined>;
    /**
     * List of data streams and indices to include in the snapshot.
     */
    indices?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Maximum number of snapshots to retain, even if the snapshots have not yet expired.
     */
    maxCount?: pulumi.Input<number | undefined>;
    /**
     * Attaches arbitrary metadata to the snapshot.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Minimum number of snapshots to retain, even if the snapshots have expired.
     */
    minCount?: pulumi.Input<number | undefined>;
    /**
     * ID for the snapshot lifecycle policy you want to create or update.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the entire snapshot will fail if one or more indices included in the snapshot do not have all primary shards available.
     */
    partial?: pulumi.Input<boolean | undefined>;
    /**
     * Repository used to store snapshots created by this policy.
     */
    repository?: pulumi.Input<string | undefined>;
    /**
     * Periodic or absolute schedule at which the policy creates snapshots.
     */
    schedule?: pulumi.Input<string | undefined>;
    /**
     * Name automatically assigned to each snapshot created by the policy.
     */
    snapshotName?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSnapshotLifecycleTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSnapshotLifecycle resource.
 */
export interface ElasticsearchSnapshotLifecycleArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSnapshotLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`indices`" pulumi-lang-dotnet="`Indices`" pulumi-lang-go="`indices`" pulumi-lang-python="`indices`" pulumi-lang-yaml="`indices`" pulumi-lang-java="`indices`">`indices`</span> parameter match data streams and indices. Supports comma-separated values, such as `closed,hidden`.
     */
    expandWildcards?: pulumi.Input<string | undefined>;
    /**
     * Time period after which a snapshot is considered expired and eligible for deletion.
     */
    expireAfter?: pulumi.Input<string | undefined>;
    /**
     * Feature states to include in the snapshot.
     */
    featureStates?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the snapshot fails if any data stream or index in indices is missing or closed. If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the snapshot ignores missing or closed data streams and indices.
     */
    ignoreUnavailable?: pulumi.Input<boolean | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, include the cluster state in the snapshot.
     */
    includeGlobalState?: pulumi.Input<boolean | undefined>;
    /**
     * List of data streams and indices to include in the snapshot.
     */
    indices?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Maximum number of snapshots to retain, even if the snapshots have not yet expired.
     */
    maxCount?: pulumi.Input<number | undefined>;
    /**
     * Attaches arbitrary metadata to the snapshot.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Minimum number of snapshots to retain, even if the snapshots have expired.
     */
    minCount?: pulumi.Input<number | undefined>;
    /**
     * ID for the snapshot lifecycle policy you want to create or update.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>, the entire snapshot will fail if one or more indices included in the snapshot do not have all primary shards available.
     */
    partial?: pulumi.Input<boolean | undefined>;
    /**
     * Repository used to store snapshots created by this policy.
     */
    repository: pulumi.Input<string>;
    /**
     * Periodic or absolute schedule at which the policy creates snapshots.
     */
    schedule: pulumi.Input<string>;
    /**
     * Name automatically assigned to each snapshot created by the policy.
     */
    snapshotName?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSnapshotLifecycleTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchSnapshotLifecycle.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSnapshotRepository extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSnapshotRepository resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSnapshotRepositoryState, opts?: pulumi.CustomResourceOptions): ElasticsearchSnapshotRepository;
    /**
     * Returns true if the given object is an instance of ElasticsearchSnapshotRepository.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSnapshotRepository;
    /**
     * Azure repository. Stores snapshots in Microsoft Azure Blob Storage.
     */
    readonly azure: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryAzure | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryElasticsearchConnection[] | undefined>;
    /**
     * Shared filesystem repository. Repositories of this type use a shared filesystem to store snapshots. This filesystem must be accessible to all master and data nodes in the cluster.
     */
    readonly fs: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryFs | undefined>;
    /**
     * Google Cloud Storage repository. Stores snapshots in a Google Cloud Storage bucket.
     */
    readonly gcs: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryGcs | undefined>;
    /**
     * HDFS repository. Stores snapshots in Hadoop Distributed File System.
     */
    readonly hdfs: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryHdfs | undefined>;
    /**
     * Name of the snapshot repository to register or update.
     */
    readonly name: pulumi.Output<string>;
    /**
     * S3 repository. Stores snapshots in an Amazon S3 bucket.
     */
    readonly s3: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryS3 | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryTimeouts | undefined>;
    /**
     * URL repository. Provides read-only access to a shared filesystem repository.
     */
    readonly url: pulumi.Output<outputs.ElasticsearchSnapshotRepositoryUrl | undefined>;
    /**
     * If true, the request verifies the repository is functional on all master and data nodes in the cluster.
     */
    readonly verify: pulumi.Output<boolean>;
    /**
     * Create a ElasticsearchSnapshotRepository resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchSnapshotRepositoryArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSnapshotRepository resources.
 */
export interface ElasticsearchSnapshotRepositoryState {
    /**
     * Azure repository. Stores snapshots in Microsoft Azure Blob Storage.
     */
    azure?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryAzure | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSnapshotRepositoryElasticsearchConnection>[] | undefined>;
    /**
     * Shared filesystem repository. Repositories of this type use a shared filesystem to store snapshots. This filesystem must be accessible to all master and data nodes in the cluster.
     */
    fs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryFs | undefined>;
    /**
     * Google Cloud Storage repository. Stores snapshots in a Google Cloud Storage bucket.
     */
    gcs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryGcs | undefined>;
    /**
     * HDFS repository. Stores snapshots in Hadoop Distributed File System.
     */
    hdfs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryHdfs | undefined>;
    /**
     * Name of the snapshot repository to register or update.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * S3 repository. Stores snapshots in an Amazon S3 bucket.
     */
    s3?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryS3 | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryTimeouts | undefined>;
    /**
     * URL repository. Provides read-only access to a shared filesystem repository.
     */
    url?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryUrl | undefined>;
    /**
     * If true, the request verifies the repository is functional on all master and data nodes in the cluster.
     */
    verify?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSnapshotRepository resource.
 */
export interface ElasticsearchSnapshotRepositoryArgs {
    /**
     * Azure repository. Stores snapshots in Microsoft Azure Blob Storage.
     */
    azure?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryAzure | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSnapshotRepositoryElasticsearchConnection>[] | undefined>;
    /**
     * Shared filesystem repository. Repositories of this type use a shared filesystem to store snapshots. This filesystem must be accessible to all master and data nodes in the cluster.
     */
    fs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryFs | undefined>;
    /**
     * Google Cloud Storage repository. Stores snapshots in a Google Cloud Storage bucket.
     */
    gcs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryGcs | undefined>;
    /**
     * HDFS repository. Stores snapshots in Hadoop Distributed File System.
     */
    hdfs?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryHdfs | undefined>;
    /**
     * Name of the snapshot repository to register or update.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * S3 repository. Stores snapshots in an Amazon S3 bucket.
     */
    s3?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryS3 | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryTimeouts | undefined>;
    /**
     * URL repository. Provides read-only access to a shared filesystem repository.
     */
    url?: pulumi.Input<inputs.ElasticsearchSnapshotRepositoryUrl | undefined>;
    /**
     * If true, the request verifies the repository is functional on all master and data nodes in the cluster.
     */
    verify?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=elasticsearchSnapshotRepository.d.ts.map
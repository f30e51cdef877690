import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlAnomalyDetectionJob extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlAnomalyDetectionJob resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlAnomalyDetectionJobState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlAnomalyDetectionJob;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlAnomalyDetectionJob.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlAnomalyDetectionJob;
    /**
     * Advanced configuration option. Specifies whether this job can open when there is insufficient machine learning node capacity for it to be immediately assigned to a node.
     */
    readonly allowLazyOpen: pulumi.Output<boolean>;
    /**
     * Specifies how to analyze the data. After you create a job, you cannot change the analysis configuration; all the properties are informational.
     */
    readonly analysisConfig: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobAnalysisConfig>;
    /**
     * Limits can be applied for the resources required to hold the mathematical models in memory.
     */
    readonly analysisLimits: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobAnalysisLimits>;
    /**
     * Advanced configuration option. The time between each periodic persistence of the model.
     */
    readonly backgroundPersistInterval: pulumi.Output<string | undefined>;
    /**
     * The time the job was created.
     */
    readonly createTime: pulumi.Output<string>;
    /**
     * Advanced configuration option. Contains custom meta data about the job. For example, it can contain custom URL information.
     */
    readonly customSettings: pulumi.Output<string | undefined>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    readonly dailyModelSnapshotRetentionAfterDays: pulumi.Output<number>;
    /**
     * Defines the format of the input data when you send data to the job by using the post data API.
     */
    readonly dataDescription: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobDataDescription>;
    /**
     * A description of the job.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobElasticsearchConnection[] | undefined>;
    /**
     * A set of job groups. A job can belong to no groups or many.
     */
    readonly groups: pulumi.Output<string[] | undefined>;
    /**
     * The identifier for the anomaly detection job.
     *
     * This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    readonly jobId: pulumi.Output<string>;
    /**
     * Reserved for future use, currently set to anomaly_detector.
     */
    readonly jobType: pulumi.Output<string>;
    /**
     * The version of Elasticsearch when the job was created.
     */
    readonly jobVersion: pulumi.Output<string>;
    /**
     * This advanced configuration option stores model information along with the results. It provides a more detailed view into anomaly detection.
     */
    readonly modelPlotConfig: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobModelPlotConfig | undefined>;
    /**
     * A numerical character string that uniquely identifies the model snapshot.
     */
    readonly modelSnapshotId: pulumi.Output<string>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    readonly modelSnapshotRetentionDays: pulumi.Output<number>;
    /**
     * Advanced configuration option. The period over which adjustments to the score are applied, as new data is seen.
     */
    readonly renormalizationWindowDays: pulumi.Output<number | undefined>;
    /**
     * A text string that affects the name of the machine learning results index. Do not start the value with `custom-`; Elasticsearch automatically adds this prefix.
     */
    readonly resultsIndexName: pulumi.Output<string>;
    /**
     * Advanced configuration option. The period of time (in days) that results are retained.
     */
    readonly resultsRetentionDays: pulumi.Output<number | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlAnomalyDetectionJobTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlAnomalyDetectionJob resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlAnomalyDetectionJobArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlAnomalyDetectionJob resources.
 */
export interface ElasticsearchMlAnomalyDetectionJobState {
    /**
     * Advanced configuration option. Specifies whether this job can open when there is insufficient machine learning node capacity for it to be immediately assigned to a node.
     */
    allowLazyOpen?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies how to analyze the data. After you create a job, you cannot change the analysis configuration; all the properties are informational.
     */
    analysisConfig?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobAnalysisConfig | undefined>;
    /**
     * Limits can be applied for the resources required to hold the mathematical models in memory.
     */
    analysisLimits?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobAnalysisLimits | undefined>;
    /**
     * Advanced configuration option. The time between each periodic persistence of the model.
     */
    backgroundPersistInterval?: pulumi.Input<string | undefined>;
    /**
     * The time the job was created.
     */
    createTime?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option. Contains custom meta data about the job. For example, it can contain custom URL information.
     */
    customSettings?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    dailyModelSnapshotRetentionAfterDays?: pulumi.Input<number | undefined>;
    /**
     * Defines the format of the input data when you send data to the job by using the post data API.
     */
    dataDescription?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobDataDescription | undefined>;
    /**
     * A description of the job.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobElasticsearchConnection>[] | undefined>;
    /**
     * A set of job groups. A job can belong to no groups or many.
     */
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The identifier for the anomaly detection job.
     *
     * This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    jobId?: pulumi.Input<string | undefined>;
    /**
     * Reserved for future use, currently set to anomaly_detector.
     */
    jobType?: pulumi.Input<string | undefined>;
    /**
     * The version of Elasticsearch when the job was created.
     */
    jobVersion?: pulumi.Input<string | undefined>;
    /**
     * This advanced configuration option stores model information along with the results. It provides a more detailed view into anomaly detection.
     */
    modelPlotConfig?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobModelPlotConfig | undefined>;
    /**
     * A numerical character string that uniquely identifies the model snapshot.
     */
    modelSnapshotId?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    modelSnapshotRetentionDays?: pulumi.Input<number | undefined>;
    /**
     * Advanced configuration option. The period over which adjustments to the score are applied, as new data is seen.
     */
    renormalizationWindowDays?: pulumi.Input<number | undefined>;
    /**
     * A text string that affects the name of the machine learning results index. Do not start the value with `custom-`; Elasticsearch automatically adds this prefix.
     */
    resultsIndexName?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option. The period of time (in days) that results are retained.
     */
    resultsRetentionDays?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlAnomalyDetectionJob resource.
 */
export interface ElasticsearchMlAnomalyDetectionJobArgs {
    /**
     * Advanced configuration option. Specifies whether this job can open when there is insufficient machine learning node capacity for it to be immediately assigned to a node.
     */
    allowLazyOpen?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies how to analyze the data. After you create a job, you cannot change the analysis configuration; all the properties are informational.
     */
    analysisConfig: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobAnalysisConfig>;
    /**
     * Limits can be applied for the resources required to hold the mathematical models in memory.
     */
    analysisLimits?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobAnalysisLimits | undefined>;
    /**
     * Advanced configuration option. The time between each periodic persistence of the model.
     */
    backgroundPersistInterval?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option. Contains custom meta data about the job. For example, it can contain custom URL information.
     */
    customSettings?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    dailyModelSnapshotRetentionAfterDays?: pulumi.Input<number | undefined>;
    /**
     * Defines the format of the input data when you send data to the job by using the post data API.
     */
    dataDescription: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobDataDescription>;
    /**
     * A description of the job.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobElasticsearchConnection>[] | undefined>;
    /**
     * A set of job groups. A job can belong to no groups or many.
     */
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The identifier for the anomaly detection job.
     *
     * This identifier can contain lowercase alphanumeric characters (a-z and 0-9), hyphens, and underscores. It must start and end with alphanumeric characters.
     */
    jobId: pulumi.Input<string>;
    /**
     * This advanced configuration option stores model information along with the results. It provides a more detailed view into anomaly detection.
     */
    modelPlotConfig?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobModelPlotConfig | undefined>;
    /**
     * Advanced configuration option, which affects the automatic removal of old model snapshots for this job.
     */
    modelSnapshotRetentionDays?: pulumi.Input<number | undefined>;
    /**
     * Advanced configuration option. The period over which adjustments to the score are applied, as new data is seen.
     */
    renormalizationWindowDays?: pulumi.Input<number | undefined>;
    /**
     * A text string that affects the name of the machine learning results index. Do not start the value with `custom-`; Elasticsearch automatically adds this prefix.
     */
    resultsIndexName?: pulumi.Input<string | undefined>;
    /**
     * Advanced configuration option. The period of time (in days) that results are retained.
     */
    resultsRetentionDays?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlAnomalyDetectionJobTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlAnomalyDetectionJob.d.ts.map
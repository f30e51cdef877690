import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchLogstashPipeline extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchLogstashPipeline resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchLogstashPipelineState, opts?: pulumi.CustomResourceOptions): ElasticsearchLogstashPipeline;
    /**
     * Returns true if the given object is an instance of ElasticsearchLogstashPipeline.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchLogstashPipeline;
    /**
     * Description of the pipeline.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchLogstashPipelineElasticsearchConnection[] | undefined>;
    /**
     * Date the pipeline was last updated.
     */
    readonly lastModified: pulumi.Output<string>;
    /**
     * Configuration for the pipeline.
     */
    readonly pipeline: pulumi.Output<string>;
    /**
     * Time in milliseconds to wait for each event before sending an undersized batch to pipeline workers.
     */
    readonly pipelineBatchDelay: pulumi.Output<number>;
    /**
     * The maximum number of events an individual worker thread collects before executing filters and outputs.
     */
    readonly pipelineBatchSize: pulumi.Output<number>;
    /**
     * Sets the pipeline default value for ecs_compatibility, a setting that is available to plugins that implement an ECS compatibility mode for use with the Elastic Common Schema.
     */
    readonly pipelineEcsCompatibility: pulumi.Output<string>;
    /**
     * Identifier for the pipeline.
     */
    readonly pipelineId: pulumi.Output<string>;
    /**
     * Optional JSON metadata about the pipeline.
     */
    readonly pipelineMetadata: pulumi.Output<string>;
    /**
     * Set the pipeline event ordering.
     */
    readonly pipelineOrdered: pulumi.Output<string>;
    /**
     * (Beta) Load Java plugins in independent classloaders to isolate their dependencies.
     */
    readonly pipelinePluginClassloaders: pulumi.Output<boolean>;
    /**
     * Forces Logstash to exit during shutdown even if there are still inflight events in memory.
     */
    readonly pipelineUnsafeShutdown: pulumi.Output<boolean>;
    /**
     * The number of parallel workers used to run the filter and output stages of the pipeline.
     */
    readonly pipelineWorkers: pulumi.Output<number>;
    /**
     * The maximum number of ACKed events before forcing a checkpoint when persistent queues are enabled.
     */
    readonly queueCheckpointAcks: pulumi.Output<number>;
    /**
     * When enabled, Logstash will retry four times per attempted checkpoint write for any checkpoint writes that fail. Any subsequent errors are not retried.
     */
    readonly queueCheckpointRetry: pulumi.Output<boolean>;
    /**
     * The maximum number of written events before forcing a checkpoint when persistent queues are enabled.
     */
    readonly queueCheckpointWrites: pulumi.Output<number>;
    /**
     * When enabled, Logstash waits until the persistent queue is drained before shutting down.
     */
    readonly queueDrain: pulumi.Output<boolean>;
    /**
     * Units for the total capacity of the queue when persistent queues are enabled.
     */
    readonly queueMaxBytes: pulumi.Output<string>;
    /**
     * The maximum number of unread events in the queue when persistent queues are enabled.
     */
    readonly queueMaxEvents: pulumi.Output<number>;
    /**
     * The size of the page data files used when persistent queues are enabled. The queue data consists of append-only data files separated into pages.
     */
    readonly queuePageCapacity: pulumi.Output<string>;
    /**
     * The internal queueing model for event buffering. Options are memory for in-memory queueing, or persisted for disk-based acknowledged queueing.
     */
    readonly queueType: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchLogstashPipelineTimeouts | undefined>;
    /**
     * User who last updated the pipeline.
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ElasticsearchLogstashPipeline resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchLogstashPipelineArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchLogstashPipeline resources.
 */
export interface ElasticsearchLogstashPipelineState {
    /**
     * Description of the pipeline.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchLogstashPipelineElasticsearchConnection>[] | undefined>;
    /**
     * Date the pipeline was last updated.
     */
    lastModified?: pulumi.Input<string | undefined>;
    /**
     * Configuration for the pipeline.
     */
    pipeline?: pulumi.Input<string | undefined>;
    /**
     * Time in milliseconds to wait for each event before sending an undersized batch to pipeline workers.
     */
    pipelineBatchDelay?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of events an individual worker thread collects before executing filters and outputs.
     */
    pipelineBatchSize?: pulumi.Input<number | undefined>;
    /**
     * Sets the pipeline default value for ecs_compatibility, a setting that is available to plugins that implement an ECS compatibility mode for use with the Elastic Common Schema.
     */
    pipelineEcsCompatibility?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the pipeline.
     */
    pipelineId?: pulumi.Input<string | undefined>;
    /**
     * Optional JSON metadata about the pipeline.
     */
    pipelineMetadata?: pulumi.Input<string | undefined>;
    /**
     * Set the pipeline event ordering.
     */
    pipelineOrdered?: pulumi.Input<string | undefined>;
    /**
     * (Beta) Load Java plugins in independent classloaders to isolate their dependencies.
     */
    pipelinePluginClassloaders?: pulumi.Input<boolean | undefined>;
    /**
     * Forces Logstash to exit during shutdown even if there are still inflight events in memory.
     */
    pipelineUnsafeShutdown?: pulumi.Input<boolean | undefined>;
    /**
     * The number of parallel workers used to run the filter and output stages of the pipeline.
     */
    pipelineWorkers?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of ACKed events before forcing a checkpoint when persistent queues are enabled.
     */
    queueCheckpointAcks?: pulumi.Input<number | undefined>;
    /**
     * When enabled, Logstash will retry four times per attempted checkpoint write for any checkpoint writes that fail. Any subsequent errors are not retried.
     */
    queueCheckpointRetry?: pulumi.Input<boolean | undefined>;
    /**
     * The maximum number of written events before forcing a checkpoint when persistent queues are enabled.
     */
    queueCheckpointWrites?: pulumi.Input<number | undefined>;
    /**
     * When enabled, Logstash waits until the persistent queue is drained before shutting down.
     */
    queueDrain?: pulumi.Input<boolean | undefined>;
    /**
     * Units for the total capacity of the queue when persistent queues are enabled.
     */
    queueMaxBytes?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of unread events in the queue when persistent queues are enabled.
     */
    queueMaxEvents?: pulumi.Input<number | undefined>;
    /**
     * The size of the page data files used when persistent queues are enabled. The queue data consists of append-only data files separated into pages.
     */
    queuePageCapacity?: pulumi.Input<string | undefined>;
    /**
     * The internal queueing model for event buffering. Options are memory for in-memory queueing, or persisted for disk-based acknowledged queueing.
     */
    queueType?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchLogstashPipelineTimeouts | undefined>;
    /**
     * User who last updated the pipeline.
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchLogstashPipeline resource.
 */
export interface ElasticsearchLogstashPipelineArgs {
    /**
     * Description of the pipeline.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchLogstashPipelineElasticsearchConnection>[] | undefined>;
    /**
     * Configuration for the pipeline.
     */
    pipeline: pulumi.Input<string>;
    /**
     * Time in milliseconds to wait for each event before sending an undersized batch to pipeline workers.
     */
    pipelineBatchDelay?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of events an individual worker thread collects before executing filters and outputs.
     */
    pipelineBatchSize?: pulumi.Input<number | undefined>;
    /**
     * Sets the pipeline default value for ecs_compatibility, a setting that is available to plugins that implement an ECS compatibility mode for use with the Elastic Common Schema.
     */
    pipelineEcsCompatibility?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the pipeline.
     */
    pipelineId: pulumi.Input<string>;
    /**
     * Optional JSON metadata about the pipeline.
     */
    pipelineMetadata?: pulumi.Input<string | undefined>;
    /**
     * Set the pipeline event ordering.
     */
    pipelineOrdered?: pulumi.Input<string | undefined>;
    /**
     * (Beta) Load Java plugins in independent classloaders to isolate their dependencies.
     */
    pipelinePluginClassloaders?: pulumi.Input<boolean | undefined>;
    /**
     * Forces Logstash to exit during shutdown even if there are still inflight events in memory.
     */
    pipelineUnsafeShutdown?: pulumi.Input<boolean | undefined>;
    /**
     * The number of parallel workers used to run the filter and output stages of the pipeline.
     */
    pipelineWorkers?: pulumi.Input<number | undefined>;
    /**
     * The maximum number of ACKed events before forcing a checkpoint when persistent queues are enabled.
     */
    queueCheckpointAcks?: pulumi.Input<number | undefined>;
    /**
     * When enabled, Logstash will retry four times per attempted checkpoint write for any checkpoint writes that fail. Any subsequent errors are not retried.
     */
    queueCheckpointRetry?: pulumi.Input<boolean | undefined>;
    /**
     * The maximum number of written events before forcing a checkpoint when persistent queues are enabled.
     */
    queueCheckpointWrites?: pulumi.Input<number | undefined>;
    /**
     * When enabled, Logstash waits until the persistent queue is drained before shutting down.
     */
    queueDrain?: pulumi.Input<boolean | undefined>;
    /**
     * Units for the total capacity of the queue when persistent queues are enabled.
     */
    queueMaxBytes?: pulumi.Input<string | undefined>;
    /**
     * The maximum number of unread events in the queue when persistent queues are enabled.
     */
    queueMaxEvents?: pulumi.Input<number | undefined>;
    /**
     * The size of the page data files used when persistent queues are enabled. The queue data consists of append-only data files separated into pages.
     */
    queuePageCapacity?: pulumi.Input<string | undefined>;
    /**
     * The internal queueing model for event buffering. Options are memory for in-memory queueing, or persisted for disk-based acknowledged queueing.
     */
    queueType?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchLogstashPipelineTimeouts | undefined>;
    /**
     * User who last updated the pipeline.
     */
    username?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=elasticsearchLogstashPipeline.d.ts.map
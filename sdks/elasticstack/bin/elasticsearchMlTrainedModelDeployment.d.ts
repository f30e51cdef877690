import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlTrainedModelDeployment extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlTrainedModelDeployment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlTrainedModelDeploymentState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlTrainedModelDeployment;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlTrainedModelDeployment.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlTrainedModelDeployment;
    /**
     * Adaptive allocations configuration. When enabled, the number of allocations is set based on the current load. Cannot be set when <span pulumi-lang-nodejs="`numberOfAllocations`" pulumi-lang-dotnet="`NumberOfAllocations`" pulumi-lang-go="`numberOfAllocations`" pulumi-lang-python="`number_of_allocations`" pulumi-lang-yaml="`numberOfAllocations`" pulumi-lang-java="`numberOfAllocations`">`number_of_allocations`</span> is configured.
     */
    readonly adaptiveAllocations: pulumi.Output<outputs.ElasticsearchMlTrainedModelDeploymentAdaptiveAllocations | undefined>;
    /**
     * The detailed allocation state of the deployment.
     */
    readonly allocationStatus: pulumi.Output<string>;
    /**
     * Specifies the amount of time to wait for the model to deploy. This is the server-side start timeout.
     */
    readonly apiTimeout: pulumi.Output<string | undefined>;
    /**
     * A unique identifier for the deployment of the model. Defaults to the value of <span pulumi-lang-nodejs="`modelId`" pulumi-lang-dotnet="`ModelId`" pulumi-lang-go="`modelId`" pulumi-lang-python="`model_id`" pulumi-lang-yaml="`modelId`" pulumi-lang-java="`modelId`">`model_id`</span>.
     */
    readonly deploymentId: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlTrainedModelDeploymentElasticsearchConnection[] | undefined>;
    /**
     * When <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, passes `force=true` to the Stop Deployment API on destroy.
     */
    readonly forceStop: pulumi.Output<boolean>;
    /**
     * The unique identifier of the trained model to deploy.
     */
    readonly modelId: pulumi.Output<string>;
    /**
     * The number of model allocations on each node where the model is deployed. Cannot be set when <span pulumi-lang-nodejs="`adaptiveAllocations`" pulumi-lang-dotnet="`AdaptiveAllocations`" pulumi-lang-go="`adaptiveAllocations`" pulumi-lang-python="`adaptive_allocations`" pulumi-lang-yaml="`adaptiveAllocations`" pulumi-lang-java="`adaptiveAllocations`">`adaptive_allocations`</span> is configured.
     */
    readonly numberOfAllocations: pulumi.Output<number>;
    /**
     * The deployment priority. Valid values are <span pulumi-lang-nodejs="`low`" pulumi-lang-dotnet="`Low`" pulumi-lang-go="`low`" pulumi-lang-python="`low`" pulumi-lang-yaml="`low`" pulumi-lang-java="`low`">`low`</span> and <span pulumi-lang-nodejs="`normal`" pulumi-lang-dotnet="`Normal`" pulumi-lang-go="`normal`" pulumi-lang-python="`normal`" pulumi-lang-yaml="`normal`" pulumi-lang-java="`normal`">`normal`</span>.
     */
    readonly priority: pulumi.Output<string | undefined>;
    /**
     * Specifies the number of inference requests that are allowed in the queue.
     */
    readonly queueCapacity: pulumi.Output<number | undefined>;
    /**
     * The overall state of the deployment.
     */
    readonly state: pulumi.Output<string>;
    /**
     * The raw JSON of the trained model stats for this deployment.
     */
    readonly statsJson: pulumi.Output<string>;
    /**
     * Sets the number of threads used by each model allocation during inference.
     */
    readonly threadsPerAllocation: pulumi.Output<number | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlTrainedModelDeploymentTimeouts | undefined>;
    /**
     * Specifies the allocation status to wait for before returning. Valid values are <span pulumi-lang-nodejs="`starting`" pulumi-lang-dotnet="`Starting`" pulumi-lang-go="`starting`" pulumi-lang-python="`starting`" pulumi-lang-yaml="`starting`" pulumi-lang-java="`starting`">`starting`</span>, <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span>, and <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>. Defaults to <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>.
     */
    readonly waitFor: pulumi.Output<string>;
    /**
     * Create a ElasticsearchMlTrainedModelDeployment resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlTrainedModelDeploymentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlTrainedModelDeployment resources.
 */
export interface ElasticsearchMlTrainedModelDeploymentState {
    /**
     * Adaptive allocations configuration. When enabled, the number of allocations is set based on the current load. Cannot be set when <span pulumi-lang-nodejs="`numberOfAllocations`" pulumi-lang-dotnet="`NumberOfAllocations`" pulumi-lang-go="`numberOfAllocations`" pulumi-lang-python="`number_of_allocations`" pulumi-lang-yaml="`numberOfAllocations`" pulumi-lang-java="`numberOfAllocations`">`number_of_allocations`</span> is configured.
     */
    adaptiveAllocations?: pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentAdaptiveAllocations | undefined>;
    /**
     * The detailed allocation state of the deployment.
     */
    allocationStatus?: pulumi.Input<string | undefined>;
    /**
     * Specifies the amount of time to wait for the model to deploy. This is the server-side start timeout.
     */
    apiTimeout?: pulumi.Input<string | undefined>;
    /**
     * A unique identifier for the deployment of the model. Defaults to the value of <span pulumi-lang-nodejs="`modelId`" pulumi-lang-dotnet="`ModelId`" pulumi-lang-go="`modelId`" pulumi-lang-python="`model_id`" pulumi-lang-yaml="`modelId`" pulumi-lang-java="`modelId`">`model_id`</span>.
     */
    deploymentId?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentElasticsearchConnection>[] | undefined>;
    /**
     * When <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, passes `force=true` to the Stop Deployment API on destroy.
     */
    forceStop?: pulumi.Input<boolean | undefined>;
    /**
     * The unique identifier of the trained model to deploy.
     */
    modelId?: pulumi.Input<string | undefined>;
    /**
     * The number of model allocations on each node where the model is deployed. Cannot be set when <span pulumi-lang-nodejs="`adaptiveAllocations`" pulumi-lang-dotnet="`AdaptiveAllocations`" pulumi-lang-go="`adaptiveAllocations`" pulumi-lang-python="`adaptive_allocations`" pulumi-lang-yaml="`adaptiveAllocations`" pulumi-lang-java="`adaptiveAllocations`">`adaptive_allocations`</span> is configured.
     */
    numberOfAllocations?: pulumi.Input<number | undefined>;
    /**
     * The deployment priority. Valid values are <span pulumi-lang-nodejs="`low`" pulumi-lang-dotnet="`Low`" pulumi-lang-go="`low`" pulumi-lang-python="`low`" pulumi-lang-yaml="`low`" pulumi-lang-java="`low`">`low`</span> and <span pulumi-lang-nodejs="`normal`" pulumi-lang-dotnet="`Normal`" pulumi-lang-go="`normal`" pulumi-lang-python="`normal`" pulumi-lang-yaml="`normal`" pulumi-lang-java="`normal`">`normal`</span>.
     */
    priority?: pulumi.Input<string | undefined>;
    /**
     * Specifies the number of inference requests that are allowed in the queue.
     */
    queueCapacity?: pulumi.Input<number | undefined>;
    /**
     * The overall state of the deployment.
     */
    state?: pulumi.Input<string | undefined>;
    /**
     * The raw JSON of the trained model stats for this deployment.
     */
    statsJson?: pulumi.Input<string | undefined>;
    /**
     * Sets the number of threads used by each model allocation during inference.
     */
    threadsPerAllocation?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentTimeouts | undefined>;
    /**
     * Specifies the allocation status to wait for before returning. Valid values are <span pulumi-lang-nodejs="`starting`" pulumi-lang-dotnet="`Starting`" pulumi-lang-go="`starting`" pulumi-lang-python="`starting`" pulumi-lang-yaml="`starting`" pulumi-lang-java="`starting`">`starting`</span>, <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span>, and <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>. Defaults to <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>.
     */
    waitFor?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlTrainedModelDeployment resource.
 */
export interface ElasticsearchMlTrainedModelDeploymentArgs {
    /**
     * Adaptive allocations configuration. When enabled, the number of allocations is set based on the current load. Cannot be set when <span pulumi-lang-nodejs="`numberOfAllocations`" pulumi-lang-dotnet="`NumberOfAllocations`" pulumi-lang-go="`numberOfAllocations`" pulumi-lang-python="`number_of_allocations`" pulumi-lang-yaml="`numberOfAllocations`" pulumi-lang-java="`numberOfAllocations`">`number_of_allocations`</span> is configured.
     */
    adaptiveAllocations?: pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentAdaptiveAllocations | undefined>;
    /**
     * Specifies the amount of time to wait for the model to deploy. This is the server-side start timeout.
     */
    apiTimeout?: pulumi.Input<string | undefined>;
    /**
     * A unique identifier for the deployment of the model. Defaults to the value of <span pulumi-lang-nodejs="`modelId`" pulumi-lang-dotnet="`ModelId`" pulumi-lang-go="`modelId`" pulumi-lang-python="`model_id`" pulumi-lang-yaml="`modelId`" pulumi-lang-java="`modelId`">`model_id`</span>.
     */
    deploymentId?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentElasticsearchConnection>[] | undefined>;
    /**
     * When <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, passes `force=true` to the Stop Deployment API on destroy.
     */
    forceStop?: pulumi.Input<boolean | undefined>;
    /**
     * The unique identifier of the trained model to deploy.
     */
    modelId: pulumi.Input<string>;
    /**
     * The number of model allocations on each node where the model is deployed. Cannot be set when <span pulumi-lang-nodejs="`adaptiveAllocations`" pulumi-lang-dotnet="`AdaptiveAllocations`" pulumi-lang-go="`adaptiveAllocations`" pulumi-lang-python="`adaptive_allocations`" pulumi-lang-yaml="`adaptiveAllocations`" pulumi-lang-java="`adaptiveAllocations`">`adaptive_allocations`</span> is configured.
     */
    numberOfAllocations?: pulumi.Input<number | undefined>;
    /**
     * The deployment priority. Valid values are <span pulumi-lang-nodejs="`low`" pulumi-lang-dotnet="`Low`" pulumi-lang-go="`low`" pulumi-lang-python="`low`" pulumi-lang-yaml="`low`" pulumi-lang-java="`low`">`low`</span> and <span pulumi-lang-nodejs="`normal`" pulumi-lang-dotnet="`Normal`" pulumi-lang-go="`normal`" pulumi-lang-python="`normal`" pulumi-lang-yaml="`normal`" pulumi-lang-java="`normal`">`normal`</span>.
     */
    priority?: pulumi.Input<string | undefined>;
    /**
     * Specifies the number of inference requests that are allowed in the queue.
     */
    queueCapacity?: pulumi.Input<number | undefined>;
    /**
     * Sets the number of threads used by each model allocation during inference.
     */
    threadsPerAllocation?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlTrainedModelDeploymentTimeouts | undefined>;
    /**
     * Specifies the allocation status to wait for before returning. Valid values are <span pulumi-lang-nodejs="`starting`" pulumi-lang-dotnet="`Starting`" pulumi-lang-go="`starting`" pulumi-lang-python="`starting`" pulumi-lang-yaml="`starting`" pulumi-lang-java="`starting`">`starting`</span>, <span pulumi-lang-nodejs="`started`" pulumi-lang-dotnet="`Started`" pulumi-lang-go="`started`" pulumi-lang-python="`started`" pulumi-lang-yaml="`started`" pulumi-lang-java="`started`">`started`</span>, and <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>. Defaults to <span pulumi-lang-nodejs="`fullyAllocated`" pulumi-lang-dotnet="`FullyAllocated`" pulumi-lang-go="`fullyAllocated`" pulumi-lang-python="`fully_allocated`" pulumi-lang-yaml="`fullyAllocated`" pulumi-lang-java="`fullyAllocated`">`fully_allocated`</span>.
     */
    waitFor?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=elasticsearchMlTrainedModelDeployment.d.ts.map
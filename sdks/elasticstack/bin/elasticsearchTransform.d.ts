import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchTransform extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchTransform resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchTransformState, opts?: pulumi.CustomResourceOptions): ElasticsearchTransform;
    /**
     * Returns true if the given object is an instance of ElasticsearchTransform.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchTransform;
    /**
     * Specifies whether the transform checkpoint ranges should be optimized for performance.
     */
    readonly alignCheckpoints: pulumi.Output<boolean | undefined>;
    /**
     * Defines if dates in the output should be written as ISO formatted string (default) or as millis since epoch.
     */
    readonly datesAsEpochMillis: pulumi.Output<boolean | undefined>;
    /**
     * Specifies whether the transform should deduce the destination index mappings from the transform config.
     */
    readonly deduceMappings: pulumi.Output<boolean | undefined>;
    /**
     * When true, deferrable validations are not run upon creation, but rather when the transform is started. This behavior may be desired if the source index does not exist until after the transform is created. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>
     */
    readonly deferValidation: pulumi.Output<boolean>;
    /**
     * Free text description of the transform.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The destination for the transform.
     */
    readonly destination: pulumi.Output<outputs.ElasticsearchTransformDestination | undefined>;
    /**
     * Specifies a limit on the number of input documents per second. Default (unset) value disables throttling.
     */
    readonly docsPerSecond: pulumi.Output<number | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchTransformElasticsearchConnection[] | undefined>;
    /**
     * Controls whether the transform should be started or stopped. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> (stopped).
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * The interval between checks for changes in the source indices when the transform is running continuously. Defaults to <span pulumi-lang-nodejs="`1m`" pulumi-lang-dotnet="`1m`" pulumi-lang-go="`1m`" pulumi-lang-python="`1m`" pulumi-lang-yaml="`1m`" pulumi-lang-java="`1m`">`1m`</span>.
     */
    readonly frequency: pulumi.Output<string>;
    /**
     * The latest method transforms the data by finding the latest document for each unique key. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    readonly latest: pulumi.Output<string | undefined>;
    /**
     * Defines the initial page size to use for the composite aggregation for each checkpoint. Default is 500.
     */
    readonly maxPageSearchSize: pulumi.Output<number | undefined>;
    /**
     * Defines optional transform metadata.
     */
    readonly metadata: pulumi.Output<string | undefined>;
    /**
     * Name of the transform you wish to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Defines the number of retries on a recoverable failure before the transform task is marked as failed. The default value is the cluster-level setting num_transform_failure_retries.
     */
    readonly numFailureRetries: pulumi.Output<number | undefined>;
    /**
     * The pivot method transforms the data by aggregating and grouping it. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    readonly pivot: pulumi.Output<string | undefined>;
    /**
     * Defines a retention policy for the transform.
     */
    readonly retentionPolicy: pulumi.Output<outputs.ElasticsearchTransformRetentionPolicy | undefined>;
    /**
     * The source of the data for the transform.
     */
    readonly source: pulumi.Output<outputs.ElasticsearchTransformSource | undefined>;
    /**
     * Defines the properties transforms require to run continuously.
     */
    readonly sync: pulumi.Output<outputs.ElasticsearchTransformSync | undefined>;
    /**
     * Period to wait for a response from Elasticsearch when performing any management operation. If no response is received before the timeout expires, the operation fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    readonly timeout: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchTransformTimeouts | undefined>;
    /**
     * In unattended mode, the transform retries indefinitely in case of an error which means the transform never fails.
     */
    readonly unattended: pulumi.Output<boolean | undefined>;
    /**
     * Create a ElasticsearchTransform resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchTransformArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchTransform resources.
 */
export interface ElasticsearchTransformState {
    /**
     * Specifies whether the transform checkpoint ranges should be optimized for performance.
     */
    alignCheckpoints?: pulumi.Input<boolean | undefined>;
    /**
     * Defines if dates in the output should be written as ISO formatted string (default) or as millis since epoch.
     */
    datesAsEpochMillis?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies whether the transform should deduce the destination index mappings from the transform config.
     */
    deduceMappings?: pulumi.Input<boolean | undefined>;
    /**
     * When true, deferrable validations are not run upon creation, but rather when the transform is started. This behavior may be desired if the source index does not exist until after the transform is created. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>
     */
    deferValidation?: pulumi.Input<boolean | undefined>;
    /**
     * Free text description of the transform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The destination for the transform.
     */
    destination?: pulumi.Input<inputs.ElasticsearchTransformDestination | undefined>;
    /**
     * Specifies a limit on the number of input documents per second. Default (unset) value disables throttling.
     */
    docsPerSecond?: pulumi.Input<number | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchTransformElasticsearchConnection>[] | undefined>;
    /**
     * Controls whether the transform should be started or stopped. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> (stopped).
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The interval between checks for changes in the source indices when the transform is running continuously. Defaults to <span pulumi-lang-nodejs="`1m`" pulumi-lang-dotnet="`1m`" pulumi-lang-go="`1m`" pulumi-lang-python="`1m`" pulumi-lang-yaml="`1m`" pulumi-lang-java="`1m`">`1m`</span>.
     */
    frequency?: pulumi.Input<string | undefined>;
    /**
     * The latest method transforms the data by finding the latest document for each unique key. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    latest?: pulumi.Input<string | undefined>;
    /**
     * Defines the initial page size to use for the composite aggregation for each checkpoint. Default is 500.
     */
    maxPageSearchSize?: pulumi.Input<number | undefined>;
    /**
     * Defines optional transform metadata.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the transform you wish to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Defines the number of retries on a recoverable failure before the transform task is marked as failed. The default value is the cluster-level setting num_transform_failure_retries.
     */
    numFailureRetries?: pulumi.Input<number | undefined>;
    /**
     * The pivot method transforms the data by aggregating and grouping it. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    pivot?: pulumi.Input<string | undefined>;
    /**
     * Defines a retention policy for the transform.
     */
    retentionPolicy?: pulumi.Input<inputs.ElasticsearchTransformRetentionPolicy | undefined>;
    /**
     * The source of the data for the transform.
     */
    source?: pulumi.Input<inputs.ElasticsearchTransformSource | undefined>;
    /**
     * Defines the properties transforms require to run continuously.
     */
    sync?: pulumi.Input<inputs.ElasticsearchTransformSync | undefined>;
    /**
     * Period to wait for a response from Elasticsearch when performing any management operation. If no response is received before the timeout expires, the operation fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    timeout?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchTransformTimeouts | undefined>;
    /**
     * In unattended mode, the transform retries indefinitely in case of an error which means the transform never fails.
     */
    unattended?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchTransform resource.
 */
export interface ElasticsearchTransformArgs {
    /**
     * Specifies whether the transform checkpoint ranges should be optimized for performance.
     */
    alignCheckpoints?: pulumi.Input<boolean | undefined>;
    /**
     * Defines if dates in the output should be written as ISO formatted string (default) or as millis since epoch.
     */
    datesAsEpochMillis?: pulumi.Input<boolean | undefined>;
    /**
     * Specifies whether the transform should deduce the destination index mappings from the transform config.
     */
    deduceMappings?: pulumi.Input<boolean | undefined>;
    /**
     * When true, deferrable validations are not run upon creation, but rather when the transform is started. This behavior may be desired if the source index does not exist until after the transform is created. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>
     */
    deferValidation?: pulumi.Input<boolean | undefined>;
    /**
     * Free text description of the transform.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The destination for the transform.
     */
    destination?: pulumi.Input<inputs.ElasticsearchTransformDestination | undefined>;
    /**
     * Specifies a limit on the number of input documents per second. Default (unset) value disables throttling.
     */
    docsPerSecond?: pulumi.Input<number | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchTransformElasticsearchConnection>[] | undefined>;
    /**
     * Controls whether the transform should be started or stopped. Default is <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> (stopped).
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The interval between checks for changes in the source indices when the transform is running continuously. Defaults to <span pulumi-lang-nodejs="`1m`" pulumi-lang-dotnet="`1m`" pulumi-lang-go="`1m`" pulumi-lang-python="`1m`" pulumi-lang-yaml="`1m`" pulumi-lang-java="`1m`">`1m`</span>.
     */
    frequency?: pulumi.Input<string | undefined>;
    /**
     * The latest method transforms the data by finding the latest document for each unique key. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    latest?: pulumi.Input<string | undefined>;
    /**
     * Defines the initial page size to use for the composite aggregation for each checkpoint. Default is 500.
     */
    maxPageSearchSize?: pulumi.Input<number | undefined>;
    /**
     * Defines optional transform metadata.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the transform you wish to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Defines the number of retries on a recoverable failure before the transform task is marked as failed. The default value is the cluster-level setting num_transform_failure_retries.
     */
    numFailureRetries?: pulumi.Input<number | undefined>;
    /**
     * The pivot method transforms the data by aggregating and grouping it. JSON definition expected. Either 'pivot' or 'latest' must be present.
     */
    pivot?: pulumi.Input<string | undefined>;
    /**
     * Defines a retention policy for the transform.
     */
    retentionPolicy?: pulumi.Input<inputs.ElasticsearchTransformRetentionPolicy | undefined>;
    /**
     * The source of the data for the transform.
     */
    source?: pulumi.Input<inputs.ElasticsearchTransformSource | undefined>;
    /**
     * Defines the properties transforms require to run continuously.
     */
    sync?: pulumi.Input<inputs.ElasticsearchTransformSync | undefined>;
    /**
     * Period to wait for a response from Elasticsearch when performing any management operation. If no response is received before the timeout expires, the operation fails and returns an error. Defaults to <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    timeout?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchTransformTimeouts | undefined>;
    /**
     * In unattended mode, the transform retries indefinitely in case of an error which means the transform never fails.
     */
    unattended?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=elasticsearchTransform.d.ts.map
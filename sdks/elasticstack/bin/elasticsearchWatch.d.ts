import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchWatch extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchWatch resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchWatchState, opts?: pulumi.CustomResourceOptions): ElasticsearchWatch;
    /**
     * Returns true if the given object is an instance of ElasticsearchWatch.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchWatch;
    /**
     * The list of actions that will be run if the condition matches.
     */
    readonly actions: pulumi.Output<string>;
    /**
     * Defines whether the watch is active or inactive by default. The default value is true, which means the watch is active by default.
     */
    readonly active: pulumi.Output<boolean>;
    /**
     * The condition that defines if the actions should be run.
     */
    readonly condition: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchWatchElasticsearchConnection[] | undefined>;
    /**
     * The input that defines the input that loads the data for the watch.
     */
    readonly input: pulumi.Output<string>;
    /**
     * Metadata json that will be copied into the history entries.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * Minimum time in milliseconds between actions being run. Defaults to 5000.
     */
    readonly throttlePeriodInMillis: pulumi.Output<number>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchWatchTimeouts | undefined>;
    /**
     * Processes the watch payload to prepare it for the watch actions.
     */
    readonly transform: pulumi.Output<string | undefined>;
    /**
     * The trigger that defines when the watch should run.
     */
    readonly trigger: pulumi.Output<string>;
    /**
     * Identifier for the watch.
     */
    readonly watchId: pulumi.Output<string>;
    /**
     * Create a ElasticsearchWatch resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchWatchArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchWatch resources.
 */
export interface ElasticsearchWatchState {
    /**
     * The list of actions that will be run if the condition matches.
     */
    actions?: pulumi.Input<string | undefined>;
    /**
     * Defines whether the watch is active or inactive by default. The default value is true, which means the watch is active by default.
     */
    active?: pulumi.Input<boolean | undefined>;
    /**
     * The condition that defines if the actions should be run.
     */
    condition?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchWatchElasticsearchConnection>[] | undefined>;
    /**
     * The input that defines the input that loads the data for the watch.
     */
    input?: pulumi.Input<string | undefined>;
    /**
     * Metadata json that will be copied into the history entries.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Minimum time in milliseconds between actions being run. Defaults to 5000.
     */
    throttlePeriodInMillis?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchWatchTimeouts | undefined>;
    /**
     * Processes the watch payload to prepare it for the watch actions.
     */
    transform?: pulumi.Input<string | undefined>;
    /**
     * The trigger that defines when the watch should run.
     */
    trigger?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the watch.
     */
    watchId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchWatch resource.
 */
export interface ElasticsearchWatchArgs {
    /**
     * The list of actions that will be run if the condition matches.
     */
    actions?: pulumi.Input<string | undefined>;
    /**
     * Defines whether the watch is active or inactive by default. The default value is true, which means the watch is active by default.
     */
    active?: pulumi.Input<boolean | undefined>;
    /**
     * The condition that defines if the actions should be run.
     */
    condition?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchWatchElasticsearchConnection>[] | undefined>;
    /**
     * The input that defines the input that loads the data for the watch.
     */
    input?: pulumi.Input<string | undefined>;
    /**
     * Metadata json that will be copied into the history entries.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Minimum time in milliseconds between actions being run. Defaults to 5000.
     */
    throttlePeriodInMillis?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchWatchTimeouts | undefined>;
    /**
     * Processes the watch payload to prepare it for the watch actions.
     */
    transform?: pulumi.Input<string | undefined>;
    /**
     * The trigger that defines when the watch should run.
     */
    trigger: pulumi.Input<string>;
    /**
     * Identifier for the watch.
     */
    watchId: pulumi.Input<string>;
}
//# sourceMappingURL=elasticsearchWatch.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndexLifecycle extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndexLifecycle resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexLifecycleState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndexLifecycle;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndexLifecycle.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndexLifecycle;
    /**
     * The index is no longer being updated and is queried infrequently. The information still needs to be searchable, but it is okay if those queries are slower.
     */
    readonly cold: pulumi.Output<outputs.ElasticsearchIndexLifecycleCold | undefined>;
    /**
     * The index is no longer needed and can safely be removed.
     */
    readonly delete: pulumi.Output<outputs.ElasticsearchIndexLifecycleDelete | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexLifecycleElasticsearchConnection[] | undefined>;
    /**
     * When true, the provider will clear index.lifecycle.name from any indices that reference this policy before deleting the policy.
     */
    readonly forceDestroy: pulumi.Output<boolean>;
    /**
     * The index is no longer being updated and is queried rarely. The information still needs to be searchable, but it is okay if those queries are extremely slow.
     */
    readonly frozen: pulumi.Output<outputs.ElasticsearchIndexLifecycleFrozen | undefined>;
    /**
     * The index is actively being updated and queried.
     */
    readonly hot: pulumi.Output<outputs.ElasticsearchIndexLifecycleHot | undefined>;
    /**
     * Optional user metadata about the ilm policy. Must be valid JSON document.
     */
    readonly metadata: pulumi.Output<string | undefined>;
    /**
     * The DateTime of the last modification.
     */
    readonly modifiedDate: pulumi.Output<string>;
    /**
     * Identifier for the policy.
     */
    readonly name: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexLifecycleTimeouts | undefined>;
    /**
     * The index is no longer being updated but is still being queried.
     */
    readonly warm: pulumi.Output<outputs.ElasticsearchIndexLifecycleWarm | undefined>;
    /**
     * Create a ElasticsearchIndexLifecycle resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchIndexLifecycleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndexLifecycle resources.
 */
export interface ElasticsearchIndexLifecycleState {
    /**
     * The index is no longer being updated and is queried infrequently. The information still needs to be searchable, but it is okay if those queries are slower.
     */
    cold?: pulumi.Input<inputs.ElasticsearchIndexLifecycleCold | undefined>;
    /**
     * The index is no longer needed and can safely be removed.
     */
    delete?: pulumi.Input<inputs.ElasticsearchIndexLifecycleDelete | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * When true, the provider will clear index.lifecycle.name from any indices that reference this policy before deleting the policy.
     */
    forceDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The index is no longer being updated and is queried rarely. The information still needs to be searchable, but it is okay if those queries are extremely slow.
     */
    frozen?: pulumi.Input<inputs.ElasticsearchIndexLifecycleFrozen | undefined>;
    /**
     * The index is actively being updated and queried.
     */
    hot?: pulumi.Input<inputs.ElasticsearchIndexLifecycleHot | undefined>;
    /**
     * Optional user metadata about the ilm policy. Must be valid JSON document.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The DateTime of the last modification.
     */
    modifiedDate?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the policy.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexLifecycleTimeouts | undefined>;
    /**
     * The index is no longer being updated but is still being queried.
     */
    warm?: pulumi.Input<inputs.ElasticsearchIndexLifecycleWarm | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndexLifecycle resource.
 */
export interface ElasticsearchIndexLifecycleArgs {
    /**
     * The index is no longer being updated and is queried infrequently. The information still needs to be searchable, but it is okay if those queries are slower.
     */
    cold?: pulumi.Input<inputs.ElasticsearchIndexLifecycleCold | undefined>;
    /**
     * The index is no longer needed and can safely be removed.
     */
    delete?: pulumi.Input<inputs.ElasticsearchIndexLifecycleDelete | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * When true, the provider will clear index.lifecycle.name from any indices that reference this policy before deleting the policy.
     */
    forceDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The index is no longer being updated and is queried rarely. The information still needs to be searchable, but it is okay if those queries are extremely slow.
     */
    frozen?: pulumi.Input<inputs.ElasticsearchIndexLifecycleFrozen | undefined>;
    /**
     * The index is actively being updated and queried.
     */
    hot?: pulumi.Input<inputs.ElasticsearchIndexLifecycleHot | undefined>;
    /**
     * Optional user metadata about the ilm policy. Must be valid JSON document.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the policy.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexLifecycleTimeouts | undefined>;
    /**
     * The index is no longer being updated but is still being queried.
     */
    warm?: pulumi.Input<inputs.ElasticsearchIndexLifecycleWarm | undefined>;
}
//# sourceMappingURL=elasticsearchIndexLifecycle.d.ts.map
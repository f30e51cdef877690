import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlFilter extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlFilter resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlFilterState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlFilter;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlFilter.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlFilter;
    /**
     * A description of the filter.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlFilterElasticsearchConnection[] | undefined>;
    /**
     * A string that uniquely identifies a filter.
     */
    readonly filterId: pulumi.Output<string>;
    /**
     * The items of the filter. A wildcard `*` can be used at the beginning or the end of an item. Up to 10000 items are allowed in each filter.
     */
    readonly items: pulumi.Output<string[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlFilterTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlFilter resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlFilterArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlFilter resources.
 */
export interface ElasticsearchMlFilterState {
    /**
     * A description of the filter.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlFilterElasticsearchConnection>[] | undefined>;
    /**
     * A string that uniquely identifies a filter.
     */
    filterId?: pulumi.Input<string | undefined>;
    /**
     * The items of the filter. A wildcard `*` can be used at the beginning or the end of an item. Up to 10000 items are allowed in each filter.
     */
    items?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlFilterTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlFilter resource.
 */
export interface ElasticsearchMlFilterArgs {
    /**
     * A description of the filter.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlFilterElasticsearchConnection>[] | undefined>;
    /**
     * A string that uniquely identifies a filter.
     */
    filterId: pulumi.Input<string>;
    /**
     * The items of the filter. A wildcard `*` can be used at the beginning or the end of an item. Up to 10000 items are allowed in each filter.
     */
    items?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlFilterTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlFilter.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSynonymSet extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSynonymSet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSynonymSetState, opts?: pulumi.CustomResourceOptions): ElasticsearchSynonymSet;
    /**
     * Returns true if the given object is an instance of ElasticsearchSynonymSet.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSynonymSet;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSynonymSetElasticsearchConnection[] | undefined>;
    /**
     * The name of the synonym set. Must be unique within the Elasticsearch cluster.
     */
    readonly synonymSetId: pulumi.Output<string>;
    /**
     * The list of synonym rules for this synonym set.
     */
    readonly synonymsSets: pulumi.Output<outputs.ElasticsearchSynonymSetSynonymsSet[]>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSynonymSetTimeouts | undefined>;
    /**
     * Create a ElasticsearchSynonymSet resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchSynonymSetArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSynonymSet resources.
 */
export interface ElasticsearchSynonymSetState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSynonymSetElasticsearchConnection>[] | undefined>;
    /**
     * The name of the synonym set. Must be unique within the Elasticsearch cluster.
     */
    synonymSetId?: pulumi.Input<string | undefined>;
    /**
     * The list of synonym rules for this synonym set.
     */
    synonymsSets?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSynonymSetSynonymsSet>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSynonymSetTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSynonymSet resource.
 */
export interface ElasticsearchSynonymSetArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSynonymSetElasticsearchConnection>[] | undefined>;
    /**
     * The name of the synonym set. Must be unique within the Elasticsearch cluster.
     */
    synonymSetId: pulumi.Input<string>;
    /**
     * The list of synonym rules for this synonym set.
     */
    synonymsSets: pulumi.Input<pulumi.Input<inputs.ElasticsearchSynonymSetSynonymsSet>[]>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSynonymSetTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchSynonymSet.d.ts.map
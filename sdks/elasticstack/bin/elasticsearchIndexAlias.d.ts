import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndexAlias extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndexAlias resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexAliasState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndexAlias;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndexAlias.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndexAlias;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexAliasElasticsearchConnection[] | undefined>;
    /**
     * The alias name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Set of read indices for the alias.
     */
    readonly readIndices: pulumi.Output<outputs.ElasticsearchIndexAliasReadIndex[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexAliasTimeouts | undefined>;
    /**
     * The write index for the alias. Only one write index is allowed per alias.
     */
    readonly writeIndex: pulumi.Output<outputs.ElasticsearchIndexAliasWriteIndex | undefined>;
    /**
     * Create a ElasticsearchIndexAlias resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchIndexAliasArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndexAlias resources.
 */
export interface ElasticsearchIndexAliasState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAliasElasticsearchConnection>[] | undefined>;
    /**
     * The alias name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set of read indices for the alias.
     */
    readIndices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAliasReadIndex>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexAliasTimeouts | undefined>;
    /**
     * The write index for the alias. Only one write index is allowed per alias.
     */
    writeIndex?: pulumi.Input<inputs.ElasticsearchIndexAliasWriteIndex | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndexAlias resource.
 */
export interface ElasticsearchIndexAliasArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAliasElasticsearchConnection>[] | undefined>;
    /**
     * The alias name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set of read indices for the alias.
     */
    readIndices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexAliasReadIndex>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexAliasTimeouts | undefined>;
    /**
     * The write index for the alias. Only one write index is allowed per alias.
     */
    writeIndex?: pulumi.Input<inputs.ElasticsearchIndexAliasWriteIndex | undefined>;
}
//# sourceMappingURL=elasticsearchIndexAlias.d.ts.map
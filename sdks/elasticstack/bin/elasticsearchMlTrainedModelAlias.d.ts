import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlTrainedModelAlias extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlTrainedModelAlias resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlTrainedModelAliasState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlTrainedModelAlias;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlTrainedModelAlias.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlTrainedModelAlias;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlTrainedModelAliasElasticsearchConnection[] | undefined>;
    /**
     * The alias to create or update. This value cannot end in numbers.
     */
    readonly modelAlias: pulumi.Output<string>;
    /**
     * The identifier for the trained model that the alias refers to.
     */
    readonly modelId: pulumi.Output<string>;
    /**
     * Specifies whether the alias gets reassigned to the specified trained model if it is already assigned to a different model.
     */
    readonly reassign: pulumi.Output<boolean>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlTrainedModelAliasTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlTrainedModelAlias resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlTrainedModelAliasArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlTrainedModelAlias resources.
 */
export interface ElasticsearchMlTrainedModelAliasState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlTrainedModelAliasElasticsearchConnection>[] | undefined>;
    /**
     * The alias to create or update. This value cannot end in numbers.
     */
    modelAlias?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the trained model that the alias refers to.
     */
    modelId?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the alias gets reassigned to the specified trained model if it is already assigned to a different model.
     */
    reassign?: pulumi.Input<boolean | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlTrainedModelAliasTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlTrainedModelAlias resource.
 */
export interface ElasticsearchMlTrainedModelAliasArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlTrainedModelAliasElasticsearchConnection>[] | undefined>;
    /**
     * The alias to create or update. This value cannot end in numbers.
     */
    modelAlias: pulumi.Input<string>;
    /**
     * The identifier for the trained model that the alias refers to.
     */
    modelId: pulumi.Input<string>;
    /**
     * Specifies whether the alias gets reassigned to the specified trained model if it is already assigned to a different model.
     */
    reassign?: pulumi.Input<boolean | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlTrainedModelAliasTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlTrainedModelAlias.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchComponentTemplate extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchComponentTemplate resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchComponentTemplateState, opts?: pulumi.CustomResourceOptions): ElasticsearchComponentTemplate;
    /**
     * Returns true if the given object is an instance of ElasticsearchComponentTemplate.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchComponentTemplate;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchComponentTemplateElasticsearchConnection[] | undefined>;
    /**
     * Optional user metadata about the component template.
     */
    readonly metadata: pulumi.Output<string | undefined>;
    /**
     * Name of the component template to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, or settings configuration.
     */
    readonly template: pulumi.Output<outputs.ElasticsearchComponentTemplateTemplate | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchComponentTemplateTimeouts | undefined>;
    /**
     * Version number used to manage component templates externally.
     */
    readonly version: pulumi.Output<number | undefined>;
    /**
     * Create a ElasticsearchComponentTemplate resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchComponentTemplateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchComponentTemplate resources.
 */
export interface ElasticsearchComponentTemplateState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchComponentTemplateElasticsearchConnection>[] | undefined>;
    /**
     * Optional user metadata about the component template.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the component template to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, or settings configuration.
     */
    template?: pulumi.Input<inputs.ElasticsearchComponentTemplateTemplate | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchComponentTemplateTimeouts | undefined>;
    /**
     * Version number used to manage component templates externally.
     */
    version?: pulumi.Input<number | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchComponentTemplate resource.
 */
export interface ElasticsearchComponentTemplateArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchComponentTemplateElasticsearchConnection>[] | undefined>;
    /**
     * Optional user metadata about the component template.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the component template to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, or settings configuration.
     */
    template?: pulumi.Input<inputs.ElasticsearchComponentTemplateTemplate | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchComponentTemplateTimeouts | undefined>;
    /**
     * Version number used to manage component templates externally.
     */
    version?: pulumi.Input<number | undefined>;
}
//# sourceMappingURL=elasticsearchComponentTemplate.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndexTemplate extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndexTemplate resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexTemplateState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndexTemplate;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndexTemplate.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndexTemplate;
    /**
     * If true, index auto-creation is allowed for matching indices. If false, auto-creation is disabled for matching indices. When unset, the cluster-level `action.auto_create_index` setting applies.
     */
    readonly allowAutoCreate: pulumi.Output<boolean | undefined>;
    /**
     * An ordered list of component template names.
     */
    readonly composedOfs: pulumi.Output<string[]>;
    /**
     * If this object is included, the template is used to create data streams and their backing indices. Supports an empty object.
     */
    readonly dataStream: pulumi.Output<outputs.ElasticsearchIndexTemplateDataStream | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexTemplateElasticsearchConnection[] | undefined>;
    /**
     * A list of component template names that are ignored if missing.
     */
    readonly ignoreMissingComponentTemplates: pulumi.Output<string[]>;
    /**
     * Array of wildcard (*) expressions used to match the names of data streams and indices during creation.
     */
    readonly indexPatterns: pulumi.Output<string[]>;
    /**
     * Optional user metadata about the index template.
     */
    readonly metadata: pulumi.Output<string | undefined>;
    /**
     * Name of the index template to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Priority to determine index template precedence when a new data stream or index is created.
     */
    readonly priority: pulumi.Output<number | undefined>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, lifecycle, or settings configuration.
     */
    readonly template: pulumi.Output<outputs.ElasticsearchIndexTemplateTemplate | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexTemplateTimeouts | undefined>;
    /**
     * Version number used to manage index templates externally.
     */
    readonly version: pulumi.Output<number | undefined>;
    /**
     * Create a ElasticsearchIndexTemplate resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchIndexTemplateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndexTemplate resources.
 */
export interface ElasticsearchIndexTemplateState {
    /**
     * If true, index auto-creation is allowed for matching indices. If false, auto-creation is disabled for matching indices. When unset, the cluster-level `action.auto_create_index` setting applies.
     */
    allowAutoCreate?: pulumi.Input<boolean | undefined>;
    /**
     * An ordered list of component template names.
     */
    composedOfs?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * If this object is included, the template is used to create data streams and their backing indices. Supports an empty object.
     */
    dataStream?: pulumi.Input<inputs.ElasticsearchIndexTemplateDataStream | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexTemplateElasticsearchConnection>[] | undefined>;
    /**
     * A list of component template names that are ignored if missing.
     */
    ignoreMissingComponentTemplates?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Array of wildcard (*) expressions used to match the names of data streams and indices during creation.
     */
    indexPatterns?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Optional user metadata about the index template.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the index template to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Priority to determine index template precedence when a new data stream or index is created.
     */
    priority?: pulumi.Input<number | undefined>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, lifecycle, or settings configuration.
     */
    template?: pulumi.Input<inputs.ElasticsearchIndexTemplateTemplate | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTemplateTimeouts | undefined>;
    /**
     * Version number used to manage index templates externally.
     */
    version?: pulumi.Input<number | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndexTemplate resource.
 */
export interface ElasticsearchIndexTemplateArgs {
    /**
     * If true, index auto-creation is allowed for matching indices. If false, auto-creation is disabled for matching indices. When unset, the cluster-level `action.auto_create_index` setting applies.
     */
    allowAutoCreate?: pulumi.Input<boolean | undefined>;
    /**
     * An ordered list of component template names.
     */
    composedOfs?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * If this object is included, the template is used to create data streams and their backing indices. Supports an empty object.
     */
    dataStream?: pulumi.Input<inputs.ElasticsearchIndexTemplateDataStream | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexTemplateElasticsearchConnection>[] | undefined>;
    /**
     * A list of component template names that are ignored if missing.
     */
    ignoreMissingComponentTemplates?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Array of wildcard (*) expressions used to match the names of data streams and indices during creation.
     */
    indexPatterns: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Optional user metadata about the index template.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the index template to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Priority to determine index template precedence when a new data stream or index is created.
     */
    priority?: pulumi.Input<number | undefined>;
    /**
     * Template to be applied. It may optionally include an aliases, mappings, lifecycle, or settings configuration.
     */
    template?: pulumi.Input<inputs.ElasticsearchIndexTemplateTemplate | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTemplateTimeouts | undefined>;
    /**
     * Version number used to manage index templates externally.
     */
    version?: pulumi.Input<number | undefined>;
}
//# sourceMappingURL=elasticsearchIndexTemplate.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndexMappings extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndexMappings resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexMappingsState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndexMappings;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndexMappings.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndexMappings;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexMappingsElasticsearchConnection[] | undefined>;
    /**
     * Name of the target Elasticsearch index.
     */
    readonly index: pulumi.Output<string>;
    /**
     * JSON mappings object to manage on the index. All top-level keys (<span pulumi-lang-nodejs="`properties`" pulumi-lang-dotnet="`Properties`" pulumi-lang-go="`properties`" pulumi-lang-python="`properties`" pulumi-lang-yaml="`properties`" pulumi-lang-java="`properties`">`properties`</span>, <span pulumi-lang-nodejs="`dynamic`" pulumi-lang-dotnet="`Dynamic`" pulumi-lang-go="`dynamic`" pulumi-lang-python="`dynamic`" pulumi-lang-yaml="`dynamic`" pulumi-lang-java="`dynamic`">`dynamic`</span>, `_source`, <span pulumi-lang-nodejs="`dynamicTemplates`" pulumi-lang-dotnet="`DynamicTemplates`" pulumi-lang-go="`dynamicTemplates`" pulumi-lang-python="`dynamic_templates`" pulumi-lang-yaml="`dynamicTemplates`" pulumi-lang-java="`dynamicTemplates`">`dynamic_templates`</span>, <span pulumi-lang-nodejs="`runtime`" pulumi-lang-dotnet="`Runtime`" pulumi-lang-go="`runtime`" pulumi-lang-python="`runtime`" pulumi-lang-yaml="`runtime`" pulumi-lang-java="`runtime`">`runtime`</span>, etc.) are supported. Only the keys and fields declared here are tracked; dynamic extras added by Elasticsearch are ignored. Destroying this resource does not remove mappings from the index (a no-op).
     */
    readonly mappings: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexMappingsTimeouts | undefined>;
    /**
     * Create a ElasticsearchIndexMappings resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchIndexMappingsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndexMappings resources.
 */
export interface ElasticsearchIndexMappingsState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexMappingsElasticsearchConnection>[] | undefined>;
    /**
     * Name of the target Elasticsearch index.
     */
    index?: pulumi.Input<string | undefined>;
    /**
     * JSON mappings object to manage on the index. All top-level keys (<span pulumi-lang-nodejs="`properties`" pulumi-lang-dotnet="`Properties`" pulumi-lang-go="`properties`" pulumi-lang-python="`properties`" pulumi-lang-yaml="`properties`" pulumi-lang-java="`properties`">`properties`</span>, <span pulumi-lang-nodejs="`dynamic`" pulumi-lang-dotnet="`Dynamic`" pulumi-lang-go="`dynamic`" pulumi-lang-python="`dynamic`" pulumi-lang-yaml="`dynamic`" pulumi-lang-java="`dynamic`">`dynamic`</span>, `_source`, <span pulumi-lang-nodejs="`dynamicTemplates`" pulumi-lang-dotnet="`DynamicTemplates`" pulumi-lang-go="`dynamicTemplates`" pulumi-lang-python="`dynamic_templates`" pulumi-lang-yaml="`dynamicTemplates`" pulumi-lang-java="`dynamicTemplates`">`dynamic_templates`</span>, <span pulumi-lang-nodejs="`runtime`" pulumi-lang-dotnet="`Runtime`" pulumi-lang-go="`runtime`" pulumi-lang-python="`runtime`" pulumi-lang-yaml="`runtime`" pulumi-lang-java="`runtime`">`runtime`</span>, etc.) are supported. Only the keys and fields declared here are tracked; dynamic extras added by Elasticsearch are ignored. Destroying this resource does not remove mappings from the index (a no-op).
     */
    mappings?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexMappingsTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndexMappings resource.
 */
export interface ElasticsearchIndexMappingsArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexMappingsElasticsearchConnection>[] | undefined>;
    /**
     * Name of the target Elasticsearch index.
     */
    index: pulumi.Input<string>;
    /**
     * JSON mappings object to manage on the index. All top-level keys (<span pulumi-lang-nodejs="`properties`" pulumi-lang-dotnet="`Properties`" pulumi-lang-go="`properties`" pulumi-lang-python="`properties`" pulumi-lang-yaml="`properties`" pulumi-lang-java="`properties`">`properties`</span>, <span pulumi-lang-nodejs="`dynamic`" pulumi-lang-dotnet="`Dynamic`" pulumi-lang-go="`dynamic`" pulumi-lang-python="`dynamic`" pulumi-lang-yaml="`dynamic`" pulumi-lang-java="`dynamic`">`dynamic`</span>, `_source`, <span pulumi-lang-nodejs="`dynamicTemplates`" pulumi-lang-dotnet="`DynamicTemplates`" pulumi-lang-go="`dynamicTemplates`" pulumi-lang-python="`dynamic_templates`" pulumi-lang-yaml="`dynamicTemplates`" pulumi-lang-java="`dynamicTemplates`">`dynamic_templates`</span>, <span pulumi-lang-nodejs="`runtime`" pulumi-lang-dotnet="`Runtime`" pulumi-lang-go="`runtime`" pulumi-lang-python="`runtime`" pulumi-lang-yaml="`runtime`" pulumi-lang-java="`runtime`">`runtime`</span>, etc.) are supported. Only the keys and fields declared here are tracked; dynamic extras added by Elasticsearch are ignored. Destroying this resource does not remove mappings from the index (a no-op).
     */
    mappings: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexMappingsTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchIndexMappings.d.ts.map
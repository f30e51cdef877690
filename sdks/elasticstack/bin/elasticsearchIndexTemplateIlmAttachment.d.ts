import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchIndexTemplateIlmAttachment extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchIndexTemplateIlmAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchIndexTemplateIlmAttachmentState, opts?: pulumi.CustomResourceOptions): ElasticsearchIndexTemplateIlmAttachment;
    /**
     * Returns true if the given object is an instance of ElasticsearchIndexTemplateIlmAttachment.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchIndexTemplateIlmAttachment;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchIndexTemplateIlmAttachmentElasticsearchConnection[] | undefined>;
    /**
     * Name of the index template to attach the ILM policy to. For Fleet-managed templates, this is typically the template name (e.g., 'logs-system.syslog').
     */
    readonly indexTemplate: pulumi.Output<string>;
    /**
     * Name of the ILM policy to attach to the index template.
     */
    readonly lifecycleName: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchIndexTemplateIlmAttachmentTimeouts | undefined>;
    /**
     * Create a ElasticsearchIndexTemplateIlmAttachment resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchIndexTemplateIlmAttachmentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchIndexTemplateIlmAttachment resources.
 */
export interface ElasticsearchIndexTemplateIlmAttachmentState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexTemplateIlmAttachmentElasticsearchConnection>[] | undefined>;
    /**
     * Name of the index template to attach the ILM policy to. For Fleet-managed templates, this is typically the template name (e.g., 'logs-system.syslog').
     */
    indexTemplate?: pulumi.Input<string | undefined>;
    /**
     * Name of the ILM policy to attach to the index template.
     */
    lifecycleName?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTemplateIlmAttachmentTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchIndexTemplateIlmAttachment resource.
 */
export interface ElasticsearchIndexTemplateIlmAttachmentArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchIndexTemplateIlmAttachmentElasticsearchConnection>[] | undefined>;
    /**
     * Name of the index template to attach the ILM policy to. For Fleet-managed templates, this is typically the template name (e.g., 'logs-system.syslog').
     */
    indexTemplate: pulumi.Input<string>;
    /**
     * Name of the ILM policy to attach to the index template.
     */
    lifecycleName: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchIndexTemplateIlmAttachmentTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchIndexTemplateIlmAttachment.d.ts.map
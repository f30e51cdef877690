import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaAgentbuilderWorkflow extends pulumi.CustomResource {
    /**
     * Get an existing KibanaAgentbuilderWorkflow resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaAgentbuilderWorkflowState, opts?: pulumi.CustomResourceOptions): KibanaAgentbuilderWorkflow;
    /**
     * Returns true if the given object is an instance of KibanaAgentbuilderWorkflow.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaAgentbuilderWorkflow;
    /**
     * The YAML configuration for the workflow.
     */
    readonly configurationYaml: pulumi.Output<string>;
    /**
     * The workflow description (extracted from YAML configuration).
     */
    readonly description: pulumi.Output<string>;
    /**
     * Whether the workflow is enabled (extracted from YAML configuration).
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaAgentbuilderWorkflowKibanaConnection[] | undefined>;
    /**
     * The workflow name (extracted from YAML configuration).
     */
    readonly name: pulumi.Output<string>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaAgentbuilderWorkflowTimeouts | undefined>;
    /**
     * Whether the workflow configuration is valid.
     */
    readonly valid: pulumi.Output<boolean>;
    /**
     * The workflow ID. If not provided, it will be auto-generated. IDs are `workflow-<UUIDv4>`.
     */
    readonly workflowId: pulumi.Output<string>;
    /**
     * Create a KibanaAgentbuilderWorkflow resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaAgentbuilderWorkflowArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaAgentbuilderWorkflow resources.
 */
export interface KibanaAgentbuilderWorkflowState {
    /**
     * The YAML configuration for the workflow.
     */
    configurationYaml?: pulumi.Input<string | undefined>;
    /**
     * The workflow description (extracted from YAML configuration).
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Whether the workflow is enabled (extracted from YAML configuration).
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderWorkflowKibanaConnection>[] | undefined>;
    /**
     * The workflow name (extracted from YAML configuration).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderWorkflowTimeouts | undefined>;
    /**
     * Whether the workflow configuration is valid.
     */
    valid?: pulumi.Input<boolean | undefined>;
    /**
     * The workflow ID. If not provided, it will be auto-generated. IDs are `workflow-<UUIDv4>`.
     */
    workflowId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaAgentbuilderWorkflow resource.
 */
export interface KibanaAgentbuilderWorkflowArgs {
    /**
     * The YAML configuration for the workflow.
     */
    configurationYaml: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderWorkflowKibanaConnection>[] | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderWorkflowTimeouts | undefined>;
    /**
     * The workflow ID. If not provided, it will be auto-generated. IDs are `workflow-<UUIDv4>`.
     */
    workflowId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=kibanaAgentbuilderWorkflow.d.ts.map
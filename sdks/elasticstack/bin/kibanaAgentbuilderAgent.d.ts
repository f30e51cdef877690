import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaAgentbuilderAgent extends pulumi.CustomResource {
    /**
     * Get an existing KibanaAgentbuilderAgent resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaAgentbuilderAgentState, opts?: pulumi.CustomResourceOptions): KibanaAgentbuilderAgent;
    /**
     * Returns true if the given object is an instance of KibanaAgentbuilderAgent.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaAgentbuilderAgent;
    /**
     * The agent ID.
     */
    readonly agentId: pulumi.Output<string>;
    /**
     * Hex color code for the agent avatar (e.g., `#BFDBFF`).
     */
    readonly avatarColor: pulumi.Output<string>;
    /**
     * Symbol or initials for the agent avatar (e.g., `SI`).
     */
    readonly avatarSymbol: pulumi.Output<string>;
    /**
     * The agent description.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Optional system instructions that define the agent behavior.
     */
    readonly instructions: pulumi.Output<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaAgentbuilderAgentKibanaConnection[] | undefined>;
    /**
     * Set of labels for the agent.
     */
    readonly labels: pulumi.Output<string[] | undefined>;
    /**
     * The agent name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Set of skill IDs to assign to the agent. Requires Elastic Stack 9.4.0 or later.
     */
    readonly skillIds: pulumi.Output<string[] | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaAgentbuilderAgentTimeouts | undefined>;
    /**
     * Set of tool IDs that the agent can use.
     */
    readonly tools: pulumi.Output<string[] | undefined>;
    /**
     * Create a KibanaAgentbuilderAgent resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaAgentbuilderAgentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaAgentbuilderAgent resources.
 */
export interface KibanaAgentbuilderAgentState {
    /**
     * The agent ID.
     */
    agentId?: pulumi.Input<string | undefined>;
    /**
     * Hex color code for the agent avatar (e.g., `#BFDBFF`).
     */
    avatarColor?: pulumi.Input<string | undefined>;
    /**
     * Symbol or initials for the agent avatar (e.g., `SI`).
     */
    avatarSymbol?: pulumi.Input<string | undefined>;
    /**
     * The agent description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Optional system instructions that define the agent behavior.
     */
    instructions?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderAgentKibanaConnection>[] | undefined>;
    /**
     * Set of labels for the agent.
     */
    labels?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The agent name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set of skill IDs to assign to the agent. Requires Elastic Stack 9.4.0 or later.
     */
    skillIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderAgentTimeouts | undefined>;
    /**
     * Set of tool IDs that the agent can use.
     */
    tools?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a KibanaAgentbuilderAgent resource.
 */
export interface KibanaAgentbuilderAgentArgs {
    /**
     * The agent ID.
     */
    agentId: pulumi.Input<string>;
    /**
     * Hex color code for the agent avatar (e.g., `#BFDBFF`).
     */
    avatarColor?: pulumi.Input<string | undefined>;
    /**
     * Symbol or initials for the agent avatar (e.g., `SI`).
     */
    avatarSymbol?: pulumi.Input<string | undefined>;
    /**
     * The agent description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Optional system instructions that define the agent behavior.
     */
    instructions?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderAgentKibanaConnection>[] | undefined>;
    /**
     * Set of labels for the agent.
     */
    labels?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The agent name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set of skill IDs to assign to the agent. Requires Elastic Stack 9.4.0 or later.
     */
    skillIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderAgentTimeouts | undefined>;
    /**
     * Set of tool IDs that the agent can use.
     */
    tools?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
//# sourceMappingURL=kibanaAgentbuilderAgent.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetIntegrationPolicy extends pulumi.CustomResource {
    /**
     * Get an existing FleetIntegrationPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetIntegrationPolicyState, opts?: pulumi.CustomResourceOptions): FleetIntegrationPolicy;
    /**
     * Returns true if the given object is an instance of FleetIntegrationPolicy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetIntegrationPolicy;
    /**
     * ID of the agent policy.
     */
    readonly agentPolicyId: pulumi.Output<string | undefined>;
    /**
     * List of agent policy IDs.
     */
    readonly agentPolicyIds: pulumi.Output<string[] | undefined>;
    /**
     * The description of the integration policy.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    readonly force: pulumi.Output<boolean | undefined>;
    /**
     * Integration inputs mapped by input ID.
     */
    readonly inputs: pulumi.Output<{
        [key: string]: outputs.FleetIntegrationPolicyInputs;
    }>;
    /**
     * The name of the integration package.
     */
    readonly integrationName: pulumi.Output<string>;
    /**
     * The version of the integration package.
     */
    readonly integrationVersion: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetIntegrationPolicyKibanaConnection[] | undefined>;
    /**
     * The name of the integration policy.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The namespace of the integration policy.
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * The ID of the output to send data to. When not specified, the default output of the agent policy will be used.
     */
    readonly outputId: pulumi.Output<string | undefined>;
    /**
     * Unique identifier of the integration policy.
     */
    readonly policyId: pulumi.Output<string>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. Note: The order of space IDs does not matter as this is a set.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    readonly varsJson: pulumi.Output<string>;
    /**
     * Create a FleetIntegrationPolicy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetIntegrationPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetIntegrationPolicy resources.
 */
export interface FleetIntegrationPolicyState {
    /**
     * ID of the agent policy.
     */
    agentPolicyId?: pulumi.Input<string | undefined>;
    /**
     * List of agent policy IDs.
     */
    agentPolicyIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the integration policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Integration inputs mapped by input ID.
     */
    inputs?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.FleetIntegrationPolicyInputs>;
    } | undefined>;
    /**
     * The name of the integration package.
     */
    integrationName?: pulumi.Input<string | undefined>;
    /**
     * The version of the integration package.
     */
    integrationVersion?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetIntegrationPolicyKibanaConnection>[] | undefined>;
    /**
     * The name of the integration policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the integration policy.
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * The ID of the output to send data to. When not specified, the default output of the agent policy will be used.
     */
    outputId?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the integration policy.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    varsJson?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a FleetIntegrationPolicy resource.
 */
export interface FleetIntegrationPolicyArgs {
    /**
     * ID of the agent policy.
     */
    agentPolicyId?: pulumi.Input<string | undefined>;
    /**
     * List of agent policy IDs.
     */
    agentPolicyIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the integration policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Integration inputs mapped by input ID.
     */
    inputs?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.FleetIntegrationPolicyInputs>;
    } | undefined>;
    /**
     * The name of the integration package.
     */
    integrationName: pulumi.Input<string>;
    /**
     * The version of the integration package.
     */
    integrationVersion: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetIntegrationPolicyKibanaConnection>[] | undefined>;
    /**
     * The name of the integration policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the integration policy.
     */
    namespace: pulumi.Input<string>;
    /**
     * The ID of the output to send data to. When not specified, the default output of the agent policy will be used.
     */
    outputId?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the integration policy.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    varsJson?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=fleetIntegrationPolicy.d.ts.map
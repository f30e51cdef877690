import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetElasticDefendIntegrationPolicy extends pulumi.CustomResource {
    /**
     * Get an existing FleetElasticDefendIntegrationPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetElasticDefendIntegrationPolicyState, opts?: pulumi.CustomResourceOptions): FleetElasticDefendIntegrationPolicy;
    /**
     * Returns true if the given object is an instance of FleetElasticDefendIntegrationPolicy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetElasticDefendIntegrationPolicy;
    /**
     * ID of the agent policy. Conflicts with agent_policy_ids.
     */
    readonly agentPolicyId: pulumi.Output<string | undefined>;
    /**
     * List of agent policy IDs. Requires Elastic Stack >= 8.15.0. Conflicts with agent_policy_id.
     */
    readonly agentPolicyIds: pulumi.Output<string[] | undefined>;
    /**
     * The description of the integration policy.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Enable the integration policy.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    readonly force: pulumi.Output<boolean | undefined>;
    /**
     * The version of the Elastic Defend integration package.
     */
    readonly integrationVersion: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetElasticDefendIntegrationPolicyKibanaConnection[] | undefined>;
    /**
     * The name of the integration policy.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The namespace of the integration policy.
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * Elastic Defend policy configuration.
     */
    readonly policy: pulumi.Output<outputs.FleetElasticDefendIntegrationPolicyPolicy>;
    /**
     * Unique identifier of the Elastic Defend integration policy. Used as the import key.
     */
    readonly policyId: pulumi.Output<string>;
    /**
     * Elastic Defend preset configuration. Maps to `endpointConfig.preset` in the Defend API. Common values include `"NGAv1"`, `"NGAV"`, `"dataCollection"`, `"EDRComplete"`, `"EDREssential"`.
     */
    readonly preset: pulumi.Output<string | undefined>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. If not set, will be inherited from the agent policy.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    /**
     * Create a FleetElasticDefendIntegrationPolicy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetElasticDefendIntegrationPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetElasticDefendIntegrationPolicy resources.
 */
export interface FleetElasticDefendIntegrationPolicyState {
    /**
     * ID of the agent policy. Conflicts with agent_policy_ids.
     */
    agentPolicyId?: pulumi.Input<string | undefined>;
    /**
     * List of agent policy IDs. Requires Elastic Stack >= 8.15.0. Conflicts with agent_policy_id.
     */
    agentPolicyIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the integration policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Enable the integration policy.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * The version of the Elastic Defend integration package.
     */
    integrationVersion?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetElasticDefendIntegrationPolicyKibanaConnection>[] | undefined>;
    /**
     * The name of the integration policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the integration policy.
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * Elastic Defend policy configuration.
     */
    policy?: pulumi.Input<inputs.FleetElasticDefendIntegrationPolicyPolicy | undefined>;
    /**
     * Unique identifier of the Elastic Defend integration policy. Used as the import key.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * Elastic Defend preset configuration. Maps to `endpointConfig.preset` in the Defend API. Common values include `"NGAv1"`, `"NGAV"`, `"dataCollection"`, `"EDRComplete"`, `"EDREssential"`.
     */
    preset?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. If not set, will be inherited from the agent policy.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a FleetElasticDefendIntegrationPolicy resource.
 */
export interface FleetElasticDefendIntegrationPolicyArgs {
    /**
     * ID of the agent policy. Conflicts with agent_policy_ids.
     */
    agentPolicyId?: pulumi.Input<string | undefined>;
    /**
     * List of agent policy IDs. Requires Elastic Stack >= 8.15.0. Conflicts with agent_policy_id.
     */
    agentPolicyIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the integration policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Enable the integration policy.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Force operations, such as creation and deletion, to occur.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * The version of the Elastic Defend integration package.
     */
    integrationVersion: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetElasticDefendIntegrationPolicyKibanaConnection>[] | undefined>;
    /**
     * The name of the integration policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the integration policy.
     */
    namespace: pulumi.Input<string>;
    /**
     * Elastic Defend policy configuration.
     */
    policy: pulumi.Input<inputs.FleetElasticDefendIntegrationPolicyPolicy>;
    /**
     * Unique identifier of the Elastic Defend integration policy. Used as the import key.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * Elastic Defend preset configuration. Maps to `endpointConfig.preset` in the Defend API. Common values include `"NGAv1"`, `"NGAV"`, `"dataCollection"`, `"EDRComplete"`, `"EDREssential"`.
     */
    preset?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this integration policy is available. When set, must match the<span pulumi-lang-nodejs=" spaceIds " pulumi-lang-dotnet=" SpaceIds " pulumi-lang-go=" spaceIds " pulumi-lang-python=" space_ids " pulumi-lang-yaml=" spaceIds " pulumi-lang-java=" spaceIds "> space_ids </span>of the referenced agent policy. If not set, will be inherited from the agent policy.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
//# sourceMappingURL=fleetElasticDefendIntegrationPolicy.d.ts.map
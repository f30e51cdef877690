import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetAgentPolicy extends pulumi.CustomResource {
    /**
     * Get an existing FleetAgentPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetAgentPolicyState, opts?: pulumi.CustomResourceOptions): FleetAgentPolicy;
    /**
     * Returns true if the given object is an instance of FleetAgentPolicy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetAgentPolicy;
    /**
     * Advanced monitoring options for the agent policy. Includes HTTP monitoring endpoint configuration and diagnostic settings.
     */
    readonly advancedMonitoringOptions: pulumi.Output<outputs.FleetAgentPolicyAdvancedMonitoringOptions>;
    /**
     * Advanced agent settings for logging, resource limits, and downloads. These settings configure the behavior of Elastic Agents enrolled in this policy.
     */
    readonly advancedSettings: pulumi.Output<outputs.FleetAgentPolicyAdvancedSettings>;
    /**
     * The identifier for the data output.
     */
    readonly dataOutputId: pulumi.Output<string | undefined>;
    /**
     * The description of the agent policy.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The identifier for the Elastic Agent binary download server.
     */
    readonly downloadSourceId: pulumi.Output<string | undefined>;
    /**
     * The identifier for the Fleet server host.
     */
    readonly fleetServerHostId: pulumi.Output<string | undefined>;
    /**
     * User-defined data tags to apply to all inputs. Values can be strings (string_value) or numbers (number_value) but not both. Example -- key1 = {string_value = value1}, key2 = {number_value = 42}
     */
    readonly globalDataTags: pulumi.Output<{
        [key: string]: outputs.FleetAgentPolicyGlobalDataTags;
    }>;
    /**
     * Determines the format of the host.name field in events. Can be 'hostname' (short hostname, e.g., 'myhost') or 'fqdn' (fully qualified domain name, e.g., 'myhost.example.com'). Defaults to 'hostname'.
     */
    readonly hostNameFormat: pulumi.Output<string>;
    /**
     * The inactivity timeout for the agent policy. If an agent does not report within this time period, it will be considered inactive. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    readonly inactivityTimeout: pulumi.Output<string>;
    /**
     * Enable tamper protection for this agent policy (Fleet API <span pulumi-lang-nodejs="`isProtected`" pulumi-lang-dotnet="`IsProtected`" pulumi-lang-go="`isProtected`" pulumi-lang-python="`is_protected`" pulumi-lang-yaml="`isProtected`" pulumi-lang-java="`isProtected`">`is_protected`</span>). When true, agents use uninstall tokens. Requires Elastic Stack 8.10.0 or later.
     */
    readonly isProtected: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetAgentPolicyKibanaConnection[] | undefined>;
    /**
     * Enable collection of agent logs.
     */
    readonly monitorLogs: pulumi.Output<boolean>;
    /**
     * Enable collection of agent metrics.
     */
    readonly monitorMetrics: pulumi.Output<boolean>;
    /**
     * The identifier for monitoring output.
     */
    readonly monitoringOutputId: pulumi.Output<string | undefined>;
    /**
     * The name of the agent policy.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The namespace of the agent policy.
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * Unique identifier of the agent policy.
     */
    readonly policyId: pulumi.Output<string>;
    /**
     * Map of agent versions to target percentages for automatic upgrade. The key is the target version and the value is the percentage of agents to upgrade to that version.
     */
    readonly requiredVersions: pulumi.Output<{
        [key: string]: number;
    }>;
    readonly skipDestroy: pulumi.Output<boolean | undefined>;
    /**
     * The Kibana space IDs that this agent policy should be available in. When not specified, defaults to ["default"]. Note: The order of space IDs does not matter as this is a set.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    /**
     * Set to true to enable agentless data collection.
     */
    readonly supportsAgentless: pulumi.Output<boolean | undefined>;
    /**
     * Enable collection of system logs and metrics.
     */
    readonly sysMonitoring: pulumi.Output<boolean | undefined>;
    /**
     * The unenrollment timeout for the agent policy. If an agent is inactive for this period, it will be automatically unenrolled. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    readonly unenrollmentTimeout: pulumi.Output<string>;
    /**
     * Create a FleetAgentPolicy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetAgentPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetAgentPolicy resources.
 */
export interface FleetAgentPolicyState {
    /**
     * Advanced monitoring options for the agent policy. Includes HTTP monitoring endpoint configuration and diagnostic settings.
     */
    advancedMonitoringOptions?: pulumi.Input<inputs.FleetAgentPolicyAdvancedMonitoringOptions | undefined>;
    /**
     * Advanced agent settings for logging, resource limits, and downloads. These settings configure the behavior of Elastic Agents enrolled in this policy.
     */
    advancedSettings?: pulumi.Input<inputs.FleetAgentPolicyAdvancedSettings | undefined>;
    /**
     * The identifier for the data output.
     */
    dataOutputId?: pulumi.Input<string | undefined>;
    /**
     * The description of the agent policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the Elastic Agent binary download server.
     */
    downloadSourceId?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the Fleet server host.
     */
    fleetServerHostId?: pulumi.Input<string | undefined>;
    /**
     * User-defined data tags to apply to all inputs. Values can be strings (string_value) or numbers (number_value) but not both. Example -- key1 = {string_value = value1}, key2 = {number_value = 42}
     */
    globalDataTags?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.FleetAgentPolicyGlobalDataTags>;
    } | undefined>;
    /**
     * Determines the format of the host.name field in events. Can be 'hostname' (short hostname, e.g., 'myhost') or 'fqdn' (fully qualified domain name, e.g., 'myhost.example.com'). Defaults to 'hostname'.
     */
    hostNameFormat?: pulumi.Input<string | undefined>;
    /**
     * The inactivity timeout for the agent policy. If an agent does not report within this time period, it will be considered inactive. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    inactivityTimeout?: pulumi.Input<string | undefined>;
    /**
     * Enable tamper protection for this agent policy (Fleet API <span pulumi-lang-nodejs="`isProtected`" pulumi-lang-dotnet="`IsProtected`" pulumi-lang-go="`isProtected`" pulumi-lang-python="`is_protected`" pulumi-lang-yaml="`isProtected`" pulumi-lang-java="`isProtected`">`is_protected`</span>). When true, agents use uninstall tokens. Requires Elastic Stack 8.10.0 or later.
     */
    isProtected?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetAgentPolicyKibanaConnection>[] | undefined>;
    /**
     * Enable collection of agent logs.
     */
    monitorLogs?: pulumi.Input<boolean | undefined>;
    /**
     * Enable collection of agent metrics.
     */
    monitorMetrics?: pulumi.Input<boolean | undefined>;
    /**
     * The identifier for monitoring output.
     */
    monitoringOutputId?: pulumi.Input<string | undefined>;
    /**
     * The name of the agent policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the agent policy.
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the agent policy.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * Map of agent versions to target percentages for automatic upgrade. The key is the target version and the value is the percentage of agents to upgrade to that version.
     */
    requiredVersions?: pulumi.Input<{
        [key: string]: pulumi.Input<number>;
    } | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space IDs that this agent policy should be available in. When not specified, defaults to ["default"]. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Set to true to enable agentless data collection.
     */
    supportsAgentless?: pulumi.Input<boolean | undefined>;
    /**
     * Enable collection of system logs and metrics.
     */
    sysMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * The unenrollment timeout for the agent policy. If an agent is inactive for this period, it will be automatically unenrolled. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    unenrollmentTimeout?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a FleetAgentPolicy resource.
 */
export interface FleetAgentPolicyArgs {
    /**
     * Advanced monitoring options for the agent policy. Includes HTTP monitoring endpoint configuration and diagnostic settings.
     */
    advancedMonitoringOptions?: pulumi.Input<inputs.FleetAgentPolicyAdvancedMonitoringOptions | undefined>;
    /**
     * Advanced agent settings for logging, resource limits, and downloads. These settings configure the behavior of Elastic Agents enrolled in this policy.
     */
    advancedSettings?: pulumi.Input<inputs.FleetAgentPolicyAdvancedSettings | undefined>;
    /**
     * The identifier for the data output.
     */
    dataOutputId?: pulumi.Input<string | undefined>;
    /**
     * The description of the agent policy.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the Elastic Agent binary download server.
     */
    downloadSourceId?: pulumi.Input<string | undefined>;
    /**
     * The identifier for the Fleet server host.
     */
    fleetServerHostId?: pulumi.Input<string | undefined>;
    /**
     * User-defined data tags to apply to all inputs. Values can be strings (string_value) or numbers (number_value) but not both. Example -- key1 = {string_value = value1}, key2 = {number_value = 42}
     */
    globalDataTags?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.FleetAgentPolicyGlobalDataTags>;
    } | undefined>;
    /**
     * Determines the format of the host.name field in events. Can be 'hostname' (short hostname, e.g., 'myhost') or 'fqdn' (fully qualified domain name, e.g., 'myhost.example.com'). Defaults to 'hostname'.
     */
    hostNameFormat?: pulumi.Input<string | undefined>;
    /**
     * The inactivity timeout for the agent policy. If an agent does not report within this time period, it will be considered inactive. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    inactivityTimeout?: pulumi.Input<string | undefined>;
    /**
     * Enable tamper protection for this agent policy (Fleet API <span pulumi-lang-nodejs="`isProtected`" pulumi-lang-dotnet="`IsProtected`" pulumi-lang-go="`isProtected`" pulumi-lang-python="`is_protected`" pulumi-lang-yaml="`isProtected`" pulumi-lang-java="`isProtected`">`is_protected`</span>). When true, agents use uninstall tokens. Requires Elastic Stack 8.10.0 or later.
     */
    isProtected?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetAgentPolicyKibanaConnection>[] | undefined>;
    /**
     * Enable collection of agent logs.
     */
    monitorLogs?: pulumi.Input<boolean | undefined>;
    /**
     * Enable collection of agent metrics.
     */
    monitorMetrics?: pulumi.Input<boolean | undefined>;
    /**
     * The identifier for monitoring output.
     */
    monitoringOutputId?: pulumi.Input<string | undefined>;
    /**
     * The name of the agent policy.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The namespace of the agent policy.
     */
    namespace: pulumi.Input<string>;
    /**
     * Unique identifier of the agent policy.
     */
    policyId?: pulumi.Input<string | undefined>;
    /**
     * Map of agent versions to target percentages for automatic upgrade. The key is the target version and the value is the percentage of agents to upgrade to that version.
     */
    requiredVersions?: pulumi.Input<{
        [key: string]: pulumi.Input<number>;
    } | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space IDs that this agent policy should be available in. When not specified, defaults to ["default"]. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Set to true to enable agentless data collection.
     */
    supportsAgentless?: pulumi.Input<boolean | undefined>;
    /**
     * Enable collection of system logs and metrics.
     */
    sysMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * The unenrollment timeout for the agent policy. If an agent is inactive for this period, it will be automatically unenrolled. Supports duration strings (e.g., '30s', '2m', '1h').
     */
    unenrollmentTimeout?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=fleetAgentPolicy.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ApmAgentConfiguration extends pulumi.CustomResource {
    /**
     * Get an existing ApmAgentConfiguration resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ApmAgentConfigurationState, opts?: pulumi.CustomResourceOptions): ApmAgentConfiguration;
    /**
     * Returns true if the given object is an instance of ApmAgentConfiguration.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ApmAgentConfiguration;
    /**
     * The agent name is used by the UI to determine which settings to display.
     */
    readonly agentName: pulumi.Output<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.ApmAgentConfigurationKibanaConnection[] | undefined>;
    /**
     * The environment of the service.
     */
    readonly serviceEnvironment: pulumi.Output<string | undefined>;
    /**
     * The name of the service.
     */
    readonly serviceName: pulumi.Output<string>;
    /**
     * Agent configuration settings.
     */
    readonly settings: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Create a ApmAgentConfiguration resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ApmAgentConfigurationArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ApmAgentConfiguration resources.
 */
export interface ApmAgentConfigurationState {
    /**
     * The agent name is used by the UI to determine which settings to display.
     */
    agentName?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.ApmAgentConfigurationKibanaConnection>[] | undefined>;
    /**
     * The environment of the service.
     */
    serviceEnvironment?: pulumi.Input<string | undefined>;
    /**
     * The name of the service.
     */
    serviceName?: pulumi.Input<string | undefined>;
    /**
     * Agent configuration settings.
     */
    settings?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
}
/**
 * The set of arguments for constructing a ApmAgentConfiguration resource.
 */
export interface ApmAgentConfigurationArgs {
    /**
     * The agent name is used by the UI to determine which settings to display.
     */
    agentName?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.ApmAgentConfigurationKibanaConnection>[] | undefined>;
    /**
     * The environment of the service.
     */
    serviceEnvironment?: pulumi.Input<string | undefined>;
    /**
     * The name of the service.
     */
    serviceName: pulumi.Input<string>;
    /**
     * Agent configuration settings.
     */
    settings: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
}
//# sourceMappingURL=apmAgentConfiguration.d.ts.map
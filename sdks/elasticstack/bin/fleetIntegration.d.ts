import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetIntegration extends pulumi.CustomResource {
    /**
     * Get an existing FleetIntegration resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetIntegrationState, opts?: pulumi.CustomResourceOptions): FleetIntegration;
    /**
     * Returns true if the given object is an instance of FleetIntegration.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetIntegration;
    /**
     * Set to true to force the requested action.
     */
    readonly force: pulumi.Output<boolean | undefined>;
    /**
     * Set to true to ignore constraint errors during package installation.
     */
    readonly ignoreConstraints: pulumi.Output<boolean | undefined>;
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    readonly ignoreMappingUpdateErrors: pulumi.Output<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetIntegrationKibanaConnection[] | undefined>;
    /**
     * The integration package name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Set to true to allow installation of prerelease (beta, non-GA) packages.
     */
    readonly prerelease: pulumi.Output<boolean | undefined>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    readonly skipDataStreamRollover: pulumi.Output<boolean | undefined>;
    readonly skipDestroy: pulumi.Output<boolean | undefined>;
    /**
     * The Kibana space ID where this integration package should be installed.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.FleetIntegrationTimeouts | undefined>;
    /**
     * The integration package version.
     */
    readonly version: pulumi.Output<string>;
    /**
     * Create a FleetIntegration resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetIntegrationArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetIntegration resources.
 */
export interface FleetIntegrationState {
    /**
     * Set to true to force the requested action.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to ignore constraint errors during package installation.
     */
    ignoreConstraints?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    ignoreMappingUpdateErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetIntegrationKibanaConnection>[] | undefined>;
    /**
     * The integration package name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set to true to allow installation of prerelease (beta, non-GA) packages.
     */
    prerelease?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    skipDataStreamRollover?: pulumi.Input<boolean | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID where this integration package should be installed.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetIntegrationTimeouts | undefined>;
    /**
     * The integration package version.
     */
    version?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a FleetIntegration resource.
 */
export interface FleetIntegrationArgs {
    /**
     * Set to true to force the requested action.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to ignore constraint errors during package installation.
     */
    ignoreConstraints?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    ignoreMappingUpdateErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetIntegrationKibanaConnection>[] | undefined>;
    /**
     * The integration package name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Set to true to allow installation of prerelease (beta, non-GA) packages.
     */
    prerelease?: pulumi.Input<boolean | undefined>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    skipDataStreamRollover?: pulumi.Input<boolean | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID where this integration package should be installed.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetIntegrationTimeouts | undefined>;
    /**
     * The integration package version.
     */
    version: pulumi.Input<string>;
}
//# sourceMappingURL=fleetIntegration.d.ts.map
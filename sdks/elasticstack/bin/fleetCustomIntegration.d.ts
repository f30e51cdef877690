import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetCustomIntegration extends pulumi.CustomResource {
    /**
     * Get an existing FleetCustomIntegration resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetCustomIntegrationState, opts?: pulumi.CustomResourceOptions): FleetCustomIntegration;
    /**
     * Returns true if the given object is an instance of FleetCustomIntegration.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetCustomIntegration;
    /**
     * SHA256 hex digest of the uploaded package file.
     */
    readonly checksum: pulumi.Output<string>;
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    readonly ignoreMappingUpdateErrors: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetCustomIntegrationKibanaConnection[] | undefined>;
    /**
     * The integration package name, populated from the upload response.
     */
    readonly packageName: pulumi.Output<string>;
    /**
     * Path to the local zip or tar.gz file containing the integration package.
     */
    readonly packagePath: pulumi.Output<string>;
    /**
     * The integration package version, populated after upload.
     */
    readonly packageVersion: pulumi.Output<string>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    readonly skipDataStreamRollover: pulumi.Output<boolean>;
    readonly skipDestroy: pulumi.Output<boolean>;
    /**
     * The Kibana space ID where this integration package should be installed. Changing this value forces resource replacement.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.FleetCustomIntegrationTimeouts | undefined>;
    /**
     * Create a FleetCustomIntegration resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetCustomIntegrationArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetCustomIntegration resources.
 */
export interface FleetCustomIntegrationState {
    /**
     * SHA256 hex digest of the uploaded package file.
     */
    checksum?: pulumi.Input<string | undefined>;
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    ignoreMappingUpdateErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetCustomIntegrationKibanaConnection>[] | undefined>;
    /**
     * The integration package name, populated from the upload response.
     */
    packageName?: pulumi.Input<string | undefined>;
    /**
     * Path to the local zip or tar.gz file containing the integration package.
     */
    packagePath?: pulumi.Input<string | undefined>;
    /**
     * The integration package version, populated after upload.
     */
    packageVersion?: pulumi.Input<string | undefined>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    skipDataStreamRollover?: pulumi.Input<boolean | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID where this integration package should be installed. Changing this value forces resource replacement.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetCustomIntegrationTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a FleetCustomIntegration resource.
 */
export interface FleetCustomIntegrationArgs {
    /**
     * Set to true to ignore mapping update errors during package installation.
     */
    ignoreMappingUpdateErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetCustomIntegrationKibanaConnection>[] | undefined>;
    /**
     * Path to the local zip or tar.gz file containing the integration package.
     */
    packagePath: pulumi.Input<string>;
    /**
     * Set to true to skip data stream rollover during package installation.
     */
    skipDataStreamRollover?: pulumi.Input<boolean | undefined>;
    skipDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID where this integration package should be installed. Changing this value forces resource replacement.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetCustomIntegrationTimeouts | undefined>;
}
//# sourceMappingURL=fleetCustomIntegration.d.ts.map
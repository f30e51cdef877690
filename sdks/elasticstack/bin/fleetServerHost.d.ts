import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetServerHost extends pulumi.CustomResource {
    /**
     * Get an existing FleetServerHost resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetServerHostState, opts?: pulumi.CustomResourceOptions): FleetServerHost;
    /**
     * Returns true if the given object is an instance of FleetServerHost.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetServerHost;
    /**
     * Set as default.
     */
    readonly default: pulumi.Output<boolean>;
    /**
     * Unique identifier of the Fleet server host.
     */
    readonly hostId: pulumi.Output<string>;
    /**
     * A list of hosts.
     */
    readonly hosts: pulumi.Output<string[]>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetServerHostKibanaConnection[] | undefined>;
    /**
     * The name of the Fleet server host.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The Kibana space IDs where this server host is available. When set, the server host will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.FleetServerHostTimeouts | undefined>;
    /**
     * Create a FleetServerHost resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetServerHostArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetServerHost resources.
 */
export interface FleetServerHostState {
    /**
     * Set as default.
     */
    default?: pulumi.Input<boolean | undefined>;
    /**
     * Unique identifier of the Fleet server host.
     */
    hostId?: pulumi.Input<string | undefined>;
    /**
     * A list of hosts.
     */
    hosts?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetServerHostKibanaConnection>[] | undefined>;
    /**
     * The name of the Fleet server host.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this server host is available. When set, the server host will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.FleetServerHostTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a FleetServerHost resource.
 */
export interface FleetServerHostArgs {
    /**
     * Set as default.
     */
    default?: pulumi.Input<boolean | undefined>;
    /**
     * Unique identifier of the Fleet server host.
     */
    hostId?: pulumi.Input<string | undefined>;
    /**
     * A list of hosts.
     */
    hosts: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetServerHostKibanaConnection>[] | undefined>;
    /**
     * The name of the Fleet server host.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this server host is available. When set, the server host will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.FleetServerHostTimeouts | undefined>;
}
//# sourceMappingURL=fleetServerHost.d.ts.map
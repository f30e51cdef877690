import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetAgentDownloadSource extends pulumi.CustomResource {
    /**
     * Get an existing FleetAgentDownloadSource resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetAgentDownloadSourceState, opts?: pulumi.CustomResourceOptions): FleetAgentDownloadSource;
    /**
     * Returns true if the given object is an instance of FleetAgentDownloadSource.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetAgentDownloadSource;
    /**
     * Set this download source as the default for agents.
     */
    readonly default: pulumi.Output<boolean>;
    /**
     * The base URL from which Elastic Agents will download binaries.
     */
    readonly host: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetAgentDownloadSourceKibanaConnection[] | undefined>;
    /**
     * The name of the Fleet agent download source.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the proxy to use for this download source.
     */
    readonly proxyId: pulumi.Output<string | undefined>;
    /**
     * Unique identifier of the Fleet agent download source.
     */
    readonly sourceId: pulumi.Output<string>;
    /**
     * The Kibana space IDs where this download source is available. When set, the download source will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.FleetAgentDownloadSourceTimeouts | undefined>;
    /**
     * Create a FleetAgentDownloadSource resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetAgentDownloadSourceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetAgentDownloadSource resources.
 */
export interface FleetAgentDownloadSourceState {
    /**
     * Set this download source as the default for agents.
     */
    default?: pulumi.Input<boolean | undefined>;
    /**
     * The base URL from which Elastic Agents will download binaries.
     */
    host?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetAgentDownloadSourceKibanaConnection>[] | undefined>;
    /**
     * The name of the Fleet agent download source.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the proxy to use for this download source.
     */
    proxyId?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the Fleet agent download source.
     */
    sourceId?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this download source is available. When set, the download source will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.FleetAgentDownloadSourceTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a FleetAgentDownloadSource resource.
 */
export interface FleetAgentDownloadSourceArgs {
    /**
     * Set this download source as the default for agents.
     */
    default?: pulumi.Input<boolean | undefined>;
    /**
     * The base URL from which Elastic Agents will download binaries.
     */
    host: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetAgentDownloadSourceKibanaConnection>[] | undefined>;
    /**
     * The name of the Fleet agent download source.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the proxy to use for this download source.
     */
    proxyId?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the Fleet agent download source.
     */
    sourceId?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this download source is available. When set, the download source will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.FleetAgentDownloadSourceTimeouts | undefined>;
}
//# sourceMappingURL=fleetAgentDownloadSource.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityListDataStreams extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityListDataStreams resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityListDataStreamsState, opts?: pulumi.CustomResourceOptions): KibanaSecurityListDataStreams;
    /**
     * Returns true if the given object is an instance of KibanaSecurityListDataStreams.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityListDataStreams;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityListDataStreamsKibanaConnection[] | undefined>;
    /**
     * Indicates whether the `.lists` data stream exists.
     */
    readonly listIndex: pulumi.Output<boolean>;
    /**
     * Indicates whether the `.items` data stream exists.
     */
    readonly listItemIndex: pulumi.Output<boolean>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityListDataStreamsTimeouts | undefined>;
    /**
     * Create a KibanaSecurityListDataStreams resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaSecurityListDataStreamsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityListDataStreams resources.
 */
export interface KibanaSecurityListDataStreamsState {
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityListDataStreamsKibanaConnection>[] | undefined>;
    /**
     * Indicates whether the `.lists` data stream exists.
     */
    listIndex?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether the `.items` data stream exists.
     */
    listItemIndex?: pulumi.Input<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityListDataStreamsTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityListDataStreams resource.
 */
export interface KibanaSecurityListDataStreamsArgs {
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityListDataStreamsKibanaConnection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityListDataStreamsTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSecurityListDataStreams.d.ts.map
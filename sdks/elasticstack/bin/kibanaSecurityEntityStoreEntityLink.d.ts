import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityEntityStoreEntityLink extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityEntityStoreEntityLink resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityEntityStoreEntityLinkState, opts?: pulumi.CustomResourceOptions): KibanaSecurityEntityStoreEntityLink;
    /**
     * Returns true if the given object is an instance of KibanaSecurityEntityStoreEntityLink.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityEntityStoreEntityLink;
    /**
     * The set of alias entity identifiers to link to the target entity. Must contain between 1 and 1000 items.
     */
    readonly entityIds: pulumi.Output<string[]>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityLinkKibanaConnection[] | undefined>;
    /**
     * The normalized JSON representation of the resolution group returned by the Kibana API.
     */
    readonly resolutionGroupJson: pulumi.Output<string>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * The entity identifier that linked entities resolve to.
     */
    readonly targetId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityLinkTimeouts | undefined>;
    /**
     * Create a KibanaSecurityEntityStoreEntityLink resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSecurityEntityStoreEntityLinkArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityEntityStoreEntityLink resources.
 */
export interface KibanaSecurityEntityStoreEntityLinkState {
    /**
     * The set of alias entity identifiers to link to the target entity. Must contain between 1 and 1000 items.
     */
    entityIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreEntityLinkKibanaConnection>[] | undefined>;
    /**
     * The normalized JSON representation of the resolution group returned by the Kibana API.
     */
    resolutionGroupJson?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * The entity identifier that linked entities resolve to.
     */
    targetId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityLinkTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityEntityStoreEntityLink resource.
 */
export interface KibanaSecurityEntityStoreEntityLinkArgs {
    /**
     * The set of alias entity identifiers to link to the target entity. Must contain between 1 and 1000 items.
     */
    entityIds: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreEntityLinkKibanaConnection>[] | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * The entity identifier that linked entities resolve to.
     */
    targetId: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityLinkTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSecurityEntityStoreEntityLink.d.ts.map
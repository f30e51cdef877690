import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityEntityStore extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityEntityStore resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityEntityStoreState, opts?: pulumi.CustomResourceOptions): KibanaSecurityEntityStore;
    /**
     * Returns true if the given object is an instance of KibanaSecurityEntityStore.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityEntityStore;
    readonly allowEntityTypeShrink: pulumi.Output<boolean>;
    /**
     * Entity types to install and manage. Valid values are user, host, service, and generic.
     */
    readonly entityTypes: pulumi.Output<string[]>;
    /**
     * Install-only history snapshot settings.
     */
    readonly historySnapshot: pulumi.Output<outputs.KibanaSecurityEntityStoreHistorySnapshot | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityEntityStoreKibanaConnection[] | undefined>;
    /**
     * Optional log extraction settings for the entity store.
     */
    readonly logExtraction: pulumi.Output<outputs.KibanaSecurityEntityStoreLogExtraction>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * Whether any managed entity engine should be running after reconciliation.
     */
    readonly started: pulumi.Output<boolean>;
    /**
     * Normalized JSON representation of the most recent entity store status response.
     */
    readonly statusJson: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityEntityStoreTimeouts | undefined>;
    /**
     * Create a KibanaSecurityEntityStore resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaSecurityEntityStoreArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityEntityStore resources.
 */
export interface KibanaSecurityEntityStoreState {
    allowEntityTypeShrink?: pulumi.Input<boolean | undefined>;
    /**
     * Entity types to install and manage. Valid values are user, host, service, and generic.
     */
    entityTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Install-only history snapshot settings.
     */
    historySnapshot?: pulumi.Input<inputs.KibanaSecurityEntityStoreHistorySnapshot | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreKibanaConnection>[] | undefined>;
    /**
     * Optional log extraction settings for the entity store.
     */
    logExtraction?: pulumi.Input<inputs.KibanaSecurityEntityStoreLogExtraction | undefined>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Whether any managed entity engine should be running after reconciliation.
     */
    started?: pulumi.Input<boolean | undefined>;
    /**
     * Normalized JSON representation of the most recent entity store status response.
     */
    statusJson?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityEntityStore resource.
 */
export interface KibanaSecurityEntityStoreArgs {
    allowEntityTypeShrink?: pulumi.Input<boolean | undefined>;
    /**
     * Entity types to install and manage. Valid values are user, host, service, and generic.
     */
    entityTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Install-only history snapshot settings.
     */
    historySnapshot?: pulumi.Input<inputs.KibanaSecurityEntityStoreHistorySnapshot | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreKibanaConnection>[] | undefined>;
    /**
     * Optional log extraction settings for the entity store.
     */
    logExtraction?: pulumi.Input<inputs.KibanaSecurityEntityStoreLogExtraction | undefined>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Whether any managed entity engine should be running after reconciliation.
     */
    started?: pulumi.Input<boolean | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSecurityEntityStore.d.ts.map
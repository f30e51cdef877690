import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetProxy extends pulumi.CustomResource {
    /**
     * Get an existing FleetProxy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetProxyState, opts?: pulumi.CustomResourceOptions): FleetProxy;
    /**
     * Returns true if the given object is an instance of FleetProxy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetProxy;
    /**
     * The proxy certificate.
     */
    readonly certificate: pulumi.Output<string | undefined>;
    /**
     * The proxy certificate authorities.
     */
    readonly certificateAuthorities: pulumi.Output<string | undefined>;
    /**
     * The proxy certificate key.
     */
    readonly certificateKey: pulumi.Output<string | undefined>;
    /**
     * Whether the proxy is preconfigured.
     */
    readonly isPreconfigured: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetProxyKibanaConnection[] | undefined>;
    /**
     * The proxy name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Additional headers to send to the proxy during CONNECT requests.
     */
    readonly proxyHeaders: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * The proxy ID.
     */
    readonly proxyId: pulumi.Output<string>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.FleetProxyTimeouts | undefined>;
    /**
     * The proxy URL.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a FleetProxy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetProxyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetProxy resources.
 */
export interface FleetProxyState {
    /**
     * The proxy certificate.
     */
    certificate?: pulumi.Input<string | undefined>;
    /**
     * The proxy certificate authorities.
     */
    certificateAuthorities?: pulumi.Input<string | undefined>;
    /**
     * The proxy certificate key.
     */
    certificateKey?: pulumi.Input<string | undefined>;
    /**
     * Whether the proxy is preconfigured.
     */
    isPreconfigured?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetProxyKibanaConnection>[] | undefined>;
    /**
     * The proxy name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Additional headers to send to the proxy during CONNECT requests.
     */
    proxyHeaders?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The proxy ID.
     */
    proxyId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetProxyTimeouts | undefined>;
    /**
     * The proxy URL.
     */
    url?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a FleetProxy resource.
 */
export interface FleetProxyArgs {
    /**
     * The proxy certificate.
     */
    certificate?: pulumi.Input<string | undefined>;
    /**
     * The proxy certificate authorities.
     */
    certificateAuthorities?: pulumi.Input<string | undefined>;
    /**
     * The proxy certificate key.
     */
    certificateKey?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetProxyKibanaConnection>[] | undefined>;
    /**
     * The proxy name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Additional headers to send to the proxy during CONNECT requests.
     */
    proxyHeaders?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The proxy ID.
     */
    proxyId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.FleetProxyTimeouts | undefined>;
    /**
     * The proxy URL.
     */
    url: pulumi.Input<string>;
}
//# sourceMappingURL=fleetProxy.d.ts.map
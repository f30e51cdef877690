import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityRole extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityRole resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityRoleState, opts?: pulumi.CustomResourceOptions): KibanaSecurityRole;
    /**
     * Returns true if the given object is an instance of KibanaSecurityRole.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityRole;
    /**
     * Optional description for the role
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch cluster and index privileges.
     */
    readonly elasticsearch: pulumi.Output<outputs.KibanaSecurityRoleElasticsearch | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityRoleKibanaConnection[] | undefined>;
    /**
     * The list of objects that specify the Kibana privileges for the role.
     */
    readonly kibanas: pulumi.Output<outputs.KibanaSecurityRoleKibana[] | undefined>;
    /**
     * Optional meta-data.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * The name for the role.
     */
    readonly name: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityRoleTimeouts | undefined>;
    /**
     * Create a KibanaSecurityRole resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaSecurityRoleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityRole resources.
 */
export interface KibanaSecurityRoleState {
    /**
     * Optional description for the role
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch cluster and index privileges.
     */
    elasticsearch?: pulumi.Input<inputs.KibanaSecurityRoleElasticsearch | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityRoleKibanaConnection>[] | undefined>;
    /**
     * The list of objects that specify the Kibana privileges for the role.
     */
    kibanas?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityRoleKibana>[] | undefined>;
    /**
     * Optional meta-data.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name for the role.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityRoleTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityRole resource.
 */
export interface KibanaSecurityRoleArgs {
    /**
     * Optional description for the role
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch cluster and index privileges.
     */
    elasticsearch?: pulumi.Input<inputs.KibanaSecurityRoleElasticsearch | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityRoleKibanaConnection>[] | undefined>;
    /**
     * The list of objects that specify the Kibana privileges for the role.
     */
    kibanas?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityRoleKibana>[] | undefined>;
    /**
     * Optional meta-data.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name for the role.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityRoleTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSecurityRole.d.ts.map
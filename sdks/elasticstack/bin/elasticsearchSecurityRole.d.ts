import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSecurityRole extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSecurityRole resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSecurityRoleState, opts?: pulumi.CustomResourceOptions): ElasticsearchSecurityRole;
    /**
     * Returns true if the given object is an instance of ElasticsearchSecurityRole.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSecurityRole;
    /**
     * A list of application privilege entries.
     */
    readonly applications: pulumi.Output<outputs.ElasticsearchSecurityRoleApplication[] | undefined>;
    /**
     * A list of cluster privileges. These privileges define the cluster level actions that users with this role are able to execute.
     */
    readonly clusters: pulumi.Output<string[] | undefined>;
    /**
     * The description of the role.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSecurityRoleElasticsearchConnection[] | undefined>;
    /**
     * An object defining global privileges.
     */
    readonly global: pulumi.Output<string | undefined>;
    /**
     * A list of indices permissions entries.
     */
    readonly indices: pulumi.Output<outputs.ElasticsearchSecurityRoleIndex[] | undefined>;
    /**
     * Optional meta-data.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * The name of the role.
     */
    readonly name: pulumi.Output<string>;
    /**
     * A list of remote indices permissions entries. Remote indices are effective for remote clusters configured with the API key based model. They have no effect for remote clusters configured with the certificate based model.
     */
    readonly remoteIndices: pulumi.Output<outputs.ElasticsearchSecurityRoleRemoteIndex[] | undefined>;
    /**
     * A list of users that the owners of this role can impersonate.
     */
    readonly runAs: pulumi.Output<string[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSecurityRoleTimeouts | undefined>;
    /**
     * Create a ElasticsearchSecurityRole resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchSecurityRoleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSecurityRole resources.
 */
export interface ElasticsearchSecurityRoleState {
    /**
     * A list of application privilege entries.
     */
    applications?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleApplication>[] | undefined>;
    /**
     * A list of cluster privileges. These privileges define the cluster level actions that users with this role are able to execute.
     */
    clusters?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the role.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleElasticsearchConnection>[] | undefined>;
    /**
     * An object defining global privileges.
     */
    global?: pulumi.Input<string | undefined>;
    /**
     * A list of indices permissions entries.
     */
    indices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleIndex>[] | undefined>;
    /**
     * Optional meta-data.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name of the role.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * A list of remote indices permissions entries. Remote indices are effective for remote clusters configured with the API key based model. They have no effect for remote clusters configured with the certificate based model.
     */
    remoteIndices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleRemoteIndex>[] | undefined>;
    /**
     * A list of users that the owners of this role can impersonate.
     */
    runAs?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityRoleTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSecurityRole resource.
 */
export interface ElasticsearchSecurityRoleArgs {
    /**
     * A list of application privilege entries.
     */
    applications?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleApplication>[] | undefined>;
    /**
     * A list of cluster privileges. These privileges define the cluster level actions that users with this role are able to execute.
     */
    clusters?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The description of the role.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleElasticsearchConnection>[] | undefined>;
    /**
     * An object defining global privileges.
     */
    global?: pulumi.Input<string | undefined>;
    /**
     * A list of indices permissions entries.
     */
    indices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleIndex>[] | undefined>;
    /**
     * Optional meta-data.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The name of the role.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * A list of remote indices permissions entries. Remote indices are effective for remote clusters configured with the API key based model. They have no effect for remote clusters configured with the certificate based model.
     */
    remoteIndices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleRemoteIndex>[] | undefined>;
    /**
     * A list of users that the owners of this role can impersonate.
     */
    runAs?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityRoleTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchSecurityRole.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSecuritySystemUser extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSecuritySystemUser resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSecuritySystemUserState, opts?: pulumi.CustomResourceOptions): ElasticsearchSecuritySystemUser;
    /**
     * Returns true if the given object is an instance of ElasticsearchSecuritySystemUser.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSecuritySystemUser;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSecuritySystemUserElasticsearchConnection[] | undefined>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * The user's password. Passwords must be at least 6 characters long.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    readonly passwordHash: pulumi.Output<string | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSecuritySystemUserTimeouts | undefined>;
    /**
     * An identifier for the system user (see the [built-in users documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/built-in-users.html)).
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ElasticsearchSecuritySystemUser resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchSecuritySystemUserArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSecuritySystemUser resources.
 */
export interface ElasticsearchSecuritySystemUserState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecuritySystemUserElasticsearchConnection>[] | undefined>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The user's password. Passwords must be at least 6 characters long.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    passwordHash?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecuritySystemUserTimeouts | undefined>;
    /**
     * An identifier for the system user (see the [built-in users documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/built-in-users.html)).
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSecuritySystemUser resource.
 */
export interface ElasticsearchSecuritySystemUserArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecuritySystemUserElasticsearchConnection>[] | undefined>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The user's password. Passwords must be at least 6 characters long.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    passwordHash?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecuritySystemUserTimeouts | undefined>;
    /**
     * An identifier for the system user (see the [built-in users documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/built-in-users.html)).
     */
    username: pulumi.Input<string>;
}
//# sourceMappingURL=elasticsearchSecuritySystemUser.d.ts.map
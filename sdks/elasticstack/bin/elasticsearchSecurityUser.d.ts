import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSecurityUser extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSecurityUser resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSecurityUserState, opts?: pulumi.CustomResourceOptions): ElasticsearchSecurityUser;
    /**
     * Returns true if the given object is an instance of ElasticsearchSecurityUser.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSecurityUser;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSecurityUserElasticsearchConnection[] | undefined>;
    /**
     * The email of the user.
     */
    readonly email: pulumi.Output<string>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * The full name of the user.
     */
    readonly fullName: pulumi.Output<string>;
    /**
     * Arbitrary metadata that you want to associate with the user.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * The user's password. Passwords must be at least 6 characters long. Note: Consider using <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> for better security with ephemeral resources.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    readonly passwordHash: pulumi.Output<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     */
    readonly passwordWo: pulumi.Output<string | undefined>;
    /**
     * Version identifier for the write-only password. This field is used to trigger updates when the password changes. Required when <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> is set. Typically, you would use a hash of the password or a version identifier from your secret management system.
     */
    readonly passwordWoVersion: pulumi.Output<string | undefined>;
    /**
     * A set of roles the user has. The roles determine the user's access permissions.
     */
    readonly roles: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSecurityUserTimeouts | undefined>;
    /**
     * An identifier for the user (see the [security API put user documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-put-user.html#security-api-put-user-path-params) for more details).
     */
    readonly username: pulumi.Output<string>;
    /**
     * Create a ElasticsearchSecurityUser resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchSecurityUserArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSecurityUser resources.
 */
export interface ElasticsearchSecurityUserState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityUserElasticsearchConnection>[] | undefined>;
    /**
     * The email of the user.
     */
    email?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The full name of the user.
     */
    fullName?: pulumi.Input<string | undefined>;
    /**
     * Arbitrary metadata that you want to associate with the user.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The user's password. Passwords must be at least 6 characters long. Note: Consider using <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> for better security with ephemeral resources.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    passwordHash?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     */
    passwordWo?: pulumi.Input<string | undefined>;
    /**
     * Version identifier for the write-only password. This field is used to trigger updates when the password changes. Required when <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> is set. Typically, you would use a hash of the password or a version identifier from your secret management system.
     */
    passwordWoVersion?: pulumi.Input<string | undefined>;
    /**
     * A set of roles the user has. The roles determine the user's access permissions.
     */
    roles?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityUserTimeouts | undefined>;
    /**
     * An identifier for the user (see the [security API put user documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-put-user.html#security-api-put-user-path-params) for more details).
     */
    username?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSecurityUser resource.
 */
export interface ElasticsearchSecurityUserArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityUserElasticsearchConnection>[] | undefined>;
    /**
     * The email of the user.
     */
    email?: pulumi.Input<string | undefined>;
    /**
     * Specifies whether the user is enabled. The default value is true.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The full name of the user.
     */
    fullName?: pulumi.Input<string | undefined>;
    /**
     * Arbitrary metadata that you want to associate with the user.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The user's password. Passwords must be at least 6 characters long. Note: Consider using <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> for better security with ephemeral resources.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * A hash of the user's password. This must be produced using the same hashing algorithm as has been configured for password storage (see the [security settings documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#hashing-settings)).
     */
    passwordHash?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     */
    passwordWo?: pulumi.Input<string | undefined>;
    /**
     * Version identifier for the write-only password. This field is used to trigger updates when the password changes. Required when <span pulumi-lang-nodejs="`passwordWo`" pulumi-lang-dotnet="`PasswordWo`" pulumi-lang-go="`passwordWo`" pulumi-lang-python="`password_wo`" pulumi-lang-yaml="`passwordWo`" pulumi-lang-java="`passwordWo`">`password_wo`</span> is set. Typically, you would use a hash of the password or a version identifier from your secret management system.
     */
    passwordWoVersion?: pulumi.Input<string | undefined>;
    /**
     * A set of roles the user has. The roles determine the user's access permissions.
     */
    roles: pulumi.Input<pulumi.Input<string>[]>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityUserTimeouts | undefined>;
    /**
     * An identifier for the user (see the [security API put user documentation](https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-put-user.html#security-api-put-user-path-params) for more details).
     */
    username: pulumi.Input<string>;
}
//# sourceMappingURL=elasticsearchSecurityUser.d.ts.map
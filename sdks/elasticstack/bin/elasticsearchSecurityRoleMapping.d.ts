import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSecurityRoleMapping extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSecurityRoleMapping resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSecurityRoleMappingState, opts?: pulumi.CustomResourceOptions): ElasticsearchSecurityRoleMapping;
    /**
     * Returns true if the given object is an instance of ElasticsearchSecurityRoleMapping.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSecurityRoleMapping;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSecurityRoleMappingElasticsearchConnection[] | undefined>;
    /**
     * Mappings that have <span pulumi-lang-nodejs="`enabled`" pulumi-lang-dotnet="`Enabled`" pulumi-lang-go="`enabled`" pulumi-lang-python="`enabled`" pulumi-lang-yaml="`enabled`" pulumi-lang-java="`enabled`">`enabled`</span> set to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> are ignored when role mapping is performed.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Additional metadata that helps define which roles are assigned to each user. Keys beginning with `_` are reserved for system usage.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * The distinct name that identifies the role mapping, used solely as an identifier.
     */
    readonly name: pulumi.Output<string>;
    /**
     * A list of mustache templates that will be evaluated to determine the roles names that should granted to the users that match the role mapping rules.
     */
    readonly roleTemplates: pulumi.Output<string | undefined>;
    /**
     * A list of role names that are granted to the users that match the role mapping rules.
     */
    readonly roles: pulumi.Output<string[] | undefined>;
    /**
     * The rules that determine which users should be matched by the mapping. A rule is a logical condition that is expressed by using a JSON DSL.
     */
    readonly rules: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSecurityRoleMappingTimeouts | undefined>;
    /**
     * Create a ElasticsearchSecurityRoleMapping resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchSecurityRoleMappingArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSecurityRoleMapping resources.
 */
export interface ElasticsearchSecurityRoleMappingState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleMappingElasticsearchConnection>[] | undefined>;
    /**
     * Mappings that have <span pulumi-lang-nodejs="`enabled`" pulumi-lang-dotnet="`Enabled`" pulumi-lang-go="`enabled`" pulumi-lang-python="`enabled`" pulumi-lang-yaml="`enabled`" pulumi-lang-java="`enabled`">`enabled`</span> set to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> are ignored when role mapping is performed.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Additional metadata that helps define which roles are assigned to each user. Keys beginning with `_` are reserved for system usage.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The distinct name that identifies the role mapping, used solely as an identifier.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * A list of mustache templates that will be evaluated to determine the roles names that should granted to the users that match the role mapping rules.
     */
    roleTemplates?: pulumi.Input<string | undefined>;
    /**
     * A list of role names that are granted to the users that match the role mapping rules.
     */
    roles?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The rules that determine which users should be matched by the mapping. A rule is a logical condition that is expressed by using a JSON DSL.
     */
    rules?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityRoleMappingTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSecurityRoleMapping resource.
 */
export interface ElasticsearchSecurityRoleMappingArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityRoleMappingElasticsearchConnection>[] | undefined>;
    /**
     * Mappings that have <span pulumi-lang-nodejs="`enabled`" pulumi-lang-dotnet="`Enabled`" pulumi-lang-go="`enabled`" pulumi-lang-python="`enabled`" pulumi-lang-yaml="`enabled`" pulumi-lang-java="`enabled`">`enabled`</span> set to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> are ignored when role mapping is performed.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Additional metadata that helps define which roles are assigned to each user. Keys beginning with `_` are reserved for system usage.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * The distinct name that identifies the role mapping, used solely as an identifier.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * A list of mustache templates that will be evaluated to determine the roles names that should granted to the users that match the role mapping rules.
     */
    roleTemplates?: pulumi.Input<string | undefined>;
    /**
     * A list of role names that are granted to the users that match the role mapping rules.
     */
    roles?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The rules that determine which users should be matched by the mapping. A rule is a logical condition that is expressed by using a JSON DSL.
     */
    rules: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityRoleMappingTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchSecurityRoleMapping.d.ts.map
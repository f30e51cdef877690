import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityExceptionList extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityExceptionList resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityExceptionListState, opts?: pulumi.CustomResourceOptions): KibanaSecurityExceptionList;
    /**
     * Returns true if the given object is an instance of KibanaSecurityExceptionList.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityExceptionList;
    /**
     * The timestamp of when the exception list was created.
     */
    readonly createdAt: pulumi.Output<string>;
    /**
     * The user who created the exception list.
     */
    readonly createdBy: pulumi.Output<string>;
    /**
     * Describes the exception list.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Whether the exception list is immutable.
     */
    readonly immutable: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityExceptionListKibanaConnection[] | undefined>;
    /**
     * The exception list's human readable string identifier.
     */
    readonly listId: pulumi.Output<string>;
    /**
     * Placeholder for metadata about the list container as JSON string.
     */
    readonly meta: pulumi.Output<string | undefined>;
    /**
     * The name of the exception list.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Determines whether the exception list is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
     */
    readonly namespaceType: pulumi.Output<string>;
    /**
     * Array of OS types for which the exceptions apply. Valid values: <span pulumi-lang-nodejs="`linux`" pulumi-lang-dotnet="`Linux`" pulumi-lang-go="`linux`" pulumi-lang-python="`linux`" pulumi-lang-yaml="`linux`" pulumi-lang-java="`linux`">`linux`</span>, <span pulumi-lang-nodejs="`macos`" pulumi-lang-dotnet="`Macos`" pulumi-lang-go="`macos`" pulumi-lang-python="`macos`" pulumi-lang-yaml="`macos`" pulumi-lang-java="`macos`">`macos`</span>, <span pulumi-lang-nodejs="`windows`" pulumi-lang-dotnet="`Windows`" pulumi-lang-go="`windows`" pulumi-lang-python="`windows`" pulumi-lang-yaml="`windows`" pulumi-lang-java="`windows`">`windows`</span>.
     */
    readonly osTypes: pulumi.Output<string[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * String array containing words and phrases to help categorize exception containers.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * Field used in search to ensure all containers are sorted and returned correctly.
     */
    readonly tieBreakerId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityExceptionListTimeouts | undefined>;
    /**
     * The type of exception list. Can be one of: <span pulumi-lang-nodejs="`detection`" pulumi-lang-dotnet="`Detection`" pulumi-lang-go="`detection`" pulumi-lang-python="`detection`" pulumi-lang-yaml="`detection`" pulumi-lang-java="`detection`">`detection`</span>, <span pulumi-lang-nodejs="`endpoint`" pulumi-lang-dotnet="`Endpoint`" pulumi-lang-go="`endpoint`" pulumi-lang-python="`endpoint`" pulumi-lang-yaml="`endpoint`" pulumi-lang-java="`endpoint`">`endpoint`</span>, <span pulumi-lang-nodejs="`endpointTrustedApps`" pulumi-lang-dotnet="`EndpointTrustedApps`" pulumi-lang-go="`endpointTrustedApps`" pulumi-lang-python="`endpoint_trusted_apps`" pulumi-lang-yaml="`endpointTrustedApps`" pulumi-lang-java="`endpointTrustedApps`">`endpoint_trusted_apps`</span>, <span pulumi-lang-nodejs="`endpointEvents`" pulumi-lang-dotnet="`EndpointEvents`" pulumi-lang-go="`endpointEvents`" pulumi-lang-python="`endpoint_events`" pulumi-lang-yaml="`endpointEvents`" pulumi-lang-java="`endpointEvents`">`endpoint_events`</span>, <span pulumi-lang-nodejs="`endpointHostIsolationExceptions`" pulumi-lang-dotnet="`EndpointHostIsolationExceptions`" pulumi-lang-go="`endpointHostIsolationExceptions`" pulumi-lang-python="`endpoint_host_isolation_exceptions`" pulumi-lang-yaml="`endpointHostIsolationExceptions`" pulumi-lang-java="`endpointHostIsolationExceptions`">`endpoint_host_isolation_exceptions`</span>, <span pulumi-lang-nodejs="`endpointBlocklists`" pulumi-lang-dotnet="`EndpointBlocklists`" pulumi-lang-go="`endpointBlocklists`" pulumi-lang-python="`endpoint_blocklists`" pulumi-lang-yaml="`endpointBlocklists`" pulumi-lang-java="`endpointBlocklists`">`endpoint_blocklists`</span>, <span pulumi-lang-nodejs="`ruleDefault`" pulumi-lang-dotnet="`RuleDefault`" pulumi-lang-go="`ruleDefault`" pulumi-lang-python="`rule_default`" pulumi-lang-yaml="`ruleDefault`" pulumi-lang-java="`ruleDefault`">`rule_default`</span>.
     */
    readonly type: pulumi.Output<string>;
    /**
     * The timestamp of when the exception list was last updated.
     */
    readonly updatedAt: pulumi.Output<string>;
    /**
     * The user who last updated the exception list.
     */
    readonly updatedBy: pulumi.Output<string>;
    /**
     * Create a KibanaSecurityExceptionList resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSecurityExceptionListArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityExceptionList resources.
 */
export interface KibanaSecurityExceptionListState {
    /**
     * The timestamp of when the exception list was created.
     */
    createdAt?: pulumi.Input<string | undefined>;
    /**
     * The user who created the exception list.
     */
    createdBy?: pulumi.Input<string | undefined>;
    /**
     * Describes the exception list.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Whether the exception list is immutable.
     */
    immutable?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionListKibanaConnection>[] | undefined>;
    /**
     * The exception list's human readable string identifier.
     */
    listId?: pulumi.Input<string | undefined>;
    /**
     * Placeholder for metadata about the list container as JSON string.
     */
    meta?: pulumi.Input<string | undefined>;
    /**
     * The name of the exception list.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Determines whether the exception list is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
     */
    namespaceType?: pulumi.Input<string | undefined>;
    /**
     * Array of OS types for which the exceptions apply. Valid values: <span pulumi-lang-nodejs="`linux`" pulumi-lang-dotnet="`Linux`" pulumi-lang-go="`linux`" pulumi-lang-python="`linux`" pulumi-lang-yaml="`linux`" pulumi-lang-java="`linux`">`linux`</span>, <span pulumi-lang-nodejs="`macos`" pulumi-lang-dotnet="`Macos`" pulumi-lang-go="`macos`" pulumi-lang-python="`macos`" pulumi-lang-yaml="`macos`" pulumi-lang-java="`macos`">`macos`</span>, <span pulumi-lang-nodejs="`windows`" pulumi-lang-dotnet="`Windows`" pulumi-lang-go="`windows`" pulumi-lang-python="`windows`" pulumi-lang-yaml="`windows`" pulumi-lang-java="`windows`">`windows`</span>.
     */
    osTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * String array containing words and phrases to help categorize exception containers.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Field used in search to ensure all containers are sorted and returned correctly.
     */
    tieBreakerId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityExceptionListTimeouts | undefined>;
    /**
     * The type of exception list. Can be one of: <span pulumi-lang-nodejs="`detection`" pulumi-lang-dotnet="`Detection`" pulumi-lang-go="`detection`" pulumi-lang-python="`detection`" pulumi-lang-yaml="`detection`" pulumi-lang-java="`detection`">`detection`</span>, <span pulumi-lang-nodejs="`endpoint`" pulumi-lang-dotnet="`Endpoint`" pulumi-lang-go="`endpoint`" pulumi-lang-python="`endpoint`" pulumi-lang-yaml="`endpoint`" pulumi-lang-java="`endpoint`">`endpoint`</span>, <span pulumi-lang-nodejs="`endpointTrustedApps`" pulumi-lang-dotnet="`EndpointTrustedApps`" pulumi-lang-go="`endpointTrustedApps`" pulumi-lang-python="`endpoint_trusted_apps`" pulumi-lang-yaml="`endpointTrustedApps`" pulumi-lang-java="`endpointTrustedApps`">`endpoint_trusted_apps`</span>, <span pulumi-lang-nodejs="`endpointEvents`" pulumi-lang-dotnet="`EndpointEvents`" pulumi-lang-go="`endpointEvents`" pulumi-lang-python="`endpoint_events`" pulumi-lang-yaml="`endpointEvents`" pulumi-lang-java="`endpointEvents`">`endpoint_events`</span>, <span pulumi-lang-nodejs="`endpointHostIsolationExceptions`" pulumi-lang-dotnet="`EndpointHostIsolationExceptions`" pulumi-lang-go="`endpointHostIsolationExceptions`" pulumi-lang-python="`endpoint_host_isolation_exceptions`" pulumi-lang-yaml="`endpointHostIsolationExceptions`" pulumi-lang-java="`endpointHostIsolationExceptions`">`endpoint_host_isolation_exceptions`</span>, <span pulumi-lang-nodejs="`endpointBlocklists`" pulumi-lang-dotnet="`EndpointBlocklists`" pulumi-lang-go="`endpointBlocklists`" pulumi-lang-python="`endpoint_blocklists`" pulumi-lang-yaml="`endpointBlocklists`" pulumi-lang-java="`endpointBlocklists`">`endpoint_blocklists`</span>, <span pulumi-lang-nodejs="`ruleDefault`" pulumi-lang-dotnet="`RuleDefault`" pulumi-lang-go="`ruleDefault`" pulumi-lang-python="`rule_default`" pulumi-lang-yaml="`ruleDefault`" pulumi-lang-java="`ruleDefault`">`rule_default`</span>.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * The timestamp of when the exception list was last updated.
     */
    updatedAt?: pulumi.Input<string | undefined>;
    /**
     * The user who last updated the exception list.
     */
    updatedBy?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityExceptionList resource.
 */
export interface KibanaSecurityExceptionListArgs {
    /**
     * Describes the exception list.
     */
    description: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionListKibanaConnection>[] | undefined>;
    /**
     * The exception list's human readable string identifier.
     */
    listId?: pulumi.Input<string | undefined>;
    /**
     * Placeholder for metadata about the list container as JSON string.
     */
    meta?: pulumi.Input<string | undefined>;
    /**
     * The name of the exception list.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Determines whether the exception list is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
     */
    namespaceType?: pulumi.Input<string | undefined>;
    /**
     * Array of OS types for which the exceptions apply. Valid values: <span pulumi-lang-nodejs="`linux`" pulumi-lang-dotnet="`Linux`" pulumi-lang-go="`linux`" pulumi-lang-python="`linux`" pulumi-lang-yaml="`linux`" pulumi-lang-java="`linux`">`linux`</span>, <span pulumi-lang-nodejs="`macos`" pulumi-lang-dotnet="`Macos`" pulumi-lang-go="`macos`" pulumi-lang-python="`macos`" pulumi-lang-yaml="`macos`" pulumi-lang-java="`macos`">`macos`</span>, <span pulumi-lang-nodejs="`windows`" pulumi-lang-dotnet="`Windows`" pulumi-lang-go="`windows`" pulumi-lang-python="`windows`" pulumi-lang-yaml="`windows`" pulumi-lang-java="`windows`">`windows`</span>.
     */
    osTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * String array containing words and phrases to help categorize exception containers.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityExceptionListTimeouts | undefined>;
    /**
     * The type of exception list. Can be one of: <span pulumi-lang-nodejs="`detection`" pulumi-lang-dotnet="`Detection`" pulumi-lang-go="`detection`" pulumi-lang-python="`detection`" pulumi-lang-yaml="`detection`" pulumi-lang-java="`detection`">`detection`</span>, <span pulumi-lang-nodejs="`endpoint`" pulumi-lang-dotnet="`Endpoint`" pulumi-lang-go="`endpoint`" pulumi-lang-python="`endpoint`" pulumi-lang-yaml="`endpoint`" pulumi-lang-java="`endpoint`">`endpoint`</span>, <span pulumi-lang-nodejs="`endpointTrustedApps`" pulumi-lang-dotnet="`EndpointTrustedApps`" pulumi-lang-go="`endpointTrustedApps`" pulumi-lang-python="`endpoint_trusted_apps`" pulumi-lang-yaml="`endpointTrustedApps`" pulumi-lang-java="`endpointTrustedApps`">`endpoint_trusted_apps`</span>, <span pulumi-lang-nodejs="`endpointEvents`" pulumi-lang-dotnet="`EndpointEvents`" pulumi-lang-go="`endpointEvents`" pulumi-lang-python="`endpoint_events`" pulumi-lang-yaml="`endpointEvents`" pulumi-lang-java="`endpointEvents`">`endpoint_events`</span>, <span pulumi-lang-nodejs="`endpointHostIsolationExceptions`" pulumi-lang-dotnet="`EndpointHostIsolationExceptions`" pulumi-lang-go="`endpointHostIsolationExceptions`" pulumi-lang-python="`endpoint_host_isolation_exceptions`" pulumi-lang-yaml="`endpointHostIsolationExceptions`" pulumi-lang-java="`endpointHostIsolationExceptions`">`endpoint_host_isolation_exceptions`</span>, <span pulumi-lang-nodejs="`endpointBlocklists`" pulumi-lang-dotnet="`EndpointBlocklists`" pulumi-lang-go="`endpointBlocklists`" pulumi-lang-python="`endpoint_blocklists`" pulumi-lang-yaml="`endpointBlocklists`" pulumi-lang-java="`endpointBlocklists`">`endpoint_blocklists`</span>, <span pulumi-lang-nodejs="`ruleDefault`" pulumi-lang-dotnet="`RuleDefault`" pulumi-lang-go="`ruleDefault`" pulumi-lang-python="`rule_default`" pulumi-lang-yaml="`ruleDefault`" pulumi-lang-java="`ruleDefault`">`rule_default`</span>.
     */
    type: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaSecurityExceptionList.d.ts.map
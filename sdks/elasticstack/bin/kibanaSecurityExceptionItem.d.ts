import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityExceptionItem extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityExceptionItem resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityExceptionItemState, opts?: pulumi.CustomResourceOptions): KibanaSecurityExceptionItem;
    /**
     * Returns true if the given object is an instance of KibanaSecurityExceptionItem.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityExceptionItem;
    /**
     * Array of comments about the exception item.
     */
    readonly comments: pulumi.Output<outputs.KibanaSecurityExceptionItemComment[] | undefined>;
    /**
     * The timestamp of when the exception item was created.
     */
    readonly createdAt: pulumi.Output<string>;
    /**
     * The user who created the exception item.
     */
    readonly createdBy: pulumi.Output<string>;
    /**
     * Describes the exception item.
     */
    readonly description: pulumi.Output<string>;
    /**
     * The exception item entries. This defines the conditions under which the exception applies.
     */
    readonly entries: pulumi.Output<outputs.KibanaSecurityExceptionItemEntry[]>;
    /**
     * The exception item's expiration date in RFC3339 format. This field is only available for regular exception items, not endpoint exceptions.
     */
    readonly expireTime: pulumi.Output<string>;
    /**
     * The exception item's human readable string identifier.
     */
    readonly itemId: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityExceptionItemKibanaConnection[] | undefined>;
    /**
     * The exception list's identifier that this item belongs to.
     */
    readonly listId: pulumi.Output<string>;
    /**
     * Placeholder for metadata about the exception item as JSON string.
     */
    readonly meta: pulumi.Output<string | undefined>;
    /**
     * The name of the exception item.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Determines whether the exception item is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
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
     * String array containing words and phrases to help categorize exception items.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * Field used in search to ensure all items are sorted and returned correctly.
     */
    readonly tieBreakerId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityExceptionItemTimeouts | undefined>;
    /**
     * The type of exception item. Must be <span pulumi-lang-nodejs="`simple`" pulumi-lang-dotnet="`Simple`" pulumi-lang-go="`simple`" pulumi-lang-python="`simple`" pulumi-lang-yaml="`simple`" pulumi-lang-java="`simple`">`simple`</span>.
     */
    readonly type: pulumi.Output<string>;
    /**
     * The timestamp of when the exception item was last updated.
     */
    readonly updatedAt: pulumi.Output<string>;
    /**
     * The user who last updated the exception item.
     */
    readonly updatedBy: pulumi.Output<string>;
    /**
     * Create a KibanaSecurityExceptionItem resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSecurityExceptionItemArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityExceptionItem resources.
 */
export interface KibanaSecurityExceptionItemState {
    /**
     * Array of comments about the exception item.
     */
    comments?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemComment>[] | undefined>;
    /**
     * The timestamp of when the exception item was created.
     */
    createdAt?: pulumi.Input<string | undefined>;
    /**
     * The user who created the exception item.
     */
    createdBy?: pulumi.Input<string | undefined>;
    /**
     * Describes the exception item.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The exception item entries. This defines the conditions under which the exception applies.
     */
    entries?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemEntry>[] | undefined>;
    /**
     * The exception item's expiration date in RFC3339 format. This field is only available for regular exception items, not endpoint exceptions.
     */
    expireTime?: pulumi.Input<string | undefined>;
    /**
     * The exception item's human readable string identifier.
     */
    itemId?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemKibanaConnection>[] | undefined>;
    /**
     * The exception list's identifier that this item belongs to.
     */
    listId?: pulumi.Input<string | undefined>;
    /**
     * Placeholder for metadata about the exception item as JSON string.
     */
    meta?: pulumi.Input<string | undefined>;
    /**
     * The name of the exception item.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Determines whether the exception item is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
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
     * String array containing words and phrases to help categorize exception items.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Field used in search to ensure all items are sorted and returned correctly.
     */
    tieBreakerId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityExceptionItemTimeouts | undefined>;
    /**
     * The type of exception item. Must be <span pulumi-lang-nodejs="`simple`" pulumi-lang-dotnet="`Simple`" pulumi-lang-go="`simple`" pulumi-lang-python="`simple`" pulumi-lang-yaml="`simple`" pulumi-lang-java="`simple`">`simple`</span>.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * The timestamp of when the exception item was last updated.
     */
    updatedAt?: pulumi.Input<string | undefined>;
    /**
     * The user who last updated the exception item.
     */
    updatedBy?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityExceptionItem resource.
 */
export interface KibanaSecurityExceptionItemArgs {
    /**
     * Array of comments about the exception item.
     */
    comments?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemComment>[] | undefined>;
    /**
     * Describes the exception item.
     */
    description: pulumi.Input<string>;
    /**
     * The exception item entries. This defines the conditions under which the exception applies.
     */
    entries: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemEntry>[]>;
    /**
     * The exception item's expiration date in RFC3339 format. This field is only available for regular exception items, not endpoint exceptions.
     */
    expireTime?: pulumi.Input<string | undefined>;
    /**
     * The exception item's human readable string identifier.
     */
    itemId?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityExceptionItemKibanaConnection>[] | undefined>;
    /**
     * The exception list's identifier that this item belongs to.
     */
    listId: pulumi.Input<string>;
    /**
     * Placeholder for metadata about the exception item as JSON string.
     */
    meta?: pulumi.Input<string | undefined>;
    /**
     * The name of the exception item.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Determines whether the exception item is available in all Kibana spaces or just the space in which it is created. Can be <span pulumi-lang-nodejs="`single`" pulumi-lang-dotnet="`Single`" pulumi-lang-go="`single`" pulumi-lang-python="`single`" pulumi-lang-yaml="`single`" pulumi-lang-java="`single`">`single`</span> (default) or <span pulumi-lang-nodejs="`agnostic`" pulumi-lang-dotnet="`Agnostic`" pulumi-lang-go="`agnostic`" pulumi-lang-python="`agnostic`" pulumi-lang-yaml="`agnostic`" pulumi-lang-java="`agnostic`">`agnostic`</span>.
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
     * String array containing words and phrases to help categorize exception items.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityExceptionItemTimeouts | undefined>;
    /**
     * The type of exception item. Must be <span pulumi-lang-nodejs="`simple`" pulumi-lang-dotnet="`Simple`" pulumi-lang-go="`simple`" pulumi-lang-python="`simple`" pulumi-lang-yaml="`simple`" pulumi-lang-java="`simple`">`simple`</span>.
     */
    type: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaSecurityExceptionItem.d.ts.map
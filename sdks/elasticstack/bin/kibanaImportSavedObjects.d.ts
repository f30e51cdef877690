import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaImportSavedObjects extends pulumi.CustomResource {
    /**
     * Get an existing KibanaImportSavedObjects resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaImportSavedObjectsState, opts?: pulumi.CustomResourceOptions): KibanaImportSavedObjects;
    /**
     * Returns true if the given object is an instance of KibanaImportSavedObjects.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaImportSavedObjects;
    /**
     * Applies various adjustments to the saved objects that are being imported to maintain compatibility between different Kibana versions. Use this option only if you encounter issues with imported saved objects. Cannot be used with create_new_copies.
     */
    readonly compatibilityMode: pulumi.Output<boolean | undefined>;
    /**
     * Creates copies of saved objects, regenerates each object ID, and resets the origin. When used, potential conflict errors are avoided. Cannot be used with overwrite or compatibility_mode.
     */
    readonly createNewCopies: pulumi.Output<boolean | undefined>;
    readonly errors: pulumi.Output<outputs.KibanaImportSavedObjectsError[]>;
    /**
     * The contents of the exported saved objects file.
     */
    readonly fileContents: pulumi.Output<string>;
    /**
     * If set to true, errors during the import process will not fail the configuration application
     */
    readonly ignoreImportErrors: pulumi.Output<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaImportSavedObjectsKibanaConnection[] | undefined>;
    /**
     * Overwrites saved objects when they already exist. When used, potential conflict errors are automatically resolved by overwriting the destination object.
     */
    readonly overwrite: pulumi.Output<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string | undefined>;
    /**
     * Indicates when the import was successfully completed. When set to false, some objects may not have been created. For additional information, refer to the errors and<span pulumi-lang-nodejs=" successResults " pulumi-lang-dotnet=" SuccessResults " pulumi-lang-go=" successResults " pulumi-lang-python=" success_results " pulumi-lang-yaml=" successResults " pulumi-lang-java=" successResults "> success_results </span>properties.
     */
    readonly success: pulumi.Output<boolean>;
    /**
     * Indicates the number of successfully imported records.
     */
    readonly successCount: pulumi.Output<number>;
    readonly successResults: pulumi.Output<outputs.KibanaImportSavedObjectsSuccessResult[]>;
    /**
     * Create a KibanaImportSavedObjects resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaImportSavedObjectsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaImportSavedObjects resources.
 */
export interface KibanaImportSavedObjectsState {
    /**
     * Applies various adjustments to the saved objects that are being imported to maintain compatibility between different Kibana versions. Use this option only if you encounter issues with imported saved objects. Cannot be used with create_new_copies.
     */
    compatibilityMode?: pulumi.Input<boolean | undefined>;
    /**
     * Creates copies of saved objects, regenerates each object ID, and resets the origin. When used, potential conflict errors are avoided. Cannot be used with overwrite or compatibility_mode.
     */
    createNewCopies?: pulumi.Input<boolean | undefined>;
    errors?: pulumi.Input<pulumi.Input<inputs.KibanaImportSavedObjectsError>[] | undefined>;
    /**
     * The contents of the exported saved objects file.
     */
    fileContents?: pulumi.Input<string | undefined>;
    /**
     * If set to true, errors during the import process will not fail the configuration application
     */
    ignoreImportErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaImportSavedObjectsKibanaConnection>[] | undefined>;
    /**
     * Overwrites saved objects when they already exist. When used, potential conflict errors are automatically resolved by overwriting the destination object.
     */
    overwrite?: pulumi.Input<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Indicates when the import was successfully completed. When set to false, some objects may not have been created. For additional information, refer to the errors and<span pulumi-lang-nodejs=" successResults " pulumi-lang-dotnet=" SuccessResults " pulumi-lang-go=" successResults " pulumi-lang-python=" success_results " pulumi-lang-yaml=" successResults " pulumi-lang-java=" successResults "> success_results </span>properties.
     */
    success?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates the number of successfully imported records.
     */
    successCount?: pulumi.Input<number | undefined>;
    successResults?: pulumi.Input<pulumi.Input<inputs.KibanaImportSavedObjectsSuccessResult>[] | undefined>;
}
/**
 * The set of arguments for constructing a KibanaImportSavedObjects resource.
 */
export interface KibanaImportSavedObjectsArgs {
    /**
     * Applies various adjustments to the saved objects that are being imported to maintain compatibility between different Kibana versions. Use this option only if you encounter issues with imported saved objects. Cannot be used with create_new_copies.
     */
    compatibilityMode?: pulumi.Input<boolean | undefined>;
    /**
     * Creates copies of saved objects, regenerates each object ID, and resets the origin. When used, potential conflict errors are avoided. Cannot be used with overwrite or compatibility_mode.
     */
    createNewCopies?: pulumi.Input<boolean | undefined>;
    /**
     * The contents of the exported saved objects file.
     */
    fileContents: pulumi.Input<string>;
    /**
     * If set to true, errors during the import process will not fail the configuration application
     */
    ignoreImportErrors?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaImportSavedObjectsKibanaConnection>[] | undefined>;
    /**
     * Overwrites saved objects when they already exist. When used, potential conflict errors are automatically resolved by overwriting the destination object.
     */
    overwrite?: pulumi.Input<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=kibanaImportSavedObjects.d.ts.map
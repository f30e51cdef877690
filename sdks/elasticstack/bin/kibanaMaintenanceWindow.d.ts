import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaMaintenanceWindow extends pulumi.CustomResource {
    /**
     * Get an existing KibanaMaintenanceWindow resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaMaintenanceWindowState, opts?: pulumi.CustomResourceOptions): KibanaMaintenanceWindow;
    /**
     * Returns true if the given object is an instance of KibanaMaintenanceWindow.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaMaintenanceWindow;
    /**
     * A set schedule over which the maintenance window applies.
     */
    readonly customSchedule: pulumi.Output<outputs.KibanaMaintenanceWindowCustomSchedule>;
    /**
     * Whether the current maintenance window is enabled.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaMaintenanceWindowKibanaConnection[] | undefined>;
    /**
     * An object that narrows the scope of what is affected by this maintenance window.
     */
    readonly scope: pulumi.Output<outputs.KibanaMaintenanceWindowScope | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaMaintenanceWindowTimeouts | undefined>;
    /**
     * The name of the maintenance window.
     */
    readonly title: pulumi.Output<string>;
    /**
     * Create a KibanaMaintenanceWindow resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaMaintenanceWindowArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaMaintenanceWindow resources.
 */
export interface KibanaMaintenanceWindowState {
    /**
     * A set schedule over which the maintenance window applies.
     */
    customSchedule?: pulumi.Input<inputs.KibanaMaintenanceWindowCustomSchedule | undefined>;
    /**
     * Whether the current maintenance window is enabled.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaMaintenanceWindowKibanaConnection>[] | undefined>;
    /**
     * An object that narrows the scope of what is affected by this maintenance window.
     */
    scope?: pulumi.Input<inputs.KibanaMaintenanceWindowScope | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaMaintenanceWindowTimeouts | undefined>;
    /**
     * The name of the maintenance window.
     */
    title?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaMaintenanceWindow resource.
 */
export interface KibanaMaintenanceWindowArgs {
    /**
     * A set schedule over which the maintenance window applies.
     */
    customSchedule: pulumi.Input<inputs.KibanaMaintenanceWindowCustomSchedule>;
    /**
     * Whether the current maintenance window is enabled.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaMaintenanceWindowKibanaConnection>[] | undefined>;
    /**
     * An object that narrows the scope of what is affected by this maintenance window.
     */
    scope?: pulumi.Input<inputs.KibanaMaintenanceWindowScope | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaMaintenanceWindowTimeouts | undefined>;
    /**
     * The name of the maintenance window.
     */
    title: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaMaintenanceWindow.d.ts.map
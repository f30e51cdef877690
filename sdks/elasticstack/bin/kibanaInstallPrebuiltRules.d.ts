import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaInstallPrebuiltRules extends pulumi.CustomResource {
    /**
     * Get an existing KibanaInstallPrebuiltRules resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaInstallPrebuiltRulesState, opts?: pulumi.CustomResourceOptions): KibanaInstallPrebuiltRules;
    /**
     * Returns true if the given object is an instance of KibanaInstallPrebuiltRules.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaInstallPrebuiltRules;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaInstallPrebuiltRulesKibanaConnection[] | undefined>;
    /**
     * Number of prebuilt rules that are installed.
     */
    readonly rulesInstalled: pulumi.Output<number>;
    /**
     * Number of prebuilt rules that are not installed.
     */
    readonly rulesNotInstalled: pulumi.Output<number>;
    /**
     * Number of prebuilt rules that have updates available.
     */
    readonly rulesNotUpdated: pulumi.Output<number>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * Number of prebuilt timelines that are installed.
     */
    readonly timelinesInstalled: pulumi.Output<number>;
    /**
     * Number of prebuilt timelines that are not installed.
     */
    readonly timelinesNotInstalled: pulumi.Output<number>;
    /**
     * Number of prebuilt timelines that have updates available.
     */
    readonly timelinesNotUpdated: pulumi.Output<number>;
    readonly timeouts: pulumi.Output<outputs.KibanaInstallPrebuiltRulesTimeouts | undefined>;
    /**
     * Create a KibanaInstallPrebuiltRules resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaInstallPrebuiltRulesArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaInstallPrebuiltRules resources.
 */
export interface KibanaInstallPrebuiltRulesState {
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaInstallPrebuiltRulesKibanaConnection>[] | undefined>;
    /**
     * Number of prebuilt rules that are installed.
     */
    rulesInstalled?: pulumi.Input<number | undefined>;
    /**
     * Number of prebuilt rules that are not installed.
     */
    rulesNotInstalled?: pulumi.Input<number | undefined>;
    /**
     * Number of prebuilt rules that have updates available.
     */
    rulesNotUpdated?: pulumi.Input<number | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Number of prebuilt timelines that are installed.
     */
    timelinesInstalled?: pulumi.Input<number | undefined>;
    /**
     * Number of prebuilt timelines that are not installed.
     */
    timelinesNotInstalled?: pulumi.Input<number | undefined>;
    /**
     * Number of prebuilt timelines that have updates available.
     */
    timelinesNotUpdated?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaInstallPrebuiltRulesTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaInstallPrebuiltRules resource.
 */
export interface KibanaInstallPrebuiltRulesArgs {
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaInstallPrebuiltRulesKibanaConnection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaInstallPrebuiltRulesTimeouts | undefined>;
}
//# sourceMappingURL=kibanaInstallPrebuiltRules.d.ts.map
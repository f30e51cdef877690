import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityEnableRule extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityEnableRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityEnableRuleState, opts?: pulumi.CustomResourceOptions): KibanaSecurityEnableRule;
    /**
     * Returns true if the given object is an instance of KibanaSecurityEnableRule.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityEnableRule;
    /**
     * Computed attribute indicating whether all rules matching the tag are currently enabled. Used for drift detection.
     */
    readonly allRulesEnabled: pulumi.Output<boolean>;
    /**
     * Whether to disable the rules when this resource is destroyed. Defaults to true.
     */
    readonly disableOnDestroy: pulumi.Output<boolean>;
    /**
     * The tag key to filter rules by (e.g., 'OS').
     */
    readonly key: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityEnableRuleKibanaConnection[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityEnableRuleTimeouts | undefined>;
    /**
     * The tag value to filter rules by (e.g., 'Windows').
     */
    readonly value: pulumi.Output<string>;
    /**
     * Create a KibanaSecurityEnableRule resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSecurityEnableRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityEnableRule resources.
 */
export interface KibanaSecurityEnableRuleState {
    /**
     * Computed attribute indicating whether all rules matching the tag are currently enabled. Used for drift detection.
     */
    allRulesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Whether to disable the rules when this resource is destroyed. Defaults to true.
     */
    disableOnDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The tag key to filter rules by (e.g., 'OS').
     */
    key?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEnableRuleKibanaConnection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEnableRuleTimeouts | undefined>;
    /**
     * The tag value to filter rules by (e.g., 'Windows').
     */
    value?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityEnableRule resource.
 */
export interface KibanaSecurityEnableRuleArgs {
    /**
     * Whether to disable the rules when this resource is destroyed. Defaults to true.
     */
    disableOnDestroy?: pulumi.Input<boolean | undefined>;
    /**
     * The tag key to filter rules by (e.g., 'OS').
     */
    key: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEnableRuleKibanaConnection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEnableRuleTimeouts | undefined>;
    /**
     * The tag value to filter rules by (e.g., 'Windows').
     */
    value: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaSecurityEnableRule.d.ts.map
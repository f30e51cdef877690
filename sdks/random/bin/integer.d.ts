import * as pulumi from "@pulumi/pulumi";
export declare class Integer extends pulumi.CustomResource {
    /**
     * Get an existing Integer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: IntegerState, opts?: pulumi.CustomResourceOptions): Integer;
    /**
     * Returns true if the given object is an instance of Integer.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Integer;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    readonly keepers: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * The maximum inclusive value of the range.
     */
    readonly max: pulumi.Output<number>;
    /**
     * The minimum inclusive value of the range.
     */
    readonly min: pulumi.Output<number>;
    /**
     * The random integer result.
     */
    readonly result: pulumi.Output<number>;
    /**
     * A custom seed to always produce the same value.
     */
    readonly seed: pulumi.Output<string | undefined>;
    /**
     * Create a Integer resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: IntegerArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Integer resources.
 */
export interface IntegerState {
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The maximum inclusive value of the range.
     */
    max?: pulumi.Input<number | undefined>;
    /**
     * The minimum inclusive value of the range.
     */
    min?: pulumi.Input<number | undefined>;
    /**
     * The random integer result.
     */
    result?: pulumi.Input<number | undefined>;
    /**
     * A custom seed to always produce the same value.
     */
    seed?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Integer resource.
 */
export interface IntegerArgs {
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The maximum inclusive value of the range.
     */
    max: pulumi.Input<number>;
    /**
     * The minimum inclusive value of the range.
     */
    min: pulumi.Input<number>;
    /**
     * A custom seed to always produce the same value.
     */
    seed?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=integer.d.ts.map
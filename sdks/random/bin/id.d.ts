import * as pulumi from "@pulumi/pulumi";
export declare class Id extends pulumi.CustomResource {
    /**
     * Get an existing Id resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: IdState, opts?: pulumi.CustomResourceOptions): Id;
    /**
     * Returns true if the given object is an instance of Id.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Id;
    /**
     * The generated id presented in base64 without additional transformations.
     */
    readonly b64Std: pulumi.Output<string>;
    /**
     * The generated id presented in base64, using the URL-friendly character set: case-sensitive letters, digits and the characters `_` and `-`.
     */
    readonly b64Url: pulumi.Output<string>;
    /**
     * The number of random bytes to produce. The minimum value is 1, which produces eight bits of randomness.
     */
    readonly byteLength: pulumi.Output<number>;
    /**
     * The generated id presented in non-padded decimal digits.
     */
    readonly dec: pulumi.Output<string>;
    /**
     * The generated id presented in padded hexadecimal digits. This result will always be twice as long as the requested byte length.
     */
    readonly hex: pulumi.Output<string>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    readonly keepers: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Arbitrary string to prefix the output value with. This string is supplied as-is, meaning it is not guaranteed to be URL-safe or base64 encoded.
     */
    readonly prefix: pulumi.Output<string | undefined>;
    /**
     * Create a Id resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: IdArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Id resources.
 */
export interface IdState {
    /**
     * The generated id presented in base64 without additional transformations.
     */
    b64Std?: pulumi.Input<string | undefined>;
    /**
     * The generated id presented in base64, using the URL-friendly character set: case-sensitive letters, digits and the characters `_` and `-`.
     */
    b64Url?: pulumi.Input<string | undefined>;
    /**
     * The number of random bytes to produce. The minimum value is 1, which produces eight bits of randomness.
     */
    byteLength?: pulumi.Input<number | undefined>;
    /**
     * The generated id presented in non-padded decimal digits.
     */
    dec?: pulumi.Input<string | undefined>;
    /**
     * The generated id presented in padded hexadecimal digits. This result will always be twice as long as the requested byte length.
     */
    hex?: pulumi.Input<string | undefined>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Arbitrary string to prefix the output value with. This string is supplied as-is, meaning it is not guaranteed to be URL-safe or base64 encoded.
     */
    prefix?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Id resource.
 */
export interface IdArgs {
    /**
     * The number of random bytes to produce. The minimum value is 1, which produces eight bits of randomness.
     */
    byteLength: pulumi.Input<number>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Arbitrary string to prefix the output value with. This string is supplied as-is, meaning it is not guaranteed to be URL-safe or base64 encoded.
     */
    prefix?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=id.d.ts.map
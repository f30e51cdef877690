import * as pulumi from "@pulumi/pulumi";
export declare class Pet extends pulumi.CustomResource {
    /**
     * Get an existing Pet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PetState, opts?: pulumi.CustomResourceOptions): Pet;
    /**
     * Returns true if the given object is an instance of Pet.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Pet;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    readonly keepers: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * The length (in words) of the pet name. Defaults to 2
     */
    readonly length: pulumi.Output<number>;
    /**
     * A string to prefix the name with.
     */
    readonly prefix: pulumi.Output<string | undefined>;
    /**
     * The character to separate words in the pet name. Defaults to "-"
     */
    readonly separator: pulumi.Output<string>;
    /**
     * Create a Pet resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: PetArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Pet resources.
 */
export interface PetState {
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The length (in words) of the pet name. Defaults to 2
     */
    length?: pulumi.Input<number | undefined>;
    /**
     * A string to prefix the name with.
     */
    prefix?: pulumi.Input<string | undefined>;
    /**
     * The character to separate words in the pet name. Defaults to "-"
     */
    separator?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Pet resource.
 */
export interface PetArgs {
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The length (in words) of the pet name. Defaults to 2
     */
    length?: pulumi.Input<number | undefined>;
    /**
     * A string to prefix the name with.
     */
    prefix?: pulumi.Input<string | undefined>;
    /**
     * The character to separate words in the pet name. Defaults to "-"
     */
    separator?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=pet.d.ts.map
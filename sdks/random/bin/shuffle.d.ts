import * as pulumi from "@pulumi/pulumi";
export declare class Shuffle extends pulumi.CustomResource {
    /**
     * Get an existing Shuffle resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ShuffleState, opts?: pulumi.CustomResourceOptions): Shuffle;
    /**
     * Returns true if the given object is an instance of Shuffle.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Shuffle;
    /**
     * The list of strings to shuffle.
     */
    readonly inputs: pulumi.Output<string[]>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    readonly keepers: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * The number of results to return. Defaults to the number of items in the <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span> list. If fewer items are requested, some elements will be excluded from the result. If more items are requested, items will be repeated in the result but not more frequently than the number of items in the input list.
     */
    readonly resultCount: pulumi.Output<number | undefined>;
    /**
     * Random permutation of the list of strings given in <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span>. The number of elements is determined by <span pulumi-lang-nodejs="`resultCount`" pulumi-lang-dotnet="`ResultCount`" pulumi-lang-go="`resultCount`" pulumi-lang-python="`result_count`" pulumi-lang-yaml="`resultCount`" pulumi-lang-java="`resultCount`">`result_count`</span> if set, or the number of elements in <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span>.
     */
    readonly results: pulumi.Output<string[]>;
    readonly seed: pulumi.Output<string | undefined>;
    /**
     * Create a Shuffle resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ShuffleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Shuffle resources.
 */
export interface ShuffleState {
    /**
     * The list of strings to shuffle.
     */
    inputs?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The number of results to return. Defaults to the number of items in the <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span> list. If fewer items are requested, some elements will be excluded from the result. If more items are requested, items will be repeated in the result but not more frequently than the number of items in the input list.
     */
    resultCount?: pulumi.Input<number | undefined>;
    /**
     * Random permutation of the list of strings given in <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span>. The number of elements is determined by <span pulumi-lang-nodejs="`resultCount`" pulumi-lang-dotnet="`ResultCount`" pulumi-lang-go="`resultCount`" pulumi-lang-python="`result_count`" pulumi-lang-yaml="`resultCount`" pulumi-lang-java="`resultCount`">`result_count`</span> if set, or the number of elements in <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span>.
     */
    results?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    seed?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Shuffle resource.
 */
export interface ShuffleArgs {
    /**
     * The list of strings to shuffle.
     */
    inputs: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource. See the main provider documentation for more information.
     */
    keepers?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * The number of results to return. Defaults to the number of items in the <span pulumi-lang-nodejs="`input`" pulumi-lang-dotnet="`Input`" pulumi-lang-go="`input`" pulumi-lang-python="`input`" pulumi-lang-yaml="`input`" pulumi-lang-java="`input`">`input`</span> list. If fewer items are requested, some elements will be excluded from the result. If more items are requested, items will be repeated in the result but not more frequently than the number of items in the input list.
     */
    resultCount?: pulumi.Input<number | undefined>;
    seed?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=shuffle.d.ts.map
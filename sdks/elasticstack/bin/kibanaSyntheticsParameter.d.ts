import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSyntheticsParameter extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSyntheticsParameter resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSyntheticsParameterState, opts?: pulumi.CustomResourceOptions): KibanaSyntheticsParameter;
    /**
     * Returns true if the given object is an instance of KibanaSyntheticsParameter.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSyntheticsParameter;
    /**
     * A description of the parameter.
     */
    readonly description: pulumi.Output<string>;
    /**
     * The key of the parameter.
     */
    readonly key: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSyntheticsParameterKibanaConnection[] | undefined>;
    /**
     * Whether the parameter should be shared across spaces.
     */
    readonly shareAcrossSpaces: pulumi.Output<boolean>;
    /**
     * An array of tags to categorize the parameter.
     */
    readonly tags: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.KibanaSyntheticsParameterTimeouts | undefined>;
    /**
     * The value associated with the parameter.
     */
    readonly value: pulumi.Output<string>;
    /**
     * Create a KibanaSyntheticsParameter resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSyntheticsParameterArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSyntheticsParameter resources.
 */
export interface KibanaSyntheticsParameterState {
    /**
     * A description of the parameter.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The key of the parameter.
     */
    key?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsParameterKibanaConnection>[] | undefined>;
    /**
     * Whether the parameter should be shared across spaces.
     */
    shareAcrossSpaces?: pulumi.Input<boolean | undefined>;
    /**
     * An array of tags to categorize the parameter.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsParameterTimeouts | undefined>;
    /**
     * The value associated with the parameter.
     */
    value?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSyntheticsParameter resource.
 */
export interface KibanaSyntheticsParameterArgs {
    /**
     * A description of the parameter.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The key of the parameter.
     */
    key: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsParameterKibanaConnection>[] | undefined>;
    /**
     * Whether the parameter should be shared across spaces.
     */
    shareAcrossSpaces?: pulumi.Input<boolean | undefined>;
    /**
     * An array of tags to categorize the parameter.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsParameterTimeouts | undefined>;
    /**
     * The value associated with the parameter.
     */
    value: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaSyntheticsParameter.d.ts.map
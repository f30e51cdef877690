import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSyntheticsPrivateLocation extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSyntheticsPrivateLocation resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSyntheticsPrivateLocationState, opts?: pulumi.CustomResourceOptions): KibanaSyntheticsPrivateLocation;
    /**
     * Returns true if the given object is an instance of KibanaSyntheticsPrivateLocation.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSyntheticsPrivateLocation;
    /**
     * The ID of the agent policy associated with the private location. To create a private location for synthetics monitor you need to create an agent policy in fleet and use its agentPolicyId
     */
    readonly agentPolicyId: pulumi.Output<string>;
    /**
     * Geographic coordinates (WGS84) for the location
     */
    readonly geo: pulumi.Output<outputs.KibanaSyntheticsPrivateLocationGeo | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSyntheticsPrivateLocationKibanaConnection[] | undefined>;
    /**
     * A label for the private location, used as unique identifier
     */
    readonly label: pulumi.Output<string>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You cannot change the ID using the update operation.
     *
     * Using a **non-default** space (any non-empty <span pulumi-lang-nodejs="`spaceId`" pulumi-lang-dotnet="`SpaceId`" pulumi-lang-go="`spaceId`" pulumi-lang-python="`space_id`" pulumi-lang-yaml="`spaceId`" pulumi-lang-java="`spaceId`">`space_id`</span>) requires **Elastic Stack 9.4.0-SNAPSHOT** or later. Leave unset or empty to use the default space on older stacks.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * An array of tags to categorize the private location.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.KibanaSyntheticsPrivateLocationTimeouts | undefined>;
    /**
     * Create a KibanaSyntheticsPrivateLocation resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSyntheticsPrivateLocationArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSyntheticsPrivateLocation resources.
 */
export interface KibanaSyntheticsPrivateLocationState {
    /**
     * The ID of the agent policy associated with the private location. To create a private location for synthetics monitor you need to create an agent policy in fleet and use its agentPolicyId
     */
    agentPolicyId?: pulumi.Input<string | undefined>;
    /**
     * Geographic coordinates (WGS84) for the location
     */
    geo?: pulumi.Input<inputs.KibanaSyntheticsPrivateLocationGeo | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsPrivateLocationKibanaConnection>[] | undefined>;
    /**
     * A label for the private location, used as unique identifier
     */
    label?: pulumi.Input<string | undefined>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You cannot change the ID using the update operation.
     *
     * Using a **non-default** space (any non-empty <span pulumi-lang-nodejs="`spaceId`" pulumi-lang-dotnet="`SpaceId`" pulumi-lang-go="`spaceId`" pulumi-lang-python="`space_id`" pulumi-lang-yaml="`spaceId`" pulumi-lang-java="`spaceId`">`space_id`</span>) requires **Elastic Stack 9.4.0-SNAPSHOT** or later. Leave unset or empty to use the default space on older stacks.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tags to categorize the private location.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsPrivateLocationTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSyntheticsPrivateLocation resource.
 */
export interface KibanaSyntheticsPrivateLocationArgs {
    /**
     * The ID of the agent policy associated with the private location. To create a private location for synthetics monitor you need to create an agent policy in fleet and use its agentPolicyId
     */
    agentPolicyId: pulumi.Input<string>;
    /**
     * Geographic coordinates (WGS84) for the location
     */
    geo?: pulumi.Input<inputs.KibanaSyntheticsPrivateLocationGeo | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsPrivateLocationKibanaConnection>[] | undefined>;
    /**
     * A label for the private location, used as unique identifier
     */
    label: pulumi.Input<string>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You cannot change the ID using the update operation.
     *
     * Using a **non-default** space (any non-empty <span pulumi-lang-nodejs="`spaceId`" pulumi-lang-dotnet="`SpaceId`" pulumi-lang-go="`spaceId`" pulumi-lang-python="`space_id`" pulumi-lang-yaml="`spaceId`" pulumi-lang-java="`spaceId`">`space_id`</span>) requires **Elastic Stack 9.4.0-SNAPSHOT** or later. Leave unset or empty to use the default space on older stacks.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tags to categorize the private location.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsPrivateLocationTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSyntheticsPrivateLocation.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSpace extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSpace resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSpaceState, opts?: pulumi.CustomResourceOptions): KibanaSpace;
    /**
     * Returns true if the given object is an instance of KibanaSpace.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSpace;
    /**
     * The hexadecimal color code used in the space avatar. By default, the color is automatically generated from the space name.
     */
    readonly color: pulumi.Output<string>;
    /**
     * The description for the space.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * The list of disabled features for the space. To get a list of available feature IDs, use the Features API (https://www.elastic.co/guide/en/kibana/master/features-api-get.html).
     */
    readonly disabledFeatures: pulumi.Output<string[]>;
    /**
     * The data-URL encoded image to display in the space avatar.
     */
    readonly imageUrl: pulumi.Output<string | undefined>;
    /**
     * The initials shown in the space avatar. By default, the initials are automatically generated from the space name. Initials must be 1 or 2 characters.
     */
    readonly initials: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSpaceKibanaConnection[] | undefined>;
    /**
     * The display name for the space.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The solution view for the space. Valid options are <span pulumi-lang-nodejs="`security`" pulumi-lang-dotnet="`Security`" pulumi-lang-go="`security`" pulumi-lang-python="`security`" pulumi-lang-yaml="`security`" pulumi-lang-java="`security`">`security`</span>, <span pulumi-lang-nodejs="`oblt`" pulumi-lang-dotnet="`Oblt`" pulumi-lang-go="`oblt`" pulumi-lang-python="`oblt`" pulumi-lang-yaml="`oblt`" pulumi-lang-java="`oblt`">`oblt`</span>, <span pulumi-lang-nodejs="`es`" pulumi-lang-dotnet="`Es`" pulumi-lang-go="`es`" pulumi-lang-python="`es`" pulumi-lang-yaml="`es`" pulumi-lang-java="`es`">`es`</span>, or <span pulumi-lang-nodejs="`classic`" pulumi-lang-dotnet="`Classic`" pulumi-lang-go="`classic`" pulumi-lang-python="`classic`" pulumi-lang-yaml="`classic`" pulumi-lang-java="`classic`">`classic`</span>.
     */
    readonly solution: pulumi.Output<string>;
    /**
     * The space ID that is part of the Kibana URL when inside the space.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaSpaceTimeouts | undefined>;
    /**
     * Create a KibanaSpace resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSpaceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSpace resources.
 */
export interface KibanaSpaceState {
    /**
     * The hexadecimal color code used in the space avatar. By default, the color is automatically generated from the space name.
     */
    color?: pulumi.Input<string | undefined>;
    /**
     * The description for the space.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The list of disabled features for the space. To get a list of available feature IDs, use the Features API (https://www.elastic.co/guide/en/kibana/master/features-api-get.html).
     */
    disabledFeatures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The data-URL encoded image to display in the space avatar.
     */
    imageUrl?: pulumi.Input<string | undefined>;
    /**
     * The initials shown in the space avatar. By default, the initials are automatically generated from the space name. Initials must be 1 or 2 characters.
     */
    initials?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSpaceKibanaConnection>[] | undefined>;
    /**
     * The display name for the space.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The solution view for the space. Valid options are <span pulumi-lang-nodejs="`security`" pulumi-lang-dotnet="`Security`" pulumi-lang-go="`security`" pulumi-lang-python="`security`" pulumi-lang-yaml="`security`" pulumi-lang-java="`security`">`security`</span>, <span pulumi-lang-nodejs="`oblt`" pulumi-lang-dotnet="`Oblt`" pulumi-lang-go="`oblt`" pulumi-lang-python="`oblt`" pulumi-lang-yaml="`oblt`" pulumi-lang-java="`oblt`">`oblt`</span>, <span pulumi-lang-nodejs="`es`" pulumi-lang-dotnet="`Es`" pulumi-lang-go="`es`" pulumi-lang-python="`es`" pulumi-lang-yaml="`es`" pulumi-lang-java="`es`">`es`</span>, or <span pulumi-lang-nodejs="`classic`" pulumi-lang-dotnet="`Classic`" pulumi-lang-go="`classic`" pulumi-lang-python="`classic`" pulumi-lang-yaml="`classic`" pulumi-lang-java="`classic`">`classic`</span>.
     */
    solution?: pulumi.Input<string | undefined>;
    /**
     * The space ID that is part of the Kibana URL when inside the space.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSpaceTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSpace resource.
 */
export interface KibanaSpaceArgs {
    /**
     * The hexadecimal color code used in the space avatar. By default, the color is automatically generated from the space name.
     */
    color?: pulumi.Input<string | undefined>;
    /**
     * The description for the space.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * The list of disabled features for the space. To get a list of available feature IDs, use the Features API (https://www.elastic.co/guide/en/kibana/master/features-api-get.html).
     */
    disabledFeatures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The data-URL encoded image to display in the space avatar.
     */
    imageUrl?: pulumi.Input<string | undefined>;
    /**
     * The initials shown in the space avatar. By default, the initials are automatically generated from the space name. Initials must be 1 or 2 characters.
     */
    initials?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSpaceKibanaConnection>[] | undefined>;
    /**
     * The display name for the space.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The solution view for the space. Valid options are <span pulumi-lang-nodejs="`security`" pulumi-lang-dotnet="`Security`" pulumi-lang-go="`security`" pulumi-lang-python="`security`" pulumi-lang-yaml="`security`" pulumi-lang-java="`security`">`security`</span>, <span pulumi-lang-nodejs="`oblt`" pulumi-lang-dotnet="`Oblt`" pulumi-lang-go="`oblt`" pulumi-lang-python="`oblt`" pulumi-lang-yaml="`oblt`" pulumi-lang-java="`oblt`">`oblt`</span>, <span pulumi-lang-nodejs="`es`" pulumi-lang-dotnet="`Es`" pulumi-lang-go="`es`" pulumi-lang-python="`es`" pulumi-lang-yaml="`es`" pulumi-lang-java="`es`">`es`</span>, or <span pulumi-lang-nodejs="`classic`" pulumi-lang-dotnet="`Classic`" pulumi-lang-go="`classic`" pulumi-lang-python="`classic`" pulumi-lang-yaml="`classic`" pulumi-lang-java="`classic`">`classic`</span>.
     */
    solution?: pulumi.Input<string | undefined>;
    /**
     * The space ID that is part of the Kibana URL when inside the space.
     */
    spaceId: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.KibanaSpaceTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSpace.d.ts.map
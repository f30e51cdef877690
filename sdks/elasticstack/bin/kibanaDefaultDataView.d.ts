import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaDefaultDataView extends pulumi.CustomResource {
    /**
     * Get an existing KibanaDefaultDataView resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaDefaultDataViewState, opts?: pulumi.CustomResourceOptions): KibanaDefaultDataView;
    /**
     * Returns true if the given object is an instance of KibanaDefaultDataView.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaDefaultDataView;
    /**
     * The data view identifier to set as default. NOTE: The API does not validate whether it is a valid identifier. Leave this unset (or explicitly <span pulumi-lang-nodejs="`null`" pulumi-lang-dotnet="`Null`" pulumi-lang-go="`null`" pulumi-lang-python="`null`" pulumi-lang-yaml="`null`" pulumi-lang-java="`null`">`null`</span>) to unset the default data view.
     */
    readonly dataViewId: pulumi.Output<string | undefined>;
    /**
     * Update an existing default data view identifier. If set to false and a default data view already exists, the operation will fail.
     */
    readonly force: pulumi.Output<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaDefaultDataViewKibanaConnection[] | undefined>;
    /**
     * If set to true, the default data view will not be unset when the resource is destroyed. The existing default data view will remain unchanged.
     */
    readonly skipDelete: pulumi.Output<boolean>;
    /**
     * The Kibana space ID to set the default data view in. Defaults to <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaDefaultDataViewTimeouts | undefined>;
    /**
     * Create a KibanaDefaultDataView resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaDefaultDataViewArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaDefaultDataView resources.
 */
export interface KibanaDefaultDataViewState {
    /**
     * The data view identifier to set as default. NOTE: The API does not validate whether it is a valid identifier. Leave this unset (or explicitly <span pulumi-lang-nodejs="`null`" pulumi-lang-dotnet="`Null`" pulumi-lang-go="`null`" pulumi-lang-python="`null`" pulumi-lang-yaml="`null`" pulumi-lang-java="`null`">`null`</span>) to unset the default data view.
     */
    dataViewId?: pulumi.Input<string | undefined>;
    /**
     * Update an existing default data view identifier. If set to false and a default data view already exists, the operation will fail.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDefaultDataViewKibanaConnection>[] | undefined>;
    /**
     * If set to true, the default data view will not be unset when the resource is destroyed. The existing default data view will remain unchanged.
     */
    skipDelete?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID to set the default data view in. Defaults to <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaDefaultDataViewTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaDefaultDataView resource.
 */
export interface KibanaDefaultDataViewArgs {
    /**
     * The data view identifier to set as default. NOTE: The API does not validate whether it is a valid identifier. Leave this unset (or explicitly <span pulumi-lang-nodejs="`null`" pulumi-lang-dotnet="`Null`" pulumi-lang-go="`null`" pulumi-lang-python="`null`" pulumi-lang-yaml="`null`" pulumi-lang-java="`null`">`null`</span>) to unset the default data view.
     */
    dataViewId?: pulumi.Input<string | undefined>;
    /**
     * Update an existing default data view identifier. If set to false and a default data view already exists, the operation will fail.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDefaultDataViewKibanaConnection>[] | undefined>;
    /**
     * If set to true, the default data view will not be unset when the resource is destroyed. The existing default data view will remain unchanged.
     */
    skipDelete?: pulumi.Input<boolean | undefined>;
    /**
     * The Kibana space ID to set the default data view in. Defaults to <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaDefaultDataViewTimeouts | undefined>;
}
//# sourceMappingURL=kibanaDefaultDataView.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaDataView extends pulumi.CustomResource {
    /**
     * Get an existing KibanaDataView resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaDataViewState, opts?: pulumi.CustomResourceOptions): KibanaDataView;
    /**
     * Returns true if the given object is an instance of KibanaDataView.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaDataView;
    readonly dataView: pulumi.Output<outputs.KibanaDataViewDataView>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaDataViewKibanaConnection[] | undefined>;
    /**
     * Overrides an existing data view if a data view with the provided title already exists.
     */
    readonly override: pulumi.Output<boolean>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaDataViewTimeouts | undefined>;
    /**
     * Create a KibanaDataView resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaDataViewArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaDataView resources.
 */
export interface KibanaDataViewState {
    dataView?: pulumi.Input<inputs.KibanaDataViewDataView | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDataViewKibanaConnection>[] | undefined>;
    /**
     * Overrides an existing data view if a data view with the provided title already exists.
     */
    override?: pulumi.Input<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaDataViewTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaDataView resource.
 */
export interface KibanaDataViewArgs {
    dataView: pulumi.Input<inputs.KibanaDataViewDataView>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDataViewKibanaConnection>[] | undefined>;
    /**
     * Overrides an existing data view if a data view with the provided title already exists.
     */
    override?: pulumi.Input<boolean | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaDataViewTimeouts | undefined>;
}
//# sourceMappingURL=kibanaDataView.d.ts.map
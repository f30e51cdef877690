import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchClusterSettings extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchClusterSettings resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchClusterSettingsState, opts?: pulumi.CustomResourceOptions): ElasticsearchClusterSettings;
    /**
     * Returns true if the given object is an instance of ElasticsearchClusterSettings.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchClusterSettings;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchClusterSettingsElasticsearchConnection[] | undefined>;
    /**
     * Persistent settings that survive a full cluster restart.
     */
    readonly persistent: pulumi.Output<outputs.ElasticsearchClusterSettingsPersistent | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchClusterSettingsTimeouts | undefined>;
    /**
     * Transient settings that are reset on cluster restart.
     */
    readonly transient: pulumi.Output<outputs.ElasticsearchClusterSettingsTransient | undefined>;
    /**
     * Create a ElasticsearchClusterSettings resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchClusterSettingsArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchClusterSettings resources.
 */
export interface ElasticsearchClusterSettingsState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchClusterSettingsElasticsearchConnection>[] | undefined>;
    /**
     * Persistent settings that survive a full cluster restart.
     */
    persistent?: pulumi.Input<inputs.ElasticsearchClusterSettingsPersistent | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchClusterSettingsTimeouts | undefined>;
    /**
     * Transient settings that are reset on cluster restart.
     */
    transient?: pulumi.Input<inputs.ElasticsearchClusterSettingsTransient | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchClusterSettings resource.
 */
export interface ElasticsearchClusterSettingsArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchClusterSettingsElasticsearchConnection>[] | undefined>;
    /**
     * Persistent settings that survive a full cluster restart.
     */
    persistent?: pulumi.Input<inputs.ElasticsearchClusterSettingsPersistent | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchClusterSettingsTimeouts | undefined>;
    /**
     * Transient settings that are reset on cluster restart.
     */
    transient?: pulumi.Input<inputs.ElasticsearchClusterSettingsTransient | undefined>;
}
//# sourceMappingURL=elasticsearchClusterSettings.d.ts.map
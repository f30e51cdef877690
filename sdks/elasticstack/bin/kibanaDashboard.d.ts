import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaDashboard extends pulumi.CustomResource {
    /**
     * Get an existing KibanaDashboard resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaDashboardState, opts?: pulumi.CustomResourceOptions): KibanaDashboard;
    /**
     * Returns true if the given object is an instance of KibanaDashboard.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaDashboard;
    /**
     * Access control parameters for the dashboard.
     */
    readonly accessControl: pulumi.Output<outputs.KibanaDashboardAccessControl | undefined>;
    /**
     * Optional dashboard identifier. When set, create uses PUT upsert semantics; changing this value forces replacement. When omitted, Kibana assigns a UUID.
     */
    readonly dashboardId: pulumi.Output<string>;
    /**
     * A short description of the dashboard.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Dashboard-level saved filter pills (`kbn-dashboard-data.filters` in the Kibana Dashboard API). Each element is one filter in display order. The JSON shape for each <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> matches the dashboard filters discriminated union (including DSL and spatial variants), consistent with per-panel <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> on Lens chart blocks.
     */
    readonly filters: pulumi.Output<outputs.KibanaDashboardFilter[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaDashboardKibanaConnection[] | undefined>;
    /**
     * Display options for the dashboard.
     */
    readonly options: pulumi.Output<outputs.KibanaDashboardOptions | undefined>;
    /**
     * The panels to display in the dashboard.
     */
    readonly panels: pulumi.Output<outputs.KibanaDashboardPanel[] | undefined>;
    readonly pinnedPanels: pulumi.Output<outputs.KibanaDashboardPinnedPanel[] | undefined>;
    /**
     * Dashboard-level query. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`query`" pulumi-lang-dotnet="`Query`" pulumi-lang-go="`query`" pulumi-lang-python="`query`" pulumi-lang-yaml="`query`" pulumi-lang-java="`query`">`query`</span> object: <span pulumi-lang-nodejs="`language`" pulumi-lang-dotnet="`Language`" pulumi-lang-go="`language`" pulumi-lang-python="`language`" pulumi-lang-yaml="`language`" pulumi-lang-java="`language`">`language`</span> plus exactly one of <span pulumi-lang-nodejs="`text`" pulumi-lang-dotnet="`Text`" pulumi-lang-go="`text`" pulumi-lang-python="`text`" pulumi-lang-yaml="`text`" pulumi-lang-java="`text`">`text`</span> (string branch) or <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span> (object branch).
     */
    readonly query: pulumi.Output<outputs.KibanaDashboardQuery>;
    /**
     * Auto-refresh settings for the dashboard. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`refreshInterval`" pulumi-lang-dotnet="`RefreshInterval`" pulumi-lang-go="`refreshInterval`" pulumi-lang-python="`refresh_interval`" pulumi-lang-yaml="`refreshInterval`" pulumi-lang-java="`refreshInterval`">`refresh_interval`</span> object.
     */
    readonly refreshInterval: pulumi.Output<outputs.KibanaDashboardRefreshInterval>;
    /**
     * Sections organize panels into collapsible groups. This is a technical preview feature.
     */
    readonly sections: pulumi.Output<outputs.KibanaDashboardSection[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * An array of tag IDs applied to this dashboard.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * Dashboard time selection (<span pulumi-lang-nodejs="`from`" pulumi-lang-dotnet="`From`" pulumi-lang-go="`from`" pulumi-lang-python="`from`" pulumi-lang-yaml="`from`" pulumi-lang-java="`from`">`from`</span>, <span pulumi-lang-nodejs="`to`" pulumi-lang-dotnet="`To`" pulumi-lang-go="`to`" pulumi-lang-python="`to`" pulumi-lang-yaml="`to`" pulumi-lang-java="`to`">`to`</span>, optional <span pulumi-lang-nodejs="`mode`" pulumi-lang-dotnet="`Mode`" pulumi-lang-go="`mode`" pulumi-lang-python="`mode`" pulumi-lang-yaml="`mode`" pulumi-lang-java="`mode`">`mode`</span>). Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`timeRange`" pulumi-lang-dotnet="`TimeRange`" pulumi-lang-go="`timeRange`" pulumi-lang-python="`time_range`" pulumi-lang-yaml="`timeRange`" pulumi-lang-java="`timeRange`">`time_range`</span> object.
     */
    readonly timeRange: pulumi.Output<outputs.KibanaDashboardTimeRange>;
    readonly timeouts: pulumi.Output<outputs.KibanaDashboardTimeouts | undefined>;
    /**
     * A human-readable title for the dashboard.
     */
    readonly title: pulumi.Output<string>;
    /**
     * Create a KibanaDashboard resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaDashboardArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaDashboard resources.
 */
export interface KibanaDashboardState {
    /**
     * Access control parameters for the dashboard.
     */
    accessControl?: pulumi.Input<inputs.KibanaDashboardAccessControl | undefined>;
    /**
     * Optional dashboard identifier. When set, create uses PUT upsert semantics; changing this value forces replacement. When omitted, Kibana assigns a UUID.
     */
    dashboardId?: pulumi.Input<string | undefined>;
    /**
     * A short description of the dashboard.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Dashboard-level saved filter pills (`kbn-dashboard-data.filters` in the Kibana Dashboard API). Each element is one filter in display order. The JSON shape for each <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> matches the dashboard filters discriminated union (including DSL and spatial variants), consistent with per-panel <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> on Lens chart blocks.
     */
    filters?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardFilter>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardKibanaConnection>[] | undefined>;
    /**
     * Display options for the dashboard.
     */
    options?: pulumi.Input<inputs.KibanaDashboardOptions | undefined>;
    /**
     * The panels to display in the dashboard.
     */
    panels?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardPanel>[] | undefined>;
    pinnedPanels?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardPinnedPanel>[] | undefined>;
    /**
     * Dashboard-level query. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`query`" pulumi-lang-dotnet="`Query`" pulumi-lang-go="`query`" pulumi-lang-python="`query`" pulumi-lang-yaml="`query`" pulumi-lang-java="`query`">`query`</span> object: <span pulumi-lang-nodejs="`language`" pulumi-lang-dotnet="`Language`" pulumi-lang-go="`language`" pulumi-lang-python="`language`" pulumi-lang-yaml="`language`" pulumi-lang-java="`language`">`language`</span> plus exactly one of <span pulumi-lang-nodejs="`text`" pulumi-lang-dotnet="`Text`" pulumi-lang-go="`text`" pulumi-lang-python="`text`" pulumi-lang-yaml="`text`" pulumi-lang-java="`text`">`text`</span> (string branch) or <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span> (object branch).
     */
    query?: pulumi.Input<inputs.KibanaDashboardQuery | undefined>;
    /**
     * Auto-refresh settings for the dashboard. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`refreshInterval`" pulumi-lang-dotnet="`RefreshInterval`" pulumi-lang-go="`refreshInterval`" pulumi-lang-python="`refresh_interval`" pulumi-lang-yaml="`refreshInterval`" pulumi-lang-java="`refreshInterval`">`refresh_interval`</span> object.
     */
    refreshInterval?: pulumi.Input<inputs.KibanaDashboardRefreshInterval | undefined>;
    /**
     * Sections organize panels into collapsible groups. This is a technical preview feature.
     */
    sections?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardSection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tag IDs applied to this dashboard.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Dashboard time selection (<span pulumi-lang-nodejs="`from`" pulumi-lang-dotnet="`From`" pulumi-lang-go="`from`" pulumi-lang-python="`from`" pulumi-lang-yaml="`from`" pulumi-lang-java="`from`">`from`</span>, <span pulumi-lang-nodejs="`to`" pulumi-lang-dotnet="`To`" pulumi-lang-go="`to`" pulumi-lang-python="`to`" pulumi-lang-yaml="`to`" pulumi-lang-java="`to`">`to`</span>, optional <span pulumi-lang-nodejs="`mode`" pulumi-lang-dotnet="`Mode`" pulumi-lang-go="`mode`" pulumi-lang-python="`mode`" pulumi-lang-yaml="`mode`" pulumi-lang-java="`mode`">`mode`</span>). Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`timeRange`" pulumi-lang-dotnet="`TimeRange`" pulumi-lang-go="`timeRange`" pulumi-lang-python="`time_range`" pulumi-lang-yaml="`timeRange`" pulumi-lang-java="`timeRange`">`time_range`</span> object.
     */
    timeRange?: pulumi.Input<inputs.KibanaDashboardTimeRange | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaDashboardTimeouts | undefined>;
    /**
     * A human-readable title for the dashboard.
     */
    title?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaDashboard resource.
 */
export interface KibanaDashboardArgs {
    /**
     * Access control parameters for the dashboard.
     */
    accessControl?: pulumi.Input<inputs.KibanaDashboardAccessControl | undefined>;
    /**
     * Optional dashboard identifier. When set, create uses PUT upsert semantics; changing this value forces replacement. When omitted, Kibana assigns a UUID.
     */
    dashboardId?: pulumi.Input<string | undefined>;
    /**
     * A short description of the dashboard.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Dashboard-level saved filter pills (`kbn-dashboard-data.filters` in the Kibana Dashboard API). Each element is one filter in display order. The JSON shape for each <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> matches the dashboard filters discriminated union (including DSL and spatial variants), consistent with per-panel <span pulumi-lang-nodejs="`filterJson`" pulumi-lang-dotnet="`FilterJson`" pulumi-lang-go="`filterJson`" pulumi-lang-python="`filter_json`" pulumi-lang-yaml="`filterJson`" pulumi-lang-java="`filterJson`">`filter_json`</span> on Lens chart blocks.
     */
    filters?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardFilter>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardKibanaConnection>[] | undefined>;
    /**
     * Display options for the dashboard.
     */
    options?: pulumi.Input<inputs.KibanaDashboardOptions | undefined>;
    /**
     * The panels to display in the dashboard.
     */
    panels?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardPanel>[] | undefined>;
    pinnedPanels?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardPinnedPanel>[] | undefined>;
    /**
     * Dashboard-level query. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`query`" pulumi-lang-dotnet="`Query`" pulumi-lang-go="`query`" pulumi-lang-python="`query`" pulumi-lang-yaml="`query`" pulumi-lang-java="`query`">`query`</span> object: <span pulumi-lang-nodejs="`language`" pulumi-lang-dotnet="`Language`" pulumi-lang-go="`language`" pulumi-lang-python="`language`" pulumi-lang-yaml="`language`" pulumi-lang-java="`language`">`language`</span> plus exactly one of <span pulumi-lang-nodejs="`text`" pulumi-lang-dotnet="`Text`" pulumi-lang-go="`text`" pulumi-lang-python="`text`" pulumi-lang-yaml="`text`" pulumi-lang-java="`text`">`text`</span> (string branch) or <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span> (object branch).
     */
    query: pulumi.Input<inputs.KibanaDashboardQuery>;
    /**
     * Auto-refresh settings for the dashboard. Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`refreshInterval`" pulumi-lang-dotnet="`RefreshInterval`" pulumi-lang-go="`refreshInterval`" pulumi-lang-python="`refresh_interval`" pulumi-lang-yaml="`refreshInterval`" pulumi-lang-java="`refreshInterval`">`refresh_interval`</span> object.
     */
    refreshInterval: pulumi.Input<inputs.KibanaDashboardRefreshInterval>;
    /**
     * Sections organize panels into collapsible groups. This is a technical preview feature.
     */
    sections?: pulumi.Input<pulumi.Input<inputs.KibanaDashboardSection>[] | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tag IDs applied to this dashboard.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Dashboard time selection (<span pulumi-lang-nodejs="`from`" pulumi-lang-dotnet="`From`" pulumi-lang-go="`from`" pulumi-lang-python="`from`" pulumi-lang-yaml="`from`" pulumi-lang-java="`from`">`from`</span>, <span pulumi-lang-nodejs="`to`" pulumi-lang-dotnet="`To`" pulumi-lang-go="`to`" pulumi-lang-python="`to`" pulumi-lang-yaml="`to`" pulumi-lang-java="`to`">`to`</span>, optional <span pulumi-lang-nodejs="`mode`" pulumi-lang-dotnet="`Mode`" pulumi-lang-go="`mode`" pulumi-lang-python="`mode`" pulumi-lang-yaml="`mode`" pulumi-lang-java="`mode`">`mode`</span>). Aligns with the Kibana Dashboard API <span pulumi-lang-nodejs="`timeRange`" pulumi-lang-dotnet="`TimeRange`" pulumi-lang-go="`timeRange`" pulumi-lang-python="`time_range`" pulumi-lang-yaml="`timeRange`" pulumi-lang-java="`timeRange`">`time_range`</span> object.
     */
    timeRange: pulumi.Input<inputs.KibanaDashboardTimeRange>;
    timeouts?: pulumi.Input<inputs.KibanaDashboardTimeouts | undefined>;
    /**
     * A human-readable title for the dashboard.
     */
    title: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaDashboard.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSlo extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSlo resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSloState, opts?: pulumi.CustomResourceOptions): KibanaSlo;
    /**
     * Returns true if the given object is an instance of KibanaSlo.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSlo;
    readonly apmAvailabilityIndicators: pulumi.Output<outputs.KibanaSloApmAvailabilityIndicator[] | undefined>;
    readonly apmLatencyIndicators: pulumi.Output<outputs.KibanaSloApmLatencyIndicator[] | undefined>;
    /**
     * Links to related assets (for example dashboards) returned and managed with the SLO.
     */
    readonly artifacts: pulumi.Output<outputs.KibanaSloArtifacts>;
    /**
     * An <span pulumi-lang-nodejs="`occurrences`" pulumi-lang-dotnet="`Occurrences`" pulumi-lang-go="`occurrences`" pulumi-lang-python="`occurrences`" pulumi-lang-yaml="`occurrences`" pulumi-lang-java="`occurrences`">`occurrences`</span> budgeting method uses the number of good and total events during the time window. A <span pulumi-lang-nodejs="`timeslices`" pulumi-lang-dotnet="`Timeslices`" pulumi-lang-go="`timeslices`" pulumi-lang-python="`timeslices`" pulumi-lang-yaml="`timeslices`" pulumi-lang-java="`timeslices`">`timeslices`</span> budgeting method uses the number of good slices and total slices during the time window. A slice is an arbitrary time window (smaller than the overall SLO time window) that is either considered good or bad, calculated from the timeslice threshold and the ratio of good over total events that happened during the slice window. A budgeting method is required and must be either occurrences or timeslices.
     */
    readonly budgetingMethod: pulumi.Output<string>;
    /**
     * A description for the SLO.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Whether the SLO is enabled in Kibana.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Optional group by fields to use to generate an SLO per distinct value.
     */
    readonly groupBies: pulumi.Output<string[]>;
    readonly histogramCustomIndicators: pulumi.Output<outputs.KibanaSloHistogramCustomIndicator[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSloKibanaConnection[] | undefined>;
    readonly kqlCustomIndicators: pulumi.Output<outputs.KibanaSloKqlCustomIndicator[] | undefined>;
    readonly metricCustomIndicators: pulumi.Output<outputs.KibanaSloMetricCustomIndicator[] | undefined>;
    /**
     * The name of the SLO.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The target objective is the value the SLO needs to meet during the time window. If a timeslices budgeting method is used, we also need to define the timesliceTarget which can be different than the overall SLO target.
     */
    readonly objectives: pulumi.Output<outputs.KibanaSloObjective[] | undefined>;
    /**
     * The default settings should be sufficient for most users, but if needed, these properties can be overwritten.
     */
    readonly settings: pulumi.Output<outputs.KibanaSloSettings | undefined>;
    /**
     * An ID (8 to 48 characters) that contains only letters, numbers, hyphens, and underscores. If omitted, a UUIDv1 will be generated server-side.
     */
    readonly sloId: pulumi.Output<string>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * The tags for the SLO.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * Currently supports `calendarAligned` and <span pulumi-lang-nodejs="`rolling`" pulumi-lang-dotnet="`Rolling`" pulumi-lang-go="`rolling`" pulumi-lang-python="`rolling`" pulumi-lang-yaml="`rolling`" pulumi-lang-java="`rolling`">`rolling`</span> time windows. For `type = "rolling"`, duration must be one of <span pulumi-lang-nodejs="`7d`" pulumi-lang-dotnet="`7d`" pulumi-lang-go="`7d`" pulumi-lang-python="`7d`" pulumi-lang-yaml="`7d`" pulumi-lang-java="`7d`">`7d`</span> (7 days), <span pulumi-lang-nodejs="`30d`" pulumi-lang-dotnet="`30d`" pulumi-lang-go="`30d`" pulumi-lang-python="`30d`" pulumi-lang-yaml="`30d`" pulumi-lang-java="`30d`">`30d`</span> (30 days), or <span pulumi-lang-nodejs="`90d`" pulumi-lang-dotnet="`90d`" pulumi-lang-go="`90d`" pulumi-lang-python="`90d`" pulumi-lang-yaml="`90d`" pulumi-lang-java="`90d`">`90d`</span> (90 days). For `type = "calendarAligned"`, duration must be either <span pulumi-lang-nodejs="`1w`" pulumi-lang-dotnet="`1w`" pulumi-lang-go="`1w`" pulumi-lang-python="`1w`" pulumi-lang-yaml="`1w`" pulumi-lang-java="`1w`">`1w`</span> (weekly) or `1M` (monthly). Rolling time window SLOs only consider SLI data from the last duration period as a moving window. Calendar aligned time windows align to calendar boundaries.
     */
    readonly timeWindows: pulumi.Output<outputs.KibanaSloTimeWindow[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.KibanaSloTimeouts | undefined>;
    /**
     * Defines a timeslice metric indicator for SLO.
     */
    readonly timesliceMetricIndicators: pulumi.Output<outputs.KibanaSloTimesliceMetricIndicator[] | undefined>;
    /**
     * Create a KibanaSlo resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSloArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSlo resources.
 */
export interface KibanaSloState {
    apmAvailabilityIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloApmAvailabilityIndicator>[] | undefined>;
    apmLatencyIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloApmLatencyIndicator>[] | undefined>;
    /**
     * Links to related assets (for example dashboards) returned and managed with the SLO.
     */
    artifacts?: pulumi.Input<inputs.KibanaSloArtifacts | undefined>;
    /**
     * An <span pulumi-lang-nodejs="`occurrences`" pulumi-lang-dotnet="`Occurrences`" pulumi-lang-go="`occurrences`" pulumi-lang-python="`occurrences`" pulumi-lang-yaml="`occurrences`" pulumi-lang-java="`occurrences`">`occurrences`</span> budgeting method uses the number of good and total events during the time window. A <span pulumi-lang-nodejs="`timeslices`" pulumi-lang-dotnet="`Timeslices`" pulumi-lang-go="`timeslices`" pulumi-lang-python="`timeslices`" pulumi-lang-yaml="`timeslices`" pulumi-lang-java="`timeslices`">`timeslices`</span> budgeting method uses the number of good slices and total slices during the time window. A slice is an arbitrary time window (smaller than the overall SLO time window) that is either considered good or bad, calculated from the timeslice threshold and the ratio of good over total events that happened during the slice window. A budgeting method is required and must be either occurrences or timeslices.
     */
    budgetingMethod?: pulumi.Input<string | undefined>;
    /**
     * A description for the SLO.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Whether the SLO is enabled in Kibana.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Optional group by fields to use to generate an SLO per distinct value.
     */
    groupBies?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    histogramCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloHistogramCustomIndicator>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSloKibanaConnection>[] | undefined>;
    kqlCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloKqlCustomIndicator>[] | undefined>;
    metricCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloMetricCustomIndicator>[] | undefined>;
    /**
     * The name of the SLO.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The target objective is the value the SLO needs to meet during the time window. If a timeslices budgeting method is used, we also need to define the timesliceTarget which can be different than the overall SLO target.
     */
    objectives?: pulumi.Input<pulumi.Input<inputs.KibanaSloObjective>[] | undefined>;
    /**
     * The default settings should be sufficient for most users, but if needed, these properties can be overwritten.
     */
    settings?: pulumi.Input<inputs.KibanaSloSettings | undefined>;
    /**
     * An ID (8 to 48 characters) that contains only letters, numbers, hyphens, and underscores. If omitted, a UUIDv1 will be generated server-side.
     */
    sloId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * The tags for the SLO.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Currently supports `calendarAligned` and <span pulumi-lang-nodejs="`rolling`" pulumi-lang-dotnet="`Rolling`" pulumi-lang-go="`rolling`" pulumi-lang-python="`rolling`" pulumi-lang-yaml="`rolling`" pulumi-lang-java="`rolling`">`rolling`</span> time windows. For `type = "rolling"`, duration must be one of <span pulumi-lang-nodejs="`7d`" pulumi-lang-dotnet="`7d`" pulumi-lang-go="`7d`" pulumi-lang-python="`7d`" pulumi-lang-yaml="`7d`" pulumi-lang-java="`7d`">`7d`</span> (7 days), <span pulumi-lang-nodejs="`30d`" pulumi-lang-dotnet="`30d`" pulumi-lang-go="`30d`" pulumi-lang-python="`30d`" pulumi-lang-yaml="`30d`" pulumi-lang-java="`30d`">`30d`</span> (30 days), or <span pulumi-lang-nodejs="`90d`" pulumi-lang-dotnet="`90d`" pulumi-lang-go="`90d`" pulumi-lang-python="`90d`" pulumi-lang-yaml="`90d`" pulumi-lang-java="`90d`">`90d`</span> (90 days). For `type = "calendarAligned"`, duration must be either <span pulumi-lang-nodejs="`1w`" pulumi-lang-dotnet="`1w`" pulumi-lang-go="`1w`" pulumi-lang-python="`1w`" pulumi-lang-yaml="`1w`" pulumi-lang-java="`1w`">`1w`</span> (weekly) or `1M` (monthly). Rolling time window SLOs only consider SLI data from the last duration period as a moving window. Calendar aligned time windows align to calendar boundaries.
     */
    timeWindows?: pulumi.Input<pulumi.Input<inputs.KibanaSloTimeWindow>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSloTimeouts | undefined>;
    /**
     * Defines a timeslice metric indicator for SLO.
     */
    timesliceMetricIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloTimesliceMetricIndicator>[] | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSlo resource.
 */
export interface KibanaSloArgs {
    apmAvailabilityIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloApmAvailabilityIndicator>[] | undefined>;
    apmLatencyIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloApmLatencyIndicator>[] | undefined>;
    /**
     * Links to related assets (for example dashboards) returned and managed with the SLO.
     */
    artifacts?: pulumi.Input<inputs.KibanaSloArtifacts | undefined>;
    /**
     * An <span pulumi-lang-nodejs="`occurrences`" pulumi-lang-dotnet="`Occurrences`" pulumi-lang-go="`occurrences`" pulumi-lang-python="`occurrences`" pulumi-lang-yaml="`occurrences`" pulumi-lang-java="`occurrences`">`occurrences`</span> budgeting method uses the number of good and total events during the time window. A <span pulumi-lang-nodejs="`timeslices`" pulumi-lang-dotnet="`Timeslices`" pulumi-lang-go="`timeslices`" pulumi-lang-python="`timeslices`" pulumi-lang-yaml="`timeslices`" pulumi-lang-java="`timeslices`">`timeslices`</span> budgeting method uses the number of good slices and total slices during the time window. A slice is an arbitrary time window (smaller than the overall SLO time window) that is either considered good or bad, calculated from the timeslice threshold and the ratio of good over total events that happened during the slice window. A budgeting method is required and must be either occurrences or timeslices.
     */
    budgetingMethod: pulumi.Input<string>;
    /**
     * A description for the SLO.
     */
    description: pulumi.Input<string>;
    /**
     * Whether the SLO is enabled in Kibana.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Optional group by fields to use to generate an SLO per distinct value.
     */
    groupBies?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    histogramCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloHistogramCustomIndicator>[] | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSloKibanaConnection>[] | undefined>;
    kqlCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloKqlCustomIndicator>[] | undefined>;
    metricCustomIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloMetricCustomIndicator>[] | undefined>;
    /**
     * The name of the SLO.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The target objective is the value the SLO needs to meet during the time window. If a timeslices budgeting method is used, we also need to define the timesliceTarget which can be different than the overall SLO target.
     */
    objectives?: pulumi.Input<pulumi.Input<inputs.KibanaSloObjective>[] | undefined>;
    /**
     * The default settings should be sufficient for most users, but if needed, these properties can be overwritten.
     */
    settings?: pulumi.Input<inputs.KibanaSloSettings | undefined>;
    /**
     * An ID (8 to 48 characters) that contains only letters, numbers, hyphens, and underscores. If omitted, a UUIDv1 will be generated server-side.
     */
    sloId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * The tags for the SLO.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Currently supports `calendarAligned` and <span pulumi-lang-nodejs="`rolling`" pulumi-lang-dotnet="`Rolling`" pulumi-lang-go="`rolling`" pulumi-lang-python="`rolling`" pulumi-lang-yaml="`rolling`" pulumi-lang-java="`rolling`">`rolling`</span> time windows. For `type = "rolling"`, duration must be one of <span pulumi-lang-nodejs="`7d`" pulumi-lang-dotnet="`7d`" pulumi-lang-go="`7d`" pulumi-lang-python="`7d`" pulumi-lang-yaml="`7d`" pulumi-lang-java="`7d`">`7d`</span> (7 days), <span pulumi-lang-nodejs="`30d`" pulumi-lang-dotnet="`30d`" pulumi-lang-go="`30d`" pulumi-lang-python="`30d`" pulumi-lang-yaml="`30d`" pulumi-lang-java="`30d`">`30d`</span> (30 days), or <span pulumi-lang-nodejs="`90d`" pulumi-lang-dotnet="`90d`" pulumi-lang-go="`90d`" pulumi-lang-python="`90d`" pulumi-lang-yaml="`90d`" pulumi-lang-java="`90d`">`90d`</span> (90 days). For `type = "calendarAligned"`, duration must be either <span pulumi-lang-nodejs="`1w`" pulumi-lang-dotnet="`1w`" pulumi-lang-go="`1w`" pulumi-lang-python="`1w`" pulumi-lang-yaml="`1w`" pulumi-lang-java="`1w`">`1w`</span> (weekly) or `1M` (monthly). Rolling time window SLOs only consider SLI data from the last duration period as a moving window. Calendar aligned time windows align to calendar boundaries.
     */
    timeWindows?: pulumi.Input<pulumi.Input<inputs.KibanaSloTimeWindow>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSloTimeouts | undefined>;
    /**
     * Defines a timeslice metric indicator for SLO.
     */
    timesliceMetricIndicators?: pulumi.Input<pulumi.Input<inputs.KibanaSloTimesliceMetricIndicator>[] | undefined>;
}
//# sourceMappingURL=kibanaSlo.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlCalendarEvent extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlCalendarEvent resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlCalendarEventState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlCalendarEvent;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlCalendarEvent.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlCalendarEvent;
    /**
     * The identifier for the calendar that owns the event. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    readonly calendarId: pulumi.Output<string>;
    /**
     * A description of the scheduled event.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlCalendarEventElasticsearchConnection[] | undefined>;
    /**
     * The end time of the scheduled event in RFC 3339 format.
     */
    readonly endTime: pulumi.Output<string>;
    /**
     * The server-generated identifier for the event.
     */
    readonly eventId: pulumi.Output<string>;
    /**
     * When set, changes the duration of the event to the specified value in seconds (decimal digits as a string; the API uses a JSON number). Requires Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`forceTimeShift`" pulumi-lang-dotnet="`ForceTimeShift`" pulumi-lang-go="`forceTimeShift`" pulumi-lang-python="`force_time_shift`" pulumi-lang-yaml="`forceTimeShift`" pulumi-lang-java="`forceTimeShift`">`force_time_shift`</span> in the Elasticsearch API.
     */
    readonly forceTimeShift: pulumi.Output<string | undefined>;
    /**
     * If true, model updates are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipModelUpdate`" pulumi-lang-dotnet="`SkipModelUpdate`" pulumi-lang-go="`skipModelUpdate`" pulumi-lang-python="`skip_model_update`" pulumi-lang-yaml="`skipModelUpdate`" pulumi-lang-java="`skipModelUpdate`">`skip_model_update`</span> in the Elasticsearch API.
     */
    readonly skipModelUpdate: pulumi.Output<boolean>;
    /**
     * If true, results are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipResult`" pulumi-lang-dotnet="`SkipResult`" pulumi-lang-go="`skipResult`" pulumi-lang-python="`skip_result`" pulumi-lang-yaml="`skipResult`" pulumi-lang-java="`skipResult`">`skip_result`</span> in the Elasticsearch API.
     */
    readonly skipResult: pulumi.Output<boolean>;
    /**
     * The start time of the scheduled event in RFC 3339 format.
     */
    readonly startTime: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlCalendarEventTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlCalendarEvent resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlCalendarEventArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlCalendarEvent resources.
 */
export interface ElasticsearchMlCalendarEventState {
    /**
     * The identifier for the calendar that owns the event. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId?: pulumi.Input<string | undefined>;
    /**
     * A description of the scheduled event.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarEventElasticsearchConnection>[] | undefined>;
    /**
     * The end time of the scheduled event in RFC 3339 format.
     */
    endTime?: pulumi.Input<string | undefined>;
    /**
     * The server-generated identifier for the event.
     */
    eventId?: pulumi.Input<string | undefined>;
    /**
     * When set, changes the duration of the event to the specified value in seconds (decimal digits as a string; the API uses a JSON number). Requires Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`forceTimeShift`" pulumi-lang-dotnet="`ForceTimeShift`" pulumi-lang-go="`forceTimeShift`" pulumi-lang-python="`force_time_shift`" pulumi-lang-yaml="`forceTimeShift`" pulumi-lang-java="`forceTimeShift`">`force_time_shift`</span> in the Elasticsearch API.
     */
    forceTimeShift?: pulumi.Input<string | undefined>;
    /**
     * If true, model updates are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipModelUpdate`" pulumi-lang-dotnet="`SkipModelUpdate`" pulumi-lang-go="`skipModelUpdate`" pulumi-lang-python="`skip_model_update`" pulumi-lang-yaml="`skipModelUpdate`" pulumi-lang-java="`skipModelUpdate`">`skip_model_update`</span> in the Elasticsearch API.
     */
    skipModelUpdate?: pulumi.Input<boolean | undefined>;
    /**
     * If true, results are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipResult`" pulumi-lang-dotnet="`SkipResult`" pulumi-lang-go="`skipResult`" pulumi-lang-python="`skip_result`" pulumi-lang-yaml="`skipResult`" pulumi-lang-java="`skipResult`">`skip_result`</span> in the Elasticsearch API.
     */
    skipResult?: pulumi.Input<boolean | undefined>;
    /**
     * The start time of the scheduled event in RFC 3339 format.
     */
    startTime?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarEventTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlCalendarEvent resource.
 */
export interface ElasticsearchMlCalendarEventArgs {
    /**
     * The identifier for the calendar that owns the event. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId: pulumi.Input<string>;
    /**
     * A description of the scheduled event.
     */
    description: pulumi.Input<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarEventElasticsearchConnection>[] | undefined>;
    /**
     * The end time of the scheduled event in RFC 3339 format.
     */
    endTime: pulumi.Input<string>;
    /**
     * When set, changes the duration of the event to the specified value in seconds (decimal digits as a string; the API uses a JSON number). Requires Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`forceTimeShift`" pulumi-lang-dotnet="`ForceTimeShift`" pulumi-lang-go="`forceTimeShift`" pulumi-lang-python="`force_time_shift`" pulumi-lang-yaml="`forceTimeShift`" pulumi-lang-java="`forceTimeShift`">`force_time_shift`</span> in the Elasticsearch API.
     */
    forceTimeShift?: pulumi.Input<string | undefined>;
    /**
     * If true, model updates are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipModelUpdate`" pulumi-lang-dotnet="`SkipModelUpdate`" pulumi-lang-go="`skipModelUpdate`" pulumi-lang-python="`skip_model_update`" pulumi-lang-yaml="`skipModelUpdate`" pulumi-lang-java="`skipModelUpdate`">`skip_model_update`</span> in the Elasticsearch API.
     */
    skipModelUpdate?: pulumi.Input<boolean | undefined>;
    /**
     * If true, results are not generated for buckets that fall inside the event period. When omitted, the request does not send this field and Elasticsearch applies its default behavior. Explicit values require Elasticsearch **8.16** or newer. Maps to <span pulumi-lang-nodejs="`skipResult`" pulumi-lang-dotnet="`SkipResult`" pulumi-lang-go="`skipResult`" pulumi-lang-python="`skip_result`" pulumi-lang-yaml="`skipResult`" pulumi-lang-java="`skipResult`">`skip_result`</span> in the Elasticsearch API.
     */
    skipResult?: pulumi.Input<boolean | undefined>;
    /**
     * The start time of the scheduled event in RFC 3339 format.
     */
    startTime: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarEventTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlCalendarEvent.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlCalendar extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlCalendar resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlCalendarState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlCalendar;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlCalendar.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlCalendar;
    /**
     * A string that uniquely identifies a calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    readonly calendarId: pulumi.Output<string>;
    /**
     * A description of the calendar.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlCalendarElasticsearchConnection[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlCalendarTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlCalendar resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlCalendarArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlCalendar resources.
 */
export interface ElasticsearchMlCalendarState {
    /**
     * A string that uniquely identifies a calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId?: pulumi.Input<string | undefined>;
    /**
     * A description of the calendar.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarElasticsearchConnection>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlCalendar resource.
 */
export interface ElasticsearchMlCalendarArgs {
    /**
     * A string that uniquely identifies a calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId: pulumi.Input<string>;
    /**
     * A description of the calendar.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarElasticsearchConnection>[] | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlCalendar.d.ts.map
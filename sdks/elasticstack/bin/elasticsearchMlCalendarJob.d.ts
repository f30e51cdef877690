import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlCalendarJob extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlCalendarJob resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlCalendarJobState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlCalendarJob;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlCalendarJob.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlCalendarJob;
    /**
     * Identifier of the ML calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), dots, hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    readonly calendarId: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlCalendarJobElasticsearchConnection[] | undefined>;
    /**
     * Anomaly detection **job identifier** or **job group name** to attach to the calendar, matching Elasticsearch `PUT .../jobs/{job_id}` (one value per resource; not a comma-separated list).
     */
    readonly jobId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlCalendarJobTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlCalendarJob resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlCalendarJobArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlCalendarJob resources.
 */
export interface ElasticsearchMlCalendarJobState {
    /**
     * Identifier of the ML calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), dots, hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarJobElasticsearchConnection>[] | undefined>;
    /**
     * Anomaly detection **job identifier** or **job group name** to attach to the calendar, matching Elasticsearch `PUT .../jobs/{job_id}` (one value per resource; not a comma-separated list).
     */
    jobId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarJobTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlCalendarJob resource.
 */
export interface ElasticsearchMlCalendarJobArgs {
    /**
     * Identifier of the ML calendar. Must contain lowercase alphanumeric characters (a-z and 0-9), dots, hyphens, or underscores. Must start and end with an alphanumeric character.
     */
    calendarId: pulumi.Input<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlCalendarJobElasticsearchConnection>[] | undefined>;
    /**
     * Anomaly detection **job identifier** or **job group name** to attach to the calendar, matching Elasticsearch `PUT .../jobs/{job_id}` (one value per resource; not a comma-separated list).
     */
    jobId: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlCalendarJobTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlCalendarJob.d.ts.map
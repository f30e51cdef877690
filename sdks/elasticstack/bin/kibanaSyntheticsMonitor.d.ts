import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSyntheticsMonitor extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSyntheticsMonitor resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSyntheticsMonitorState, opts?: pulumi.CustomResourceOptions): KibanaSyntheticsMonitor;
    /**
     * Returns true if the given object is an instance of KibanaSyntheticsMonitor.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSyntheticsMonitor;
    /**
     * Alert configuration. Default: `{ status: { enabled: true }, tls: { enabled: true } }`.
     */
    readonly alert: pulumi.Output<outputs.KibanaSyntheticsMonitorAlert>;
    /**
     * Browser Monitor specific fields
     */
    readonly browser: pulumi.Output<outputs.KibanaSyntheticsMonitorBrowser | undefined>;
    /**
     * Whether the monitor is enabled. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * HTTP Monitor specific fields
     */
    readonly http: pulumi.Output<outputs.KibanaSyntheticsMonitorHttp | undefined>;
    /**
     * ICMP Monitor specific fields
     */
    readonly icmp: pulumi.Output<outputs.KibanaSyntheticsMonitorIcmp | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSyntheticsMonitorKibanaConnection[] | undefined>;
    /**
     * Key-value pairs of labels to associate with the monitor. Labels can be used for filtering and grouping monitors.
     */
    readonly labels: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Where to deploy the monitor. Monitors can be deployed in multiple locations so that you can detect differences in availability and response times across those locations.
     */
    readonly locations: pulumi.Output<string[] | undefined>;
    /**
     * The monitor's name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The data stream namespace. Note: if you change its value, kibana creates new datastream. A user needs permissions for new/old datastream in update case to be able to see full monitor history. The <span pulumi-lang-nodejs="`namespace`" pulumi-lang-dotnet="`Namespace`" pulumi-lang-go="`namespace`" pulumi-lang-python="`namespace`" pulumi-lang-yaml="`namespace`" pulumi-lang-java="`namespace`">`namespace`</span> field should be lowercase and not contain spaces. The namespace must not include any of the following characters: *, \\, /, ?, ", <, >, |, whitespace, ,, #, :, or -. Default: <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * Monitor parameters. Raw JSON object, use <span pulumi-lang-nodejs="`jsonencode`" pulumi-lang-dotnet="`Jsonencode`" pulumi-lang-go="`jsonencode`" pulumi-lang-python="`jsonencode`" pulumi-lang-yaml="`jsonencode`" pulumi-lang-java="`jsonencode`">`jsonencode`</span> function to represent JSON
     */
    readonly params: pulumi.Output<string | undefined>;
    /**
     * These Private Locations refer to locations hosted and managed by you, whereas locations are hosted by Elastic. You can specify a Private Location using the location's name.
     */
    readonly privateLocations: pulumi.Output<string[] | undefined>;
    /**
     * Enable or disable retesting when a monitor fails. By default, monitors are automatically retested if the monitor goes from "up" to "down". If the result of the retest is also "down", an error will be created, and if configured, an alert sent. Then the monitor will resume running according to the defined schedule. Using<span pulumi-lang-nodejs=" retestOnFailure " pulumi-lang-dotnet=" RetestOnFailure " pulumi-lang-go=" retestOnFailure " pulumi-lang-python=" retest_on_failure " pulumi-lang-yaml=" retestOnFailure " pulumi-lang-java=" retestOnFailure "> retest_on_failure </span>can reduce noise related to transient problems. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>.
     */
    readonly retestOnFailure: pulumi.Output<boolean | undefined>;
    /**
     * The monitor's schedule in minutes. Supported values are 1, 3, 5, 10, 15, 30, 60, 120 and 240.
     */
    readonly schedule: pulumi.Output<number>;
    /**
     * The APM service name.
     */
    readonly serviceName: pulumi.Output<string>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You are cannot change the ID with the update operation.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * An array of tags.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    /**
     * TCP Monitor specific fields
     */
    readonly tcp: pulumi.Output<outputs.KibanaSyntheticsMonitorTcp | undefined>;
    /**
     * The monitor timeout in seconds, monitor will fail if it doesn't complete within this time. Default: <span pulumi-lang-nodejs="`16`" pulumi-lang-dotnet="`16`" pulumi-lang-go="`16`" pulumi-lang-python="`16`" pulumi-lang-yaml="`16`" pulumi-lang-java="`16`">`16`</span>
     */
    readonly timeout: pulumi.Output<number>;
    readonly timeouts: pulumi.Output<outputs.KibanaSyntheticsMonitorTimeouts | undefined>;
    /**
     * Create a KibanaSyntheticsMonitor resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaSyntheticsMonitorArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSyntheticsMonitor resources.
 */
export interface KibanaSyntheticsMonitorState {
    /**
     * Alert configuration. Default: `{ status: { enabled: true }, tls: { enabled: true } }`.
     */
    alert?: pulumi.Input<inputs.KibanaSyntheticsMonitorAlert | undefined>;
    /**
     * Browser Monitor specific fields
     */
    browser?: pulumi.Input<inputs.KibanaSyntheticsMonitorBrowser | undefined>;
    /**
     * Whether the monitor is enabled. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * HTTP Monitor specific fields
     */
    http?: pulumi.Input<inputs.KibanaSyntheticsMonitorHttp | undefined>;
    /**
     * ICMP Monitor specific fields
     */
    icmp?: pulumi.Input<inputs.KibanaSyntheticsMonitorIcmp | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsMonitorKibanaConnection>[] | undefined>;
    /**
     * Key-value pairs of labels to associate with the monitor. Labels can be used for filtering and grouping monitors.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Where to deploy the monitor. Monitors can be deployed in multiple locations so that you can detect differences in availability and response times across those locations.
     */
    locations?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The monitor's name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The data stream namespace. Note: if you change its value, kibana creates new datastream. A user needs permissions for new/old datastream in update case to be able to see full monitor history. The <span pulumi-lang-nodejs="`namespace`" pulumi-lang-dotnet="`Namespace`" pulumi-lang-go="`namespace`" pulumi-lang-python="`namespace`" pulumi-lang-yaml="`namespace`" pulumi-lang-java="`namespace`">`namespace`</span> field should be lowercase and not contain spaces. The namespace must not include any of the following characters: *, \\, /, ?, ", <, >, |, whitespace, ,, #, :, or -. Default: <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * Monitor parameters. Raw JSON object, use <span pulumi-lang-nodejs="`jsonencode`" pulumi-lang-dotnet="`Jsonencode`" pulumi-lang-go="`jsonencode`" pulumi-lang-python="`jsonencode`" pulumi-lang-yaml="`jsonencode`" pulumi-lang-java="`jsonencode`">`jsonencode`</span> function to represent JSON
     */
    params?: pulumi.Input<string | undefined>;
    /**
     * These Private Locations refer to locations hosted and managed by you, whereas locations are hosted by Elastic. You can specify a Private Location using the location's name.
     */
    privateLocations?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Enable or disable retesting when a monitor fails. By default, monitors are automatically retested if the monitor goes from "up" to "down". If the result of the retest is also "down", an error will be created, and if configured, an alert sent. Then the monitor will resume running according to the defined schedule. Using<span pulumi-lang-nodejs=" retestOnFailure " pulumi-lang-dotnet=" RetestOnFailure " pulumi-lang-go=" retestOnFailure " pulumi-lang-python=" retest_on_failure " pulumi-lang-yaml=" retestOnFailure " pulumi-lang-java=" retestOnFailure "> retest_on_failure </span>can reduce noise related to transient problems. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>.
     */
    retestOnFailure?: pulumi.Input<boolean | undefined>;
    /**
     * The monitor's schedule in minutes. Supported values are 1, 3, 5, 10, 15, 30, 60, 120 and 240.
     */
    schedule?: pulumi.Input<number | undefined>;
    /**
     * The APM service name.
     */
    serviceName?: pulumi.Input<string | undefined>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You are cannot change the ID with the update operation.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tags.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * TCP Monitor specific fields
     */
    tcp?: pulumi.Input<inputs.KibanaSyntheticsMonitorTcp | undefined>;
    /**
     * The monitor timeout in seconds, monitor will fail if it doesn't complete within this time. Default: <span pulumi-lang-nodejs="`16`" pulumi-lang-dotnet="`16`" pulumi-lang-go="`16`" pulumi-lang-python="`16`" pulumi-lang-yaml="`16`" pulumi-lang-java="`16`">`16`</span>
     */
    timeout?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsMonitorTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSyntheticsMonitor resource.
 */
export interface KibanaSyntheticsMonitorArgs {
    /**
     * Alert configuration. Default: `{ status: { enabled: true }, tls: { enabled: true } }`.
     */
    alert?: pulumi.Input<inputs.KibanaSyntheticsMonitorAlert | undefined>;
    /**
     * Browser Monitor specific fields
     */
    browser?: pulumi.Input<inputs.KibanaSyntheticsMonitorBrowser | undefined>;
    /**
     * Whether the monitor is enabled. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * HTTP Monitor specific fields
     */
    http?: pulumi.Input<inputs.KibanaSyntheticsMonitorHttp | undefined>;
    /**
     * ICMP Monitor specific fields
     */
    icmp?: pulumi.Input<inputs.KibanaSyntheticsMonitorIcmp | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSyntheticsMonitorKibanaConnection>[] | undefined>;
    /**
     * Key-value pairs of labels to associate with the monitor. Labels can be used for filtering and grouping monitors.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Where to deploy the monitor. Monitors can be deployed in multiple locations so that you can detect differences in availability and response times across those locations.
     */
    locations?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The monitor's name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The data stream namespace. Note: if you change its value, kibana creates new datastream. A user needs permissions for new/old datastream in update case to be able to see full monitor history. The <span pulumi-lang-nodejs="`namespace`" pulumi-lang-dotnet="`Namespace`" pulumi-lang-go="`namespace`" pulumi-lang-python="`namespace`" pulumi-lang-yaml="`namespace`" pulumi-lang-java="`namespace`">`namespace`</span> field should be lowercase and not contain spaces. The namespace must not include any of the following characters: *, \\, /, ?, ", <, >, |, whitespace, ,, #, :, or -. Default: <span pulumi-lang-nodejs="`default`" pulumi-lang-dotnet="`Default`" pulumi-lang-go="`default`" pulumi-lang-python="`default`" pulumi-lang-yaml="`default`" pulumi-lang-java="`default`">`default`</span>
     */
    namespace?: pulumi.Input<string | undefined>;
    /**
     * Monitor parameters. Raw JSON object, use <span pulumi-lang-nodejs="`jsonencode`" pulumi-lang-dotnet="`Jsonencode`" pulumi-lang-go="`jsonencode`" pulumi-lang-python="`jsonencode`" pulumi-lang-yaml="`jsonencode`" pulumi-lang-java="`jsonencode`">`jsonencode`</span> function to represent JSON
     */
    params?: pulumi.Input<string | undefined>;
    /**
     * These Private Locations refer to locations hosted and managed by you, whereas locations are hosted by Elastic. You can specify a Private Location using the location's name.
     */
    privateLocations?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Enable or disable retesting when a monitor fails. By default, monitors are automatically retested if the monitor goes from "up" to "down". If the result of the retest is also "down", an error will be created, and if configured, an alert sent. Then the monitor will resume running according to the defined schedule. Using<span pulumi-lang-nodejs=" retestOnFailure " pulumi-lang-dotnet=" RetestOnFailure " pulumi-lang-go=" retestOnFailure " pulumi-lang-python=" retest_on_failure " pulumi-lang-yaml=" retestOnFailure " pulumi-lang-java=" retestOnFailure "> retest_on_failure </span>can reduce noise related to transient problems. Default: <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>.
     */
    retestOnFailure?: pulumi.Input<boolean | undefined>;
    /**
     * The monitor's schedule in minutes. Supported values are 1, 3, 5, 10, 15, 30, 60, 120 and 240.
     */
    schedule?: pulumi.Input<number | undefined>;
    /**
     * The APM service name.
     */
    serviceName?: pulumi.Input<string | undefined>;
    /**
     * Kibana space. The space ID that is part of the Kibana URL when inside the space. Space IDs are limited to lowercase alphanumeric, underscore, and hyphen characters (a-z, 0-9, _, and -). You are cannot change the ID with the update operation.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * An array of tags.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * TCP Monitor specific fields
     */
    tcp?: pulumi.Input<inputs.KibanaSyntheticsMonitorTcp | undefined>;
    /**
     * The monitor timeout in seconds, monitor will fail if it doesn't complete within this time. Default: <span pulumi-lang-nodejs="`16`" pulumi-lang-dotnet="`16`" pulumi-lang-go="`16`" pulumi-lang-python="`16`" pulumi-lang-yaml="`16`" pulumi-lang-java="`16`">`16`</span>
     */
    timeout?: pulumi.Input<number | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSyntheticsMonitorTimeouts | undefined>;
}
//# sourceMappingURL=kibanaSyntheticsMonitor.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorReroute(args?: GetElasticsearchIngestProcessorRerouteArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorRerouteResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorReroute.
 */
export interface GetElasticsearchIngestProcessorRerouteArgs {
    dataset?: string;
    description?: string;
    destination?: string;
    if?: string;
    ignoreFailure?: boolean;
    namespace?: string;
    onFailures?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorReroute.
 */
export interface GetElasticsearchIngestProcessorRerouteResult {
    readonly dataset?: string;
    readonly description?: string;
    readonly destination?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly namespace?: string;
    readonly onFailures?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorRerouteOutput(args?: GetElasticsearchIngestProcessorRerouteOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorRerouteResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorReroute.
 */
export interface GetElasticsearchIngestProcessorRerouteOutputArgs {
    dataset?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    destination?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    namespace?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorReroute.d.ts.map
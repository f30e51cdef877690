import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorGeoip(args: GetElasticsearchIngestProcessorGeoipArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorGeoipResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGeoip.
 */
export interface GetElasticsearchIngestProcessorGeoipArgs {
    databaseFile?: string;
    description?: string;
    field: string;
    firstOnly?: boolean;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    properties?: string[];
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorGeoip.
 */
export interface GetElasticsearchIngestProcessorGeoipResult {
    readonly databaseFile?: string;
    readonly description?: string;
    readonly field: string;
    readonly firstOnly: boolean;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly properties?: string[];
    readonly tag?: string;
    readonly targetField: string;
}
export declare function getElasticsearchIngestProcessorGeoipOutput(args: GetElasticsearchIngestProcessorGeoipOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorGeoipResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGeoip.
 */
export interface GetElasticsearchIngestProcessorGeoipOutputArgs {
    databaseFile?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    firstOnly?: pulumi.Input<boolean | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    properties?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorGeoip.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorDateIndexName(args: GetElasticsearchIngestProcessorDateIndexNameArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorDateIndexNameResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDateIndexName.
 */
export interface GetElasticsearchIngestProcessorDateIndexNameArgs {
    dateFormats?: string[];
    dateRounding: string;
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    indexNameFormat?: string;
    indexNamePrefix?: string;
    locale?: string;
    onFailures?: string[];
    tag?: string;
    timezone?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorDateIndexName.
 */
export interface GetElasticsearchIngestProcessorDateIndexNameResult {
    readonly dateFormats?: string[];
    readonly dateRounding: string;
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly indexNameFormat: string;
    readonly indexNamePrefix?: string;
    readonly json: string;
    readonly locale: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly timezone: string;
}
export declare function getElasticsearchIngestProcessorDateIndexNameOutput(args: GetElasticsearchIngestProcessorDateIndexNameOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorDateIndexNameResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDateIndexName.
 */
export interface GetElasticsearchIngestProcessorDateIndexNameOutputArgs {
    dateFormats?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    dateRounding: pulumi.Input<string>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    indexNameFormat?: pulumi.Input<string | undefined>;
    indexNamePrefix?: pulumi.Input<string | undefined>;
    locale?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    timezone?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorDateIndexName.d.ts.map
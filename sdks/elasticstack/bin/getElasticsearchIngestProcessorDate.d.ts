import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorDate(args: GetElasticsearchIngestProcessorDateArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorDateResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDate.
 */
export interface GetElasticsearchIngestProcessorDateArgs {
    description?: string;
    field: string;
    formats: string[];
    if?: string;
    ignoreFailure?: boolean;
    locale?: string;
    onFailures?: string[];
    outputFormat?: string;
    tag?: string;
    targetField?: string;
    timezone?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorDate.
 */
export interface GetElasticsearchIngestProcessorDateResult {
    readonly description?: string;
    readonly field: string;
    readonly formats: string[];
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly locale: string;
    readonly onFailures?: string[];
    readonly outputFormat: string;
    readonly tag?: string;
    readonly targetField: string;
    readonly timezone: string;
}
export declare function getElasticsearchIngestProcessorDateOutput(args: GetElasticsearchIngestProcessorDateOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorDateResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDate.
 */
export interface GetElasticsearchIngestProcessorDateOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    formats: pulumi.Input<pulumi.Input<string>[]>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    locale?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    outputFormat?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
    timezone?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorDate.d.ts.map
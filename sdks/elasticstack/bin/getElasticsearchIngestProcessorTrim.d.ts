import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorTrim(args: GetElasticsearchIngestProcessorTrimArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorTrimResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorTrim.
 */
export interface GetElasticsearchIngestProcessorTrimArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorTrim.
 */
export interface GetElasticsearchIngestProcessorTrimResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorTrimOutput(args: GetElasticsearchIngestProcessorTrimOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorTrimResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorTrim.
 */
export interface GetElasticsearchIngestProcessorTrimOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorTrim.d.ts.map
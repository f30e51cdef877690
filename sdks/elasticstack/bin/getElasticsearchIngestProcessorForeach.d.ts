import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorForeach(args: GetElasticsearchIngestProcessorForeachArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorForeachResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorForeach.
 */
export interface GetElasticsearchIngestProcessorForeachArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    processor: string;
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorForeach.
 */
export interface GetElasticsearchIngestProcessorForeachResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly processor: string;
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorForeachOutput(args: GetElasticsearchIngestProcessorForeachOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorForeachResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorForeach.
 */
export interface GetElasticsearchIngestProcessorForeachOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    processor: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorForeach.d.ts.map
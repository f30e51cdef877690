import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorSplit(args: GetElasticsearchIngestProcessorSplitArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorSplitResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSplit.
 */
export interface GetElasticsearchIngestProcessorSplitArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    preserveTrailing?: boolean;
    separator: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorSplit.
 */
export interface GetElasticsearchIngestProcessorSplitResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly preserveTrailing: boolean;
    readonly separator: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorSplitOutput(args: GetElasticsearchIngestProcessorSplitOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorSplitResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSplit.
 */
export interface GetElasticsearchIngestProcessorSplitOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    preserveTrailing?: pulumi.Input<boolean | undefined>;
    separator: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorSplit.d.ts.map
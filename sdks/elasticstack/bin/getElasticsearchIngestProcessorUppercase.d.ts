import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorUppercase(args: GetElasticsearchIngestProcessorUppercaseArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorUppercaseResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUppercase.
 */
export interface GetElasticsearchIngestProcessorUppercaseArgs {
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
 * A collection of values returned by getElasticsearchIngestProcessorUppercase.
 */
export interface GetElasticsearchIngestProcessorUppercaseResult {
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
export declare function getElasticsearchIngestProcessorUppercaseOutput(args: GetElasticsearchIngestProcessorUppercaseOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorUppercaseResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUppercase.
 */
export interface GetElasticsearchIngestProcessorUppercaseOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorUppercase.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorLowercase(args: GetElasticsearchIngestProcessorLowercaseArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorLowercaseResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorLowercase.
 */
export interface GetElasticsearchIngestProcessorLowercaseArgs {
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
 * A collection of values returned by getElasticsearchIngestProcessorLowercase.
 */
export interface GetElasticsearchIngestProcessorLowercaseResult {
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
export declare function getElasticsearchIngestProcessorLowercaseOutput(args: GetElasticsearchIngestProcessorLowercaseOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorLowercaseResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorLowercase.
 */
export interface GetElasticsearchIngestProcessorLowercaseOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorLowercase.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorBytes(args: GetElasticsearchIngestProcessorBytesArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorBytesResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorBytes.
 */
export interface GetElasticsearchIngestProcessorBytesArgs {
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
 * A collection of values returned by getElasticsearchIngestProcessorBytes.
 */
export interface GetElasticsearchIngestProcessorBytesResult {
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
export declare function getElasticsearchIngestProcessorBytesOutput(args: GetElasticsearchIngestProcessorBytesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorBytesResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorBytes.
 */
export interface GetElasticsearchIngestProcessorBytesOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorBytes.d.ts.map
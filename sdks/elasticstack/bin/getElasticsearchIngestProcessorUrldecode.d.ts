import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorUrldecode(args: GetElasticsearchIngestProcessorUrldecodeArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorUrldecodeResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUrldecode.
 */
export interface GetElasticsearchIngestProcessorUrldecodeArgs {
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
 * A collection of values returned by getElasticsearchIngestProcessorUrldecode.
 */
export interface GetElasticsearchIngestProcessorUrldecodeResult {
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
export declare function getElasticsearchIngestProcessorUrldecodeOutput(args: GetElasticsearchIngestProcessorUrldecodeOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorUrldecodeResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUrldecode.
 */
export interface GetElasticsearchIngestProcessorUrldecodeOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorUrldecode.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorGsub(args: GetElasticsearchIngestProcessorGsubArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorGsubResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGsub.
 */
export interface GetElasticsearchIngestProcessorGsubArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    pattern: string;
    replacement: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorGsub.
 */
export interface GetElasticsearchIngestProcessorGsubResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly pattern: string;
    readonly replacement: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorGsubOutput(args: GetElasticsearchIngestProcessorGsubOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorGsubResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGsub.
 */
export interface GetElasticsearchIngestProcessorGsubOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    pattern: pulumi.Input<string>;
    replacement: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorGsub.d.ts.map
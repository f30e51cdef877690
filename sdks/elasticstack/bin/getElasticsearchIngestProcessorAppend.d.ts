import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorAppend(args: GetElasticsearchIngestProcessorAppendArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorAppendResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorAppend.
 */
export interface GetElasticsearchIngestProcessorAppendArgs {
    allowDuplicates?: boolean;
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    mediaType?: string;
    onFailures?: string[];
    tag?: string;
    values: string[];
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorAppend.
 */
export interface GetElasticsearchIngestProcessorAppendResult {
    readonly allowDuplicates: boolean;
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly mediaType?: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly values: string[];
}
export declare function getElasticsearchIngestProcessorAppendOutput(args: GetElasticsearchIngestProcessorAppendOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorAppendResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorAppend.
 */
export interface GetElasticsearchIngestProcessorAppendOutputArgs {
    allowDuplicates?: pulumi.Input<boolean | undefined>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    mediaType?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    values: pulumi.Input<pulumi.Input<string>[]>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorAppend.d.ts.map
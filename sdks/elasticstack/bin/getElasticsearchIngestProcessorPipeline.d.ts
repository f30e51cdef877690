import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorPipeline(args: GetElasticsearchIngestProcessorPipelineArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorPipelineResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorPipeline.
 */
export interface GetElasticsearchIngestProcessorPipelineArgs {
    description?: string;
    if?: string;
    ignoreFailure?: boolean;
    name: string;
    onFailures?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorPipeline.
 */
export interface GetElasticsearchIngestProcessorPipelineResult {
    readonly description?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly name: string;
    readonly onFailures?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorPipelineOutput(args: GetElasticsearchIngestProcessorPipelineOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorPipelineResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorPipeline.
 */
export interface GetElasticsearchIngestProcessorPipelineOutputArgs {
    description?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    name: pulumi.Input<string>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorPipeline.d.ts.map
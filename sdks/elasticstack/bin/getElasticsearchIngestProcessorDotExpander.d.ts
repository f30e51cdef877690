import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorDotExpander(args: GetElasticsearchIngestProcessorDotExpanderArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorDotExpanderResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDotExpander.
 */
export interface GetElasticsearchIngestProcessorDotExpanderArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    override?: boolean;
    path?: string;
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorDotExpander.
 */
export interface GetElasticsearchIngestProcessorDotExpanderResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly override: boolean;
    readonly path?: string;
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorDotExpanderOutput(args: GetElasticsearchIngestProcessorDotExpanderOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorDotExpanderResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDotExpander.
 */
export interface GetElasticsearchIngestProcessorDotExpanderOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    override?: pulumi.Input<boolean | undefined>;
    path?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorDotExpander.d.ts.map
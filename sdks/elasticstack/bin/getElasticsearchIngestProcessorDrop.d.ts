import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorDrop(args?: GetElasticsearchIngestProcessorDropArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorDropResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDrop.
 */
export interface GetElasticsearchIngestProcessorDropArgs {
    description?: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorDrop.
 */
export interface GetElasticsearchIngestProcessorDropResult {
    readonly description?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorDropOutput(args?: GetElasticsearchIngestProcessorDropOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorDropResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDrop.
 */
export interface GetElasticsearchIngestProcessorDropOutputArgs {
    description?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorDrop.d.ts.map
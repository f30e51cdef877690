import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorRemove(args: GetElasticsearchIngestProcessorRemoveArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorRemoveResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRemove.
 */
export interface GetElasticsearchIngestProcessorRemoveArgs {
    description?: string;
    fields: string[];
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorRemove.
 */
export interface GetElasticsearchIngestProcessorRemoveResult {
    readonly description?: string;
    readonly fields: string[];
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorRemoveOutput(args: GetElasticsearchIngestProcessorRemoveOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorRemoveResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRemove.
 */
export interface GetElasticsearchIngestProcessorRemoveOutputArgs {
    description?: pulumi.Input<string | undefined>;
    fields: pulumi.Input<pulumi.Input<string>[]>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorRemove.d.ts.map
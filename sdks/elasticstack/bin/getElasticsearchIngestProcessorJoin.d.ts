import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorJoin(args: GetElasticsearchIngestProcessorJoinArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorJoinResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorJoin.
 */
export interface GetElasticsearchIngestProcessorJoinArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    separator: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorJoin.
 */
export interface GetElasticsearchIngestProcessorJoinResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly separator: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorJoinOutput(args: GetElasticsearchIngestProcessorJoinOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorJoinResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorJoin.
 */
export interface GetElasticsearchIngestProcessorJoinOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    separator: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorJoin.d.ts.map
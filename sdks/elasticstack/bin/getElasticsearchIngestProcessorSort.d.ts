import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorSort(args: GetElasticsearchIngestProcessorSortArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorSortResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSort.
 */
export interface GetElasticsearchIngestProcessorSortArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    order?: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorSort.
 */
export interface GetElasticsearchIngestProcessorSortResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly order: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorSortOutput(args: GetElasticsearchIngestProcessorSortOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorSortResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSort.
 */
export interface GetElasticsearchIngestProcessorSortOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    order?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorSort.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorJson(args: GetElasticsearchIngestProcessorJsonArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorJsonResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorJson.
 */
export interface GetElasticsearchIngestProcessorJsonArgs {
    addToRoot?: boolean;
    addToRootConflictStrategy?: string;
    allowDuplicateKeys?: boolean;
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorJson.
 */
export interface GetElasticsearchIngestProcessorJsonResult {
    readonly addToRoot?: boolean;
    readonly addToRootConflictStrategy?: string;
    readonly allowDuplicateKeys?: boolean;
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorJsonOutput(args: GetElasticsearchIngestProcessorJsonOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorJsonResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorJson.
 */
export interface GetElasticsearchIngestProcessorJsonOutputArgs {
    addToRoot?: pulumi.Input<boolean | undefined>;
    addToRootConflictStrategy?: pulumi.Input<string | undefined>;
    allowDuplicateKeys?: pulumi.Input<boolean | undefined>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorJson.d.ts.map
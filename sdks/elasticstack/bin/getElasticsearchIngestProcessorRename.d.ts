import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorRename(args: GetElasticsearchIngestProcessorRenameArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorRenameResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRename.
 */
export interface GetElasticsearchIngestProcessorRenameArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    tag?: string;
    targetField: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorRename.
 */
export interface GetElasticsearchIngestProcessorRenameResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly targetField: string;
}
export declare function getElasticsearchIngestProcessorRenameOutput(args: GetElasticsearchIngestProcessorRenameOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorRenameResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRename.
 */
export interface GetElasticsearchIngestProcessorRenameOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorRename.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorUriParts(args: GetElasticsearchIngestProcessorUriPartsArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorUriPartsResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUriParts.
 */
export interface GetElasticsearchIngestProcessorUriPartsArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    keepOriginal?: boolean;
    onFailures?: string[];
    removeIfSuccessful?: boolean;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorUriParts.
 */
export interface GetElasticsearchIngestProcessorUriPartsResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly keepOriginal: boolean;
    readonly onFailures?: string[];
    readonly removeIfSuccessful: boolean;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorUriPartsOutput(args: GetElasticsearchIngestProcessorUriPartsOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorUriPartsResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUriParts.
 */
export interface GetElasticsearchIngestProcessorUriPartsOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    keepOriginal?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    removeIfSuccessful?: pulumi.Input<boolean | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorUriParts.d.ts.map
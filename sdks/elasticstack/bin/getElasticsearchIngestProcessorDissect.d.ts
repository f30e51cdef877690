import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorDissect(args: GetElasticsearchIngestProcessorDissectArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorDissectResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDissect.
 */
export interface GetElasticsearchIngestProcessorDissectArgs {
    appendSeparator?: string;
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    pattern: string;
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorDissect.
 */
export interface GetElasticsearchIngestProcessorDissectResult {
    readonly appendSeparator: string;
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly pattern: string;
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorDissectOutput(args: GetElasticsearchIngestProcessorDissectOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorDissectResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorDissect.
 */
export interface GetElasticsearchIngestProcessorDissectOutputArgs {
    appendSeparator?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    pattern: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorDissect.d.ts.map
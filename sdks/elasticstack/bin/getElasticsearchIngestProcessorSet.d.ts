import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorSet(args: GetElasticsearchIngestProcessorSetArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorSetResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSet.
 */
export interface GetElasticsearchIngestProcessorSetArgs {
    copyFrom?: string;
    description?: string;
    field: string;
    if?: string;
    ignoreEmptyValue?: boolean;
    ignoreFailure?: boolean;
    mediaType?: string;
    onFailures?: string[];
    override?: boolean;
    tag?: string;
    value?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorSet.
 */
export interface GetElasticsearchIngestProcessorSetResult {
    readonly copyFrom?: string;
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreEmptyValue: boolean;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly mediaType: string;
    readonly onFailures?: string[];
    readonly override: boolean;
    readonly tag?: string;
    readonly value?: string;
}
export declare function getElasticsearchIngestProcessorSetOutput(args: GetElasticsearchIngestProcessorSetOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorSetResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSet.
 */
export interface GetElasticsearchIngestProcessorSetOutputArgs {
    copyFrom?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreEmptyValue?: pulumi.Input<boolean | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    mediaType?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    override?: pulumi.Input<boolean | undefined>;
    tag?: pulumi.Input<string | undefined>;
    value?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorSet.d.ts.map
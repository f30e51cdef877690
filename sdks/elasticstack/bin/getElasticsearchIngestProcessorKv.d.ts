import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorKv(args: GetElasticsearchIngestProcessorKvArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorKvResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorKv.
 */
export interface GetElasticsearchIngestProcessorKvArgs {
    description?: string;
    excludeKeys?: string[];
    field: string;
    fieldSplit: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    includeKeys?: string[];
    onFailures?: string[];
    prefix?: string;
    stripBrackets?: boolean;
    tag?: string;
    targetField?: string;
    trimKey?: string;
    trimValue?: string;
    valueSplit: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorKv.
 */
export interface GetElasticsearchIngestProcessorKvResult {
    readonly description?: string;
    readonly excludeKeys?: string[];
    readonly field: string;
    readonly fieldSplit: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly includeKeys?: string[];
    readonly json: string;
    readonly onFailures?: string[];
    readonly prefix?: string;
    readonly stripBrackets: boolean;
    readonly tag?: string;
    readonly targetField?: string;
    readonly trimKey?: string;
    readonly trimValue?: string;
    readonly valueSplit: string;
}
export declare function getElasticsearchIngestProcessorKvOutput(args: GetElasticsearchIngestProcessorKvOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorKvResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorKv.
 */
export interface GetElasticsearchIngestProcessorKvOutputArgs {
    description?: pulumi.Input<string | undefined>;
    excludeKeys?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    field: pulumi.Input<string>;
    fieldSplit: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    includeKeys?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    prefix?: pulumi.Input<string | undefined>;
    stripBrackets?: pulumi.Input<boolean | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
    trimKey?: pulumi.Input<string | undefined>;
    trimValue?: pulumi.Input<string | undefined>;
    valueSplit: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorKv.d.ts.map
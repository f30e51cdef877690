import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorConvert(args: GetElasticsearchIngestProcessorConvertArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorConvertResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorConvert.
 */
export interface GetElasticsearchIngestProcessorConvertArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    tag?: string;
    targetField?: string;
    type: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorConvert.
 */
export interface GetElasticsearchIngestProcessorConvertResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly targetField?: string;
    readonly type: string;
}
export declare function getElasticsearchIngestProcessorConvertOutput(args: GetElasticsearchIngestProcessorConvertOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorConvertResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorConvert.
 */
export interface GetElasticsearchIngestProcessorConvertOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
    type: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorConvert.d.ts.map
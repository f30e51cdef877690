import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorUserAgent(args: GetElasticsearchIngestProcessorUserAgentArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorUserAgentResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUserAgent.
 */
export interface GetElasticsearchIngestProcessorUserAgentArgs {
    description?: string;
    extractDeviceType?: boolean;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    properties?: string[];
    regexFile?: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorUserAgent.
 */
export interface GetElasticsearchIngestProcessorUserAgentResult {
    readonly description?: string;
    readonly extractDeviceType?: boolean;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly properties?: string[];
    readonly regexFile?: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorUserAgentOutput(args: GetElasticsearchIngestProcessorUserAgentOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorUserAgentResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorUserAgent.
 */
export interface GetElasticsearchIngestProcessorUserAgentOutputArgs {
    description?: pulumi.Input<string | undefined>;
    extractDeviceType?: pulumi.Input<boolean | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    properties?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    regexFile?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorUserAgent.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorHtmlStrip(args: GetElasticsearchIngestProcessorHtmlStripArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorHtmlStripResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorHtmlStrip.
 */
export interface GetElasticsearchIngestProcessorHtmlStripArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorHtmlStrip.
 */
export interface GetElasticsearchIngestProcessorHtmlStripResult {
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
}
export declare function getElasticsearchIngestProcessorHtmlStripOutput(args: GetElasticsearchIngestProcessorHtmlStripOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorHtmlStripResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorHtmlStrip.
 */
export interface GetElasticsearchIngestProcessorHtmlStripOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorHtmlStrip.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorCsv(args: GetElasticsearchIngestProcessorCsvArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorCsvResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCsv.
 */
export interface GetElasticsearchIngestProcessorCsvArgs {
    description?: string;
    emptyValue?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    quote?: string;
    separator?: string;
    tag?: string;
    targetFields: string[];
    trim?: boolean;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorCsv.
 */
export interface GetElasticsearchIngestProcessorCsvResult {
    readonly description?: string;
    readonly emptyValue?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly quote: string;
    readonly separator: string;
    readonly tag?: string;
    readonly targetFields: string[];
    readonly trim: boolean;
}
export declare function getElasticsearchIngestProcessorCsvOutput(args: GetElasticsearchIngestProcessorCsvOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorCsvResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCsv.
 */
export interface GetElasticsearchIngestProcessorCsvOutputArgs {
    description?: pulumi.Input<string | undefined>;
    emptyValue?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    quote?: pulumi.Input<string | undefined>;
    separator?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetFields: pulumi.Input<pulumi.Input<string>[]>;
    trim?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorCsv.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorFail(args: GetElasticsearchIngestProcessorFailArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorFailResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorFail.
 */
export interface GetElasticsearchIngestProcessorFailArgs {
    description?: string;
    if?: string;
    ignoreFailure?: boolean;
    message: string;
    onFailures?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorFail.
 */
export interface GetElasticsearchIngestProcessorFailResult {
    readonly description?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly message: string;
    readonly onFailures?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorFailOutput(args: GetElasticsearchIngestProcessorFailOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorFailResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorFail.
 */
export interface GetElasticsearchIngestProcessorFailOutputArgs {
    description?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    message: pulumi.Input<string>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorFail.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorScript(args?: GetElasticsearchIngestProcessorScriptArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorScriptResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorScript.
 */
export interface GetElasticsearchIngestProcessorScriptArgs {
    description?: string;
    if?: string;
    ignoreFailure?: boolean;
    lang?: string;
    onFailures?: string[];
    params?: string;
    scriptId?: string;
    source?: string;
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorScript.
 */
export interface GetElasticsearchIngestProcessorScriptResult {
    readonly description?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly lang?: string;
    readonly onFailures?: string[];
    readonly params?: string;
    readonly scriptId?: string;
    readonly source?: string;
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorScriptOutput(args?: GetElasticsearchIngestProcessorScriptOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorScriptResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorScript.
 */
export interface GetElasticsearchIngestProcessorScriptOutputArgs {
    description?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    lang?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    params?: pulumi.Input<string | undefined>;
    scriptId?: pulumi.Input<string | undefined>;
    source?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorScript.d.ts.map
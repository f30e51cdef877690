import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorGrok(args: GetElasticsearchIngestProcessorGrokArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorGrokResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGrok.
 */
export interface GetElasticsearchIngestProcessorGrokArgs {
    description?: string;
    ecsCompatibility?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    patternDefinitions?: {
        [key: string]: string;
    };
    patterns: string[];
    tag?: string;
    traceMatch?: boolean;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorGrok.
 */
export interface GetElasticsearchIngestProcessorGrokResult {
    readonly description?: string;
    readonly ecsCompatibility?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly patternDefinitions?: {
        [key: string]: string;
    };
    readonly patterns: string[];
    readonly tag?: string;
    readonly traceMatch: boolean;
}
export declare function getElasticsearchIngestProcessorGrokOutput(args: GetElasticsearchIngestProcessorGrokOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorGrokResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorGrok.
 */
export interface GetElasticsearchIngestProcessorGrokOutputArgs {
    description?: pulumi.Input<string | undefined>;
    ecsCompatibility?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    patternDefinitions?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    patterns: pulumi.Input<pulumi.Input<string>[]>;
    tag?: pulumi.Input<string | undefined>;
    traceMatch?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorGrok.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorFingerprint(args: GetElasticsearchIngestProcessorFingerprintArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorFingerprintResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorFingerprint.
 */
export interface GetElasticsearchIngestProcessorFingerprintArgs {
    description?: string;
    fields: string[];
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    method?: string;
    onFailures?: string[];
    salt?: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorFingerprint.
 */
export interface GetElasticsearchIngestProcessorFingerprintResult {
    readonly description?: string;
    readonly fields: string[];
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly method: string;
    readonly onFailures?: string[];
    readonly salt?: string;
    readonly tag?: string;
    readonly targetField: string;
}
export declare function getElasticsearchIngestProcessorFingerprintOutput(args: GetElasticsearchIngestProcessorFingerprintOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorFingerprintResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorFingerprint.
 */
export interface GetElasticsearchIngestProcessorFingerprintOutputArgs {
    description?: pulumi.Input<string | undefined>;
    fields: pulumi.Input<pulumi.Input<string>[]>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    method?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    salt?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorFingerprint.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorEnrich(args: GetElasticsearchIngestProcessorEnrichArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorEnrichResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorEnrich.
 */
export interface GetElasticsearchIngestProcessorEnrichArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    maxMatches?: number;
    onFailures?: string[];
    override?: boolean;
    policyName: string;
    shapeRelation?: string;
    tag?: string;
    targetField: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorEnrich.
 */
export interface GetElasticsearchIngestProcessorEnrichResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly maxMatches: number;
    readonly onFailures?: string[];
    readonly override: boolean;
    readonly policyName: string;
    readonly shapeRelation?: string;
    readonly tag?: string;
    readonly targetField: string;
}
export declare function getElasticsearchIngestProcessorEnrichOutput(args: GetElasticsearchIngestProcessorEnrichOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorEnrichResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorEnrich.
 */
export interface GetElasticsearchIngestProcessorEnrichOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    maxMatches?: pulumi.Input<number | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    override?: pulumi.Input<boolean | undefined>;
    policyName: pulumi.Input<string>;
    shapeRelation?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorEnrich.d.ts.map
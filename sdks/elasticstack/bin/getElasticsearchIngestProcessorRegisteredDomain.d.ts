import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorRegisteredDomain(args: GetElasticsearchIngestProcessorRegisteredDomainArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorRegisteredDomainResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRegisteredDomain.
 */
export interface GetElasticsearchIngestProcessorRegisteredDomainArgs {
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
 * A collection of values returned by getElasticsearchIngestProcessorRegisteredDomain.
 */
export interface GetElasticsearchIngestProcessorRegisteredDomainResult {
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
export declare function getElasticsearchIngestProcessorRegisteredDomainOutput(args: GetElasticsearchIngestProcessorRegisteredDomainOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorRegisteredDomainResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorRegisteredDomain.
 */
export interface GetElasticsearchIngestProcessorRegisteredDomainOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorRegisteredDomain.d.ts.map
import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorSetSecurityUser(args: GetElasticsearchIngestProcessorSetSecurityUserArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorSetSecurityUserResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSetSecurityUser.
 */
export interface GetElasticsearchIngestProcessorSetSecurityUserArgs {
    description?: string;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    onFailures?: string[];
    properties?: string[];
    tag?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorSetSecurityUser.
 */
export interface GetElasticsearchIngestProcessorSetSecurityUserResult {
    readonly description?: string;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly properties?: string[];
    readonly tag?: string;
}
export declare function getElasticsearchIngestProcessorSetSecurityUserOutput(args: GetElasticsearchIngestProcessorSetSecurityUserOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorSetSecurityUserResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorSetSecurityUser.
 */
export interface GetElasticsearchIngestProcessorSetSecurityUserOutputArgs {
    description?: pulumi.Input<string | undefined>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    properties?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorSetSecurityUser.d.ts.map
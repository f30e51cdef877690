import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchEnrichPolicy(args: GetElasticsearchEnrichPolicyArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchEnrichPolicyResult>;
/**
 * A collection of arguments for invoking getElasticsearchEnrichPolicy.
 */
export interface GetElasticsearchEnrichPolicyArgs {
    elasticsearchConnections?: inputs.GetElasticsearchEnrichPolicyElasticsearchConnection[];
    name: string;
}
/**
 * A collection of values returned by getElasticsearchEnrichPolicy.
 */
export interface GetElasticsearchEnrichPolicyResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchEnrichPolicyElasticsearchConnection[];
    readonly enrichFields: string[];
    readonly id: string;
    readonly indices: string[];
    readonly matchField: string;
    readonly name: string;
    readonly policyType: string;
    readonly query: string;
}
export declare function getElasticsearchEnrichPolicyOutput(args: GetElasticsearchEnrichPolicyOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchEnrichPolicyResult>;
/**
 * A collection of arguments for invoking getElasticsearchEnrichPolicy.
 */
export interface GetElasticsearchEnrichPolicyOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchEnrichPolicyElasticsearchConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchEnrichPolicy.d.ts.map
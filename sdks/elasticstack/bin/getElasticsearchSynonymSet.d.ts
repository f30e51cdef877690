import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchSynonymSet(args: GetElasticsearchSynonymSetArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchSynonymSetResult>;
/**
 * A collection of arguments for invoking getElasticsearchSynonymSet.
 */
export interface GetElasticsearchSynonymSetArgs {
    elasticsearchConnections?: inputs.GetElasticsearchSynonymSetElasticsearchConnection[];
    synonymSetId: string;
}
/**
 * A collection of values returned by getElasticsearchSynonymSet.
 */
export interface GetElasticsearchSynonymSetResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchSynonymSetElasticsearchConnection[];
    readonly id: string;
    readonly synonymSetId: string;
    readonly synonymsSets: outputs.GetElasticsearchSynonymSetSynonymsSet[];
}
export declare function getElasticsearchSynonymSetOutput(args: GetElasticsearchSynonymSetOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchSynonymSetResult>;
/**
 * A collection of arguments for invoking getElasticsearchSynonymSet.
 */
export interface GetElasticsearchSynonymSetOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchSynonymSetElasticsearchConnectionArgs>[] | undefined>;
    synonymSetId: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchSynonymSet.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchIndices(args?: GetElasticsearchIndicesArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIndicesResult>;
/**
 * A collection of arguments for invoking getElasticsearchIndices.
 */
export interface GetElasticsearchIndicesArgs {
    elasticsearchConnections?: inputs.GetElasticsearchIndicesElasticsearchConnection[];
    target?: string;
}
/**
 * A collection of values returned by getElasticsearchIndices.
 */
export interface GetElasticsearchIndicesResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchIndicesElasticsearchConnection[];
    readonly id: string;
    readonly indices: outputs.GetElasticsearchIndicesIndex[];
    readonly target?: string;
}
export declare function getElasticsearchIndicesOutput(args?: GetElasticsearchIndicesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIndicesResult>;
/**
 * A collection of arguments for invoking getElasticsearchIndices.
 */
export interface GetElasticsearchIndicesOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchIndicesElasticsearchConnectionArgs>[] | undefined>;
    target?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIndices.d.ts.map
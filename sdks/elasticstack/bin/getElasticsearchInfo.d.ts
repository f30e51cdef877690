import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchInfo(args?: GetElasticsearchInfoArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchInfoResult>;
/**
 * A collection of arguments for invoking getElasticsearchInfo.
 */
export interface GetElasticsearchInfoArgs {
    elasticsearchConnections?: inputs.GetElasticsearchInfoElasticsearchConnection[];
}
/**
 * A collection of values returned by getElasticsearchInfo.
 */
export interface GetElasticsearchInfoResult {
    readonly clusterName: string;
    readonly clusterUuid: string;
    readonly elasticsearchConnections?: outputs.GetElasticsearchInfoElasticsearchConnection[];
    readonly id: string;
    readonly name: string;
    readonly tagline: string;
    readonly versions: outputs.GetElasticsearchInfoVersion[];
}
export declare function getElasticsearchInfoOutput(args?: GetElasticsearchInfoOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchInfoResult>;
/**
 * A collection of arguments for invoking getElasticsearchInfo.
 */
export interface GetElasticsearchInfoOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchInfoElasticsearchConnectionArgs>[] | undefined>;
}
//# sourceMappingURL=getElasticsearchInfo.d.ts.map
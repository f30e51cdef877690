import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorNetworkDirection(args?: GetElasticsearchIngestProcessorNetworkDirectionArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorNetworkDirectionResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorNetworkDirection.
 */
export interface GetElasticsearchIngestProcessorNetworkDirectionArgs {
    description?: string;
    destinationIp?: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    internalNetworks?: string[];
    internalNetworksField?: string;
    onFailures?: string[];
    sourceIp?: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorNetworkDirection.
 */
export interface GetElasticsearchIngestProcessorNetworkDirectionResult {
    readonly description?: string;
    readonly destinationIp?: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly internalNetworks?: string[];
    readonly internalNetworksField?: string;
    readonly json: string;
    readonly onFailures?: string[];
    readonly sourceIp?: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorNetworkDirectionOutput(args?: GetElasticsearchIngestProcessorNetworkDirectionOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorNetworkDirectionResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorNetworkDirection.
 */
export interface GetElasticsearchIngestProcessorNetworkDirectionOutputArgs {
    description?: pulumi.Input<string | undefined>;
    destinationIp?: pulumi.Input<string | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    internalNetworks?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    internalNetworksField?: pulumi.Input<string | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    sourceIp?: pulumi.Input<string | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorNetworkDirection.d.ts.map
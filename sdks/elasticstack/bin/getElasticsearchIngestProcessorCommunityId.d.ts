import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorCommunityId(args?: GetElasticsearchIngestProcessorCommunityIdArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorCommunityIdResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCommunityId.
 */
export interface GetElasticsearchIngestProcessorCommunityIdArgs {
    description?: string;
    destinationIp?: string;
    destinationPort?: number;
    ianaNumber?: number;
    icmpCode?: number;
    icmpType?: number;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    seed?: number;
    sourceIp?: string;
    sourcePort?: number;
    tag?: string;
    targetField?: string;
    transport?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorCommunityId.
 */
export interface GetElasticsearchIngestProcessorCommunityIdResult {
    readonly description?: string;
    readonly destinationIp?: string;
    readonly destinationPort?: number;
    readonly ianaNumber?: number;
    readonly icmpCode?: number;
    readonly icmpType?: number;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly seed: number;
    readonly sourceIp?: string;
    readonly sourcePort?: number;
    readonly tag?: string;
    readonly targetField?: string;
    readonly transport?: string;
}
export declare function getElasticsearchIngestProcessorCommunityIdOutput(args?: GetElasticsearchIngestProcessorCommunityIdOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorCommunityIdResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCommunityId.
 */
export interface GetElasticsearchIngestProcessorCommunityIdOutputArgs {
    description?: pulumi.Input<string | undefined>;
    destinationIp?: pulumi.Input<string | undefined>;
    destinationPort?: pulumi.Input<number | undefined>;
    ianaNumber?: pulumi.Input<number | undefined>;
    icmpCode?: pulumi.Input<number | undefined>;
    icmpType?: pulumi.Input<number | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    seed?: pulumi.Input<number | undefined>;
    sourceIp?: pulumi.Input<string | undefined>;
    sourcePort?: pulumi.Input<number | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
    transport?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorCommunityId.d.ts.map
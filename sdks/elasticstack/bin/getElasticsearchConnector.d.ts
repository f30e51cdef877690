import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchConnector(args: GetElasticsearchConnectorArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchConnectorResult>;
/**
 * A collection of arguments for invoking getElasticsearchConnector.
 */
export interface GetElasticsearchConnectorArgs {
    connectorId: string;
    elasticsearchConnections?: inputs.GetElasticsearchConnectorElasticsearchConnection[];
}
/**
 * A collection of values returned by getElasticsearchConnector.
 */
export interface GetElasticsearchConnectorResult {
    readonly apiKeyId: string;
    readonly apiKeySecretId: string;
    readonly configuration: string;
    readonly connectorId: string;
    readonly customScheduling: string;
    readonly description: string;
    readonly elasticsearchConnections?: outputs.GetElasticsearchConnectorElasticsearchConnection[];
    readonly error: string;
    readonly features: outputs.GetElasticsearchConnectorFeatures;
    readonly filtering: string;
    readonly id: string;
    readonly indexName: string;
    readonly isNative: boolean;
    readonly language: string;
    readonly lastAccessControlSyncError: string;
    readonly lastAccessControlSyncScheduledAt: string;
    readonly lastAccessControlSyncStatus: string;
    readonly lastDeletedDocumentCount: number;
    readonly lastIncrementalSyncScheduledAt: string;
    readonly lastIndexedDocumentCount: number;
    readonly lastSeen: string;
    readonly lastSyncError: string;
    readonly lastSyncScheduledAt: string;
    readonly lastSyncStatus: string;
    readonly lastSynced: string;
    readonly name: string;
    readonly pipeline: outputs.GetElasticsearchConnectorPipeline;
    readonly scheduling: outputs.GetElasticsearchConnectorScheduling;
    readonly serviceType: string;
    readonly status: string;
    readonly syncCursor: string;
    readonly syncNow: boolean;
}
export declare function getElasticsearchConnectorOutput(args: GetElasticsearchConnectorOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchConnectorResult>;
/**
 * A collection of arguments for invoking getElasticsearchConnector.
 */
export interface GetElasticsearchConnectorOutputArgs {
    connectorId: pulumi.Input<string>;
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchConnectorElasticsearchConnectionArgs>[] | undefined>;
}
//# sourceMappingURL=getElasticsearchConnector.d.ts.map
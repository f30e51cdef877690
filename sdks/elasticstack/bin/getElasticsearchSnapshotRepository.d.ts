import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchSnapshotRepository(args: GetElasticsearchSnapshotRepositoryArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchSnapshotRepositoryResult>;
/**
 * A collection of arguments for invoking getElasticsearchSnapshotRepository.
 */
export interface GetElasticsearchSnapshotRepositoryArgs {
    elasticsearchConnections?: inputs.GetElasticsearchSnapshotRepositoryElasticsearchConnection[];
    name: string;
}
/**
 * A collection of values returned by getElasticsearchSnapshotRepository.
 */
export interface GetElasticsearchSnapshotRepositoryResult {
    readonly azures: outputs.GetElasticsearchSnapshotRepositoryAzure[];
    readonly elasticsearchConnections?: outputs.GetElasticsearchSnapshotRepositoryElasticsearchConnection[];
    readonly fs: outputs.GetElasticsearchSnapshotRepositoryF[];
    readonly gcs: outputs.GetElasticsearchSnapshotRepositoryGc[];
    readonly hdfs: outputs.GetElasticsearchSnapshotRepositoryHdf[];
    readonly id: string;
    readonly name: string;
    readonly s3s: outputs.GetElasticsearchSnapshotRepositoryS3[];
    readonly type: string;
    readonly urls: outputs.GetElasticsearchSnapshotRepositoryUrl[];
}
export declare function getElasticsearchSnapshotRepositoryOutput(args: GetElasticsearchSnapshotRepositoryOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchSnapshotRepositoryResult>;
/**
 * A collection of arguments for invoking getElasticsearchSnapshotRepository.
 */
export interface GetElasticsearchSnapshotRepositoryOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchSnapshotRepositoryElasticsearchConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchSnapshotRepository.d.ts.map
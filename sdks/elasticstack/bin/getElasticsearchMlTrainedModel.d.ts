import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchMlTrainedModel(args: GetElasticsearchMlTrainedModelArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchMlTrainedModelResult>;
/**
 * A collection of arguments for invoking getElasticsearchMlTrainedModel.
 */
export interface GetElasticsearchMlTrainedModelArgs {
    elasticsearchConnections?: inputs.GetElasticsearchMlTrainedModelElasticsearchConnection[];
    modelId: string;
}
/**
 * A collection of values returned by getElasticsearchMlTrainedModel.
 */
export interface GetElasticsearchMlTrainedModelResult {
    readonly createTime: string;
    readonly createdBy: string;
    readonly defaultFieldMap: {
        [key: string]: string;
    };
    readonly description: string;
    readonly elasticsearchConnections?: outputs.GetElasticsearchMlTrainedModelElasticsearchConnection[];
    readonly fullyDefined: boolean;
    readonly id: string;
    readonly inferenceConfigJson: string;
    readonly inputJson: string;
    readonly licenseLevel: string;
    readonly metadataJson: string;
    readonly modelId: string;
    readonly modelSizeBytes: number;
    readonly modelType: string;
    readonly platformArchitecture: string;
    readonly tags: string[];
    readonly version: string;
}
export declare function getElasticsearchMlTrainedModelOutput(args: GetElasticsearchMlTrainedModelOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchMlTrainedModelResult>;
/**
 * A collection of arguments for invoking getElasticsearchMlTrainedModel.
 */
export interface GetElasticsearchMlTrainedModelOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchMlTrainedModelElasticsearchConnectionArgs>[] | undefined>;
    modelId: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchMlTrainedModel.d.ts.map
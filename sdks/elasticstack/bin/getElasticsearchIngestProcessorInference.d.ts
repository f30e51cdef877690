import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchIngestProcessorInference(args: GetElasticsearchIngestProcessorInferenceArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorInferenceResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorInference.
 */
export interface GetElasticsearchIngestProcessorInferenceArgs {
    description?: string;
    fieldMap?: {
        [key: string]: string;
    };
    if?: string;
    ignoreFailure?: boolean;
    inputOutput?: inputs.GetElasticsearchIngestProcessorInferenceInputOutput;
    modelId: string;
    onFailures?: string[];
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorInference.
 */
export interface GetElasticsearchIngestProcessorInferenceResult {
    readonly description?: string;
    readonly fieldMap?: {
        [key: string]: string;
    };
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly inputOutput?: outputs.GetElasticsearchIngestProcessorInferenceInputOutput;
    readonly json: string;
    readonly modelId: string;
    readonly onFailures?: string[];
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorInferenceOutput(args: GetElasticsearchIngestProcessorInferenceOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorInferenceResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorInference.
 */
export interface GetElasticsearchIngestProcessorInferenceOutputArgs {
    description?: pulumi.Input<string | undefined>;
    fieldMap?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    inputOutput?: pulumi.Input<inputs.GetElasticsearchIngestProcessorInferenceInputOutputArgs | undefined>;
    modelId: pulumi.Input<string>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorInference.d.ts.map
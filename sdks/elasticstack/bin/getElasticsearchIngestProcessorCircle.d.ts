import * as pulumi from "@pulumi/pulumi";
export declare function getElasticsearchIngestProcessorCircle(args: GetElasticsearchIngestProcessorCircleArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIngestProcessorCircleResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCircle.
 */
export interface GetElasticsearchIngestProcessorCircleArgs {
    description?: string;
    errorDistance: number;
    field: string;
    if?: string;
    ignoreFailure?: boolean;
    ignoreMissing?: boolean;
    onFailures?: string[];
    shapeType: string;
    tag?: string;
    targetField?: string;
}
/**
 * A collection of values returned by getElasticsearchIngestProcessorCircle.
 */
export interface GetElasticsearchIngestProcessorCircleResult {
    readonly description?: string;
    readonly errorDistance: number;
    readonly field: string;
    readonly id: string;
    readonly if?: string;
    readonly ignoreFailure: boolean;
    readonly ignoreMissing: boolean;
    readonly json: string;
    readonly onFailures?: string[];
    readonly shapeType: string;
    readonly tag?: string;
    readonly targetField?: string;
}
export declare function getElasticsearchIngestProcessorCircleOutput(args: GetElasticsearchIngestProcessorCircleOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIngestProcessorCircleResult>;
/**
 * A collection of arguments for invoking getElasticsearchIngestProcessorCircle.
 */
export interface GetElasticsearchIngestProcessorCircleOutputArgs {
    description?: pulumi.Input<string | undefined>;
    errorDistance: pulumi.Input<number>;
    field: pulumi.Input<string>;
    if?: pulumi.Input<string | undefined>;
    ignoreFailure?: pulumi.Input<boolean | undefined>;
    ignoreMissing?: pulumi.Input<boolean | undefined>;
    onFailures?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    shapeType: pulumi.Input<string>;
    tag?: pulumi.Input<string | undefined>;
    targetField?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getElasticsearchIngestProcessorCircle.d.ts.map
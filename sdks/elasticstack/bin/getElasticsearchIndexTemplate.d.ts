import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchIndexTemplate(args: GetElasticsearchIndexTemplateArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchIndexTemplateResult>;
/**
 * A collection of arguments for invoking getElasticsearchIndexTemplate.
 */
export interface GetElasticsearchIndexTemplateArgs {
    dataStream?: inputs.GetElasticsearchIndexTemplateDataStream;
    elasticsearchConnections?: inputs.GetElasticsearchIndexTemplateElasticsearchConnection[];
    name: string;
    template?: inputs.GetElasticsearchIndexTemplateTemplate;
}
/**
 * A collection of values returned by getElasticsearchIndexTemplate.
 */
export interface GetElasticsearchIndexTemplateResult {
    readonly allowAutoCreate: boolean;
    readonly composedOfs: string[];
    readonly dataStream?: outputs.GetElasticsearchIndexTemplateDataStream;
    readonly elasticsearchConnections?: outputs.GetElasticsearchIndexTemplateElasticsearchConnection[];
    readonly id: string;
    readonly ignoreMissingComponentTemplates: string[];
    readonly indexPatterns: string[];
    readonly metadata: string;
    readonly name: string;
    readonly priority: number;
    readonly template?: outputs.GetElasticsearchIndexTemplateTemplate;
    readonly version: number;
}
export declare function getElasticsearchIndexTemplateOutput(args: GetElasticsearchIndexTemplateOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchIndexTemplateResult>;
/**
 * A collection of arguments for invoking getElasticsearchIndexTemplate.
 */
export interface GetElasticsearchIndexTemplateOutputArgs {
    dataStream?: pulumi.Input<inputs.GetElasticsearchIndexTemplateDataStreamArgs | undefined>;
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchIndexTemplateElasticsearchConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
    template?: pulumi.Input<inputs.GetElasticsearchIndexTemplateTemplateArgs | undefined>;
}
//# sourceMappingURL=getElasticsearchIndexTemplate.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchQueryRuleset(args: GetElasticsearchQueryRulesetArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchQueryRulesetResult>;
/**
 * A collection of arguments for invoking getElasticsearchQueryRuleset.
 */
export interface GetElasticsearchQueryRulesetArgs {
    elasticsearchConnections?: inputs.GetElasticsearchQueryRulesetElasticsearchConnection[];
    rulesetId: string;
}
/**
 * A collection of values returned by getElasticsearchQueryRuleset.
 */
export interface GetElasticsearchQueryRulesetResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchQueryRulesetElasticsearchConnection[];
    readonly id: string;
    readonly rules: outputs.GetElasticsearchQueryRulesetRule[];
    readonly rulesetId: string;
}
export declare function getElasticsearchQueryRulesetOutput(args: GetElasticsearchQueryRulesetOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchQueryRulesetResult>;
/**
 * A collection of arguments for invoking getElasticsearchQueryRuleset.
 */
export interface GetElasticsearchQueryRulesetOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchQueryRulesetElasticsearchConnectionArgs>[] | undefined>;
    rulesetId: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchQueryRuleset.d.ts.map
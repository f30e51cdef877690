import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchQueryRuleset extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchQueryRuleset resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchQueryRulesetState, opts?: pulumi.CustomResourceOptions): ElasticsearchQueryRuleset;
    /**
     * Returns true if the given object is an instance of ElasticsearchQueryRuleset.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchQueryRuleset;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchQueryRulesetElasticsearchConnection[] | undefined>;
    /**
     * Ordered list of query rules for this ruleset.
     */
    readonly rules: pulumi.Output<outputs.ElasticsearchQueryRulesetRule[]>;
    /**
     * Unique identifier for the query ruleset.
     */
    readonly rulesetId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchQueryRulesetTimeouts | undefined>;
    /**
     * Create a ElasticsearchQueryRuleset resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchQueryRulesetArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchQueryRuleset resources.
 */
export interface ElasticsearchQueryRulesetState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchQueryRulesetElasticsearchConnection>[] | undefined>;
    /**
     * Ordered list of query rules for this ruleset.
     */
    rules?: pulumi.Input<pulumi.Input<inputs.ElasticsearchQueryRulesetRule>[] | undefined>;
    /**
     * Unique identifier for the query ruleset.
     */
    rulesetId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchQueryRulesetTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchQueryRuleset resource.
 */
export interface ElasticsearchQueryRulesetArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchQueryRulesetElasticsearchConnection>[] | undefined>;
    /**
     * Ordered list of query rules for this ruleset.
     */
    rules: pulumi.Input<pulumi.Input<inputs.ElasticsearchQueryRulesetRule>[]>;
    /**
     * Unique identifier for the query ruleset.
     */
    rulesetId: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchQueryRulesetTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchQueryRuleset.d.ts.map
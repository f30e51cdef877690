import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchEnrichPolicy extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchEnrichPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchEnrichPolicyState, opts?: pulumi.CustomResourceOptions): ElasticsearchEnrichPolicy;
    /**
     * Returns true if the given object is an instance of ElasticsearchEnrichPolicy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchEnrichPolicy;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchEnrichPolicyElasticsearchConnection[] | undefined>;
    /**
     * Fields to add to matching incoming documents. These fields must be present in the source indices.
     */
    readonly enrichFields: pulumi.Output<string[]>;
    /**
     * Whether to call the execute API function in order to create the enrich index.
     */
    readonly execute: pulumi.Output<boolean>;
    /**
     * Array of one or more source indices used to create the enrich index.
     */
    readonly indices: pulumi.Output<string[]>;
    /**
     * Field in source indices used to match incoming documents.
     */
    readonly matchField: pulumi.Output<string>;
    /**
     * Name of the enrich policy to manage.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The type of enrich policy, can be one of geo_match, match, range.
     */
    readonly policyType: pulumi.Output<string>;
    /**
     * Query used to filter documents in the enrich index. The policy only uses documents matching this query to enrich incoming documents. Defaults to a<span pulumi-lang-nodejs=" matchAll " pulumi-lang-dotnet=" MatchAll " pulumi-lang-go=" matchAll " pulumi-lang-python=" match_all " pulumi-lang-yaml=" matchAll " pulumi-lang-java=" matchAll "> match_all </span>query.
     */
    readonly query: pulumi.Output<string | undefined>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchEnrichPolicyTimeouts | undefined>;
    /**
     * Create a ElasticsearchEnrichPolicy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchEnrichPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchEnrichPolicy resources.
 */
export interface ElasticsearchEnrichPolicyState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchEnrichPolicyElasticsearchConnection>[] | undefined>;
    /**
     * Fields to add to matching incoming documents. These fields must be present in the source indices.
     */
    enrichFields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Whether to call the execute API function in order to create the enrich index.
     */
    execute?: pulumi.Input<boolean | undefined>;
    /**
     * Array of one or more source indices used to create the enrich index.
     */
    indices?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Field in source indices used to match incoming documents.
     */
    matchField?: pulumi.Input<string | undefined>;
    /**
     * Name of the enrich policy to manage.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The type of enrich policy, can be one of geo_match, match, range.
     */
    policyType?: pulumi.Input<string | undefined>;
    /**
     * Query used to filter documents in the enrich index. The policy only uses documents matching this query to enrich incoming documents. Defaults to a<span pulumi-lang-nodejs=" matchAll " pulumi-lang-dotnet=" MatchAll " pulumi-lang-go=" matchAll " pulumi-lang-python=" match_all " pulumi-lang-yaml=" matchAll " pulumi-lang-java=" matchAll "> match_all </span>query.
     */
    query?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchEnrichPolicyTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchEnrichPolicy resource.
 */
export interface ElasticsearchEnrichPolicyArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchEnrichPolicyElasticsearchConnection>[] | undefined>;
    /**
     * Fields to add to matching incoming documents. These fields must be present in the source indices.
     */
    enrichFields: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether to call the execute API function in order to create the enrich index.
     */
    execute?: pulumi.Input<boolean | undefined>;
    /**
     * Array of one or more source indices used to create the enrich index.
     */
    indices: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Field in source indices used to match incoming documents.
     */
    matchField: pulumi.Input<string>;
    /**
     * Name of the enrich policy to manage.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The type of enrich policy, can be one of geo_match, match, range.
     */
    policyType: pulumi.Input<string>;
    /**
     * Query used to filter documents in the enrich index. The policy only uses documents matching this query to enrich incoming documents. Defaults to a<span pulumi-lang-nodejs=" matchAll " pulumi-lang-dotnet=" MatchAll " pulumi-lang-go=" matchAll " pulumi-lang-python=" match_all " pulumi-lang-yaml=" matchAll " pulumi-lang-java=" matchAll "> match_all </span>query.
     */
    query?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchEnrichPolicyTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchEnrichPolicy.d.ts.map
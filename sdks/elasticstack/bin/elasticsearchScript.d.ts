import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchScript extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchScript resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchScriptState, opts?: pulumi.CustomResourceOptions): ElasticsearchScript;
    /**
     * Returns true if the given object is an instance of ElasticsearchScript.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchScript;
    /**
     * Context in which the script or search template should run.
     */
    readonly context: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchScriptElasticsearchConnection[] | undefined>;
    /**
     * Script language. For search templates, use <span pulumi-lang-nodejs="`mustache`" pulumi-lang-dotnet="`Mustache`" pulumi-lang-go="`mustache`" pulumi-lang-python="`mustache`" pulumi-lang-yaml="`mustache`" pulumi-lang-java="`mustache`">`mustache`</span>.
     */
    readonly lang: pulumi.Output<string>;
    /**
     * Parameters for the script or search template.
     */
    readonly params: pulumi.Output<string | undefined>;
    /**
     * Identifier for the stored script. Must be unique within the cluster.
     */
    readonly scriptId: pulumi.Output<string>;
    /**
     * For scripts, a string containing the script. For search templates, an object containing the search template.
     */
    readonly source: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchScriptTimeouts | undefined>;
    /**
     * Create a ElasticsearchScript resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchScriptArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchScript resources.
 */
export interface ElasticsearchScriptState {
    /**
     * Context in which the script or search template should run.
     */
    context?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchScriptElasticsearchConnection>[] | undefined>;
    /**
     * Script language. For search templates, use <span pulumi-lang-nodejs="`mustache`" pulumi-lang-dotnet="`Mustache`" pulumi-lang-go="`mustache`" pulumi-lang-python="`mustache`" pulumi-lang-yaml="`mustache`" pulumi-lang-java="`mustache`">`mustache`</span>.
     */
    lang?: pulumi.Input<string | undefined>;
    /**
     * Parameters for the script or search template.
     */
    params?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the stored script. Must be unique within the cluster.
     */
    scriptId?: pulumi.Input<string | undefined>;
    /**
     * For scripts, a string containing the script. For search templates, an object containing the search template.
     */
    source?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchScriptTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchScript resource.
 */
export interface ElasticsearchScriptArgs {
    /**
     * Context in which the script or search template should run.
     */
    context?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchScriptElasticsearchConnection>[] | undefined>;
    /**
     * Script language. For search templates, use <span pulumi-lang-nodejs="`mustache`" pulumi-lang-dotnet="`Mustache`" pulumi-lang-go="`mustache`" pulumi-lang-python="`mustache`" pulumi-lang-yaml="`mustache`" pulumi-lang-java="`mustache`">`mustache`</span>.
     */
    lang: pulumi.Input<string>;
    /**
     * Parameters for the script or search template.
     */
    params?: pulumi.Input<string | undefined>;
    /**
     * Identifier for the stored script. Must be unique within the cluster.
     */
    scriptId: pulumi.Input<string>;
    /**
     * For scripts, a string containing the script. For search templates, an object containing the search template.
     */
    source: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchScriptTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchScript.d.ts.map
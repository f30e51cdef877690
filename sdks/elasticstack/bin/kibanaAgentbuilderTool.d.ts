import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaAgentbuilderTool extends pulumi.CustomResource {
    /**
     * Get an existing KibanaAgentbuilderTool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaAgentbuilderToolState, opts?: pulumi.CustomResourceOptions): KibanaAgentbuilderTool;
    /**
     * Returns true if the given object is an instance of KibanaAgentbuilderTool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaAgentbuilderTool;
    /**
     * The tool configuration as a JSON-encoded string. Use `jsonencode()` to pass a configuration object.
     */
    readonly configuration: pulumi.Output<string>;
    /**
     * The tool description.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaAgentbuilderToolKibanaConnection[] | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * List of tags for the tool.
     */
    readonly tags: pulumi.Output<string[] | undefined>;
    readonly timeouts: pulumi.Output<outputs.KibanaAgentbuilderToolTimeouts | undefined>;
    /**
     * The tool ID.
     */
    readonly toolId: pulumi.Output<string>;
    /**
     * The tool type. Must be one of: [esql<span pulumi-lang-nodejs=" indexSearch " pulumi-lang-dotnet=" IndexSearch " pulumi-lang-go=" indexSearch " pulumi-lang-python=" index_search " pulumi-lang-yaml=" indexSearch " pulumi-lang-java=" indexSearch "> index_search </span>workflow mcp].
     */
    readonly type: pulumi.Output<string>;
    /**
     * Create a KibanaAgentbuilderTool resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaAgentbuilderToolArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaAgentbuilderTool resources.
 */
export interface KibanaAgentbuilderToolState {
    /**
     * The tool configuration as a JSON-encoded string. Use `jsonencode()` to pass a configuration object.
     */
    configuration?: pulumi.Input<string | undefined>;
    /**
     * The tool description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderToolKibanaConnection>[] | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * List of tags for the tool.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderToolTimeouts | undefined>;
    /**
     * The tool ID.
     */
    toolId?: pulumi.Input<string | undefined>;
    /**
     * The tool type. Must be one of: [esql<span pulumi-lang-nodejs=" indexSearch " pulumi-lang-dotnet=" IndexSearch " pulumi-lang-go=" indexSearch " pulumi-lang-python=" index_search " pulumi-lang-yaml=" indexSearch " pulumi-lang-java=" indexSearch "> index_search </span>workflow mcp].
     */
    type?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaAgentbuilderTool resource.
 */
export interface KibanaAgentbuilderToolArgs {
    /**
     * The tool configuration as a JSON-encoded string. Use `jsonencode()` to pass a configuration object.
     */
    configuration: pulumi.Input<string>;
    /**
     * The tool description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderToolKibanaConnection>[] | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * List of tags for the tool.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderToolTimeouts | undefined>;
    /**
     * The tool ID.
     */
    toolId: pulumi.Input<string>;
    /**
     * The tool type. Must be one of: [esql<span pulumi-lang-nodejs=" indexSearch " pulumi-lang-dotnet=" IndexSearch " pulumi-lang-go=" indexSearch " pulumi-lang-python=" index_search " pulumi-lang-yaml=" indexSearch " pulumi-lang-java=" indexSearch "> index_search </span>workflow mcp].
     */
    type: pulumi.Input<string>;
}
//# sourceMappingURL=kibanaAgentbuilderTool.d.ts.map
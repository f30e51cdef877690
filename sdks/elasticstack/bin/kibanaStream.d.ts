import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaStream extends pulumi.CustomResource {
    /**
     * Get an existing KibanaStream resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaStreamState, opts?: pulumi.CustomResourceOptions): KibanaStream;
    /**
     * Returns true if the given object is an instance of KibanaStream.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaStream;
    readonly classicConfig: pulumi.Output<outputs.KibanaStreamClassicConfig | undefined>;
    /**
     * List of dashboard IDs to link to this stream.
     */
    readonly dashboards: pulumi.Output<string[] | undefined>;
    /**
     * A human-readable description of the stream.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaStreamKibanaConnection[] | undefined>;
    /**
     * The name of the stream. Stream names follow Elasticsearch data stream naming conventions (e.g. `logs.nginx`).
     */
    readonly name: pulumi.Output<string>;
    /**
     * ES|QL queries attached to this stream.
     */
    readonly queries: pulumi.Output<outputs.KibanaStreamQuery[] | undefined>;
    /**
     * Configuration for a query stream. Query streams are virtual streams defined by an ES|QL query. Mutually exclusive with <span pulumi-lang-nodejs="`wiredConfig`" pulumi-lang-dotnet="`WiredConfig`" pulumi-lang-go="`wiredConfig`" pulumi-lang-python="`wired_config`" pulumi-lang-yaml="`wiredConfig`" pulumi-lang-java="`wiredConfig`">`wired_config`</span> and <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span>.
     */
    readonly queryConfig: pulumi.Output<outputs.KibanaStreamQueryConfig | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaStreamTimeouts | undefined>;
    /**
     * Configuration for a wired stream. Wired streams are fully managed data streams with explicit field mappings and routing rules. Mutually exclusive with <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span> and <span pulumi-lang-nodejs="`queryConfig`" pulumi-lang-dotnet="`QueryConfig`" pulumi-lang-go="`queryConfig`" pulumi-lang-python="`query_config`" pulumi-lang-yaml="`queryConfig`" pulumi-lang-java="`queryConfig`">`query_config`</span>.
     */
    readonly wiredConfig: pulumi.Output<outputs.KibanaStreamWiredConfig | undefined>;
    /**
     * Create a KibanaStream resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: KibanaStreamArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaStream resources.
 */
export interface KibanaStreamState {
    classicConfig?: pulumi.Input<inputs.KibanaStreamClassicConfig | undefined>;
    /**
     * List of dashboard IDs to link to this stream.
     */
    dashboards?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * A human-readable description of the stream.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaStreamKibanaConnection>[] | undefined>;
    /**
     * The name of the stream. Stream names follow Elasticsearch data stream naming conventions (e.g. `logs.nginx`).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ES|QL queries attached to this stream.
     */
    queries?: pulumi.Input<pulumi.Input<inputs.KibanaStreamQuery>[] | undefined>;
    /**
     * Configuration for a query stream. Query streams are virtual streams defined by an ES|QL query. Mutually exclusive with <span pulumi-lang-nodejs="`wiredConfig`" pulumi-lang-dotnet="`WiredConfig`" pulumi-lang-go="`wiredConfig`" pulumi-lang-python="`wired_config`" pulumi-lang-yaml="`wiredConfig`" pulumi-lang-java="`wiredConfig`">`wired_config`</span> and <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span>.
     */
    queryConfig?: pulumi.Input<inputs.KibanaStreamQueryConfig | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaStreamTimeouts | undefined>;
    /**
     * Configuration for a wired stream. Wired streams are fully managed data streams with explicit field mappings and routing rules. Mutually exclusive with <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span> and <span pulumi-lang-nodejs="`queryConfig`" pulumi-lang-dotnet="`QueryConfig`" pulumi-lang-go="`queryConfig`" pulumi-lang-python="`query_config`" pulumi-lang-yaml="`queryConfig`" pulumi-lang-java="`queryConfig`">`query_config`</span>.
     */
    wiredConfig?: pulumi.Input<inputs.KibanaStreamWiredConfig | undefined>;
}
/**
 * The set of arguments for constructing a KibanaStream resource.
 */
export interface KibanaStreamArgs {
    classicConfig?: pulumi.Input<inputs.KibanaStreamClassicConfig | undefined>;
    /**
     * List of dashboard IDs to link to this stream.
     */
    dashboards?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * A human-readable description of the stream.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaStreamKibanaConnection>[] | undefined>;
    /**
     * The name of the stream. Stream names follow Elasticsearch data stream naming conventions (e.g. `logs.nginx`).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * ES|QL queries attached to this stream.
     */
    queries?: pulumi.Input<pulumi.Input<inputs.KibanaStreamQuery>[] | undefined>;
    /**
     * Configuration for a query stream. Query streams are virtual streams defined by an ES|QL query. Mutually exclusive with <span pulumi-lang-nodejs="`wiredConfig`" pulumi-lang-dotnet="`WiredConfig`" pulumi-lang-go="`wiredConfig`" pulumi-lang-python="`wired_config`" pulumi-lang-yaml="`wiredConfig`" pulumi-lang-java="`wiredConfig`">`wired_config`</span> and <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span>.
     */
    queryConfig?: pulumi.Input<inputs.KibanaStreamQueryConfig | undefined>;
    /**
     * An identifier for the space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaStreamTimeouts | undefined>;
    /**
     * Configuration for a wired stream. Wired streams are fully managed data streams with explicit field mappings and routing rules. Mutually exclusive with <span pulumi-lang-nodejs="`classicConfig`" pulumi-lang-dotnet="`ClassicConfig`" pulumi-lang-go="`classicConfig`" pulumi-lang-python="`classic_config`" pulumi-lang-yaml="`classicConfig`" pulumi-lang-java="`classicConfig`">`classic_config`</span> and <span pulumi-lang-nodejs="`queryConfig`" pulumi-lang-dotnet="`QueryConfig`" pulumi-lang-go="`queryConfig`" pulumi-lang-python="`query_config`" pulumi-lang-yaml="`queryConfig`" pulumi-lang-java="`queryConfig`">`query_config`</span>.
     */
    wiredConfig?: pulumi.Input<inputs.KibanaStreamWiredConfig | undefined>;
}
//# sourceMappingURL=kibanaStream.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchDataStream extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchDataStream resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchDataStreamState, opts?: pulumi.CustomResourceOptions): ElasticsearchDataStream;
    /**
     * Returns true if the given object is an instance of ElasticsearchDataStream.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchDataStream;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchDataStreamElasticsearchConnection[] | undefined>;
    /**
     * Current generation for the data stream.
     */
    readonly generation: pulumi.Output<number>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is hidden.
     */
    readonly hidden: pulumi.Output<boolean>;
    /**
     * Name of the current ILM lifecycle policy in the stream's matching index template.
     */
    readonly ilmPolicy: pulumi.Output<string>;
    /**
     * Array of objects containing information about the data stream's backing indices. The last item in this array contains information about the stream's current write index.
     */
    readonly indices: pulumi.Output<outputs.ElasticsearchDataStreamIndex[]>;
    /**
     * Custom metadata for the stream, copied from the _meta object of the stream's matching index template.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * Name of the data stream to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is created and managed by cross-cluster replication and the local cluster can not write into this data stream or change its mappings.
     */
    readonly replicated: pulumi.Output<boolean>;
    /**
     * Health status of the data stream.
     */
    readonly status: pulumi.Output<string>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is created and managed by an Elastic stack component and cannot be modified through normal user interaction.
     */
    readonly system: pulumi.Output<boolean>;
    /**
     * Name of the index template used to create the data stream's backing indices.
     */
    readonly template: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchDataStreamTimeouts | undefined>;
    /**
     * Contains information about the data stream's @timestamp field.
     */
    readonly timestampField: pulumi.Output<string>;
    /**
     * Create a ElasticsearchDataStream resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchDataStreamArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchDataStream resources.
 */
export interface ElasticsearchDataStreamState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamElasticsearchConnection>[] | undefined>;
    /**
     * Current generation for the data stream.
     */
    generation?: pulumi.Input<number | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is hidden.
     */
    hidden?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the current ILM lifecycle policy in the stream's matching index template.
     */
    ilmPolicy?: pulumi.Input<string | undefined>;
    /**
     * Array of objects containing information about the data stream's backing indices. The last item in this array contains information about the stream's current write index.
     */
    indices?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamIndex>[] | undefined>;
    /**
     * Custom metadata for the stream, copied from the _meta object of the stream's matching index template.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Name of the data stream to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is created and managed by cross-cluster replication and the local cluster can not write into this data stream or change its mappings.
     */
    replicated?: pulumi.Input<boolean | undefined>;
    /**
     * Health status of the data stream.
     */
    status?: pulumi.Input<string | undefined>;
    /**
     * If <span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>, the data stream is created and managed by an Elastic stack component and cannot be modified through normal user interaction.
     */
    system?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the index template used to create the data stream's backing indices.
     */
    template?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchDataStreamTimeouts | undefined>;
    /**
     * Contains information about the data stream's @timestamp field.
     */
    timestampField?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchDataStream resource.
 */
export interface ElasticsearchDataStreamArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamElasticsearchConnection>[] | undefined>;
    /**
     * Name of the data stream to create.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchDataStreamTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchDataStream.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchDataStreamLifecycle extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchDataStreamLifecycle resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchDataStreamLifecycleState, opts?: pulumi.CustomResourceOptions): ElasticsearchDataStreamLifecycle;
    /**
     * Returns true if the given object is an instance of ElasticsearchDataStreamLifecycle.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchDataStreamLifecycle;
    /**
     * Every document added to this data stream will be stored at least for this time frame. When empty, every document in this data stream will be stored indefinitely
     */
    readonly dataRetention: pulumi.Output<string | undefined>;
    /**
     * Downsampling configuration objects, each defining an after interval representing when the backing index is meant to be downsampled and a<span pulumi-lang-nodejs=" fixedInterval " pulumi-lang-dotnet=" FixedInterval " pulumi-lang-go=" fixedInterval " pulumi-lang-python=" fixed_interval " pulumi-lang-yaml=" fixedInterval " pulumi-lang-java=" fixedInterval "> fixed_interval </span>representing the downsampling interval.
     */
    readonly downsamplings: pulumi.Output<outputs.ElasticsearchDataStreamLifecycleDownsampling[] | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchDataStreamLifecycleElasticsearchConnection[] | undefined>;
    /**
     * Data stream lifecycle on/off.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`name`" pulumi-lang-dotnet="`Name`" pulumi-lang-go="`name`" pulumi-lang-python="`name`" pulumi-lang-yaml="`name`" pulumi-lang-java="`name`">`name`</span> parameter match data streams and indices. Accepted values are: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`open`" pulumi-lang-dotnet="`Open`" pulumi-lang-go="`open`" pulumi-lang-python="`open`" pulumi-lang-yaml="`open`" pulumi-lang-java="`open`">`open`</span>, <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>, <span pulumi-lang-nodejs="`hidden`" pulumi-lang-dotnet="`Hidden`" pulumi-lang-go="`hidden`" pulumi-lang-python="`hidden`" pulumi-lang-yaml="`hidden`" pulumi-lang-java="`hidden`">`hidden`</span>, <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    readonly expandWildcards: pulumi.Output<string>;
    /**
     * Name of the data stream. Supports wildcards.
     */
    readonly name: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchDataStreamLifecycleTimeouts | undefined>;
    /**
     * Create a ElasticsearchDataStreamLifecycle resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchDataStreamLifecycleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchDataStreamLifecycle resources.
 */
export interface ElasticsearchDataStreamLifecycleState {
    /**
     * Every document added to this data stream will be stored at least for this time frame. When empty, every document in this data stream will be stored indefinitely
     */
    dataRetention?: pulumi.Input<string | undefined>;
    /**
     * Downsampling configuration objects, each defining an after interval representing when the backing index is meant to be downsampled and a<span pulumi-lang-nodejs=" fixedInterval " pulumi-lang-dotnet=" FixedInterval " pulumi-lang-go=" fixedInterval " pulumi-lang-python=" fixed_interval " pulumi-lang-yaml=" fixedInterval " pulumi-lang-java=" fixedInterval "> fixed_interval </span>representing the downsampling interval.
     */
    downsamplings?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamLifecycleDownsampling>[] | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * Data stream lifecycle on/off.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`name`" pulumi-lang-dotnet="`Name`" pulumi-lang-go="`name`" pulumi-lang-python="`name`" pulumi-lang-yaml="`name`" pulumi-lang-java="`name`">`name`</span> parameter match data streams and indices. Accepted values are: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`open`" pulumi-lang-dotnet="`Open`" pulumi-lang-go="`open`" pulumi-lang-python="`open`" pulumi-lang-yaml="`open`" pulumi-lang-java="`open`">`open`</span>, <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>, <span pulumi-lang-nodejs="`hidden`" pulumi-lang-dotnet="`Hidden`" pulumi-lang-go="`hidden`" pulumi-lang-python="`hidden`" pulumi-lang-yaml="`hidden`" pulumi-lang-java="`hidden`">`hidden`</span>, <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    expandWildcards?: pulumi.Input<string | undefined>;
    /**
     * Name of the data stream. Supports wildcards.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchDataStreamLifecycleTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchDataStreamLifecycle resource.
 */
export interface ElasticsearchDataStreamLifecycleArgs {
    /**
     * Every document added to this data stream will be stored at least for this time frame. When empty, every document in this data stream will be stored indefinitely
     */
    dataRetention?: pulumi.Input<string | undefined>;
    /**
     * Downsampling configuration objects, each defining an after interval representing when the backing index is meant to be downsampled and a<span pulumi-lang-nodejs=" fixedInterval " pulumi-lang-dotnet=" FixedInterval " pulumi-lang-go=" fixedInterval " pulumi-lang-python=" fixed_interval " pulumi-lang-yaml=" fixedInterval " pulumi-lang-java=" fixedInterval "> fixed_interval </span>representing the downsampling interval.
     */
    downsamplings?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamLifecycleDownsampling>[] | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchDataStreamLifecycleElasticsearchConnection>[] | undefined>;
    /**
     * Data stream lifecycle on/off.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Determines how wildcard patterns in the <span pulumi-lang-nodejs="`name`" pulumi-lang-dotnet="`Name`" pulumi-lang-go="`name`" pulumi-lang-python="`name`" pulumi-lang-yaml="`name`" pulumi-lang-java="`name`">`name`</span> parameter match data streams and indices. Accepted values are: <span pulumi-lang-nodejs="`all`" pulumi-lang-dotnet="`All`" pulumi-lang-go="`all`" pulumi-lang-python="`all`" pulumi-lang-yaml="`all`" pulumi-lang-java="`all`">`all`</span>, <span pulumi-lang-nodejs="`open`" pulumi-lang-dotnet="`Open`" pulumi-lang-go="`open`" pulumi-lang-python="`open`" pulumi-lang-yaml="`open`" pulumi-lang-java="`open`">`open`</span>, <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>, <span pulumi-lang-nodejs="`hidden`" pulumi-lang-dotnet="`Hidden`" pulumi-lang-go="`hidden`" pulumi-lang-python="`hidden`" pulumi-lang-yaml="`hidden`" pulumi-lang-java="`hidden`">`hidden`</span>, <span pulumi-lang-nodejs="`none`" pulumi-lang-dotnet="`None`" pulumi-lang-go="`none`" pulumi-lang-python="`none`" pulumi-lang-yaml="`none`" pulumi-lang-java="`none`">`none`</span>.
     */
    expandWildcards?: pulumi.Input<string | undefined>;
    /**
     * Name of the data stream. Supports wildcards.
     */
    name?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchDataStreamLifecycleTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchDataStreamLifecycle.d.ts.map
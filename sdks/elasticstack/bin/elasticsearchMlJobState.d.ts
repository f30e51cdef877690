import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchMlJobState extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchMlJobState resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchMlJobStateState, opts?: pulumi.CustomResourceOptions): ElasticsearchMlJobState;
    /**
     * Returns true if the given object is an instance of ElasticsearchMlJobState.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchMlJobState;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchMlJobStateElasticsearchConnection[] | undefined>;
    /**
     * When closing a job, use to forcefully close it. This method is quicker but can miss important clean up tasks.
     */
    readonly force: pulumi.Output<boolean>;
    /**
     * Identifier for the anomaly detection job.
     */
    readonly jobId: pulumi.Output<string>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    readonly jobTimeout: pulumi.Output<string>;
    /**
     * The desired state for the ML job. Valid values are <span pulumi-lang-nodejs="`opened`" pulumi-lang-dotnet="`Opened`" pulumi-lang-go="`opened`" pulumi-lang-python="`opened`" pulumi-lang-yaml="`opened`" pulumi-lang-java="`opened`">`opened`</span> and <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>.
     */
    readonly state: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchMlJobStateTimeouts | undefined>;
    /**
     * Create a ElasticsearchMlJobState resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchMlJobStateArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchMlJobState resources.
 */
export interface ElasticsearchMlJobStateState {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlJobStateElasticsearchConnection>[] | undefined>;
    /**
     * When closing a job, use to forcefully close it. This method is quicker but can miss important clean up tasks.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Identifier for the anomaly detection job.
     */
    jobId?: pulumi.Input<string | undefined>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    jobTimeout?: pulumi.Input<string | undefined>;
    /**
     * The desired state for the ML job. Valid values are <span pulumi-lang-nodejs="`opened`" pulumi-lang-dotnet="`Opened`" pulumi-lang-go="`opened`" pulumi-lang-python="`opened`" pulumi-lang-yaml="`opened`" pulumi-lang-java="`opened`">`opened`</span> and <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>.
     */
    state?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlJobStateTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchMlJobState resource.
 */
export interface ElasticsearchMlJobStateArgs {
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchMlJobStateElasticsearchConnection>[] | undefined>;
    /**
     * When closing a job, use to forcefully close it. This method is quicker but can miss important clean up tasks.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * Identifier for the anomaly detection job.
     */
    jobId: pulumi.Input<string>;
    /**
     * Timeout for the operation. Examples: <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>, <span pulumi-lang-nodejs="`5m`" pulumi-lang-dotnet="`5m`" pulumi-lang-go="`5m`" pulumi-lang-python="`5m`" pulumi-lang-yaml="`5m`" pulumi-lang-java="`5m`">`5m`</span>, <span pulumi-lang-nodejs="`1h`" pulumi-lang-dotnet="`1h`" pulumi-lang-go="`1h`" pulumi-lang-python="`1h`" pulumi-lang-yaml="`1h`" pulumi-lang-java="`1h`">`1h`</span>. Default is <span pulumi-lang-nodejs="`30s`" pulumi-lang-dotnet="`30s`" pulumi-lang-go="`30s`" pulumi-lang-python="`30s`" pulumi-lang-yaml="`30s`" pulumi-lang-java="`30s`">`30s`</span>.
     */
    jobTimeout?: pulumi.Input<string | undefined>;
    /**
     * The desired state for the ML job. Valid values are <span pulumi-lang-nodejs="`opened`" pulumi-lang-dotnet="`Opened`" pulumi-lang-go="`opened`" pulumi-lang-python="`opened`" pulumi-lang-yaml="`opened`" pulumi-lang-java="`opened`">`opened`</span> and <span pulumi-lang-nodejs="`closed`" pulumi-lang-dotnet="`Closed`" pulumi-lang-go="`closed`" pulumi-lang-python="`closed`" pulumi-lang-yaml="`closed`" pulumi-lang-java="`closed`">`closed`</span>.
     */
    state: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchMlJobStateTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchMlJobState.d.ts.map
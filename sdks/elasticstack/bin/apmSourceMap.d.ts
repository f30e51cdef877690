import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ApmSourceMap extends pulumi.CustomResource {
    /**
     * Get an existing ApmSourceMap resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ApmSourceMapState, opts?: pulumi.CustomResourceOptions): ApmSourceMap;
    /**
     * Returns true if the given object is an instance of ApmSourceMap.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ApmSourceMap;
    /**
     * The absolute path of the final bundle as used in the web application (e.g. `/static/js/main.chunk.js`). Must match the path used during the build.
     */
    readonly bundleFilepath: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.ApmSourceMapKibanaConnection[] | undefined>;
    /**
     * The name of the APM service that the source map applies to. Must match the `service.name` field in APM events.
     */
    readonly serviceName: pulumi.Output<string>;
    /**
     * The version of the APM service that the source map applies to. Must match the `service.version` field in APM events.
     */
    readonly serviceVersion: pulumi.Output<string>;
    /**
     * The source map content. Exactly one of <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, <span pulumi-lang-nodejs="`binary`" pulumi-lang-dotnet="`Binary`" pulumi-lang-go="`binary`" pulumi-lang-python="`binary`" pulumi-lang-yaml="`binary`" pulumi-lang-java="`binary`">`binary`</span>, or `file.path` must be set.
     */
    readonly sourcemap: pulumi.Output<outputs.ApmSourceMapSourcemap>;
    /**
     * The Kibana space ID in which to manage the source map. Omit or set to `"default"` for the default space. When set, all API operations are prefixed with `/s/{space_id}`.
     */
    readonly spaceId: pulumi.Output<string | undefined>;
    /**
     * Create a ApmSourceMap resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ApmSourceMapArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ApmSourceMap resources.
 */
export interface ApmSourceMapState {
    /**
     * The absolute path of the final bundle as used in the web application (e.g. `/static/js/main.chunk.js`). Must match the path used during the build.
     */
    bundleFilepath?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.ApmSourceMapKibanaConnection>[] | undefined>;
    /**
     * The name of the APM service that the source map applies to. Must match the `service.name` field in APM events.
     */
    serviceName?: pulumi.Input<string | undefined>;
    /**
     * The version of the APM service that the source map applies to. Must match the `service.version` field in APM events.
     */
    serviceVersion?: pulumi.Input<string | undefined>;
    /**
     * The source map content. Exactly one of <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, <span pulumi-lang-nodejs="`binary`" pulumi-lang-dotnet="`Binary`" pulumi-lang-go="`binary`" pulumi-lang-python="`binary`" pulumi-lang-yaml="`binary`" pulumi-lang-java="`binary`">`binary`</span>, or `file.path` must be set.
     */
    sourcemap?: pulumi.Input<inputs.ApmSourceMapSourcemap | undefined>;
    /**
     * The Kibana space ID in which to manage the source map. Omit or set to `"default"` for the default space. When set, all API operations are prefixed with `/s/{space_id}`.
     */
    spaceId?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ApmSourceMap resource.
 */
export interface ApmSourceMapArgs {
    /**
     * The absolute path of the final bundle as used in the web application (e.g. `/static/js/main.chunk.js`). Must match the path used during the build.
     */
    bundleFilepath: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.ApmSourceMapKibanaConnection>[] | undefined>;
    /**
     * The name of the APM service that the source map applies to. Must match the `service.name` field in APM events.
     */
    serviceName: pulumi.Input<string>;
    /**
     * The version of the APM service that the source map applies to. Must match the `service.version` field in APM events.
     */
    serviceVersion: pulumi.Input<string>;
    /**
     * The source map content. Exactly one of <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, <span pulumi-lang-nodejs="`binary`" pulumi-lang-dotnet="`Binary`" pulumi-lang-go="`binary`" pulumi-lang-python="`binary`" pulumi-lang-yaml="`binary`" pulumi-lang-java="`binary`">`binary`</span>, or `file.path` must be set.
     */
    sourcemap: pulumi.Input<inputs.ApmSourceMapSourcemap>;
    /**
     * The Kibana space ID in which to manage the source map. Omit or set to `"default"` for the default space. When set, all API operations are prefixed with `/s/{space_id}`.
     */
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=apmSourceMap.d.ts.map
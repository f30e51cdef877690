import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchSecurityApiKey extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchSecurityApiKey resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchSecurityApiKeyState, opts?: pulumi.CustomResourceOptions): ElasticsearchSecurityApiKey;
    /**
     * Returns true if the given object is an instance of ElasticsearchSecurityApiKey.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchSecurityApiKey;
    /**
     * Access configuration for cross-cluster API keys. Only applicable when type is 'cross_cluster'.
     */
    readonly access: pulumi.Output<outputs.ElasticsearchSecurityApiKeyAccess | undefined>;
    /**
     * Generated API Key.
     */
    readonly apiKey: pulumi.Output<string>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchSecurityApiKeyElasticsearchConnection[] | undefined>;
    /**
     * API key credentials which is the Base64-encoding of the UTF-8 representation of the id and<span pulumi-lang-nodejs=" apiKey " pulumi-lang-dotnet=" ApiKey " pulumi-lang-go=" apiKey " pulumi-lang-python=" api_key " pulumi-lang-yaml=" apiKey " pulumi-lang-java=" apiKey "> api_key </span>joined by a colon (:).
     */
    readonly encoded: pulumi.Output<string>;
    /**
     * Expiration time for the API key. By default, API keys never expire.
     */
    readonly expiration: pulumi.Output<string | undefined>;
    /**
     * Expiration time in milliseconds for the API key. By default, API keys never expire.
     */
    readonly expirationTimestamp: pulumi.Output<number>;
    /**
     * Unique id for this API key.
     */
    readonly keyId: pulumi.Output<string>;
    /**
     * Arbitrary metadata that you want to associate with the API key.
     */
    readonly metadata: pulumi.Output<string>;
    /**
     * Specifies the name for this API key.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Role descriptors for this API key.
     */
    readonly roleDescriptors: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchSecurityApiKeyTimeouts | undefined>;
    /**
     * The type of API key. Valid values are 'rest' (default) and 'cross_cluster'. Cross-cluster API keys are used for cross-cluster search and replication.
     */
    readonly type: pulumi.Output<string>;
    /**
     * Create a ElasticsearchSecurityApiKey resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ElasticsearchSecurityApiKeyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchSecurityApiKey resources.
 */
export interface ElasticsearchSecurityApiKeyState {
    /**
     * Access configuration for cross-cluster API keys. Only applicable when type is 'cross_cluster'.
     */
    access?: pulumi.Input<inputs.ElasticsearchSecurityApiKeyAccess | undefined>;
    /**
     * Generated API Key.
     */
    apiKey?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityApiKeyElasticsearchConnection>[] | undefined>;
    /**
     * API key credentials which is the Base64-encoding of the UTF-8 representation of the id and<span pulumi-lang-nodejs=" apiKey " pulumi-lang-dotnet=" ApiKey " pulumi-lang-go=" apiKey " pulumi-lang-python=" api_key " pulumi-lang-yaml=" apiKey " pulumi-lang-java=" apiKey "> api_key </span>joined by a colon (:).
     */
    encoded?: pulumi.Input<string | undefined>;
    /**
     * Expiration time for the API key. By default, API keys never expire.
     */
    expiration?: pulumi.Input<string | undefined>;
    /**
     * Expiration time in milliseconds for the API key. By default, API keys never expire.
     */
    expirationTimestamp?: pulumi.Input<number | undefined>;
    /**
     * Unique id for this API key.
     */
    keyId?: pulumi.Input<string | undefined>;
    /**
     * Arbitrary metadata that you want to associate with the API key.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Specifies the name for this API key.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Role descriptors for this API key.
     */
    roleDescriptors?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityApiKeyTimeouts | undefined>;
    /**
     * The type of API key. Valid values are 'rest' (default) and 'cross_cluster'. Cross-cluster API keys are used for cross-cluster search and replication.
     */
    type?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchSecurityApiKey resource.
 */
export interface ElasticsearchSecurityApiKeyArgs {
    /**
     * Access configuration for cross-cluster API keys. Only applicable when type is 'cross_cluster'.
     */
    access?: pulumi.Input<inputs.ElasticsearchSecurityApiKeyAccess | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchSecurityApiKeyElasticsearchConnection>[] | undefined>;
    /**
     * Expiration time for the API key. By default, API keys never expire.
     */
    expiration?: pulumi.Input<string | undefined>;
    /**
     * Arbitrary metadata that you want to associate with the API key.
     */
    metadata?: pulumi.Input<string | undefined>;
    /**
     * Specifies the name for this API key.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Role descriptors for this API key.
     */
    roleDescriptors?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchSecurityApiKeyTimeouts | undefined>;
    /**
     * The type of API key. Valid values are 'rest' (default) and 'cross_cluster'. Cross-cluster API keys are used for cross-cluster search and replication.
     */
    type?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=elasticsearchSecurityApiKey.d.ts.map
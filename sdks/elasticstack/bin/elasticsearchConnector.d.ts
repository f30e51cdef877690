import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class ElasticsearchConnector extends pulumi.CustomResource {
    /**
     * Get an existing ElasticsearchConnector resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchConnectorState, opts?: pulumi.CustomResourceOptions): ElasticsearchConnector;
    /**
     * Returns true if the given object is an instance of ElasticsearchConnector.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchConnector;
    /**
     * ID of the API key used by the connector service for authorization.
     */
    readonly apiKeyId: pulumi.Output<string | undefined>;
    /**
     * ID of the connector secret holding the API key (Elastic-managed connectors only).
     */
    readonly apiKeySecretId: pulumi.Output<string | undefined>;
    /**
     * User-supplied connector configuration values keyed by field name. Each element must set exactly one of <span pulumi-lang-nodejs="`string`" pulumi-lang-dotnet="`String`" pulumi-lang-go="`string`" pulumi-lang-python="`string`" pulumi-lang-yaml="`string`" pulumi-lang-java="`string`">`string`</span>, <span pulumi-lang-nodejs="`number`" pulumi-lang-dotnet="`Number`" pulumi-lang-go="`number`" pulumi-lang-python="`number`" pulumi-lang-yaml="`number`" pulumi-lang-java="`number`">`number`</span>, <span pulumi-lang-nodejs="`bool`" pulumi-lang-dotnet="`Bool`" pulumi-lang-go="`bool`" pulumi-lang-python="`bool`" pulumi-lang-yaml="`bool`" pulumi-lang-java="`bool`">`bool`</span>, <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, or <span pulumi-lang-nodejs="`secretValue`" pulumi-lang-dotnet="`SecretValue`" pulumi-lang-go="`secretValue`" pulumi-lang-python="`secret_value`" pulumi-lang-yaml="`secretValue`" pulumi-lang-java="`secretValue`">`secret_value`</span>. Removing a key stops managing it but does not unset the value server-side.
     */
    readonly configurationValues: pulumi.Output<{
        [key: string]: outputs.ElasticsearchConnectorConfigurationValues;
    } | undefined>;
    /**
     * Unique connector identifier. When omitted, Elasticsearch auto-generates an ID on create.
     */
    readonly connectorId: pulumi.Output<string>;
    /**
     * Connector description.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    readonly elasticsearchConnections: pulumi.Output<outputs.ElasticsearchConnectorElasticsearchConnection[] | undefined>;
    /**
     * Connector feature flags. Changes trigger `PUT /_connector/{id}/_features`.
     */
    readonly features: pulumi.Output<outputs.ElasticsearchConnectorFeatures>;
    /**
     * Destination Elasticsearch index name. When omitted, Elasticsearch may assign a default on create.
     */
    readonly indexName: pulumi.Output<string>;
    /**
     * Whether this is an Elastic-managed connector (<span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>) or self-managed (<span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>). Defaults to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> on the Elasticsearch side when omitted.
     */
    readonly isNative: pulumi.Output<boolean>;
    /**
     * Analyzer language for the connector index.
     */
    readonly language: pulumi.Output<string | undefined>;
    /**
     * Human-readable connector name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Ingest pipeline settings applied to synced documents. Changes trigger `PUT /_connector/{id}/_pipeline`.
     */
    readonly pipeline: pulumi.Output<outputs.ElasticsearchConnectorPipeline>;
    /**
     * Sync scheduling for full, incremental, and access-control jobs. Changes trigger `PUT /_connector/{id}/_scheduling`.
     */
    readonly scheduling: pulumi.Output<outputs.ElasticsearchConnectorScheduling>;
    /**
     * Connector service type (for example <span pulumi-lang-nodejs="`postgresql`" pulumi-lang-dotnet="`Postgresql`" pulumi-lang-go="`postgresql`" pulumi-lang-python="`postgresql`" pulumi-lang-yaml="`postgresql`" pulumi-lang-java="`postgresql`">`postgresql`</span>, <span pulumi-lang-nodejs="`mysql`" pulumi-lang-dotnet="`Mysql`" pulumi-lang-go="`mysql`" pulumi-lang-python="`mysql`" pulumi-lang-yaml="`mysql`" pulumi-lang-java="`mysql`">`mysql`</span>, <span pulumi-lang-nodejs="`github`" pulumi-lang-dotnet="`Github`" pulumi-lang-go="`github`" pulumi-lang-python="`github`" pulumi-lang-yaml="`github`" pulumi-lang-java="`github`">`github`</span>). New service types may be added over time; the provider does not validate against a fixed enum.
     */
    readonly serviceType: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ElasticsearchConnectorTimeouts | undefined>;
    /**
     * Create a ElasticsearchConnector resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ElasticsearchConnectorArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ElasticsearchConnector resources.
 */
export interface ElasticsearchConnectorState {
    /**
     * ID of the API key used by the connector service for authorization.
     */
    apiKeyId?: pulumi.Input<string | undefined>;
    /**
     * ID of the connector secret holding the API key (Elastic-managed connectors only).
     */
    apiKeySecretId?: pulumi.Input<string | undefined>;
    /**
     * User-supplied connector configuration values keyed by field name. Each element must set exactly one of <span pulumi-lang-nodejs="`string`" pulumi-lang-dotnet="`String`" pulumi-lang-go="`string`" pulumi-lang-python="`string`" pulumi-lang-yaml="`string`" pulumi-lang-java="`string`">`string`</span>, <span pulumi-lang-nodejs="`number`" pulumi-lang-dotnet="`Number`" pulumi-lang-go="`number`" pulumi-lang-python="`number`" pulumi-lang-yaml="`number`" pulumi-lang-java="`number`">`number`</span>, <span pulumi-lang-nodejs="`bool`" pulumi-lang-dotnet="`Bool`" pulumi-lang-go="`bool`" pulumi-lang-python="`bool`" pulumi-lang-yaml="`bool`" pulumi-lang-java="`bool`">`bool`</span>, <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, or <span pulumi-lang-nodejs="`secretValue`" pulumi-lang-dotnet="`SecretValue`" pulumi-lang-go="`secretValue`" pulumi-lang-python="`secret_value`" pulumi-lang-yaml="`secretValue`" pulumi-lang-java="`secretValue`">`secret_value`</span>. Removing a key stops managing it but does not unset the value server-side.
     */
    configurationValues?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.ElasticsearchConnectorConfigurationValues>;
    } | undefined>;
    /**
     * Unique connector identifier. When omitted, Elasticsearch auto-generates an ID on create.
     */
    connectorId?: pulumi.Input<string | undefined>;
    /**
     * Connector description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchConnectorElasticsearchConnection>[] | undefined>;
    /**
     * Connector feature flags. Changes trigger `PUT /_connector/{id}/_features`.
     */
    features?: pulumi.Input<inputs.ElasticsearchConnectorFeatures | undefined>;
    /**
     * Destination Elasticsearch index name. When omitted, Elasticsearch may assign a default on create.
     */
    indexName?: pulumi.Input<string | undefined>;
    /**
     * Whether this is an Elastic-managed connector (<span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>) or self-managed (<span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>). Defaults to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> on the Elasticsearch side when omitted.
     */
    isNative?: pulumi.Input<boolean | undefined>;
    /**
     * Analyzer language for the connector index.
     */
    language?: pulumi.Input<string | undefined>;
    /**
     * Human-readable connector name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Ingest pipeline settings applied to synced documents. Changes trigger `PUT /_connector/{id}/_pipeline`.
     */
    pipeline?: pulumi.Input<inputs.ElasticsearchConnectorPipeline | undefined>;
    /**
     * Sync scheduling for full, incremental, and access-control jobs. Changes trigger `PUT /_connector/{id}/_scheduling`.
     */
    scheduling?: pulumi.Input<inputs.ElasticsearchConnectorScheduling | undefined>;
    /**
     * Connector service type (for example <span pulumi-lang-nodejs="`postgresql`" pulumi-lang-dotnet="`Postgresql`" pulumi-lang-go="`postgresql`" pulumi-lang-python="`postgresql`" pulumi-lang-yaml="`postgresql`" pulumi-lang-java="`postgresql`">`postgresql`</span>, <span pulumi-lang-nodejs="`mysql`" pulumi-lang-dotnet="`Mysql`" pulumi-lang-go="`mysql`" pulumi-lang-python="`mysql`" pulumi-lang-yaml="`mysql`" pulumi-lang-java="`mysql`">`mysql`</span>, <span pulumi-lang-nodejs="`github`" pulumi-lang-dotnet="`Github`" pulumi-lang-go="`github`" pulumi-lang-python="`github`" pulumi-lang-yaml="`github`" pulumi-lang-java="`github`">`github`</span>). New service types may be added over time; the provider does not validate against a fixed enum.
     */
    serviceType?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ElasticsearchConnectorTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ElasticsearchConnector resource.
 */
export interface ElasticsearchConnectorArgs {
    /**
     * ID of the API key used by the connector service for authorization.
     */
    apiKeyId?: pulumi.Input<string | undefined>;
    /**
     * ID of the connector secret holding the API key (Elastic-managed connectors only).
     */
    apiKeySecretId?: pulumi.Input<string | undefined>;
    /**
     * User-supplied connector configuration values keyed by field name. Each element must set exactly one of <span pulumi-lang-nodejs="`string`" pulumi-lang-dotnet="`String`" pulumi-lang-go="`string`" pulumi-lang-python="`string`" pulumi-lang-yaml="`string`" pulumi-lang-java="`string`">`string`</span>, <span pulumi-lang-nodejs="`number`" pulumi-lang-dotnet="`Number`" pulumi-lang-go="`number`" pulumi-lang-python="`number`" pulumi-lang-yaml="`number`" pulumi-lang-java="`number`">`number`</span>, <span pulumi-lang-nodejs="`bool`" pulumi-lang-dotnet="`Bool`" pulumi-lang-go="`bool`" pulumi-lang-python="`bool`" pulumi-lang-yaml="`bool`" pulumi-lang-java="`bool`">`bool`</span>, <span pulumi-lang-nodejs="`json`" pulumi-lang-dotnet="`Json`" pulumi-lang-go="`json`" pulumi-lang-python="`json`" pulumi-lang-yaml="`json`" pulumi-lang-java="`json`">`json`</span>, or <span pulumi-lang-nodejs="`secretValue`" pulumi-lang-dotnet="`SecretValue`" pulumi-lang-go="`secretValue`" pulumi-lang-python="`secret_value`" pulumi-lang-yaml="`secretValue`" pulumi-lang-java="`secretValue`">`secret_value`</span>. Removing a key stops managing it but does not unset the value server-side.
     */
    configurationValues?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.ElasticsearchConnectorConfigurationValues>;
    } | undefined>;
    /**
     * Unique connector identifier. When omitted, Elasticsearch auto-generates an ID on create.
     */
    connectorId?: pulumi.Input<string | undefined>;
    /**
     * Connector description.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Elasticsearch connection configuration block.
     */
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.ElasticsearchConnectorElasticsearchConnection>[] | undefined>;
    /**
     * Connector feature flags. Changes trigger `PUT /_connector/{id}/_features`.
     */
    features?: pulumi.Input<inputs.ElasticsearchConnectorFeatures | undefined>;
    /**
     * Destination Elasticsearch index name. When omitted, Elasticsearch may assign a default on create.
     */
    indexName?: pulumi.Input<string | undefined>;
    /**
     * Whether this is an Elastic-managed connector (<span pulumi-lang-nodejs="`true`" pulumi-lang-dotnet="`True`" pulumi-lang-go="`true`" pulumi-lang-python="`true`" pulumi-lang-yaml="`true`" pulumi-lang-java="`true`">`true`</span>) or self-managed (<span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span>). Defaults to <span pulumi-lang-nodejs="`false`" pulumi-lang-dotnet="`False`" pulumi-lang-go="`false`" pulumi-lang-python="`false`" pulumi-lang-yaml="`false`" pulumi-lang-java="`false`">`false`</span> on the Elasticsearch side when omitted.
     */
    isNative?: pulumi.Input<boolean | undefined>;
    /**
     * Analyzer language for the connector index.
     */
    language?: pulumi.Input<string | undefined>;
    /**
     * Human-readable connector name.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Ingest pipeline settings applied to synced documents. Changes trigger `PUT /_connector/{id}/_pipeline`.
     */
    pipeline?: pulumi.Input<inputs.ElasticsearchConnectorPipeline | undefined>;
    /**
     * Sync scheduling for full, incremental, and access-control jobs. Changes trigger `PUT /_connector/{id}/_scheduling`.
     */
    scheduling?: pulumi.Input<inputs.ElasticsearchConnectorScheduling | undefined>;
    /**
     * Connector service type (for example <span pulumi-lang-nodejs="`postgresql`" pulumi-lang-dotnet="`Postgresql`" pulumi-lang-go="`postgresql`" pulumi-lang-python="`postgresql`" pulumi-lang-yaml="`postgresql`" pulumi-lang-java="`postgresql`">`postgresql`</span>, <span pulumi-lang-nodejs="`mysql`" pulumi-lang-dotnet="`Mysql`" pulumi-lang-go="`mysql`" pulumi-lang-python="`mysql`" pulumi-lang-yaml="`mysql`" pulumi-lang-java="`mysql`">`mysql`</span>, <span pulumi-lang-nodejs="`github`" pulumi-lang-dotnet="`Github`" pulumi-lang-go="`github`" pulumi-lang-python="`github`" pulumi-lang-yaml="`github`" pulumi-lang-java="`github`">`github`</span>). New service types may be added over time; the provider does not validate against a fixed enum.
     */
    serviceType: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ElasticsearchConnectorTimeouts | undefined>;
}
//# sourceMappingURL=elasticsearchConnector.d.ts.map
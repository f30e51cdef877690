import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class FleetOutput extends pulumi.CustomResource {
    /**
     * Get an existing FleetOutput resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FleetOutputState, opts?: pulumi.CustomResourceOptions): FleetOutput;
    /**
     * Returns true if the given object is an instance of FleetOutput.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is FleetOutput;
    /**
     * Fingerprint of the Elasticsearch CA certificate.
     */
    readonly caSha256: pulumi.Output<string | undefined>;
    /**
     * Fingerprint of trusted CA.
     */
    readonly caTrustedFingerprint: pulumi.Output<string | undefined>;
    /**
     * Advanced YAML configuration. YAML settings here will be added to the output section of each agent policy. Note: the Fleet API treats an omitted <span pulumi-lang-nodejs="`configYaml`" pulumi-lang-dotnet="`ConfigYaml`" pulumi-lang-go="`configYaml`" pulumi-lang-python="`config_yaml`" pulumi-lang-yaml="`configYaml`" pulumi-lang-java="`configYaml`">`config_yaml`</span> in an update request as "no change" and does not clear the stored value. To clear a previously stored value, delete and re-create the output.
     */
    readonly configYaml: pulumi.Output<string | undefined>;
    /**
     * Make this output the default for agent integrations.
     */
    readonly defaultIntegrations: pulumi.Output<boolean>;
    /**
     * Make this output the default for agent monitoring.
     */
    readonly defaultMonitoring: pulumi.Output<boolean>;
    /**
     * A list of hosts.
     */
    readonly hosts: pulumi.Output<string[]>;
    /**
     * Kafka-specific configuration.
     */
    readonly kafka: pulumi.Output<outputs.FleetOutputKafka | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.FleetOutputKibanaConnection[] | undefined>;
    /**
     * The name of the output.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Unique identifier of the output.
     */
    readonly outputId: pulumi.Output<string>;
    /**
     * Service token for remote Elasticsearch outputs.
     */
    readonly serviceToken: pulumi.Output<string | undefined>;
    /**
     * The Kibana space IDs where this output is available. When set, the output will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    readonly spaceIds: pulumi.Output<string[]>;
    /**
     * SSL configuration.
     */
    readonly ssl: pulumi.Output<outputs.FleetOutputSsl | undefined>;
    /**
     * When type is remote_elasticsearch, whether Fleet synchronizes integration assets to the remote cluster. Subscription and version requirements apply per Elastic documentation.
     */
    readonly syncIntegrations: pulumi.Output<boolean | undefined>;
    /**
     * When type is remote_elasticsearch, whether to sync uninstalled integrations. Only meaningful when<span pulumi-lang-nodejs=" syncIntegrations " pulumi-lang-dotnet=" SyncIntegrations " pulumi-lang-go=" syncIntegrations " pulumi-lang-python=" sync_integrations " pulumi-lang-yaml=" syncIntegrations " pulumi-lang-java=" syncIntegrations "> sync_integrations </span>is enabled.
     */
    readonly syncUninstalledIntegrations: pulumi.Output<boolean | undefined>;
    readonly timeouts: pulumi.Output<outputs.FleetOutputTimeouts | undefined>;
    /**
     * The output type.
     */
    readonly type: pulumi.Output<string>;
    /**
     * When type is remote_elasticsearch, whether agents using this output send data to wired logs streams (preview in newer stacks).
     */
    readonly writeToLogsStreams: pulumi.Output<boolean | undefined>;
    /**
     * Create a FleetOutput resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FleetOutputArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering FleetOutput resources.
 */
export interface FleetOutputState {
    /**
     * Fingerprint of the Elasticsearch CA certificate.
     */
    caSha256?: pulumi.Input<string | undefined>;
    /**
     * Fingerprint of trusted CA.
     */
    caTrustedFingerprint?: pulumi.Input<string | undefined>;
    /**
     * Advanced YAML configuration. YAML settings here will be added to the output section of each agent policy. Note: the Fleet API treats an omitted <span pulumi-lang-nodejs="`configYaml`" pulumi-lang-dotnet="`ConfigYaml`" pulumi-lang-go="`configYaml`" pulumi-lang-python="`config_yaml`" pulumi-lang-yaml="`configYaml`" pulumi-lang-java="`configYaml`">`config_yaml`</span> in an update request as "no change" and does not clear the stored value. To clear a previously stored value, delete and re-create the output.
     */
    configYaml?: pulumi.Input<string | undefined>;
    /**
     * Make this output the default for agent integrations.
     */
    defaultIntegrations?: pulumi.Input<boolean | undefined>;
    /**
     * Make this output the default for agent monitoring.
     */
    defaultMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * A list of hosts.
     */
    hosts?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Kafka-specific configuration.
     */
    kafka?: pulumi.Input<inputs.FleetOutputKafka | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetOutputKibanaConnection>[] | undefined>;
    /**
     * The name of the output.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the output.
     */
    outputId?: pulumi.Input<string | undefined>;
    /**
     * Service token for remote Elasticsearch outputs.
     */
    serviceToken?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this output is available. When set, the output will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * SSL configuration.
     */
    ssl?: pulumi.Input<inputs.FleetOutputSsl | undefined>;
    /**
     * When type is remote_elasticsearch, whether Fleet synchronizes integration assets to the remote cluster. Subscription and version requirements apply per Elastic documentation.
     */
    syncIntegrations?: pulumi.Input<boolean | undefined>;
    /**
     * When type is remote_elasticsearch, whether to sync uninstalled integrations. Only meaningful when<span pulumi-lang-nodejs=" syncIntegrations " pulumi-lang-dotnet=" SyncIntegrations " pulumi-lang-go=" syncIntegrations " pulumi-lang-python=" sync_integrations " pulumi-lang-yaml=" syncIntegrations " pulumi-lang-java=" syncIntegrations "> sync_integrations </span>is enabled.
     */
    syncUninstalledIntegrations?: pulumi.Input<boolean | undefined>;
    timeouts?: pulumi.Input<inputs.FleetOutputTimeouts | undefined>;
    /**
     * The output type.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * When type is remote_elasticsearch, whether agents using this output send data to wired logs streams (preview in newer stacks).
     */
    writeToLogsStreams?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a FleetOutput resource.
 */
export interface FleetOutputArgs {
    /**
     * Fingerprint of the Elasticsearch CA certificate.
     */
    caSha256?: pulumi.Input<string | undefined>;
    /**
     * Fingerprint of trusted CA.
     */
    caTrustedFingerprint?: pulumi.Input<string | undefined>;
    /**
     * Advanced YAML configuration. YAML settings here will be added to the output section of each agent policy. Note: the Fleet API treats an omitted <span pulumi-lang-nodejs="`configYaml`" pulumi-lang-dotnet="`ConfigYaml`" pulumi-lang-go="`configYaml`" pulumi-lang-python="`config_yaml`" pulumi-lang-yaml="`configYaml`" pulumi-lang-java="`configYaml`">`config_yaml`</span> in an update request as "no change" and does not clear the stored value. To clear a previously stored value, delete and re-create the output.
     */
    configYaml?: pulumi.Input<string | undefined>;
    /**
     * Make this output the default for agent integrations.
     */
    defaultIntegrations?: pulumi.Input<boolean | undefined>;
    /**
     * Make this output the default for agent monitoring.
     */
    defaultMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * A list of hosts.
     */
    hosts: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Kafka-specific configuration.
     */
    kafka?: pulumi.Input<inputs.FleetOutputKafka | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.FleetOutputKibanaConnection>[] | undefined>;
    /**
     * The name of the output.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier of the output.
     */
    outputId?: pulumi.Input<string | undefined>;
    /**
     * Service token for remote Elasticsearch outputs.
     */
    serviceToken?: pulumi.Input<string | undefined>;
    /**
     * The Kibana space IDs where this output is available. When set, the output will be created and managed within the specified space. Note: The order of space IDs does not matter as this is a set.
     */
    spaceIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * SSL configuration.
     */
    ssl?: pulumi.Input<inputs.FleetOutputSsl | undefined>;
    /**
     * When type is remote_elasticsearch, whether Fleet synchronizes integration assets to the remote cluster. Subscription and version requirements apply per Elastic documentation.
     */
    syncIntegrations?: pulumi.Input<boolean | undefined>;
    /**
     * When type is remote_elasticsearch, whether to sync uninstalled integrations. Only meaningful when<span pulumi-lang-nodejs=" syncIntegrations " pulumi-lang-dotnet=" SyncIntegrations " pulumi-lang-go=" syncIntegrations " pulumi-lang-python=" sync_integrations " pulumi-lang-yaml=" syncIntegrations " pulumi-lang-java=" syncIntegrations "> sync_integrations </span>is enabled.
     */
    syncUninstalledIntegrations?: pulumi.Input<boolean | undefined>;
    timeouts?: pulumi.Input<inputs.FleetOutputTimeouts | undefined>;
    /**
     * The output type.
     */
    type: pulumi.Input<string>;
    /**
     * When type is remote_elasticsearch, whether agents using this output send data to wired logs streams (preview in newer stacks).
     */
    writeToLogsStreams?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=fleetOutput.d.ts.map
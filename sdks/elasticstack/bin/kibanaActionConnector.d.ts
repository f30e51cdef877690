import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaActionConnector extends pulumi.CustomResource {
    /**
     * Get an existing KibanaActionConnector resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaActionConnectorState, opts?: pulumi.CustomResourceOptions): KibanaActionConnector;
    /**
     * Returns true if the given object is an instance of KibanaActionConnector.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaActionConnector;
    readonly config: pulumi.Output<string>;
    /**
     * A UUID v1 or v4 to use instead of a randomly generated ID.
     */
    readonly connectorId: pulumi.Output<string>;
    /**
     * The ID of the connector type, e.g. `.index`.
     */
    readonly connectorTypeId: pulumi.Output<string>;
    /**
     * Indicates whether the connector type is deprecated.
     */
    readonly isDeprecated: pulumi.Output<boolean>;
    /**
     * Indicates whether secrets are missing for the connector.
     */
    readonly isMissingSecrets: pulumi.Output<boolean>;
    /**
     * Indicates whether it is a preconfigured connector.
     */
    readonly isPreconfigured: pulumi.Output<boolean>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaActionConnectorKibanaConnection[] | undefined>;
    /**
     * The name of the connector. While this name does not have to be unique, a distinctive name can help you identify a connector.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The secrets configuration for the connector. Secrets configuration properties vary depending on the connector type. Consider using <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span> when sourcing secrets from ephemeral providers so values are not persisted to state.
     */
    readonly secrets: pulumi.Output<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Write-only secrets configuration for the connector. Accepts the same JSON content as <span pulumi-lang-nodejs="`secrets`" pulumi-lang-dotnet="`Secrets`" pulumi-lang-go="`secrets`" pulumi-lang-python="`secrets`" pulumi-lang-yaml="`secrets`" pulumi-lang-java="`secrets`">`secrets`</span> but is never persisted to state; use with ephemeral secret sources (for example Vault).
     */
    readonly secretsWo: pulumi.Output<string | undefined>;
    /**
     * Optional version string for <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span>. Bump this value when the secret rotates to trigger a re-send on the next apply.
     */
    readonly secretsWoVersion: pulumi.Output<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaActionConnectorTimeouts | undefined>;
    /**
     * Create a KibanaActionConnector resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaActionConnectorArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaActionConnector resources.
 */
export interface KibanaActionConnectorState {
    config?: pulumi.Input<string | undefined>;
    /**
     * A UUID v1 or v4 to use instead of a randomly generated ID.
     */
    connectorId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the connector type, e.g. `.index`.
     */
    connectorTypeId?: pulumi.Input<string | undefined>;
    /**
     * Indicates whether the connector type is deprecated.
     */
    isDeprecated?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether secrets are missing for the connector.
     */
    isMissingSecrets?: pulumi.Input<boolean | undefined>;
    /**
     * Indicates whether it is a preconfigured connector.
     */
    isPreconfigured?: pulumi.Input<boolean | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaActionConnectorKibanaConnection>[] | undefined>;
    /**
     * The name of the connector. While this name does not have to be unique, a distinctive name can help you identify a connector.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The secrets configuration for the connector. Secrets configuration properties vary depending on the connector type. Consider using <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span> when sourcing secrets from ephemeral providers so values are not persisted to state.
     */
    secrets?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Write-only secrets configuration for the connector. Accepts the same JSON content as <span pulumi-lang-nodejs="`secrets`" pulumi-lang-dotnet="`Secrets`" pulumi-lang-go="`secrets`" pulumi-lang-python="`secrets`" pulumi-lang-yaml="`secrets`" pulumi-lang-java="`secrets`">`secrets`</span> but is never persisted to state; use with ephemeral secret sources (for example Vault).
     */
    secretsWo?: pulumi.Input<string | undefined>;
    /**
     * Optional version string for <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span>. Bump this value when the secret rotates to trigger a re-send on the next apply.
     */
    secretsWoVersion?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaActionConnectorTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a KibanaActionConnector resource.
 */
export interface KibanaActionConnectorArgs {
    config?: pulumi.Input<string | undefined>;
    /**
     * A UUID v1 or v4 to use instead of a randomly generated ID.
     */
    connectorId?: pulumi.Input<string | undefined>;
    /**
     * The ID of the connector type, e.g. `.index`.
     */
    connectorTypeId: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaActionConnectorKibanaConnection>[] | undefined>;
    /**
     * The name of the connector. While this name does not have to be unique, a distinctive name can help you identify a connector.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The secrets configuration for the connector. Secrets configuration properties vary depending on the connector type. Consider using <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span> when sourcing secrets from ephemeral providers so values are not persisted to state.
     */
    secrets?: pulumi.Input<string | undefined>;
    /**
     * **NOTE:** This field is write-only and its value will not be updated in state as part of read operations.
     * Write-only secrets configuration for the connector. Accepts the same JSON content as <span pulumi-lang-nodejs="`secrets`" pulumi-lang-dotnet="`Secrets`" pulumi-lang-go="`secrets`" pulumi-lang-python="`secrets`" pulumi-lang-yaml="`secrets`" pulumi-lang-java="`secrets`">`secrets`</span> but is never persisted to state; use with ephemeral secret sources (for example Vault).
     */
    secretsWo?: pulumi.Input<string | undefined>;
    /**
     * Optional version string for <span pulumi-lang-nodejs="`secretsWo`" pulumi-lang-dotnet="`SecretsWo`" pulumi-lang-go="`secretsWo`" pulumi-lang-python="`secrets_wo`" pulumi-lang-yaml="`secretsWo`" pulumi-lang-java="`secretsWo`">`secrets_wo`</span>. Bump this value when the secret rotates to trigger a re-send on the next apply.
     */
    secretsWoVersion?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the space. If<span pulumi-lang-nodejs=" spaceId " pulumi-lang-dotnet=" SpaceId " pulumi-lang-go=" spaceId " pulumi-lang-python=" space_id " pulumi-lang-yaml=" spaceId " pulumi-lang-java=" spaceId "> space_id </span>is not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaActionConnectorTimeouts | undefined>;
}
//# sourceMappingURL=kibanaActionConnector.d.ts.map
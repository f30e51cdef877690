import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaSecurityEntityStoreEntity extends pulumi.CustomResource {
    /**
     * Get an existing KibanaSecurityEntityStoreEntity resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaSecurityEntityStoreEntityState, opts?: pulumi.CustomResourceOptions): KibanaSecurityEntityStoreEntity;
    /**
     * Returns true if the given object is an instance of KibanaSecurityEntityStoreEntity.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaSecurityEntityStoreEntity;
    /**
     * Asset metadata associated with the entity.
     */
    readonly asset: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityAsset>;
    /**
     * JSON fallback for the asset block.
     */
    readonly assetJson: pulumi.Output<string | undefined>;
    /**
     * Cloud fields collected on the entity.
     */
    readonly cloud: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityCloud>;
    /**
     * JSON fallback for the cloud block.
     */
    readonly cloudJson: pulumi.Output<string | undefined>;
    /**
     * Canonical JSON (sorted keys) containing the full entity document as read back from Kibana.
     */
    readonly documentJson: pulumi.Output<string>;
    /**
     * Core entity fields shared across all entity types.
     */
    readonly entity: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityEntity>;
    /**
     * Unique identifier for this entity. Must match the entity.id field in the typed entity block or<span pulumi-lang-nodejs=" entityJson " pulumi-lang-dotnet=" EntityJson " pulumi-lang-go=" entityJson " pulumi-lang-python=" entity_json " pulumi-lang-yaml=" entityJson " pulumi-lang-java=" entityJson "> entity_json </span>when supplied.
     */
    readonly entityId: pulumi.Output<string>;
    /**
     * JSON fallback for the entity block.
     */
    readonly entityJson: pulumi.Output<string | undefined>;
    /**
     * The type of entity. Must be one of: user, host, service, generic.
     */
    readonly entityType: pulumi.Output<string>;
    /**
     * Event fields collected on the entity.
     */
    readonly event: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityEvent>;
    /**
     * JSON fallback for the event block.
     */
    readonly eventJson: pulumi.Output<string | undefined>;
    /**
     * When true, passes force=true on PUT updates.
     */
    readonly force: pulumi.Output<boolean>;
    /**
     * ECS host fields collected on the entity.
     */
    readonly host: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityHost>;
    /**
     * JSON fallback for the host block.
     */
    readonly hostJson: pulumi.Output<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityKibanaConnection[] | undefined>;
    /**
     * Labels associated with the entity as a map of string to string.
     */
    readonly labels: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * JSON fallback for labels. Supports non-string values.
     */
    readonly labelsJson: pulumi.Output<string>;
    /**
     * Orchestrator fields collected on the entity.
     */
    readonly orchestrator: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityOrchestrator>;
    /**
     * JSON fallback for the orchestrator block.
     */
    readonly orchestratorJson: pulumi.Output<string | undefined>;
    /**
     * Raw API response body serialized as normalized JSON for troubleshooting.
     */
    readonly responseJson: pulumi.Output<string>;
    /**
     * ECS service fields collected on the entity.
     */
    readonly service: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityService>;
    /**
     * JSON fallback for the service block.
     */
    readonly serviceJson: pulumi.Output<string | undefined>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    /**
     * Tags associated with the entity.
     */
    readonly tags: pulumi.Output<string[]>;
    readonly timeouts: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityTimeouts | undefined>;
    /**
     * The time the entity record was last updated. Maps to @timestamp in the API body.
     */
    readonly timestamp: pulumi.Output<string>;
    /**
     * ECS user fields collected on the entity.
     */
    readonly user: pulumi.Output<outputs.KibanaSecurityEntityStoreEntityUser>;
    /**
     * JSON fallback for the user block.
     */
    readonly userJson: pulumi.Output<string | undefined>;
    /**
     * Create a KibanaSecurityEntityStoreEntity resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaSecurityEntityStoreEntityArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaSecurityEntityStoreEntity resources.
 */
export interface KibanaSecurityEntityStoreEntityState {
    /**
     * Asset metadata associated with the entity.
     */
    asset?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityAsset | undefined>;
    /**
     * JSON fallback for the asset block.
     */
    assetJson?: pulumi.Input<string | undefined>;
    /**
     * Cloud fields collected on the entity.
     */
    cloud?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityCloud | undefined>;
    /**
     * JSON fallback for the cloud block.
     */
    cloudJson?: pulumi.Input<string | undefined>;
    /**
     * Canonical JSON (sorted keys) containing the full entity document as read back from Kibana.
     */
    documentJson?: pulumi.Input<string | undefined>;
    /**
     * Core entity fields shared across all entity types.
     */
    entity?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityEntity | undefined>;
    /**
     * Unique identifier for this entity. Must match the entity.id field in the typed entity block or<span pulumi-lang-nodejs=" entityJson " pulumi-lang-dotnet=" EntityJson " pulumi-lang-go=" entityJson " pulumi-lang-python=" entity_json " pulumi-lang-yaml=" entityJson " pulumi-lang-java=" entityJson "> entity_json </span>when supplied.
     */
    entityId?: pulumi.Input<string | undefined>;
    /**
     * JSON fallback for the entity block.
     */
    entityJson?: pulumi.Input<string | undefined>;
    /**
     * The type of entity. Must be one of: user, host, service, generic.
     */
    entityType?: pulumi.Input<string | undefined>;
    /**
     * Event fields collected on the entity.
     */
    event?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityEvent | undefined>;
    /**
     * JSON fallback for the event block.
     */
    eventJson?: pulumi.Input<string | undefined>;
    /**
     * When true, passes force=true on PUT updates.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * ECS host fields collected on the entity.
     */
    host?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityHost | undefined>;
    /**
     * JSON fallback for the host block.
     */
    hostJson?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreEntityKibanaConnection>[] | undefined>;
    /**
     * Labels associated with the entity as a map of string to string.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * JSON fallback for labels. Supports non-string values.
     */
    labelsJson?: pulumi.Input<string | undefined>;
    /**
     * Orchestrator fields collected on the entity.
     */
    orchestrator?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityOrchestrator | undefined>;
    /**
     * JSON fallback for the orchestrator block.
     */
    orchestratorJson?: pulumi.Input<string | undefined>;
    /**
     * Raw API response body serialized as normalized JSON for troubleshooting.
     */
    responseJson?: pulumi.Input<string | undefined>;
    /**
     * ECS service fields collected on the entity.
     */
    service?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityService | undefined>;
    /**
     * JSON fallback for the service block.
     */
    serviceJson?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Tags associated with the entity.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityTimeouts | undefined>;
    /**
     * The time the entity record was last updated. Maps to @timestamp in the API body.
     */
    timestamp?: pulumi.Input<string | undefined>;
    /**
     * ECS user fields collected on the entity.
     */
    user?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityUser | undefined>;
    /**
     * JSON fallback for the user block.
     */
    userJson?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a KibanaSecurityEntityStoreEntity resource.
 */
export interface KibanaSecurityEntityStoreEntityArgs {
    /**
     * Asset metadata associated with the entity.
     */
    asset?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityAsset | undefined>;
    /**
     * JSON fallback for the asset block.
     */
    assetJson?: pulumi.Input<string | undefined>;
    /**
     * Cloud fields collected on the entity.
     */
    cloud?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityCloud | undefined>;
    /**
     * JSON fallback for the cloud block.
     */
    cloudJson?: pulumi.Input<string | undefined>;
    /**
     * Core entity fields shared across all entity types.
     */
    entity?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityEntity | undefined>;
    /**
     * Unique identifier for this entity. Must match the entity.id field in the typed entity block or<span pulumi-lang-nodejs=" entityJson " pulumi-lang-dotnet=" EntityJson " pulumi-lang-go=" entityJson " pulumi-lang-python=" entity_json " pulumi-lang-yaml=" entityJson " pulumi-lang-java=" entityJson "> entity_json </span>when supplied.
     */
    entityId: pulumi.Input<string>;
    /**
     * JSON fallback for the entity block.
     */
    entityJson?: pulumi.Input<string | undefined>;
    /**
     * The type of entity. Must be one of: user, host, service, generic.
     */
    entityType: pulumi.Input<string>;
    /**
     * Event fields collected on the entity.
     */
    event?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityEvent | undefined>;
    /**
     * JSON fallback for the event block.
     */
    eventJson?: pulumi.Input<string | undefined>;
    /**
     * When true, passes force=true on PUT updates.
     */
    force?: pulumi.Input<boolean | undefined>;
    /**
     * ECS host fields collected on the entity.
     */
    host?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityHost | undefined>;
    /**
     * JSON fallback for the host block.
     */
    hostJson?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaSecurityEntityStoreEntityKibanaConnection>[] | undefined>;
    /**
     * Labels associated with the entity as a map of string to string.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * JSON fallback for labels. Supports non-string values.
     */
    labelsJson?: pulumi.Input<string | undefined>;
    /**
     * Orchestrator fields collected on the entity.
     */
    orchestrator?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityOrchestrator | undefined>;
    /**
     * JSON fallback for the orchestrator block.
     */
    orchestratorJson?: pulumi.Input<string | undefined>;
    /**
     * ECS service fields collected on the entity.
     */
    service?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityService | undefined>;
    /**
     * JSON fallback for the service block.
     */
    serviceJson?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the Kibana space. If omitted, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    /**
     * Tags associated with the entity.
     */
    tags?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityTimeouts | undefined>;
    /**
     * The time the entity record was last updated. Maps to @timestamp in the API body.
     */
    timestamp?: pulumi.Input<string | undefined>;
    /**
     * ECS user fields collected on the entity.
     */
    user?: pulumi.Input<inputs.KibanaSecurityEntityStoreEntityUser | undefined>;
    /**
     * JSON fallback for the user block.
     */
    userJson?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=kibanaSecurityEntityStoreEntity.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare class KibanaAgentbuilderSkill extends pulumi.CustomResource {
    /**
     * Get an existing KibanaAgentbuilderSkill resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KibanaAgentbuilderSkillState, opts?: pulumi.CustomResourceOptions): KibanaAgentbuilderSkill;
    /**
     * Returns true if the given object is an instance of KibanaAgentbuilderSkill.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KibanaAgentbuilderSkill;
    /**
     * Skill instructions content as markdown.
     */
    readonly content: pulumi.Output<string>;
    /**
     * Description of what the skill does.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Kibana connection configuration block.
     */
    readonly kibanaConnections: pulumi.Output<outputs.KibanaAgentbuilderSkillKibanaConnection[] | undefined>;
    /**
     * Human-readable name for the skill.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Ordered list of referenced-content entries. Up to 100 entries; order is preserved.
     */
    readonly referencedContents: pulumi.Output<outputs.KibanaAgentbuilderSkillReferencedContent[] | undefined>;
    /**
     * The skill ID. Required; the API does not auto-generate skill IDs.
     */
    readonly skillId: pulumi.Output<string>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    readonly spaceId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.KibanaAgentbuilderSkillTimeouts | undefined>;
    /**
     * Set of tool IDs from the tool registry that this skill references.
     */
    readonly toolIds: pulumi.Output<string[] | undefined>;
    /**
     * Create a KibanaAgentbuilderSkill resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: KibanaAgentbuilderSkillArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KibanaAgentbuilderSkill resources.
 */
export interface KibanaAgentbuilderSkillState {
    /**
     * Skill instructions content as markdown.
     */
    content?: pulumi.Input<string | undefined>;
    /**
     * Description of what the skill does.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderSkillKibanaConnection>[] | undefined>;
    /**
     * Human-readable name for the skill.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Ordered list of referenced-content entries. Up to 100 entries; order is preserved.
     */
    referencedContents?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderSkillReferencedContent>[] | undefined>;
    /**
     * The skill ID. Required; the API does not auto-generate skill IDs.
     */
    skillId?: pulumi.Input<string | undefined>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderSkillTimeouts | undefined>;
    /**
     * Set of tool IDs from the tool registry that this skill references.
     */
    toolIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a KibanaAgentbuilderSkill resource.
 */
export interface KibanaAgentbuilderSkillArgs {
    /**
     * Skill instructions content as markdown.
     */
    content: pulumi.Input<string>;
    /**
     * Description of what the skill does.
     */
    description: pulumi.Input<string>;
    /**
     * Kibana connection configuration block.
     */
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderSkillKibanaConnection>[] | undefined>;
    /**
     * Human-readable name for the skill.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Ordered list of referenced-content entries. Up to 100 entries; order is preserved.
     */
    referencedContents?: pulumi.Input<pulumi.Input<inputs.KibanaAgentbuilderSkillReferencedContent>[] | undefined>;
    /**
     * The skill ID. Required; the API does not auto-generate skill IDs.
     */
    skillId: pulumi.Input<string>;
    /**
     * An identifier for the Kibana space. If not provided, the default space is used.
     */
    spaceId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.KibanaAgentbuilderSkillTimeouts | undefined>;
    /**
     * Set of tool IDs from the tool registry that this skill references.
     */
    toolIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
//# sourceMappingURL=kibanaAgentbuilderSkill.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaAgentbuilderSkill(args: GetKibanaAgentbuilderSkillArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaAgentbuilderSkillResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderSkill.
 */
export interface GetKibanaAgentbuilderSkillArgs {
    kibanaConnections?: inputs.GetKibanaAgentbuilderSkillKibanaConnection[];
    skillId: string;
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaAgentbuilderSkill.
 */
export interface GetKibanaAgentbuilderSkillResult {
    readonly content: string;
    readonly description: string;
    readonly id: string;
    readonly kibanaConnections?: outputs.GetKibanaAgentbuilderSkillKibanaConnection[];
    readonly name: string;
    readonly referencedContents: outputs.GetKibanaAgentbuilderSkillReferencedContent[];
    readonly skillId: string;
    readonly spaceId: string;
    readonly toolIds: string[];
}
export declare function getKibanaAgentbuilderSkillOutput(args: GetKibanaAgentbuilderSkillOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaAgentbuilderSkillResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderSkill.
 */
export interface GetKibanaAgentbuilderSkillOutputArgs {
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaAgentbuilderSkillKibanaConnectionArgs>[] | undefined>;
    skillId: pulumi.Input<string>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaAgentbuilderSkill.d.ts.map
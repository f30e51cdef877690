import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaAgentbuilderAgent(args: GetKibanaAgentbuilderAgentArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaAgentbuilderAgentResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderAgent.
 */
export interface GetKibanaAgentbuilderAgentArgs {
    agentId: string;
    includeDependencies?: boolean;
    kibanaConnections?: inputs.GetKibanaAgentbuilderAgentKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaAgentbuilderAgent.
 */
export interface GetKibanaAgentbuilderAgentResult {
    readonly agentId: string;
    readonly avatarColor: string;
    readonly avatarSymbol: string;
    readonly description: string;
    readonly id: string;
    readonly includeDependencies?: boolean;
    readonly instructions: string;
    readonly kibanaConnections?: outputs.GetKibanaAgentbuilderAgentKibanaConnection[];
    readonly labels: string[];
    readonly name: string;
    readonly skillIds: string[];
    readonly spaceId?: string;
    readonly tools: outputs.GetKibanaAgentbuilderAgentTool[];
}
export declare function getKibanaAgentbuilderAgentOutput(args: GetKibanaAgentbuilderAgentOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaAgentbuilderAgentResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderAgent.
 */
export interface GetKibanaAgentbuilderAgentOutputArgs {
    agentId: pulumi.Input<string>;
    includeDependencies?: pulumi.Input<boolean | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaAgentbuilderAgentKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaAgentbuilderAgent.d.ts.map
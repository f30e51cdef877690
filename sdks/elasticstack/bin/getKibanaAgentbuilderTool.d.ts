import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaAgentbuilderTool(args: GetKibanaAgentbuilderToolArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaAgentbuilderToolResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderTool.
 */
export interface GetKibanaAgentbuilderToolArgs {
    id: string;
    includeWorkflow?: boolean;
    kibanaConnections?: inputs.GetKibanaAgentbuilderToolKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaAgentbuilderTool.
 */
export interface GetKibanaAgentbuilderToolResult {
    readonly configuration: string;
    readonly description: string;
    readonly id: string;
    readonly includeWorkflow?: boolean;
    readonly kibanaConnections?: outputs.GetKibanaAgentbuilderToolKibanaConnection[];
    readonly readonly: boolean;
    readonly spaceId?: string;
    readonly tags: string[];
    readonly toolId: string;
    readonly type: string;
    readonly workflowConfigurationYaml: string;
    readonly workflowId: string;
}
export declare function getKibanaAgentbuilderToolOutput(args: GetKibanaAgentbuilderToolOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaAgentbuilderToolResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderTool.
 */
export interface GetKibanaAgentbuilderToolOutputArgs {
    id: pulumi.Input<string>;
    includeWorkflow?: pulumi.Input<boolean | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaAgentbuilderToolKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaAgentbuilderTool.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaAgentbuilderWorkflow(args: GetKibanaAgentbuilderWorkflowArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaAgentbuilderWorkflowResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderWorkflow.
 */
export interface GetKibanaAgentbuilderWorkflowArgs {
    id: string;
    kibanaConnections?: inputs.GetKibanaAgentbuilderWorkflowKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaAgentbuilderWorkflow.
 */
export interface GetKibanaAgentbuilderWorkflowResult {
    readonly configurationYaml: string;
    readonly id: string;
    readonly kibanaConnections?: outputs.GetKibanaAgentbuilderWorkflowKibanaConnection[];
    readonly spaceId: string;
    readonly workflowId: string;
}
export declare function getKibanaAgentbuilderWorkflowOutput(args: GetKibanaAgentbuilderWorkflowOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaAgentbuilderWorkflowResult>;
/**
 * A collection of arguments for invoking getKibanaAgentbuilderWorkflow.
 */
export interface GetKibanaAgentbuilderWorkflowOutputArgs {
    id: pulumi.Input<string>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaAgentbuilderWorkflowKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaAgentbuilderWorkflow.d.ts.map
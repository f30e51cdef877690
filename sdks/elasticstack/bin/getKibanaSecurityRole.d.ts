import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaSecurityRole(args: GetKibanaSecurityRoleArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaSecurityRoleResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityRole.
 */
export interface GetKibanaSecurityRoleArgs {
    description?: string;
    kibanaConnections?: inputs.GetKibanaSecurityRoleKibanaConnection[];
    metadata?: string;
    name: string;
}
/**
 * A collection of values returned by getKibanaSecurityRole.
 */
export interface GetKibanaSecurityRoleResult {
    readonly description: string;
    readonly elasticsearch: outputs.GetKibanaSecurityRoleElasticsearch;
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly kibanaConnections?: outputs.GetKibanaSecurityRoleKibanaConnection[];
    readonly kibanas: outputs.GetKibanaSecurityRoleKibana[];
    readonly metadata: string;
    readonly name: string;
}
export declare function getKibanaSecurityRoleOutput(args: GetKibanaSecurityRoleOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaSecurityRoleResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityRole.
 */
export interface GetKibanaSecurityRoleOutputArgs {
    description?: pulumi.Input<string | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaSecurityRoleKibanaConnectionArgs>[] | undefined>;
    metadata?: pulumi.Input<string | undefined>;
    name: pulumi.Input<string>;
}
//# sourceMappingURL=getKibanaSecurityRole.d.ts.map
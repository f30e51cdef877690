import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchSecurityRole(args: GetElasticsearchSecurityRoleArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchSecurityRoleResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityRole.
 */
export interface GetElasticsearchSecurityRoleArgs {
    elasticsearchConnections?: inputs.GetElasticsearchSecurityRoleElasticsearchConnection[];
    name: string;
}
/**
 * A collection of values returned by getElasticsearchSecurityRole.
 */
export interface GetElasticsearchSecurityRoleResult {
    readonly applications: outputs.GetElasticsearchSecurityRoleApplication[];
    readonly clusters: string[];
    readonly description: string;
    readonly elasticsearchConnections?: outputs.GetElasticsearchSecurityRoleElasticsearchConnection[];
    readonly global: string;
    readonly id: string;
    readonly indices: outputs.GetElasticsearchSecurityRoleIndex[];
    readonly metadata: string;
    readonly name: string;
    readonly remoteIndices: outputs.GetElasticsearchSecurityRoleRemoteIndex[];
    readonly runAs: string[];
}
export declare function getElasticsearchSecurityRoleOutput(args: GetElasticsearchSecurityRoleOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchSecurityRoleResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityRole.
 */
export interface GetElasticsearchSecurityRoleOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchSecurityRoleElasticsearchConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchSecurityRole.d.ts.map
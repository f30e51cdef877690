import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchSecurityRoleMapping(args: GetElasticsearchSecurityRoleMappingArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchSecurityRoleMappingResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityRoleMapping.
 */
export interface GetElasticsearchSecurityRoleMappingArgs {
    elasticsearchConnections?: inputs.GetElasticsearchSecurityRoleMappingElasticsearchConnection[];
    name: string;
}
/**
 * A collection of values returned by getElasticsearchSecurityRoleMapping.
 */
export interface GetElasticsearchSecurityRoleMappingResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchSecurityRoleMappingElasticsearchConnection[];
    readonly enabled: boolean;
    readonly id: string;
    readonly metadata: string;
    readonly name: string;
    readonly roleTemplates: string;
    readonly roles: string[];
    readonly rules: string;
}
export declare function getElasticsearchSecurityRoleMappingOutput(args: GetElasticsearchSecurityRoleMappingOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchSecurityRoleMappingResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityRoleMapping.
 */
export interface GetElasticsearchSecurityRoleMappingOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchSecurityRoleMappingElasticsearchConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchSecurityRoleMapping.d.ts.map
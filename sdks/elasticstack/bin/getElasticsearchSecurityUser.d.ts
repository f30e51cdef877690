import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getElasticsearchSecurityUser(args: GetElasticsearchSecurityUserArgs, opts?: pulumi.InvokeOptions): Promise<GetElasticsearchSecurityUserResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityUser.
 */
export interface GetElasticsearchSecurityUserArgs {
    elasticsearchConnections?: inputs.GetElasticsearchSecurityUserElasticsearchConnection[];
    username: string;
}
/**
 * A collection of values returned by getElasticsearchSecurityUser.
 */
export interface GetElasticsearchSecurityUserResult {
    readonly elasticsearchConnections?: outputs.GetElasticsearchSecurityUserElasticsearchConnection[];
    readonly email: string;
    readonly enabled: boolean;
    readonly fullName: string;
    readonly id: string;
    readonly metadata: string;
    readonly roles: string[];
    readonly username: string;
}
export declare function getElasticsearchSecurityUserOutput(args: GetElasticsearchSecurityUserOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetElasticsearchSecurityUserResult>;
/**
 * A collection of arguments for invoking getElasticsearchSecurityUser.
 */
export interface GetElasticsearchSecurityUserOutputArgs {
    elasticsearchConnections?: pulumi.Input<pulumi.Input<inputs.GetElasticsearchSecurityUserElasticsearchConnectionArgs>[] | undefined>;
    username: pulumi.Input<string>;
}
//# sourceMappingURL=getElasticsearchSecurityUser.d.ts.map
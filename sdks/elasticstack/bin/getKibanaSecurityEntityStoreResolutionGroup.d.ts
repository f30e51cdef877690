import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaSecurityEntityStoreResolutionGroup(args: GetKibanaSecurityEntityStoreResolutionGroupArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaSecurityEntityStoreResolutionGroupResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreResolutionGroup.
 */
export interface GetKibanaSecurityEntityStoreResolutionGroupArgs {
    entityId: string;
    kibanaConnections?: inputs.GetKibanaSecurityEntityStoreResolutionGroupKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaSecurityEntityStoreResolutionGroup.
 */
export interface GetKibanaSecurityEntityStoreResolutionGroupResult {
    readonly entityId: string;
    readonly id: string;
    readonly kibanaConnections?: outputs.GetKibanaSecurityEntityStoreResolutionGroupKibanaConnection[];
    readonly resolutionGroupJson: string;
    readonly spaceId: string;
}
export declare function getKibanaSecurityEntityStoreResolutionGroupOutput(args: GetKibanaSecurityEntityStoreResolutionGroupOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaSecurityEntityStoreResolutionGroupResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreResolutionGroup.
 */
export interface GetKibanaSecurityEntityStoreResolutionGroupOutputArgs {
    entityId: pulumi.Input<string>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaSecurityEntityStoreResolutionGroupKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaSecurityEntityStoreResolutionGroup.d.ts.map
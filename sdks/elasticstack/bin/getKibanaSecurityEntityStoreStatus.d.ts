import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaSecurityEntityStoreStatus(args?: GetKibanaSecurityEntityStoreStatusArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaSecurityEntityStoreStatusResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreStatus.
 */
export interface GetKibanaSecurityEntityStoreStatusArgs {
    includeComponents?: boolean;
    kibanaConnections?: inputs.GetKibanaSecurityEntityStoreStatusKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaSecurityEntityStoreStatus.
 */
export interface GetKibanaSecurityEntityStoreStatusResult {
    readonly engines: outputs.GetKibanaSecurityEntityStoreStatusEngine[];
    /**
     * The provider-assigned unique ID for this managed resource.
     */
    readonly id: string;
    readonly includeComponents?: boolean;
    readonly installed: boolean;
    readonly kibanaConnections?: outputs.GetKibanaSecurityEntityStoreStatusKibanaConnection[];
    readonly overallStatus: string;
    readonly spaceId: string;
    readonly statusJson: string;
}
export declare function getKibanaSecurityEntityStoreStatusOutput(args?: GetKibanaSecurityEntityStoreStatusOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaSecurityEntityStoreStatusResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreStatus.
 */
export interface GetKibanaSecurityEntityStoreStatusOutputArgs {
    includeComponents?: pulumi.Input<boolean | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaSecurityEntityStoreStatusKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaSecurityEntityStoreStatus.d.ts.map
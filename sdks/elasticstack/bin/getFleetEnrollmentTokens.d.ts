import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getFleetEnrollmentTokens(args?: GetFleetEnrollmentTokensArgs, opts?: pulumi.InvokeOptions): Promise<GetFleetEnrollmentTokensResult>;
/**
 * A collection of arguments for invoking getFleetEnrollmentTokens.
 */
export interface GetFleetEnrollmentTokensArgs {
    kibanaConnections?: inputs.GetFleetEnrollmentTokensKibanaConnection[];
    policyId?: string;
    spaceId?: string;
}
/**
 * A collection of values returned by getFleetEnrollmentTokens.
 */
export interface GetFleetEnrollmentTokensResult {
    readonly id: string;
    readonly kibanaConnections?: outputs.GetFleetEnrollmentTokensKibanaConnection[];
    readonly policyId?: string;
    readonly spaceId?: string;
    readonly tokens: outputs.GetFleetEnrollmentTokensToken[];
}
export declare function getFleetEnrollmentTokensOutput(args?: GetFleetEnrollmentTokensOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetFleetEnrollmentTokensResult>;
/**
 * A collection of arguments for invoking getFleetEnrollmentTokens.
 */
export interface GetFleetEnrollmentTokensOutputArgs {
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetFleetEnrollmentTokensKibanaConnectionArgs>[] | undefined>;
    policyId?: pulumi.Input<string | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getFleetEnrollmentTokens.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getFleetIntegration(args: GetFleetIntegrationArgs, opts?: pulumi.InvokeOptions): Promise<GetFleetIntegrationResult>;
/**
 * A collection of arguments for invoking getFleetIntegration.
 */
export interface GetFleetIntegrationArgs {
    kibanaConnections?: inputs.GetFleetIntegrationKibanaConnection[];
    name: string;
    prerelease?: boolean;
    spaceId?: string;
}
/**
 * A collection of values returned by getFleetIntegration.
 */
export interface GetFleetIntegrationResult {
    readonly id: string;
    readonly kibanaConnections?: outputs.GetFleetIntegrationKibanaConnection[];
    readonly name: string;
    readonly prerelease?: boolean;
    readonly spaceId?: string;
    readonly version: string;
}
export declare function getFleetIntegrationOutput(args: GetFleetIntegrationOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetFleetIntegrationResult>;
/**
 * A collection of arguments for invoking getFleetIntegration.
 */
export interface GetFleetIntegrationOutputArgs {
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetFleetIntegrationKibanaConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
    prerelease?: pulumi.Input<boolean | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getFleetIntegration.d.ts.map
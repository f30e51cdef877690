import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getFleetOutput(args?: GetFleetOutputArgs, opts?: pulumi.InvokeOptions): Promise<GetFleetOutputResult>;
/**
 * A collection of arguments for invoking getFleetOutput.
 */
export interface GetFleetOutputArgs {
    kibanaConnections?: inputs.GetFleetOutputKibanaConnection[];
    spaceId?: string;
}
/**
 * A collection of values returned by getFleetOutput.
 */
export interface GetFleetOutputResult {
    readonly id: string;
    readonly kibanaConnections?: outputs.GetFleetOutputKibanaConnection[];
    readonly outputs: outputs.GetFleetOutputOutput[];
    readonly spaceId?: string;
}
export declare function getFleetOutputOutput(args?: GetFleetOutputOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetFleetOutputResult>;
/**
 * A collection of arguments for invoking getFleetOutput.
 */
export interface GetFleetOutputOutputArgs {
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetFleetOutputKibanaConnectionArgs>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getFleetOutput.d.ts.map
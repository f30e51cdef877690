import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaSpaces(args?: GetKibanaSpacesArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaSpacesResult>;
/**
 * A collection of arguments for invoking getKibanaSpaces.
 */
export interface GetKibanaSpacesArgs {
    kibanaConnections?: inputs.GetKibanaSpacesKibanaConnection[];
}
/**
 * A collection of values returned by getKibanaSpaces.
 */
export interface GetKibanaSpacesResult {
    readonly id: string;
    readonly kibanaConnections?: outputs.GetKibanaSpacesKibanaConnection[];
    readonly spaces: outputs.GetKibanaSpacesSpace[];
}
export declare function getKibanaSpacesOutput(args?: GetKibanaSpacesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaSpacesResult>;
/**
 * A collection of arguments for invoking getKibanaSpaces.
 */
export interface GetKibanaSpacesOutputArgs {
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaSpacesKibanaConnectionArgs>[] | undefined>;
}
//# sourceMappingURL=getKibanaSpaces.d.ts.map
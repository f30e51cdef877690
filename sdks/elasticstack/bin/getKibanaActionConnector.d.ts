import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaActionConnector(args: GetKibanaActionConnectorArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaActionConnectorResult>;
/**
 * A collection of arguments for invoking getKibanaActionConnector.
 */
export interface GetKibanaActionConnectorArgs {
    connectorTypeId?: string;
    kibanaConnections?: inputs.GetKibanaActionConnectorKibanaConnection[];
    name: string;
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaActionConnector.
 */
export interface GetKibanaActionConnectorResult {
    readonly config: string;
    readonly connectorId: string;
    readonly connectorTypeId: string;
    readonly id: string;
    readonly isDeprecated: boolean;
    readonly isMissingSecrets: boolean;
    readonly isPreconfigured: boolean;
    readonly kibanaConnections?: outputs.GetKibanaActionConnectorKibanaConnection[];
    readonly name: string;
    readonly spaceId: string;
}
export declare function getKibanaActionConnectorOutput(args: GetKibanaActionConnectorOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaActionConnectorResult>;
/**
 * A collection of arguments for invoking getKibanaActionConnector.
 */
export interface GetKibanaActionConnectorOutputArgs {
    connectorTypeId?: pulumi.Input<string | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaActionConnectorKibanaConnectionArgs>[] | undefined>;
    name: pulumi.Input<string>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaActionConnector.d.ts.map
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaExportSavedObjects(args: GetKibanaExportSavedObjectsArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaExportSavedObjectsResult>;
/**
 * A collection of arguments for invoking getKibanaExportSavedObjects.
 */
export interface GetKibanaExportSavedObjectsArgs {
    excludeExportDetails?: boolean;
    includeReferencesDeep?: boolean;
    kibanaConnections?: inputs.GetKibanaExportSavedObjectsKibanaConnection[];
    objects: inputs.GetKibanaExportSavedObjectsObject[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaExportSavedObjects.
 */
export interface GetKibanaExportSavedObjectsResult {
    readonly excludeExportDetails?: boolean;
    readonly exportedObjects: string;
    readonly id: string;
    readonly includeReferencesDeep?: boolean;
    readonly kibanaConnections?: outputs.GetKibanaExportSavedObjectsKibanaConnection[];
    readonly objects: outputs.GetKibanaExportSavedObjectsObject[];
    readonly spaceId?: string;
}
export declare function getKibanaExportSavedObjectsOutput(args: GetKibanaExportSavedObjectsOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaExportSavedObjectsResult>;
/**
 * A collection of arguments for invoking getKibanaExportSavedObjects.
 */
export interface GetKibanaExportSavedObjectsOutputArgs {
    excludeExportDetails?: pulumi.Input<boolean | undefined>;
    includeReferencesDeep?: pulumi.Input<boolean | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaExportSavedObjectsKibanaConnectionArgs>[] | undefined>;
    objects: pulumi.Input<pulumi.Input<inputs.GetKibanaExportSavedObjectsObjectArgs>[]>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaExportSavedObjects.d.ts.map
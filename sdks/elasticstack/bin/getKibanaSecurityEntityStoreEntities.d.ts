import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
export declare function getKibanaSecurityEntityStoreEntities(args?: GetKibanaSecurityEntityStoreEntitiesArgs, opts?: pulumi.InvokeOptions): Promise<GetKibanaSecurityEntityStoreEntitiesResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreEntities.
 */
export interface GetKibanaSecurityEntityStoreEntitiesArgs {
    entityId?: string;
    entityTypes?: string[];
    fields?: string[];
    filter?: string;
    filterQuery?: string;
    kibanaConnections?: inputs.GetKibanaSecurityEntityStoreEntitiesKibanaConnection[];
    page?: number;
    perPage?: number;
    searchAfter?: string;
    size?: number;
    sortField?: string;
    sortOrder?: string;
    sources?: string[];
    spaceId?: string;
}
/**
 * A collection of values returned by getKibanaSecurityEntityStoreEntities.
 */
export interface GetKibanaSecurityEntityStoreEntitiesResult {
    readonly entityId?: string;
    readonly entityTypes?: string[];
    readonly fields?: string[];
    readonly filter?: string;
    readonly filterQuery?: string;
    readonly id: string;
    readonly items: outputs.GetKibanaSecurityEntityStoreEntitiesItem[];
    readonly kibanaConnections?: outputs.GetKibanaSecurityEntityStoreEntitiesKibanaConnection[];
    readonly page?: number;
    readonly perPage?: number;
    readonly resultsJson: string;
    readonly searchAfter?: string;
    readonly size?: number;
    readonly sortField?: string;
    readonly sortOrder?: string;
    readonly sources?: string[];
    readonly spaceId: string;
}
export declare function getKibanaSecurityEntityStoreEntitiesOutput(args?: GetKibanaSecurityEntityStoreEntitiesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetKibanaSecurityEntityStoreEntitiesResult>;
/**
 * A collection of arguments for invoking getKibanaSecurityEntityStoreEntities.
 */
export interface GetKibanaSecurityEntityStoreEntitiesOutputArgs {
    entityId?: pulumi.Input<string | undefined>;
    entityTypes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    fields?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    filter?: pulumi.Input<string | undefined>;
    filterQuery?: pulumi.Input<string | undefined>;
    kibanaConnections?: pulumi.Input<pulumi.Input<inputs.GetKibanaSecurityEntityStoreEntitiesKibanaConnectionArgs>[] | undefined>;
    page?: pulumi.Input<number | undefined>;
    perPage?: pulumi.Input<number | undefined>;
    searchAfter?: pulumi.Input<string | undefined>;
    size?: pulumi.Input<number | undefined>;
    sortField?: pulumi.Input<string | undefined>;
    sortOrder?: pulumi.Input<string | undefined>;
    sources?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    spaceId?: pulumi.Input<string | undefined>;
}
//# sourceMappingURL=getKibanaSecurityEntityStoreEntities.d.ts.map
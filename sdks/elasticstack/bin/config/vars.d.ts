import * as outputs from "../types/output";
/**
 * Elasticsearch connection configuration block.
 */
export declare const elasticsearches: outputs.config.Elasticsearches[] | undefined;
/**
 * Fleet connection configuration block.
 */
export declare const fleets: outputs.config.Fleets[] | undefined;
/**
 * Kibana connection configuration block.
 */
export declare const kibanas: outputs.config.Kibanas[] | undefined;
//# sourceMappingURL=vars.d.ts.map
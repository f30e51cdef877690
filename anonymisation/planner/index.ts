/** The migration-planner side of the anonymised data path: classification, catalogues, read-model SQL. */
export * from "./catalogues";
export * from "./contract";
export * from "./document";
export * from "./markdown";
export * from "./sources";
export * from "./sql";

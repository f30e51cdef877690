export * from "./documents";
export * from "./expressions";
export * from "./profile";
export * from "./readModel";
export * from "./roles";

/**
 * Keys that must be set with `pulumi config set --secret`: a plain-text value is rejected so that no credential
 * lands in a stack file in clear.
 */
export const secretKeys = {
  pseudonymisationKey: "Key of the keyed hash (HMAC-SHA256) that pseudonymises identifiers. At least 32 characters.",
  plannerAdminUrl: "postgres:// URL of a role that may create schemas and roles in the planner database (applies the read model).",
  plannerConnectorPassword: "Password of the connector's read-model login role.",
} as const;

export type SecretKey = keyof typeof secretKeys;

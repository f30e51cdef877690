/**
 * Keys that must be set with `pulumi config set --secret`: a plain-text value is rejected so that no credential
 * lands in a stack file in clear. The ones in `generatedSecretKeys` are optional: the program generates them.
 */
export const secretKeys = {
  pseudonymisationKey:
    "Key of the keyed hash (HMAC-SHA256) that pseudonymises identifiers. At least 32 characters. Optional: generated (and rotated with rotation.pseudonymisationKey) when unset.",
  plannerAdminUrl:
    "postgres:// URL of a role that may create schemas and roles in the planner database (applies the read model).",
  plannerConnectorPassword:
    "Password of the connector's read-model login role. Optional: generated (and rotated with rotation.plannerConnectorPassword) when unset.",
  targetPassword:
    "Milestone 2, target.mode existing: password of target.username on the existing deployment.",
  leaderPassword:
    "Milestone 2, replication: password of replication.leader.username on the leader Elasticsearch.",
  kafkaPassword:
    "Milestone 2, Assisted Installer collector (kafka): SASL password of collectors.assistedInstaller.kafka.username.",
  opensearchPassword:
    "Milestone 2, Assisted Installer collector (opensearch): password of the OpenSearch user.",
  telemetryToken: "Milestone 2, telemetry collector: bearer token of the Red Hat Telemetry query API.",
} as const;

export type SecretKey = keyof typeof secretKeys;

/**
 * Secrets the program generates (`components/generated-secrets`, with `@pulumi/random`) when the stack does not set
 * them; a stack that sets one (an existing secret manager) supplies it instead, validated as any other.
 */
export const generatedSecretKeys = [
  "plannerConnectorPassword",
  "pseudonymisationKey",
] as const satisfies readonly SecretKey[];

export type GeneratedSecretKey = (typeof generatedSecretKeys)[number];

export function isGeneratedSecretKey(key: string): key is GeneratedSecretKey {
  return (generatedSecretKeys as readonly string[]).includes(key);
}

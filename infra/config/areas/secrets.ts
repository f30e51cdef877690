/**
 * Keys that must be set with `pulumi config set --secret`: a plain-text value is rejected so that no credential
 * lands in a stack file in clear.
 */
export const secretKeys = {
  pseudonymisationKey:
    "Key of the keyed hash (HMAC-SHA256) that pseudonymises identifiers. At least 32 characters.",
  plannerAdminUrl:
    "postgres:// URL of a role that may create schemas and roles in the planner database (applies the read model).",
  plannerConnectorPassword: "Password of the connector's read-model login role.",
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

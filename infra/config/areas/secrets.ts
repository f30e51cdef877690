import { issueList, optional, str, type ConfigIssue, type OptionalSpec, type Parsed } from "../dsl";

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

/** The secret keys as schema entries: optional strings (which ones a stack needs is decided by the rules). */
export const secretSpecs = Object.fromEntries(
  Object.entries(secretKeys).map(([key, doc]) => [key, optional(str(doc))]),
) as { [K in keyof typeof secretKeys]: OptionalSpec<string> };

/** What a rule says when a secret the stack needs is not set. */
export const secretHint = (key: SecretKey, why: string) =>
  `a secret (${why}): pulumi config set --secret ${key} ...`;

/** Whether a plannerAdminUrl is a postgres:// URL (what it must be; its user is the role the program connects as). */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** The secrets' own formats (whether a stack needs one is the rule of the area that uses it). */
export function secretIssues(c: Parsed<typeof secretSpecs>): ConfigIssue[] {
  const { issues, add } = issueList();
  if (c.pseudonymisationKey !== undefined && c.pseudonymisationKey.length < 32) {
    add(
      "pseudonymisationKey",
      "a secret shorter than 32 characters",
      "a secret of at least 32 characters (e.g. openssl rand -hex 32)",
    );
  } else if (
    c.pseudonymisationKey !== undefined &&
    (/[:\\'"]/.test(c.pseudonymisationKey) || c.pseudonymisationKey.includes("\u0000"))
  ) {
    // The connector sends the sync rule through SQLAlchemy text(), which reads `:name` as a bind parameter; the
    // read model refuses these characters when it applies (components/planner-read-model/apply.ts).
    add(
      "pseudonymisationKey",
      "a secret containing ':', '\\', a quote or NUL",
      "a secret without them (e.g. openssl rand -hex 32)",
    );
  }
  if (c.plannerConnectorPassword !== undefined && !/^[\x21-\x7e]{16,}$/.test(c.plannerConnectorPassword)) {
    // What the read model accepts when it sets the role's password (it is hashed client-side).
    add(
      "plannerConnectorPassword",
      "a secret shorter than 16 characters or with spaces or non-ASCII characters",
      "a secret of at least 16 printable ASCII characters without spaces (e.g. openssl rand -base64 24)",
    );
  }
  if (c.plannerAdminUrl !== undefined && !isPostgresUrl(c.plannerAdminUrl)) {
    add(
      "plannerAdminUrl",
      "a secret that is not a postgres:// URL",
      "postgres://user:password@host:port/database",
    );
  }
  return issues;
}

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

/**
 * Loads and validates the stack configuration once, before any resource is registered.
 *
 * Every problem is collected and reported together, each naming the stack file, the key, what was found and what
 * is allowed. Secret values are never printed, and a key that must be secret is refused when set in plain text.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ConfigIssue } from "./dsl";
import { crossFieldIssues } from "./rules";
import { stackSchema, type ParsedConfig } from "./schema";
import { secretKeys, type SecretKey } from "./areas/secrets";

export const PROJECT = "am-dashboard";

/** The validated configuration; secrets are secret Outputs so they cannot leak into plain outputs or logs. */
export type StackConfig = Omit<ParsedConfig, SecretKey> & {
  readonly stack: string;
  readonly secrets: { [K in SecretKey]?: pulumi.Output<string> };
};

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
  ) {
    super(
      `Invalid stack configuration in ${file} (or the ESC environment it imports), ${issues.length} problem(s):\n` +
        issues.map((i) => `  - ${PROJECT}:${i.path}: found ${i.found}; allowed: ${i.allowed}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** Stack config values arrive as strings; structured values are JSON. */
function decode(raw: string): unknown {
  const t = raw.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    try {
      return JSON.parse(t);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Validates a flat config map (`am-dashboard:<key>` → string) without touching the Pulumi runtime. */
export function parseStackConfig(
  file: string,
  flat: Record<string, string>,
  isSecret: (fullKey: string) => boolean,
): ParsedConfig {
  const issues: ConfigIssue[] = [];
  const raw: Record<string, unknown> = {};
  for (const [fullKey, value] of Object.entries(flat)) {
    if (!fullKey.startsWith(`${PROJECT}:`)) continue; // other namespaces (kubernetes:, pulumi:) are not ours
    const key = fullKey.slice(PROJECT.length + 1);
    if (key in secretKeys) {
      if (!isSecret(fullKey)) {
        issues.push({
          path: key,
          found: "a plain-text value",
          allowed: `a secret: pulumi config set --secret ${key} <value> (and remove the plain value from ${file})`,
        });
      }
      raw[key] = value; // never echoed: secret issues print a description, not the value
      continue;
    }
    raw[key] = decode(value);
  }
  const parsed = stackSchema.parse(raw, "", issues);
  if (parsed) issues.push(...crossFieldIssues(parsed));
  // A schema issue about a secret key would print its value: replace what was found.
  for (const issue of issues) {
    const top = issue.path.split(/[.[]/)[0];
    if (top in secretKeys && issue.found.startsWith('"')) issue.found = "a value (hidden: secret)";
  }
  if (issues.length > 0 || !parsed) throw new ConfigError(file, issues);
  return parsed;
}

/** Reads the running stack's configuration from the Pulumi runtime and validates it. */
export function loadStackConfig(): StackConfig {
  const stack = pulumi.getStack();
  const file = `Pulumi.${stack}.yaml`;
  const flat = pulumi.runtime.allConfig();
  const isSecret = (k: string) =>
    (pulumi.runtime as unknown as { isConfigSecret(k: string): boolean }).isConfigSecret(k);
  const parsed = parseStackConfig(file, flat, isSecret);
  const secrets: StackConfig["secrets"] = {};
  const rest: Record<string, unknown> = { ...parsed };
  for (const key of Object.keys(secretKeys) as SecretKey[]) {
    const value = parsed[key];
    delete rest[key];
    if (value !== undefined) secrets[key] = pulumi.secret(value);
  }
  return { ...(rest as Omit<ParsedConfig, SecretKey>), stack, secrets };
}

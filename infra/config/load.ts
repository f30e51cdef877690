/**
 * Loads and validates the stack configuration once, before any resource is registered.
 *
 * Every problem is collected and reported together, each naming the stack file, the key, what was found and what
 * is allowed. Secret values are never printed, and a key that must be secret is refused when set in plain text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { ConfigIssue } from "./dsl";
import { PROJECT } from "../naming";
import { ConfigError } from "./errors";
import { foreignKeyIssue } from "./namespaces";
import { crossFieldIssues } from "./rules";
import { stackSchema, type ParsedConfig } from "./schema";
import { secretKeys, type SecretKey } from "./areas/secrets";
import { readStackFile } from "./stackFile";

export { ConfigError };

/** The validated configuration; secrets are secret Outputs so they cannot leak into plain outputs or logs. */
export type StackConfig = Omit<ParsedConfig, SecretKey> & {
  readonly stack: string;
  readonly secrets: { [K in SecretKey]?: pulumi.Output<string> };
};

/** Where a key (and a path below it) is in the stack file: a line number, when the file is at hand. */
export type Locate = (fullKey: string, path: string) => number | undefined;

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

/**
 * Validates a flat config map (`<namespace>:<key>` → string, as the CLI hands it over) without touching the Pulumi
 * runtime. Every key must be owned: the project's keys are checked against the schema, other namespaces against
 * `namespaces.ts`. Issues carry the stack-file line when `locate` can find it.
 */
export function parseStackConfig(
  file: string,
  flat: Record<string, string>,
  isSecret: (fullKey: string) => boolean,
  locate?: Locate,
): ParsedConfig {
  const issues: ConfigIssue[] = [];
  const raw: Record<string, unknown> = {};
  for (const [fullKey, value] of Object.entries(flat)) {
    const colon = fullKey.indexOf(":");
    const namespace = colon < 0 ? PROJECT : fullKey.slice(0, colon);
    const key = fullKey.slice(colon + 1);
    if (namespace !== PROJECT) {
      const issue = foreignKeyIssue(namespace, key, value);
      if (issue) issues.push(issue);
      continue;
    }
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
  // Values set as secrets (secret keys, or any key someone chose to encrypt) are never printed.
  const hidden = new Set(
    Object.keys(flat)
      .filter((k) => k.startsWith(`${PROJECT}:`) && isSecret(k))
      .map((k) => k.slice(PROJECT.length + 1)),
  );
  for (const issue of issues) {
    const top = issue.path.split(/[.[]/)[0];
    // A schema issue about a secret would print its value: replace what was found (descriptions stay).
    if (
      (issue.namespace ?? PROJECT) === PROJECT &&
      (top in secretKeys || hidden.has(top)) &&
      /^(["{[\d-]|true|false|null)/.test(issue.found)
    )
      issue.found = "a value (hidden: secret)";
    if (issue.line === undefined && locate && issue.namespace !== "") {
      const rest = issue.path.slice(top.length).replace(/^\./, "");
      issue.line = locate(`${issue.namespace ?? PROJECT}:${top}`, rest);
    }
  }
  if (issues.length > 0 || !parsed) throw new ConfigError(file, issues);
  return parsed;
}

/**
 * Lines of the stack file for error messages under `pulumi up`, which hands the program a flat map only. Best
 * effort: the file may be elsewhere (`--config-file`) or the value may come from an ESC environment.
 */
function fileLocator(file: string): Locate | undefined {
  try {
    const full = path.resolve(file);
    return fs.existsSync(full) ? readStackFile(full).lineOf : undefined;
  } catch {
    return undefined; // the CLI has read the file already; a YAML nit the CLI tolerates must not hide the real issue
  }
}

/** Reads the running stack's configuration from the Pulumi runtime and validates it. */
export function loadStackConfig(): StackConfig {
  const stack = pulumi.getStack();
  const file = `Pulumi.${stack}.yaml`;
  const flat = pulumi.runtime.allConfig();
  const isSecret = (k: string) =>
    (pulumi.runtime as unknown as { isConfigSecret(k: string): boolean }).isConfigSecret(k);
  return stackConfigOf(stack, parseStackConfig(file, flat, isSecret, fileLocator(file)));
}

/** The validated configuration of `stack` with its secrets as secret Outputs. */
export function stackConfigOf(stack: string, parsed: ParsedConfig): StackConfig {
  const secrets: StackConfig["secrets"] = {};
  const rest: Record<string, unknown> = { ...parsed };
  for (const key of Object.keys(secretKeys) as SecretKey[]) {
    const value = parsed[key];
    delete rest[key];
    if (value !== undefined) secrets[key] = pulumi.secret(value);
  }
  return { ...(rest as Omit<ParsedConfig, SecretKey>), stack, secrets };
}

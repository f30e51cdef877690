/**
 * Reads a `Pulumi.<stack>.yaml` the way the Pulumi CLI hands it to a program: a flat map of `<namespace>:<key>` to
 * strings (structured values as JSON) plus the list of secret keys. The text is read strictly by
 * `infra/config/stackFile.ts` (YAML errors are a `ConfigError` naming file and line).
 *
 * The synth cannot decrypt `secure:` values (no Pulumi CLI, no secrets provider), so each secret comes from an
 * environment variable it names, or from a placeholder that the summary reports.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT } from "../config/errors";
import { secretKeys } from "../config/areas/secrets";
import { encodeValue, readStackFile, type StackFileContent } from "../config/stackFile";

export interface LoadedStackFile {
  file: string;
  config: Record<string, string>;
  secretKeys: string[];
  /** ESC environments the stack imports: not resolvable offline. */
  environments: string[];
  /** What the synth did for each secret, for the summary. */
  secretSources: { key: string; source: string }[];
  /** Stack-file line of a key (and a path below it), for error messages. */
  lineOf?: StackFileContent["lineOf"];
}

/** `pseudonymisationKey` → `AM_SECRET_PSEUDONYMISATION_KEY`. */
export function secretEnvVar(key: string): string {
  return `AM_SECRET_${key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

/** Placeholders that satisfy validation and are obviously not real (never deployable: no cluster sees them). */
const PLACEHOLDERS: Record<string, string> = {
  pseudonymisationKey: "synth-placeholder-pseudonymisation-key-0000000000",
  plannerAdminUrl: "postgres://synth-placeholder:synth-placeholder@planner-db.invalid:5432/planner",
};

export function placeholderFor(key: string): string {
  return PLACEHOLDERS[key] ?? `synth-placeholder-${key}`;
}

export function stackFilePath(root: string, stack: string): string {
  return path.join(root, `Pulumi.${stack}.yaml`);
}

export function listStacks(root: string): string[] {
  return fs
    .readdirSync(root)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => Boolean(s))
    .sort();
}

/** `bytes`: the file's content when it is not on disk (tests, property-based mutations). */
export function loadStackFile(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  bytes?: Uint8Array,
): LoadedStackFile {
  const read = readStackFile(file, bytes);
  const config: Record<string, string> = {};
  const secrets: string[] = [];
  const secretSources: LoadedStackFile["secretSources"] = [];
  const display = path.basename(file);
  for (const [key, entry] of read.entries) {
    if (entry.secure) {
      const short = key.slice(key.indexOf(":") + 1);
      const envName = secretEnvVar(short);
      config[key] = env[envName] ?? placeholderFor(short);
      secrets.push(key);
      secretSources.push({
        key: short,
        source: env[envName]
          ? `from ${envName}`
          : `encrypted in ${display}: placeholder (set ${envName} to use a real value)`,
      });
      continue;
    }
    config[key] = encodeValue(entry.value);
  }
  // Secrets the schema knows but the file does not set: `pulumi up` needs them set with --secret.
  for (const short of Object.keys(secretKeys)) {
    const key = `${PROJECT}:${short}`;
    if (key in config) continue;
    const envName = secretEnvVar(short);
    if (env[envName]) {
      config[key] = env[envName]!;
      secretSources.push({ key: short, source: `from ${envName}` });
    } else {
      config[key] = placeholderFor(short);
      secretSources.push({
        key: short,
        source: `not in ${display}: placeholder (pulumi up needs: pulumi config set --secret ${short}; synth reads ${envName})`,
      });
    }
    secrets.push(key);
  }
  return {
    file,
    config,
    secretKeys: secrets,
    environments: read.environments,
    secretSources,
    lineOf: read.lineOf,
  };
}

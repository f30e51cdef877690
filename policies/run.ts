/**
 * Runs the whole pack over the resources the mock engine recorded (`infra/engine/mockEngine.ts`), for the
 * offline synth and the tests. Secrets are unwrapped the way the analyzer decrypts them, and their paths are kept
 * (`secretPaths`) so the secret policies can be exact here, where the real analyzer cannot be.
 *
 * Caveat: the analyzer's stack policies see resource *outputs*; under the mock engine outputs equal inputs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { EnforcementLevel, Policy } from "@pulumi/policy";
import { isRpcSecret, unwrapRpcSecret } from "@pulumi/pulumi/runtime/rpc";
import type { RecordedResource } from "../infra/engine/mockEngine";
import {
  analyzeResource,
  analyzeStack,
  type AnalyzedResource,
  type Diagnostic,
  type PackConfig,
} from "./analyzer";
import { allPolicies } from "./rules";
import type { AnonymisedLeader } from "./rules/replication";

export interface Violation {
  policyName: string;
  enforcementLevel: EnforcementLevel;
  urn?: string;
  message: string;
}

export interface RunOptions {
  config?: PackConfig;
  stackTags?: Record<string, string>;
  policies?: Policy[];
}

/** Plain props and the dotted paths at which a secret wrapper sat. */
export function unwrapSecrets(
  value: unknown,
  at = "",
  paths = new Set<string>(),
): { value: unknown; secretPaths: Set<string> } {
  if (isRpcSecret(value)) {
    paths.add(at);
    return unwrapSecrets(unwrapRpcSecret(value), at, paths);
  }
  if (Array.isArray(value)) {
    return {
      value: value.map((v, i) => unwrapSecrets(v, at ? `${at}.${i}` : String(i), paths).value),
      secretPaths: paths,
    };
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = unwrapSecrets(v, at ? `${at}.${k}` : k, paths).value;
    return { value: out, secretPaths: paths };
  }
  return { value, secretPaths: paths };
}

export function toAnalyzed(r: RecordedResource): AnalyzedResource {
  const { value, secretPaths } = unwrapSecrets(r.inputs);
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    props: value as Record<string, unknown>,
    opts: { additionalSecretOutputs: r.additionalSecretOutputs ?? [], parent: r.parent },
    parent: r.parent,
    dependencies: r.dependencies,
    provider: r.provider,
    secretPaths,
  };
}

/** Every policy over every recorded resource (reads of existing objects are not desired state and are skipped). */
export async function runPolicyPack(
  resources: RecordedResource[],
  options: RunOptions = {},
): Promise<Violation[]> {
  const policies = options.policies ?? allPolicies();
  const analyzed = resources.filter((r) => !r.read && r.custom).map(toAnalyzed);
  const diagnostics: Diagnostic[] = [];
  for (const r of analyzed) diagnostics.push(...(await analyzeResource(policies, r, options)));
  diagnostics.push(...(await analyzeStack(policies, analyzed, options)));
  return diagnostics.map((d) => ({
    policyName: d.policyName,
    enforcementLevel: d.enforcementLevel,
    urn: d.urn,
    message: d.message,
  }));
}

export const POLICY_CONFIG_DIR = path.join(__dirname, "config");

/** Policies whose config carries the anonymised leaders (the CLI has no pack-wide config, so each repeats it). */
export const LEADER_POLICIES = [
  "replication-from-anonymised-leaders",
  "dashboards-use-shown-fields",
  "viewers-read-anonymised-only",
];

/** What the stack file says that the pack needs: `am-dashboard:licence` and `am-dashboard:replication`. */
export function stackPolicyValues(config: Record<string, string>): {
  licence?: string;
  leaders?: AnonymisedLeader[];
} {
  const raw = config["am-dashboard:replication"];
  const replication = raw
    ? (JSON.parse(raw) as {
        alias?: string;
        indices?: { index?: string; pattern?: string; model: string; anonymisedAtSource?: boolean }[];
      })
    : undefined;
  const leaders = replication?.alias
    ? (replication.indices ?? [])
        .filter((i) => i.anonymisedAtSource === true && (i.index ?? i.pattern) !== undefined)
        .map((i) => ({ cluster: replication.alias!, indices: [(i.index ?? i.pattern)!], model: i.model }))
    : undefined;
  return { licence: config["am-dashboard:licence"], leaders };
}

function withEntry(config: PackConfig, policy: string, values: Record<string, unknown>): void {
  const entry = config[policy];
  config[policy] =
    typeof entry === "string" ? { enforcementLevel: entry, ...values } : { ...(entry ?? {}), ...values };
}

/**
 * The `--policy-pack-config` file of a stack, with the stack file's licence and declared leaders written in:
 * the stack file is the source of truth, the JSON file the copy the CLI reads (a test keeps them equal).
 */
export function policyConfigFor(
  stack: string,
  values: { licence?: string; leaders?: AnonymisedLeader[] } = {},
): PackConfig {
  const file = path.join(POLICY_CONFIG_DIR, `${stack}.json`);
  const config: PackConfig = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as PackConfig)
    : { all: "mandatory" };
  if (values.licence) withEntry(config, "licence-covers-features", { licence: values.licence });
  if (values.leaders)
    for (const p of LEADER_POLICIES) withEntry(config, p, { anonymisedLeaders: values.leaders });
  return config;
}

export const hasMandatory = (violations: Violation[]) =>
  violations.some((v) => v.enforcementLevel === "mandatory");

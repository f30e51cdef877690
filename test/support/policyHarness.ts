/**
 * Unit-test support for the policy pack: calls single policies (or all of them) with arguments typed by
 * `@pulumi/policy` itself, over resources a test builds or the mock engine recorded. This is not the analyzer: the
 * pack over whole stacks, with preview unknowns, decrypted secrets and enforcement levels as the CLI reconciles
 * them, runs under the real CLI in test/engines/previews.test.ts. Props arrive here as the analyzer hands them over
 * in one respect that matters to the secret policies: plain, with no trace of which values were secrets.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type {
  EnforcementLevel,
  Policy,
  PolicyResource,
  PolicyResourceOptions,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { isRpcSecret } from "@pulumi/pulumi/runtime/rpc";
import { plainValue, type RecordedResource } from "../../infra/engine/mockEngine";
import { REPO_ROOT } from "../../infra/paths";
import { allPolicies } from "../../policies/rules";
import type { AnonymisedLeader } from "../../policies/rules/replication";

/** `--policy-pack-config` content: `{"all": "mandatory", "<policy>": "advisory" | {enforcementLevel, ...}}`. */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** A resource handed to a policy. */
export interface TestResource {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  opts?: Partial<PolicyResourceOptions>;
  parent?: string;
  dependencies?: string[];
}

export interface Diagnostic {
  policyName: string;
  enforcementLevel: EnforcementLevel;
  /** As the CLI prints it: the policy's description, a newline, then what the policy reported. */
  message: string;
  urn?: string;
}
export type Violation = Diagnostic;

export interface ResourceOptions {
  name?: string;
  opts?: Partial<PolicyResourceOptions>;
  parent?: string;
  dependencies?: string[];
}

export function resource(
  type: string,
  props: Record<string, unknown>,
  o: ResourceOptions = {},
): TestResource {
  const name = o.name ?? "test";
  return {
    type,
    name,
    urn: `urn:pulumi:test::am-dashboard::${type}::${name}`,
    props,
    opts: o.opts,
    parent: o.parent,
    dependencies: o.dependencies,
  };
}

/** A recorded registration as a policy sees it: plain props (secrets decrypted), its declared secret outputs. */
export function fromRecorded(r: RecordedResource): TestResource {
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    props: plainValue(r.inputs) as Record<string, unknown>,
    opts: { additionalSecretOutputs: r.additionalSecretOutputs ?? [], parent: r.parent },
    parent: r.parent,
    dependencies: r.dependencies,
  };
}

function entryOf(config: PackConfig | undefined, name: string) {
  const all = config?.all;
  const own = config?.[name];
  const base: { enforcementLevel?: EnforcementLevel } =
    typeof all === "string" ? { enforcementLevel: all } : {};
  if (typeof own === "string") return { ...base, enforcementLevel: own };
  return { ...base, ...(own ?? {}) } as { enforcementLevel?: EnforcementLevel } & Record<string, unknown>;
}

function settings(p: Policy, config: PackConfig | undefined) {
  const { enforcementLevel, ...given } = entryOf(config, p.name);
  const defaults = Object.fromEntries(
    Object.entries(p.configSchema?.properties ?? {})
      .filter(([, s]) => (s as { default?: unknown }).default !== undefined)
      .map(([k, s]) => [k, (s as { default?: unknown }).default]),
  );
  const level: EnforcementLevel = enforcementLevel ?? p.enforcementLevel ?? "advisory";
  return { level, config: { ...defaults, ...given } };
}

const options = (o: Partial<PolicyResourceOptions> | undefined): PolicyResourceOptions => ({
  protect: false,
  ignoreChanges: [],
  aliases: [],
  additionalSecretOutputs: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  ...o,
});

class NotApplicable extends Error {}
const notApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

function collect(p: Policy, level: EnforcementLevel, out: Diagnostic[]) {
  return (message: string, urn?: string) =>
    out.push({
      policyName: p.name,
      enforcementLevel: level,
      message: message ? `${p.description}\n${message}` : (p.description ?? ""),
      urn,
    });
}

/** What one resource policy reports about one resource. */
export async function runResourcePolicy(
  p: Policy,
  r: TestResource,
  o: { config?: PackConfig } = {},
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const policy = p as ResourceValidationPolicy;
  if (!policy.validateResource) return out;
  const { level, config } = settings(p, o.config);
  if (level === "disabled") return out;
  const args: ResourceValidationArgs = {
    type: r.type,
    props: r.props,
    urn: r.urn,
    name: r.name,
    opts: options(r.opts),
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => ({ ...config }) as T,
    notApplicable,
  } as ResourceValidationArgs;
  const report = collect(p, level, out);
  for (const fn of Array.isArray(policy.validateResource)
    ? policy.validateResource
    : [policy.validateResource]) {
    try {
      await fn(args, (m: string) => report(m, r.urn));
    } catch (e) {
      if (!(e instanceof NotApplicable)) throw e;
    }
  }
  return out;
}

/** What one stack policy reports about a set of resources. */
export async function runStackPolicy(
  p: Policy,
  rs: TestResource[],
  o: { config?: PackConfig } = {},
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const policy = p as StackValidationPolicy;
  if (!policy.validateStack) return out;
  const { level, config } = settings(p, o.config);
  if (level === "disabled") return out;
  const built = rs.map((r) => ({
    r,
    res: {
      type: r.type,
      props: r.props,
      urn: r.urn,
      name: r.name,
      opts: options(r.opts),
      dependencies: [],
      propertyDependencies: {},
      isType: () => false,
      asType: () => undefined,
    } as unknown as PolicyResource,
  }));
  const byUrn = new Map(built.map((b) => [b.res.urn, b.res]));
  for (const { r, res } of built) {
    if (r.parent) res.parent = byUrn.get(r.parent);
    res.dependencies = (r.dependencies ?? [])
      .map((d) => byUrn.get(d))
      .filter((d): d is PolicyResource => !!d);
  }
  const args: StackValidationArgs = {
    resources: built.map((b) => b.res),
    getConfig: <T extends object>() => ({ ...config }) as T,
    stackTags: new Map(),
    notApplicable,
  } as StackValidationArgs;
  try {
    await policy.validateStack(args, collect(p, level, out));
  } catch (e) {
    if (!(e instanceof NotApplicable)) throw e;
  }
  return out;
}

/** Every policy of the pack over every recorded registration (reads of existing objects are not desired state). */
export async function runPack(
  recorded: RecordedResource[],
  o: { config?: PackConfig; policies?: Policy[] } = {},
): Promise<Violation[]> {
  const policies = o.policies ?? allPolicies();
  const rs = recorded.filter((r) => !r.read && r.custom).map(fromRecorded);
  const out: Diagnostic[] = [];
  for (const r of rs) for (const p of policies) out.push(...(await runResourcePolicy(p, r, o)));
  for (const p of policies) out.push(...(await runStackPolicy(p, rs, o)));
  return out;
}

/** What the policy reported, without the description line. */
export function reported(ds: Diagnostic[]): string[] {
  return ds.map((d) => {
    const description = d.message.split("\n")[0];
    return d.message.includes("\n") ? d.message.slice(description.length + 1) : d.message;
  });
}

export const POLICY_CONFIG_DIR = path.join(REPO_ROOT, "policies", "config");

/** Policies whose config carries the anonymised leaders (the CLI has no pack-wide config, so each repeats it). */
export const LEADER_POLICIES = [
  "replication-from-anonymised-leaders",
  "dashboards-use-shown-fields",
  "viewers-read-anonymised-only",
  "viewers-read-aggregates-only",
];

/** What a stack file says that the pack needs: `am-dashboard:licence` and `am-dashboard:replication`. */
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

/** `policies/config/<stack>.json` with the given licence and leaders written in (the stack file's, in tests). */
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

export const hasMandatory = (vs: Violation[]) => vs.some((v) => v.enforcementLevel === "mandatory");

type Inputs = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Copies of the recorded resources with `edit` applied to the (cloned) inputs of each match; fails if none matches. */
export function mutateRecorded(
  rs: RecordedResource[],
  match: (r: RecordedResource) => boolean,
  edit: (inputs: Inputs) => void,
): RecordedResource[] {
  let hit = 0;
  const out = rs.map((r) => {
    if (!match(r)) return r;
    hit++;
    const inputs = structuredClone(r.inputs) as Inputs;
    edit(inputs);
    return { ...r, inputs };
  });
  assert.ok(hit > 0, "the mutation matched no resource");
  return out;
}

/** The object holding `key` (inside a secret wrapper when there is one), so a test can edit it in place. */
export function holderOf(parent: Inputs, key: string): Inputs {
  const v = parent[key];
  return isRpcSecret(v) ? (v as Inputs).value : v;
}

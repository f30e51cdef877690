/**
 * Runs the pack's policies the way the Pulumi analyzer (`@pulumi/policy` 1.21 `server.ts`) does, without the CLI
 * and without starting the gRPC server: props behind `unknownCheckingProxy`, `isType` / `asType` by `__pulumiType`
 * or `isInstance`, `notApplicable` throwing, `getConfig` with schema defaults filled (as the CLI does), effective
 * levels resolved config → policy → pack, `UnknownValueError` turned into an advisory "can't run … during
 * preview", violation messages prefixed by the policy description.
 *
 * This is an emulation of the analyzer for offline runs and tests; the real one only runs under the Pulumi CLI.
 */
import * as policy from "@pulumi/policy";
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
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";
import type { SecretAware } from "./rules/common";

/** The sentinel Pulumi uses for a value not known at preview; `unknownCheckingProxy` throws on touching it. */
export const UNKNOWN: string = unknownValue;

export const PACK_NAME = "am-dashboard-anonymisation";
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PACK_VERSION: string = (require("./package.json") as { version: string }).version;

/** `--policy-pack-config` file content: `{"all": "mandatory", "<policy>": "advisory" | {enforcementLevel, ...}}`. */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** One resource as the analyzer would receive it: plain (decrypted) props, unknowns as `UNKNOWN`. */
export interface AnalyzedResource {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  opts?: Partial<PolicyResourceOptions>;
  parent?: string;
  dependencies?: string[];
  provider?: string;
  /** Dotted paths that were Pulumi secrets (known to the runner and harness only, see rules/common.ts). */
  secretPaths?: ReadonlySet<string>;
}

export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  enforcementLevel: EnforcementLevel;
  severity?: string;
  description: string;
  /** As the CLI prints it: the description, a newline, then what the policy reported. */
  message: string;
  urn?: string;
}

export interface AnalyzeOptions {
  config?: PackConfig;
  stackTags?: Record<string, string>;
  /** The pack-level default (PolicyPack's `enforcementLevel`; advisory when unset). */
  packLevel?: EnforcementLevel;
}

const { unknownCheckingProxy, UnknownValueError } = policy as unknown as {
  unknownCheckingProxy: <T>(v: T) => T;
  UnknownValueError: new (...a: unknown[]) => Error;
};

export class NotApplicableError extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? "not applicable");
  }
}
const notApplicable = (reason?: string): never => {
  throw new NotApplicableError(reason);
};

type Named = { __pulumiType?: string; isInstance?: (o: unknown) => boolean };

/** `isTypeOf` of server.ts: the class's attached token, else its `isInstance` on `{__pulumiType}`. */
export function isTypeOf(type: string, cls: unknown): boolean {
  const c = cls as Named;
  if (c?.__pulumiType) return c.__pulumiType === type;
  return typeof c?.isInstance === "function" && c.isInstance({ __pulumiType: type }) === true;
}

function entryOf(
  config: PackConfig | undefined,
  name: string,
): { enforcementLevel?: EnforcementLevel } & Record<string, unknown> {
  const all = config?.all;
  const own = config?.[name];
  const base = typeof all === "string" ? { enforcementLevel: all } : {};
  if (typeof own === "string") return { ...base, enforcementLevel: own };
  return { ...base, ...(own ?? {}) };
}

/** Level and config of one policy, as the CLI reconciles them (`pkg/resource/analyzer/config.go`). */
export function policySettings(
  p: Policy,
  options: AnalyzeOptions,
): { level: EnforcementLevel; config: Record<string, unknown> } {
  const { enforcementLevel, ...given } = entryOf(options.config, p.name);
  const defaults = Object.fromEntries(
    Object.entries(p.configSchema?.properties ?? {})
      .filter(([, s]) => (s as { default?: unknown }).default !== undefined)
      .map(([k, s]) => [k, (s as { default?: unknown }).default]),
  );
  let level = enforcementLevel || p.enforcementLevel || options.packLevel || "advisory";
  if (level === "remediate") level = "mandatory";
  return { level, config: { ...defaults, ...given } };
}

function opts(o: Partial<PolicyResourceOptions> | undefined): PolicyResourceOptions {
  return {
    protect: false,
    ignoreChanges: [],
    aliases: [],
    additionalSecretOutputs: [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    ...o,
  };
}

/** `ResourceValidationArgs` as server.ts builds them (plus the non-standard `secretPaths`). */
export function resourceValidationArgs(
  r: AnalyzedResource,
  config: Record<string, unknown> = {},
  stackTags: Record<string, string> = {},
): ResourceValidationArgs & Partial<SecretAware> {
  const props = unknownCheckingProxy(r.props);
  return {
    type: r.type,
    props,
    urn: r.urn,
    name: r.name,
    opts: opts(r.opts),
    stackTags: new Map(Object.entries(stackTags)),
    isType: (cls: unknown) => isTypeOf(r.type, cls),
    asType: (cls: unknown) => (isTypeOf(r.type, cls) ? props : undefined),
    getConfig: <T extends object>() => ({ ...config }) as T,
    notApplicable,
    ...(r.secretPaths ? { secretPaths: r.secretPaths } : {}),
  } as ResourceValidationArgs & Partial<SecretAware>;
}

/** `StackValidationArgs`: every resource proxied, parents and dependencies linked to resource objects. */
export function stackValidationArgs(
  resources: AnalyzedResource[],
  config: Record<string, unknown> = {},
  stackTags: Record<string, string> = {},
): StackValidationArgs {
  const built = resources.map((r) => {
    const props = unknownCheckingProxy(r.props);
    const res: PolicyResource & Partial<SecretAware> = {
      type: r.type,
      props,
      urn: r.urn,
      name: r.name,
      opts: opts(r.opts),
      dependencies: [],
      propertyDependencies: {},
      isType: (cls: unknown) => isTypeOf(r.type, cls),
      asType: (cls: unknown) => (isTypeOf(r.type, cls) ? props : undefined),
      ...(r.secretPaths ? { secretPaths: r.secretPaths } : {}),
    } as PolicyResource & Partial<SecretAware>;
    return { res, r };
  });
  const byUrn = new Map(built.map((b) => [b.res.urn, b.res]));
  for (const { res, r } of built) {
    if (r.parent && byUrn.has(r.parent)) res.parent = byUrn.get(r.parent);
    res.dependencies = (r.dependencies ?? [])
      .map((d) => byUrn.get(d))
      .filter((d): d is PolicyResource => !!d);
  }
  return {
    resources: built.map((b) => b.res),
    getConfig: <T extends object>() => ({ ...config }) as T,
    stackTags: new Map(Object.entries(stackTags)),
    notApplicable,
  };
}

const isResourcePolicy = (p: Policy): p is ResourceValidationPolicy => "validateResource" in p;
const isStackPolicy = (p: Policy): p is StackValidationPolicy => "validateStack" in p;

function reporter(p: Policy, level: EnforcementLevel, out: Diagnostic[]) {
  return (message: string, urn?: string) =>
    out.push({
      policyName: p.name,
      policyPackName: PACK_NAME,
      policyPackVersion: PACK_VERSION,
      enforcementLevel: level,
      severity: p.severity,
      description: p.description ?? "",
      message: message ? `${p.description}\n${message}` : (p.description ?? ""),
      urn,
    });
}

/** The advisory the analyzer emits instead of a violation when a policy touches an unknown value. */
function previewAdvisory(p: Policy, e: Error, urn: string | undefined): Diagnostic {
  return {
    policyName: p.name,
    policyPackName: PACK_NAME,
    policyPackVersion: PACK_VERSION,
    enforcementLevel: "advisory",
    severity: p.severity,
    description: p.description ?? "",
    message: `can't run policy '${p.name}' from policy pack '${PACK_NAME}@v${PACK_VERSION}' during preview: ${e.message}`,
    urn,
  };
}

/** What `AnalyzeResource` returns for one resource. */
export async function analyzeResource(
  policies: Policy[],
  r: AnalyzedResource,
  options: AnalyzeOptions = {},
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const p of policies.filter(isResourcePolicy)) {
    const { level, config } = policySettings(p, options);
    if (level === "disabled" || !p.validateResource) continue;
    const fns = Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
    for (const fn of fns) {
      try {
        // Urns passed to reportViolation are ignored for resource policies: the resource's own urn is used.
        const report = reporter(p, level, out);
        await fn(resourceValidationArgs(r, config, options.stackTags), (m: string) => report(m, r.urn));
      } catch (e) {
        if (e instanceof UnknownValueError) out.push(previewAdvisory(p, e, r.urn));
        else if (!(e instanceof NotApplicableError))
          throw new Error(`policy ${p.name} failed on ${r.urn}: ${String(e)}`, { cause: e });
      }
    }
  }
  return out;
}

/** What `AnalyzeStack` returns for the whole stack. */
export async function analyzeStack(
  policies: Policy[],
  resources: AnalyzedResource[],
  options: AnalyzeOptions = {},
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const p of policies.filter(isStackPolicy)) {
    const { level, config } = policySettings(p, options);
    if (level === "disabled") continue;
    try {
      await p.validateStack(
        stackValidationArgs(resources, config, options.stackTags),
        reporter(p, level, out),
      );
    } catch (e) {
      if (e instanceof UnknownValueError) out.push(previewAdvisory(p, e, undefined));
      else if (!(e instanceof NotApplicableError))
        throw new Error(`policy ${p.name} failed: ${String(e)}`, { cause: e });
    }
  }
  return out;
}

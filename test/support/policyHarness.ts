/**
 * Test harness for the policy pack: builds resources the way the Pulumi analyzer receives them and runs single
 * policies through `policies/analyzer.ts` (the same emulation of `@pulumi/policy`'s server that the synth uses),
 * so a test sees what `pulumi preview` would: proxied props, `UNKNOWN` values turning into the advisory
 * "can't run … during preview", `notApplicable`, schema defaults in `getConfig`, `stackTags`, `opts`.
 */
import type { Policy, PolicyResourceOptions } from "@pulumi/policy";
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import {
  analyzeResource,
  analyzeStack,
  UNKNOWN,
  type AnalyzeOptions,
  type AnalyzedResource,
  type Diagnostic,
} from "../../policies/analyzer";
import { unwrapSecrets } from "../../policies/run";

export { UNKNOWN };
export type { Diagnostic };

/** A value the program passed as a Pulumi secret (the runtime's own wire form). */
export function secret<T>(value: T): T {
  return { [specialSigKey]: specialSecretSig, value } as unknown as T;
}

export interface ResourceOptions {
  name?: string;
  opts?: Partial<PolicyResourceOptions>;
  /**
   * `true` (default): secret-ness is known, as in this repository's runner. `false`: the real analyzer, which
   * decrypts secrets and keeps no trace of them (only `opts.additionalSecretOutputs`).
   */
  secretAware?: boolean;
  parent?: string;
  dependencies?: string[];
}

/** A resource as the analyzer gets it: props decrypted (`secret(...)` unwrapped), unknowns left as `UNKNOWN`. */
export function resource(
  type: string,
  props: Record<string, unknown>,
  o: ResourceOptions = {},
): AnalyzedResource {
  const name = o.name ?? "test";
  const { value, secretPaths } = unwrapSecrets(props);
  return {
    type,
    name,
    urn: `urn:pulumi:test::am-dashboard::${type}::${name}`,
    props: value as Record<string, unknown>,
    opts: o.opts,
    parent: o.parent,
    dependencies: o.dependencies,
    ...(o.secretAware === false ? {} : { secretPaths }),
  };
}

/** Diagnostics of one policy over one resource (resource policies) — what AnalyzeResource would return. */
export function runResourcePolicy(
  p: Policy,
  r: AnalyzedResource,
  options: AnalyzeOptions = {},
): Promise<Diagnostic[]> {
  return analyzeResource([p], r, options);
}

/** Diagnostics of one stack policy over a set of resources — what AnalyzeStack would return. */
export function runStackPolicy(
  p: Policy,
  rs: AnalyzedResource[],
  options: AnalyzeOptions = {},
): Promise<Diagnostic[]> {
  return analyzeStack([p], rs, options);
}

/** What the policy reported, without the description line the analyzer prepends. */
export function reported(ds: Diagnostic[]): string[] {
  return ds.map((d) =>
    d.message.startsWith(`${d.description}\n`) ? d.message.slice(d.description.length + 1) : d.message,
  );
}

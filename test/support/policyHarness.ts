/**
 * Test harness for the policy pack: builds resources the way the Pulumi analyzer receives them and runs single
 * policies through `policies/analyzer.ts` (the same emulation of `@pulumi/policy`'s server that the synth uses),
 * so a test sees what `pulumi preview` would: proxied props, `UNKNOWN` values turning into the advisory
 * "can't run … during preview", `notApplicable`, schema defaults in `getConfig`, `stackTags`, `opts`.
 */
import * as assert from "node:assert/strict";
import type { Policy, PolicyResourceOptions } from "@pulumi/policy";
import { isRpcSecret, specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import type { RecordedResource } from "../../infra/engine/mockEngine";
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

/**
 * Calls policy factories directly with `@pulumi/policy`'s own argument types (`ResourceValidationArgs`,
 * `StackValidationArgs`, `PolicyResource`): what a test checks is the policy's
 * own logic over the props the real analyzer would hand it.
 */
import type {
  PolicyResource,
  PolicyResourceOptions,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";

const OPTS: PolicyResourceOptions = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
};

/** Thrown by `notApplicable`, as the real args do (the analyzer reports "not applicable", not a violation). */
export class NotApplicable extends Error {}

export type TestResource = PolicyResource;

/** A resource as a stack policy sees it. */
export function policyResource(
  type: string,
  props: Record<string, unknown>,
  o: { name?: string } = {},
): TestResource {
  const name = o.name ?? "test";
  return {
    type,
    props,
    urn: `urn:pulumi:test::am-dashboard::${type}::${name}`,
    name,
    opts: OPTS,
    dependencies: [],
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
  };
}

function defaults(policy: { configSchema?: { properties?: Record<string, { default?: unknown }> } }) {
  return Object.fromEntries(
    Object.entries(policy.configSchema?.properties ?? {}).map(([k, v]) => [k, v.default]),
  );
}

/** Messages a resource policy reports for one resource (empty when not applicable). */
export async function resourceViolations(
  policy: ResourceValidationPolicy,
  r: TestResource,
): Promise<string[]> {
  const out: string[] = [];
  const args: ResourceValidationArgs = {
    ...r,
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => defaults(policy) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
  const v = policy.validateResource;
  const validate = v === undefined ? [] : Array.isArray(v) ? v : [v];
  try {
    for (const v of validate) await v(args, (message) => out.push(message));
  } catch (e) {
    if (!(e instanceof NotApplicable)) throw e;
  }
  return out;
}

/** Messages a stack policy reports over `resources`, with `config` over the schema defaults. */
export async function stackViolations(
  policy: StackValidationPolicy,
  resources: TestResource[],
  config: Record<string, unknown> = {},
): Promise<string[]> {
  const out: string[] = [];
  const args: StackValidationArgs = {
    resources,
    stackTags: new Map(),
    getConfig: <T extends object>() => ({ ...defaults(policy), ...config }) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
  try {
    await policy.validateStack(args, (message) => out.push(message));
  } catch (e) {
    if (!(e instanceof NotApplicable)) throw e;
  }
  return out;
}

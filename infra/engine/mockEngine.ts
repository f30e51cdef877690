/**
 * Runs a Pulumi program against the Pulumi runtime's mock engine and records everything it registers.
 *
 * Shared by the offline synth and the tests, so that what the tests assert is exactly what the synth writes.
 * On top of `pulumi.runtime.setMocks` it captures what the mock API hides (parent URN, dependencies, provider),
 * by wrapping the mock monitor's register calls: policies and the resource tree need them.
 *
 * This is the Pulumi SDK's own mock engine, not a Pulumi CLI, provider or cluster: nothing is created anywhere.
 */
import * as pulumi from "@pulumi/pulumi";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { deserializeProperties, isRpcSecret, unwrapRpcSecret } from "@pulumi/pulumi/runtime/rpc";
// Internal to the SDK (not in its typings): resolves once every outstanding registration RPC has finished.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { waitForRPCs } = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

/** One resource as the engine saw it. `inputs` keep secret values wrapped (see `isRpcSecret`). */
export interface RecordedResource {
  urn: string;
  type: string;
  name: string;
  /** True for custom resources, false for components. */
  custom: boolean;
  /** True when the program read an existing object (`X.get(...)`) rather than declaring one. */
  read: boolean;
  parent?: string;
  dependencies: string[];
  /** URN of the provider when one was passed explicitly. */
  provider?: string;
  inputs: Record<string, unknown>;
  id?: string;
  /** `additionalSecretOutputs` option, which the policy analyzer sees in `opts`. */
  additionalSecretOutputs?: string[];
  /** `deleteBeforeReplace` option (also in the analyzer's `opts`): credentials must be replaced create-first. */
  deleteBeforeReplace?: boolean;
  /** `replaceOnChanges` option: a rotated API key is a new key because its name is in this list. */
  replaceOnChanges?: string[];
  /**
   * URNs the `aliases` option stands for (what the engine would look up in the state before creating anew): a
   * resource moved under a new parent keeps its state when its old URN is here.
   */
  aliases?: string[];
}

/** Invokes the program may make; anything else fails closed so an unexpected data-source call is noticed. */
export type InvokeHandler = (token: string, inputs: Record<string, unknown>) => Record<string, unknown>;

export interface MockEngineOptions {
  project: string;
  stack: string;
  /** Flat config map (`<project>:<key>` → string value) and the keys that are secret. */
  config: Record<string, string>;
  secretKeys?: string[];
  /** Runs as `pulumi preview` would (outputs of new resources unknown). */
  preview?: boolean;
  invokes?: Record<string, InvokeHandler>;
}

export interface EngineRun<T> {
  resources: RecordedResource[];
  outputs: T;
}

/**
 * Stand-in of a value `@pulumi/random` generates (the mock has no provider): distinctive, per resource name, and
 * valid for every consumer (letters, digits and dashes, over 32 characters), so the synth's secret scans can plant it.
 */
export const GENERATED_MARK = "GENx7Q9wZ3k5";
export function generatedValue(resourceName: string): string {
  return `${GENERATED_MARK}-${resourceName}-${"0".repeat(16)}`;
}

/** Placeholder values the engine returns for objects a program reads from the cluster (`Secret.get`). */
export const READ_PLACEHOLDER = "synth-placeholder-read-from-cluster";

/**
 * Keys of existing objects the stack file names (`planner.sslCa.configMap.key`, …): the synth assumes the objects a
 * stack reads exist and hold the keys it names, as it assumes for the CA bundles below.
 */
function namedKeys(config: Record<string, string>): string[] {
  const keys = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (k === "key" && typeof x === "string") keys.add(x);
        else walk(x);
      }
  };
  for (const value of Object.values(config)) {
    try {
      walk(JSON.parse(value) as unknown);
    } catch {
      // a plain string value names no key
    }
  }
  return [...keys];
}

function stateFor(args: pulumi.runtime.MockResourceArgs, keys: string[] = []): Record<string, unknown> {
  const state: Record<string, unknown> = { ...args.inputs };
  if (args.type.startsWith("kubernetes:")) {
    const metadata = (args.inputs.metadata ?? {}) as Record<string, unknown>;
    // The Kubernetes provider auto-names objects; a fixed name keeps the synth deterministic.
    state.metadata = { name: args.name, ...metadata };
    if (args.id !== undefined && args.type === "kubernetes:core/v1:Secret") {
      const [namespace, name] = args.id.includes("/") ? args.id.split("/") : [undefined, args.id];
      // Named after the Secret, so a test can tell which Secret a value came from (each CA has its own owner).
      const placeholder = Buffer.from(`${READ_PLACEHOLDER}:${args.id}`).toString("base64");
      state.metadata = { name, namespace };
      state.data = { "ca.crt": placeholder, "tls.crt": placeholder, elastic: placeholder };
      for (const key of keys) (state.data as Record<string, string>)[key] = placeholder;
    }
    if (args.id !== undefined && args.type === "kubernetes:core/v1:ConfigMap") {
      // ConfigMaps a program reads hold CA bundles (OpenShift's `openshift-service-ca.crt`).
      const [namespace, name] = args.id.split("/");
      const placeholder = `${READ_PLACEHOLDER}:${args.id}`;
      state.metadata = { name, namespace };
      state.data = { "ca.crt": placeholder, "service-ca.crt": placeholder };
      for (const key of keys) (state.data as Record<string, string>)[key] = placeholder;
    }
  }
  if (args.type === "random:index/password:Password" || args.type === "random:index/bytes:Bytes") {
    // What hashicorp/random computes; a value marked as generated so scans can look for it in every output.
    const value = generatedValue(args.name);
    if (args.type.endsWith(":Password"))
      Object.assign(state, { result: value, bcryptHash: `bcrypt-${value}` });
    else Object.assign(state, { hex: value, base64: Buffer.from(value).toString("base64") });
  }
  if (args.type.endsWith(":ElasticsearchSecurityApiKey")) {
    // Computed by Elasticsearch; objects built from the key (the connector's config.yml) need a value to render.
    state.keyId = `${args.name}-key-id`;
    state.encoded = READ_PLACEHOLDER;
  }
  return state;
}

function deterministicId(args: pulumi.runtime.MockResourceArgs): string | undefined {
  if (!args.custom) return undefined;
  // A registration's import id arrives as "" (not undefined): "" would make every created resource's id unknown,
  // as only a preview has it, and nothing derived from an id (a read of what ECK creates) would ever resolve.
  return args.id || `${args.name}-id`;
}

/**
 * Runs `program` under mocks with the given config and returns what it registered.
 * Errors thrown by the program (invalid config, failed builders) propagate unchanged.
 */
export async function runUnderMocks<T>(
  options: MockEngineOptions,
  program: () => Promise<T> | T,
): Promise<EngineRun<T>> {
  const records: RecordedResource[] = [];
  const invokes = options.invokes ?? {};
  const keys = namedKeys(options.config);
  const unexpected: string[] = [];
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => ({ id: deterministicId(args), state: stateFor(args, keys) }),
      call: (args) => {
        const handler = invokes[args.token];
        if (!handler) {
          // The SDK loses an invoke error's message on its way back to the program (and a program may catch it):
          // remember it, and fail the whole run below.
          unexpected.push(args.token);
          throw new Error(`unexpected invoke ${args.token}`);
        }
        return handler(args.token, args.inputs);
      },
    },
    options.project,
    options.stack,
    options.preview ?? false,
  );
  pulumi.runtime.setAllConfig(options.config, options.secretKeys ?? []);

  const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitor;
  wrapMonitor(monitor, records);

  let outputs: T;
  const failClosed = () =>
    new Error(
      `unexpected invoke ${unexpected.join(", ")}: the program may only call ${Object.keys(invokes).join(", ") || "none"}`,
    );
  // A resource whose inputs fail (a throw inside an `apply`) is never registered, and the SDK only leaves an
  // unhandled rejection behind. The real Node.js runtime fails the program on those; so does this run, instead of
  // rendering a desired state that silently lacks the resource.
  const lost: unknown[] = [];
  const onLost = (reason: unknown) => lost.push(reason);
  process.on("unhandledRejection", onLost);
  try {
    const raw = await program();
    outputs = (await resolveDeep(raw)) as T;
    await waitForRPCs();
    // Rejections are reported after the microtask queue drains: give them one turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    await waitForRPCs().catch(() => undefined);
    throw new ProgramError(unexpected.length ? failClosed() : error, records);
  } finally {
    process.off("unhandledRejection", onLost);
  }
  if (unexpected.length) throw new ProgramError(failClosed(), records);
  if (lost.length) throw new ProgramError(lost[0], records);
  return { resources: records, outputs };
}

/** The program failed; `resources` holds what it had registered before (empty for a config error). */
export class ProgramError extends Error {
  constructor(
    readonly cause: unknown,
    readonly resources: RecordedResource[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ProgramError";
  }
}

type Callback = (err: unknown, resp: { getUrn(): string } | undefined) => void;
interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom?(): boolean;
  getDependenciesList?(): string[];
  getProvider(): string;
  getObject?(): unknown;
  getProperties?(): unknown;
  getId?(): string;
  getAdditionalsecretoutputsList?(): string[];
  getDeletebeforereplace?(): boolean;
  getReplaceonchangesList?(): string[];
  getAliasesList?(): AliasMessage[];
}

/** The SDK's `pulumirpc.Alias` message: a URN, or a spec the engine resolves against the resource's own. */
interface AliasMessage {
  getUrn(): string;
  getSpec():
    | {
        getName(): string;
        getType(): string;
        getStack(): string;
        getProject(): string;
        getParenturn(): string;
        getNoparent(): boolean;
      }
    | undefined;
}

/** The URN an alias stands for, resolved the way the engine does (unset parts are the resource's own). */
function aliasUrn(
  alias: AliasMessage,
  urn: string,
  type: string,
  name: string,
  parent: string | undefined,
): string {
  if (alias.getUrn()) return alias.getUrn();
  const spec = alias.getSpec();
  if (!spec) return urn;
  const [, stack, project] = /^urn:pulumi:([^:]*)::([^:]*)::/.exec(urn) ?? [];
  const parentUrn = spec.getNoparent() ? undefined : spec.getParenturn() || parent;
  const root = `urn:pulumi:${spec.getStack() || stack}::${spec.getProject() || project}::`;
  // Like the SDK's createUrn: the parent's type chain prefixes the type, except the stack's own.
  const prefix =
    parentUrn && !parentUrn.slice(0, parentUrn.lastIndexOf("::")).endsWith("::pulumi:pulumi:Stack")
      ? `${parentUrn.slice(0, parentUrn.lastIndexOf("::"))}$`
      : root;
  return `${prefix}${spec.getType() || type}::${spec.getName() || name}`;
}

function wrapMonitor(monitor: MockMonitor, records: RecordedResource[]): void {
  const wrap = (method: "registerResource" | "readResource", read: boolean) => {
    const original = (monitor[method] as (req: RegisterRequest, cb: Callback) => void).bind(monitor);
    (monitor as unknown as Record<string, unknown>)[method] = (req: RegisterRequest, cb: Callback) =>
      original(req, (err, resp) => {
        if (!err && resp) {
          const struct = read ? req.getProperties!() : req.getObject!();
          records.push({
            urn: resp.getUrn(),
            type: req.getType(),
            name: req.getName(),
            custom: read ? true : (req.getCustom?.() ?? false),
            read,
            parent: req.getParent() || undefined,
            dependencies: req.getDependenciesList?.() ?? [],
            // The provider's id is a random UUID under mocks; its URN alone identifies it and stays stable.
            provider: req.getProvider() ? req.getProvider().split("::").slice(0, -1).join("::") : undefined,
            inputs: deserializeProperties(struct as never) as Record<string, unknown>,
            id: read ? req.getId?.() : undefined,
            additionalSecretOutputs: req.getAdditionalsecretoutputsList?.() ?? [],
            deleteBeforeReplace: req.getDeletebeforereplace?.() || undefined,
            replaceOnChanges: req.getReplaceonchangesList?.() ?? [],
            aliases: (req.getAliasesList?.() ?? []).map((a) =>
              aliasUrn(a, resp.getUrn(), req.getType(), req.getName(), req.getParent() || undefined),
            ),
          });
        }
        cb(err, resp);
      });
  };
  wrap("registerResource", false);
  wrap("readResource", true);
}

/** Resolves Outputs and promises nested in plain objects, keeping secrets recognisable. */
async function resolveDeep(value: unknown): Promise<unknown> {
  if (pulumi.Output.isInstance(value)) {
    const secret = await pulumi.isSecret(value);
    const inner = await new Promise<unknown>((resolve) => value.apply((v) => resolve(v)));
    const resolved = await resolveDeep(inner);
    return secret ? { [SECRET_MARK]: true, value: resolved } : resolved;
  }
  if (value instanceof Promise) return resolveDeep(await value);
  if (Array.isArray(value)) return Promise.all(value.map(resolveDeep));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await resolveDeep(v);
    return out;
  }
  return value;
}

/** Marks a resolved secret stack output (see `resolveDeep`). */
export const SECRET_MARK = "__secret";

/** True when a recorded input value is a secret (wrapped by the Pulumi runtime). */
export function isSecretValue(value: unknown): boolean {
  return isRpcSecret(value) || (typeof value === "object" && value !== null && SECRET_MARK in value);
}

/** The plain value of a recorded input, unwrapping secrets the way the policy analyzer sees them. */
export function plainValue<T = unknown>(value: unknown): T {
  if (isRpcSecret(value)) return plainValue(unwrapRpcSecret(value));
  if (Array.isArray(value)) return value.map((v) => plainValue(v)) as T;
  if (value && typeof value === "object") {
    if (SECRET_MARK in value) return plainValue((value as unknown as { value: unknown }).value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)])) as T;
  }
  return value as T;
}

/** The value with every secret replaced by a marker, for files and summaries that people read. */
export function redacted<T = unknown>(value: unknown): T {
  // A secret object keeps its shape (so the file still shows which keys exist); every leaf is hidden.
  if (isSecretValue(value)) return hideLeaves(plainValue(value)) as T;
  if (Array.isArray(value)) return value.map((v) => redacted(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redacted(v)])) as T;
  }
  return value as T;
}

function hideLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideLeaves);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideLeaves(v)]));
  }
  return "[secret]";
}

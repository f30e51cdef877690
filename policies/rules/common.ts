/**
 * What every policy of the pack shares: how resources are recognised, how props are read without tripping over
 * values Pulumi does not know yet, and what the pack can tell about secret-ness.
 *
 * Props arrive the way the Pulumi analyzer hands them over: inputs (resource policies) or outputs (stack
 * policies), secrets decrypted, unknown preview values behind `unknownCheckingProxy` (touching one throws
 * `UnknownValueError`, which the analyzer turns into an advisory "can't run during preview"). So:
 * - never put a prop value into a violation message unless it is a name (index, field, host, kind);
 * - never wrap a prop read in a broad try/catch: that would swallow `UnknownValueError`.
 */
import * as policySdk from "@pulumi/policy";
import type {
  EnforcementLevel,
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  StackValidationArgs,
} from "@pulumi/policy";
import { globMatch } from "../../contracts/wildcard";

export type Props = Record<string, unknown>;

/** A resource as both kinds of policies see it (resource args or one entry of a stack's resources). */
export type SeenResource = Pick<ResourceValidationArgs, "type" | "props" | "urn" | "name" | "opts">;

export const K8S = {
  route: "kubernetes:route.openshift.io/v1:Route",
  ingress: "kubernetes:networking.k8s.io/v1:Ingress",
  networkPolicy: "kubernetes:networking.k8s.io/v1:NetworkPolicy",
  configMap: "kubernetes:core/v1:ConfigMap",
  secret: "kubernetes:core/v1:Secret",
  elasticsearch: "kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch",
  kibana: "kubernetes:kibana.k8s.elastic.co/v1:Kibana",
} as const;

/** ECK collector CRs (any version): each writes into Elasticsearch on its own. */
export const COLLECTOR_GROUPS = {
  logstash: "logstash.k8s.elastic.co",
  beat: "beat.k8s.elastic.co",
  agent: "agent.k8s.elastic.co",
} as const;

/** `kubernetes:<group>/<version>:<Kind>` → group, or undefined for other tokens. */
export function k8sGroup(type: string): string | undefined {
  const m = /^kubernetes:([^/:]+)\/[^:]+:[A-Za-z]+$/.exec(type);
  return m ? m[1] : undefined;
}

/**
 * Resources of the elasticstack provider (a Terraform-bridged local package: tokens like
 * `elasticstack:index/elasticsearchIngestPipeline:ElasticsearchIngestPipeline`). Matching on the class name keeps
 * the policies independent of the module the bridge puts the resource in.
 */
export function isElastic(type: string, className: string): boolean {
  return type.startsWith("elasticstack:") && type.endsWith(`:${className}`);
}

/**
 * Dynamic-provider resources all share the provider `pulumi-nodejs:dynamic`; this repository registers them with
 * a module and type (`pulumi-nodejs:dynamic/am-dashboard:ConnectorSyncRules`). A bare `pulumi-nodejs:dynamic:Resource`
 * is recognised by its distinctive props instead (`marker` names them).
 */
export function isDynamic(
  r: { type: string; props: Props },
  typeName: string,
  marker: readonly string[],
): boolean {
  if (!r.type.startsWith("pulumi-nodejs:dynamic")) return false;
  if (r.type.endsWith(`:${typeName}`)) return true;
  return r.type === "pulumi-nodejs:dynamic:Resource" && marker.every((k) => k in r.props);
}

export const isObject = (v: unknown): v is Props => typeof v === "object" && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
export const asStrings = (v: unknown): string[] =>
  asArray(v).filter((x): x is string => typeof x === "string");

/** Walks nested props; `undefined` as soon as a step is missing. Unknown values still throw (by design). */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const step of path) {
    if (node === null || node === undefined || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/**
 * Bridged providers take nested JSON bodies as strings (`processors`, `metadata`, `template.settings`). Parses
 * a string, passes objects through, and reports a parse failure as `invalid` (the caller says which prop).
 */
export function jsonProp(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof value !== "string") return { ok: true, value };
  try {
    return { ok: true, value: JSON.parse(value) as unknown };
  } catch {
    return { ok: false };
  }
}

/** True when every index `pattern` can match is also matched by `templatePattern`. */
export function patternCovers(templatePattern: string, pattern: string): boolean {
  if (!pattern.includes("*")) return globMatch(templatePattern, pattern);
  if (templatePattern === pattern) return true;
  const star = templatePattern.indexOf("*");
  return star === templatePattern.length - 1 && pattern.startsWith(templatePattern.slice(0, star));
}

/** Flattens nested settings into dotted keys (`{xpack: {security: {...}}}` and `"xpack.security..."` alike). */
export function flattenKeys(value: unknown, prefix = ""): string[] {
  if (!isObject(value)) return prefix ? [prefix] : [];
  return Object.keys(value).flatMap((k) => flattenKeys(value[k], prefix ? `${prefix}.${k}` : k));
}

/** Looks a setting up in nested or dotted form. */
export function setting(settings: unknown, dotted: string): unknown {
  if (!isObject(settings)) return undefined;
  if (dotted in settings) return settings[dotted];
  const parts = dotted.split(".");
  for (let i = 1; i < parts.length; i++) {
    const head = parts.slice(0, i).join(".");
    if (head in settings) return setting(settings[head], parts.slice(i).join("."));
  }
  return undefined;
}

/** Props each provider's schema marks secret: the analyzer cannot see secret-ness, but these are always stored encrypted. */
const SCHEMA_SECRET_PROPS: { match: (type: string) => boolean; paths: string[] }[] = [
  { match: (t) => t === K8S.secret, paths: ["data", "stringData"] },
  {
    // The bridged schema marks password / apiKey / bearerToken secret; the SDK sends each block JSON-encoded,
    // so the analyzer can only credit the block as a whole.
    // (the generated SDK names the one-element block lists `elasticsearches` / `kibanas`).
    match: (t) => t === "pulumi:providers:elasticstack",
    paths: ["elasticsearches", "kibanas", "elasticsearch", "kibana"],
  },
  { match: (t) => isElastic(t, "ElasticsearchSecurityApiKey"), paths: ["apiKey", "encoded"] },
];

/**
 * Whether the value at `path` is provably a Pulumi secret: `true`, or `undefined` when the analyzer cannot tell. The
 * analyzer decrypts secrets before a policy sees them and keeps no trace (`@pulumi/policy` deserialize.ts), so only
 * `additionalSecretOutputs` and the props a provider's schema marks secret prove it.
 */
export function secretness(r: SeenResource, path: string): true | undefined {
  const prefixes = path.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."));
  const declared = new Set<string>([
    ...(r.opts?.additionalSecretOutputs ?? []),
    ...SCHEMA_SECRET_PROPS.filter((s) => s.match(r.type)).flatMap((s) => s.paths),
  ]);
  return prefixes.some((p) => declared.has(p)) ? true : undefined;
}

/**
 * The role descriptors an API key's props set, or undefined for a cross-cluster key: Elasticsearch refuses role
 * descriptors on those and derives them from `access` (which cross-cluster-keys-hide-identifiers judges), so the
 * provider reports them as computed and a preview does not know them.
 */
export function apiKeyRoleDescriptors(props: unknown): unknown {
  if (at(props, "type") === "cross_cluster") return undefined;
  return at(props, "roleDescriptors") ?? at(props, "role_descriptors");
}

/** Names a resource in messages: its kind and name, never a prop value beyond names. */
export function label(r: { type: string; name: string; props: Props }): string {
  const kind = r.type.startsWith("kubernetes:")
    ? String(at(r.props, "kind") ?? r.type.split(":").pop())
    : r.type.split(":").pop();
  // Only a Kubernetes object's `metadata` holds its name; an Elasticsearch role's or template's is its own JSON,
  // which a preview may not know yet: a message must not make the policy unable to run.
  const md = r.type.startsWith("kubernetes:") ? at(r.props, "metadata") : undefined;
  const k8sName = isObject(md) && typeof md.name === "string" ? md.name : undefined;
  return `${kind} "${k8sName ?? r.name}"`;
}

/** Policy factories take their enforcement level, so each environment can choose (policies/config/<stack>.json). */
export type Level = EnforcementLevel;

export type { PolicyResource, ReportViolation, ResourceValidationArgs, StackValidationArgs };

/**
 * The analyzer's own error for a value a preview cannot know: a policy that throws it is reported as the advisory
 * "can't run policy … during preview" instead of a violation (`@pulumi/policy` 1.21 server.ts). Exported at runtime by
 * the package's index, but not in its type declarations.
 */
const { UnknownValueError, unknownCheckingProxy } = policySdk as unknown as {
  UnknownValueError: new (unknownTypeSentinel: string, props: string[]) => Error;
  /** Wraps props so that touching a value a preview cannot know throws `UnknownValueError` (proxy.ts). */
  unknownCheckingProxy: <T>(props: T) => T;
};
/** `unknownObjectValue` of `@pulumi/policy` proxy.ts. */
const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

/**
 * `@pulumi/policy` proxy.ts's sentinels of the values a preview cannot know (boolean, number, string, array, asset,
 * archive, object); test/policies/rules/common.test.ts holds them equal to the package's.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  UNKNOWN_OBJECT,
]);

/** What `unknownCheckingProxy` answers with the object behind it (proxy.ts `getSpecialProxyTarget`). */
const PROXY_TARGET = "__getSpecialProxyTarget";

/** The object behind the analyzer's unknown-checking proxy (or `value` itself, which is not one). */
function unproxied(value: unknown): unknown {
  return typeof value === "object" && value !== null
    ? ((value as Record<string, unknown>)[PROXY_TARGET] ?? value)
    : value;
}

/**
 * `value` read behind the analyzer's unknown-checking proxy, with every value a preview cannot know replaced by
 * `undefined` (array positions kept): for a policy whose verdict on each known value stands whatever the unknown ones
 * turn out to be, such as a credential in a stack output. It then decides in the preview on what is known, instead of
 * being skipped as a whole; the values unknown in the preview are decided on `up`.
 */
export function knownPart(value: unknown): unknown {
  const raw = unproxied(value);
  if (typeof raw === "string") return UNKNOWN_SENTINELS.has(raw) ? undefined : raw;
  if (Array.isArray(raw)) return raw.map(knownPart);
  if (isObject(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, knownPart(v)]));
  return raw;
}

/** The inputs each resource was registered with in this run, by URN (see `recordPlannedInputs`). */
const plannedInputs = new Map<string, Props>();

/**
 * Records the inputs a resource is registered with. The analyzer runs the resource policies on each resource's
 * inputs as the program registers it, then the stack policies once at the end, in the same process: the pack's
 * resource policies call this (rules/index.ts) so that `outputsKnown` can hand the stack policies the inputs of a
 * resource that has no outputs yet.
 */
export function recordPlannedInputs(urn: string, props: Props): void {
  plannedInputs.set(urn, unproxied(props) as Props);
}

/**
 * A stack policy sees each resource's outputs (pulumi pkg/v3 3.276 step_generator.go: `Properties: v.Outputs`). In a
 * preview, a resource of the Terraform-bridged elasticstack provider that does not exist yet has none at all (seen
 * with the real CLI 3.276 and bridge 3.120: empty props, not unknown ones), so "no sync rules", "no index pattern"
 * would be conclusions drawn from nothing. Such a resource shows the stack policies the inputs it was registered
 * with instead, behind the same unknown-checking proxy (what the provider will be asked to create; a value only the
 * provider computes stays unknown, and a policy that needs it is reported as "can't run during preview"). Without
 * recorded inputs its props throw the analyzer's unknown-value error; after `pulumi up` the outputs are there.
 */
export function outputsKnown(r: PolicyResource): PolicyResource {
  if (!r.type.startsWith("elasticstack:") || Object.keys(r.props).length > 0) return r;
  const inputs = plannedInputs.get(r.urn);
  const props = inputs ? unknownCheckingProxy(inputs) : undefined;
  return new Proxy(r, {
    get(target, key, receiver) {
      if (key === "props") {
        if (props) return props;
        throw new UnknownValueError(UNKNOWN_OBJECT, [r.name]);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

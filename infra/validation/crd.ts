/**
 * ECK, OpenShift Route and OLM objects, validated against the OpenAPI v3 schemas of their CRDs, copied from their Go
 * modules at pinned versions (ECK github.com/elastic/cloud-on-k8s/v3, Route github.com/openshift/api, OLM
 * github.com/operator-framework/api) into the engines cache by `npm run engines -- schemas` (engines/schemas).
 *
 * A CRD schema is "structural" OpenAPI v3 with Kubernetes extensions; it is converted to plain JSON Schema for
 * ajv. Unknown fields are rejected wherever the schema declares its fields, because that is what the API server
 * does with server-side field validation (`kubectl --validate=strict`): a field the structural schema does not
 * know would be pruned, and strict validation turns the prune into an error — that is what catches a typo.
 * `x-kubernetes-preserve-unknown-fields` stops that at its own level only: fields it declares are still checked
 * with their own schemas (apiextensions-apiserver `pruning/algorithm.go`, `skipPrune`).
 * CEL rules (`x-kubernetes-validations`) cannot be evaluated here; they are reported as not checked.
 */
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import Ajv, { _, ErrorObject, ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone";
import YAML from "yaml";
import { cachedJson, digest, sourceDigest } from "./diskCache";
import { engineDir } from "../../engines/engine";
import { SCHEMAS_ENGINE } from "../../engines/schemas";

/** The CRD files this program relies on, relative to the schemas folder. */
export const CRD_FAMILIES: ReadonlyArray<{ group: string; kind: string; file: string }> = [
  {
    group: "elasticsearch.k8s.elastic.co",
    kind: "Elasticsearch",
    file: "eck-3.5.0/elasticsearch.k8s.elastic.co_elasticsearches.yaml",
  },
  { group: "kibana.k8s.elastic.co", kind: "Kibana", file: "eck-3.5.0/kibana.k8s.elastic.co_kibanas.yaml" },
  { group: "agent.k8s.elastic.co", kind: "Agent", file: "eck-3.5.0/agent.k8s.elastic.co_agents.yaml" },
  { group: "beat.k8s.elastic.co", kind: "Beat", file: "eck-3.5.0/beat.k8s.elastic.co_beats.yaml" },
  {
    group: "logstash.k8s.elastic.co",
    kind: "Logstash",
    file: "eck-3.5.0/logstash.k8s.elastic.co_logstashes.yaml",
  },
  { group: "route.openshift.io", kind: "Route", file: "openshift/route.openshift.io_routes.yaml" },
  {
    group: "operators.coreos.com",
    kind: "Subscription",
    file: "olm/operators.coreos.com_subscriptions.yaml",
  },
  {
    group: "operators.coreos.com",
    kind: "OperatorGroup",
    file: "olm/operators.coreos.com_operatorgroups.yaml",
  },
  {
    group: "operators.coreos.com",
    kind: "InstallPlan",
    file: "olm/operators.coreos.com_installplans.yaml",
  },
];

/** Where the CRD schemas are: `AM_SCHEMAS_DIR`, else the `schemas` engine's folder (which may not be built yet). */
export function schemasDir(): string {
  return process.env.AM_SCHEMAS_DIR ?? engineDir(SCHEMAS_ENGINE);
}

/** Why a CRD file is missing, and what to run. */
function missingReason(file: string): string {
  return process.env.AM_SCHEMAS_DIR
    ? `CRD schemas not found at ${file} (AM_SCHEMAS_DIR)`
    : `CRD schemas not found at ${file}: build them with npm run engines -- schemas`;
}

type Json = Record<string, unknown>;
/** A data path in the object; `*` stands for any array index or map key. */
type DataPath = string[];

/** An embedded core type the CRD leaves (partly) open, re-checked with kubernetes-models. */
export interface EmbeddedCore {
  path: DataPath;
  groupVersion: string;
  typeName: string;
}

export interface CompiledCrdVersion {
  file: string;
  version: string;
  validate: ValidateFunction;
  /** The structural schema as the CRD gives it, for defaulting. */
  structural: Json;
  celRules: Array<{ path: DataPath; rule: string }>;
  embedded: EmbeddedCore[];
}

export type CrdLookup =
  | { status: "not-crd" }
  | { status: "pending"; reason: string }
  | { status: "unknown-version"; reason: string }
  | { status: "ready"; compiled: CompiledCrdVersion };

interface CrdDoc {
  spec: { versions: Array<{ name: string; served?: boolean; schema?: { openAPIV3Schema?: Json } }> };
}

// `code.source` keeps each validator's source, so that it can be cached on disk (diskCache.ts) and loaded next time
// without compiling; `code.formats` names where that source finds the formats added here.
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
});
addFormats(ajv);
const requireHere = createRequire(__filename);
const AJV_VERSION = (requireHere("ajv/package.json") as { version: string }).version;
const docs = new Map<string, { doc: CrdDoc; digest: string }>();
const compiled = new Map<string, CompiledCrdVersion>();

/** Names under which ECK embeds core types; the CRD's copy is loose at the top (preserve-unknown-fields). */
const EMBEDDED_BY_NAME: Record<string, { groupVersion: string; typeName: string; array: boolean }> = {
  podTemplate: { groupVersion: "v1", typeName: "PodTemplateSpec", array: false },
  volumeClaimTemplates: { groupVersion: "v1", typeName: "PersistentVolumeClaim", array: true },
};

interface ConvertState {
  celRules: Array<{ path: DataPath; rule: string }>;
  embedded: EmbeddedCore[];
  /** A patch (server-side apply of some fields): `required` is dropped, every field it sets is still checked. */
  partial: boolean;
}

function isJson(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * Structural OpenAPI v3 -> JSON Schema for ajv. `dataPath` tracks where in the object the node applies (for CEL
 * reporting); `inValueValidation` marks allOf/anyOf/oneOf/not branches, which constrain values but declare no
 * fields, so no unknown-field rule is added inside them.
 */
function convert(s: Json, dataPath: DataPath, st: ConvertState, inValueValidation: boolean): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === null || k === "description" || k === "nullable" || k.startsWith("x-kubernetes-")) continue;
    if (k === "required" && st.partial) continue;
    if (k === "properties" && isJson(v)) {
      const props: Json = {};
      for (const [name, sub] of Object.entries(v)) {
        if (isJson(sub)) props[name] = convert(sub, [...dataPath, name], st, inValueValidation);
      }
      out.properties = props;
    } else if (k === "items" && isJson(v)) out.items = convert(v, [...dataPath, "*"], st, inValueValidation);
    else if (k === "additionalProperties" && isJson(v)) {
      out.additionalProperties = convert(v, [...dataPath, "*"], st, inValueValidation);
    } else if ((k === "allOf" || k === "anyOf" || k === "oneOf") && Array.isArray(v)) {
      out[k] = v.filter(isJson).map((b) => convert(b, dataPath, st, true));
    } else if (k === "not" && isJson(v)) out.not = convert(v, dataPath, st, true);
    else out[k] = v;
  }
  const rules = s["x-kubernetes-validations"];
  if (Array.isArray(rules) && !inValueValidation) {
    for (const r of rules)
      if (isJson(r) && typeof r.rule === "string") st.celRules.push({ path: dataPath, rule: r.rule });
  }
  if (s["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  const preserve = s["x-kubernetes-preserve-unknown-fields"] === true;
  if (!inValueValidation && out.type === "object" && !preserve && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  const name = dataPath[dataPath.length - 1];
  const embedded = name !== undefined ? EMBEDDED_BY_NAME[name] : undefined;
  if (embedded && !inValueValidation && (embedded.array ? s.type === "array" : s.type === "object")) {
    st.embedded.push({
      path: embedded.array ? [...dataPath, "*"] : dataPath,
      groupVersion: embedded.groupVersion,
      typeName: embedded.typeName,
    });
  }
  return s.nullable === true ? { anyOf: [{ type: "null" }, out] } : out;
}

function loadDoc(file: string): { doc: CrdDoc; digest: string } {
  let entry = docs.get(file);
  if (!entry) {
    const text = fs.readFileSync(file, "utf8");
    const key = digest(text);
    // JSON parses an order of magnitude faster than YAML: the parsed document is cached under the file's digest.
    const parsed = cachedJson<unknown>("crd", key, () => YAML.parse(text) as unknown);
    if (!isJson(parsed) || !isJson(parsed.spec) || !Array.isArray(parsed.spec.versions)) {
      throw new Error(`${file} is not a CustomResourceDefinition (no spec.versions)`);
    }
    entry = { doc: parsed as unknown as CrdDoc, digest: key };
    docs.set(file, entry);
  }
  return entry;
}

interface DerivedCrdVersion {
  /** The ajv validator's standalone source (a CommonJS module). */
  code: string;
  celRules: Array<{ path: DataPath; rule: string }>;
  embedded: EmbeddedCore[];
}

/** Converts and compiles one version's schema; pure in its inputs, so its result can be cached. */
function deriveCrdVersion(schema: Json, partial: boolean): DerivedCrdVersion {
  const st: ConvertState = { celRules: [], embedded: [], partial };
  const converted = convert(schema, [], st, false);
  // Root metadata is a bare `type: object` in every CRD: the API server checks it as ObjectMeta, and so do we.
  if (isJson(converted.properties)) converted.properties.metadata = {};
  return { code: standaloneCode(ajv, ajv.compile(converted)), celRules: st.celRules, embedded: st.embedded };
}

/** Loads a validator from its standalone source; its `require`s (ajv's runtime, the formats) resolve from here. */
function loadValidator(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  vm.compileFunction(code, ["require", "module", "exports"])(requireHere, module, module.exports);
  return module.exports as ValidateFunction;
}

function servedOf(doc: CrdDoc): string[] {
  return doc.spec.versions.filter((x) => x.served !== false).map((x) => x.name);
}

/** Versions the CRD of `group`/`kind` serves; undefined when its file is absent or it is not a known CRD. */
export function servedVersions(group: string, kind: string): string[] | undefined {
  const family = CRD_FAMILIES.find((f) => f.group === group && f.kind === kind);
  if (!family) return undefined;
  const file = path.join(schemasDir(), family.file);
  return fs.existsSync(file) ? servedOf(loadDoc(file).doc) : undefined;
}

/** Find and (once) compile the schema for `apiVersion`/`kind`. */
export function lookupCrd(apiVersion: string, kind: string, partial = false): CrdLookup {
  const slash = apiVersion.indexOf("/");
  const group = slash >= 0 ? apiVersion.slice(0, slash) : "";
  const version = apiVersion.slice(slash + 1);
  const family = CRD_FAMILIES.find((f) => f.group === group && f.kind === kind);
  if (!family) return { status: "not-crd" };
  const file = path.join(schemasDir(), family.file);
  if (!fs.existsSync(file)) return { status: "pending", reason: missingReason(file) };
  const key = `${file}#${version}${partial ? "#partial" : ""}`;
  const hit = compiled.get(key);
  if (hit) return { status: "ready", compiled: hit };
  const { doc, digest: fileDigest } = loadDoc(file);
  const v = doc.spec.versions.find((x) => x.name === version);
  const schema = v?.schema?.openAPIV3Schema;
  if (!v || v.served === false || !schema) {
    return {
      status: "unknown-version",
      reason: `no schema known for ${apiVersion}/${kind}: ${family.file} serves ${servedOf(doc).join(", ")}`,
    };
  }
  const derived = cachedJson(
    "crd-validator",
    digest(sourceDigest(__filename), AJV_VERSION, fileDigest, version, String(partial)),
    () => deriveCrdVersion(schema, partial),
  );
  const entry: CompiledCrdVersion = {
    file: family.file,
    version,
    validate: loadValidator(derived.code),
    structural: schema,
    celRules: derived.celRules,
    embedded: derived.embedded,
  };
  compiled.set(key, entry);
  return { status: "ready", compiled: entry };
}

/**
 * A copy of `value` with the schema's defaults applied, as the API server does before validating. Some rules
 * depend on them: Route's `not: {wildcardPolicy: Subdomain}` only passes once wildcardPolicy defaults to None.
 * (ajv's `useDefaults` assigns them too late: after `allOf`/`anyOf` have been evaluated.)
 */
export function withDefaults(value: unknown, s: Json): unknown {
  if (Array.isArray(value)) {
    return isJson(s.items) ? value.map((v) => withDefaults(v, s.items as Json)) : value;
  }
  if (!isJson(value)) return value;
  const out: Json = { ...value };
  const props = isJson(s.properties) ? s.properties : {};
  for (const [k, sub] of Object.entries(props)) {
    if (!isJson(sub)) continue;
    if (out[k] === undefined && sub.default !== undefined) out[k] = structuredClone(sub.default);
    if (out[k] !== undefined) out[k] = withDefaults(out[k], sub);
  }
  if (isJson(s.additionalProperties)) {
    for (const k of Object.keys(out)) {
      if (!(k in props)) out[k] = withDefaults(out[k], s.additionalProperties);
    }
  }
  return out;
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || "/";
    if (e.keyword === "additionalProperties") {
      return `${where}: unknown field "${String((e.params as { additionalProperty?: unknown }).additionalProperty)}"`;
    }
    if (e.keyword === "enum") {
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      return `${where}: ${e.message} (allowed: ${allowed.map((a) => JSON.stringify(a)).join(", ")})`;
    }
    return `${where}: ${e.message}`;
  });
}

/** Values found at a data path (with `*` wildcards), with their JSON pointers. */
export function valuesAt(
  value: unknown,
  dataPath: DataPath,
  pointer = "",
): Array<{ pointer: string; value: unknown }> {
  if (value === undefined) return [];
  if (dataPath.length === 0) return [{ pointer, value }];
  const [head, ...rest] = dataPath;
  if (head === "*") {
    if (Array.isArray(value)) return value.flatMap((v, i) => valuesAt(v, rest, `${pointer}/${i}`));
    if (isJson(value)) return Object.entries(value).flatMap(([k, v]) => valuesAt(v, rest, `${pointer}/${k}`));
    return [];
  }
  return isJson(value) ? valuesAt(value[head], rest, `${pointer}/${head}`) : [];
}

/**
 * Core Kubernetes kinds, validated with the compiled OpenAPI validators of `kubernetes-models` plus the
 * unknown-field check of `fieldTree.ts`.
 *
 * The registry is built from the package itself: every GA group/version it exports (`v1`, `apps/v1`, `batch/v1`,
 * `networking.k8s.io/v1`, `rbac.authorization.k8s.io/v1`, `policy/v1`, ... — alpha/beta versions are left out
 * because current clusters no longer serve most of them) and every class in it that carries `apiVersion`/`kind`.
 */
import * as path from "node:path";
import { createRequire } from "node:module";
import { FieldNode, fieldTreeOf, unknownFields } from "./fieldTree";

interface ModelInstance {
  validate(): void;
}
interface ModelClass {
  new (data: unknown): ModelInstance;
}
interface CoreEntry {
  apiVersion: string;
  kind: string;
  model: ModelClass;
  dts: string;
}

/** The shape of the ajv errors a kubernetes-models validator throws. */
interface AjvLikeError {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const loadModule = createRequire(__filename);
const root = path.dirname(loadModule.resolve("kubernetes-models"));
let registry: Map<string, CoreEntry> | undefined;
const trees = new Map<string, FieldNode>();

/** GA group/versions exported by kubernetes-models, e.g. `apps/v1`, `v1`. */
function stableGroupVersions(): string[] {
  const pkg = loadModule("kubernetes-models/package.json") as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .map((k) => k.replace(/^\.\//, ""))
    .filter((k) => /(^|\/)v\d+$/.test(k));
}

function isModelClass(v: unknown): v is ModelClass & { apiVersion: string; kind: string } {
  if (typeof v !== "function") return false;
  const c = v as unknown as { apiVersion?: unknown; kind?: unknown };
  return typeof c.apiVersion === "string" && typeof c.kind === "string";
}

function entryOf(gv: string, value: unknown): CoreEntry | undefined {
  if (!isModelClass(value)) return undefined;
  return {
    apiVersion: value.apiVersion,
    kind: value.kind,
    model: value,
    dts: path.join(root, gv, `${value.kind}.d.ts`),
  };
}

/** Every core kind, loading every GA group/version module: only for listing, since loading them all takes seconds. */
function coreRegistry(): Map<string, CoreEntry> {
  if (registry) return registry;
  const reg = new Map<string, CoreEntry>();
  for (const gv of stableGroupVersions()) {
    const mod = loadModule(`kubernetes-models/${gv}`) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      // Each class is exported twice (Deployment, IoK8sApiAppsV1Deployment): keep the short name.
      const entry = entryOf(gv, value);
      if (entry && exportName === entry.kind) reg.set(`${entry.apiVersion}/${entry.kind}`, entry);
    }
  }
  registry = reg;
  return reg;
}

let stable: Set<string> | undefined;
const entries = new Map<string, CoreEntry | undefined>();

/**
 * The entry of one kind, loading only that kind's module (`kubernetes-models/<gv>/<Kind>`, a subpath the package
 * exports): a synth touches a dozen kinds, and loading every group/version to find them dominated its run time.
 */
function coreEntry(apiVersion: string, kind: string): CoreEntry | undefined {
  const key = `${apiVersion}/${kind}`;
  if (entries.has(key)) return entries.get(key);
  stable ??= new Set(stableGroupVersions());
  let entry: CoreEntry | undefined;
  if (stable.has(apiVersion) && /^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    let mod: Record<string, unknown> | undefined;
    try {
      mod = loadModule(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, unknown>;
    } catch (err) {
      if ((err as { code?: string }).code !== "MODULE_NOT_FOUND") throw err;
    }
    const found = mod && entryOf(apiVersion, mod[kind]);
    // A definition that is not a kind (e.g. PodSpec) has no apiVersion/kind of its own and is no entry.
    if (found && found.apiVersion === apiVersion && found.kind === kind) entry = found;
  }
  entries.set(key, entry);
  return entry;
}

/** `apiVersion/kind` of every core kind this module validates. */
export function coreKinds(): string[] {
  return [...coreRegistry().keys()].sort();
}

export function isCoreKind(apiVersion: string, kind: string): boolean {
  return coreEntry(apiVersion, kind) !== undefined;
}

function formatAjvError(e: AjvLikeError, prefix: string): string {
  const where = `${prefix}${e.instancePath ?? ""}` || "/";
  const allowed = e.params?.allowedValues;
  const extra = Array.isArray(allowed)
    ? ` (allowed: ${allowed.map((a) => JSON.stringify(a)).join(", ")})`
    : "";
  return `${where}: ${e.message ?? "is invalid"}${extra}`;
}

function runModel(model: ModelClass, value: unknown, prefix: string): string[] {
  try {
    new model(value).validate();
    return [];
  } catch (err) {
    const errors = (err as { errors?: unknown }).errors;
    if (!Array.isArray(errors)) throw err; // not a validation failure: a bug worth surfacing as is
    return (errors as AjvLikeError[]).map((e) => formatAjvError(e, prefix));
  }
}

function treeFor(dts: string, typeName: string): FieldNode {
  const key = `${dts}#${typeName}`;
  let tree = trees.get(key);
  if (!tree) {
    tree = fieldTreeOf(dts, `I${typeName}`);
    trees.set(key, tree);
  }
  return tree;
}

/** Schema errors of a core object (types, enums, formats, required, unknown fields). */
export function validateCoreObject(obj: { apiVersion: string; kind: string }): string[] {
  const entry = coreEntry(obj.apiVersion, obj.kind);
  if (!entry) throw new Error(`not a core kind: ${obj.apiVersion}/${obj.kind}`);
  return [...runModel(entry.model, obj, ""), ...unknownFields(obj, treeFor(entry.dts, entry.kind))];
}

/**
 * Schema errors of a value of a core definition that is not a kind (e.g. `v1` `PodTemplateSpec`), with error
 * paths prefixed by `pointer` (where the value sits in the enclosing object).
 */
export function validateCoreDefinition(
  groupVersion: string,
  typeName: string,
  value: unknown,
  pointer: string,
): string[] {
  // Only that definition's module (a subpath the package exports), as coreEntry does: the group/version's index
  // loads every kind in it (`v1` alone took a tenth of a second of every synth).
  const mod = loadModule(`kubernetes-models/${groupVersion}/${typeName}`) as Record<string, unknown>;
  const model = mod[typeName];
  if (typeof model !== "function") throw new Error(`kubernetes-models/${groupVersion} has no ${typeName}`);
  const dts = path.join(root, groupVersion, `${typeName}.d.ts`);
  return [
    ...runModel(model as ModelClass, value, pointer),
    ...unknownFields(value, treeFor(dts, typeName), pointer),
  ];
}

/** Schema errors of an ObjectMeta (used for CRD objects, whose schemas leave metadata as a bare object). */
export function validateObjectMeta(value: unknown, pointer: string): string[] {
  const metaIndex = loadModule.resolve("@kubernetes-models/apimachinery", { paths: [root] });
  const dts = path.join(path.dirname(metaIndex), "apis", "meta", "v1", "ObjectMeta.d.ts");
  const mod = loadModule("@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta") as Record<
    string,
    unknown
  >;
  return [
    ...runModel(mod.ObjectMeta as ModelClass, value, pointer),
    ...unknownFields(value, treeFor(dts, "ObjectMeta"), pointer),
  ];
}

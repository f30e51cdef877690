/**
 * Validates rendered Kubernetes objects against the real API schemas before anything reaches a cluster:
 * core kinds with kubernetes-models (plus unknown-field detection), ECK/Route/OLM kinds with their CRD schemas.
 * Nothing here talks to a cluster: admission webhooks (ECK's own validation), CEL rules and anything decided at
 * runtime are not covered, and results say so instead of claiming more.
 */
import {
  coreKinds,
  isCoreKind,
  validateCoreDefinition,
  validateCoreObject,
  validateObjectMeta,
} from "./core";
import { CRD_FAMILIES, formatAjvErrors, lookupCrd, servedVersions, valuesAt, withDefaults } from "./crd";
import { MetadataOptions, validateMetadata } from "./metadata";

export type { MetadataOptions } from "./metadata";
export { schemasDir } from "./crd";

/** A rendered Kubernetes object (plain JSON, no Pulumi Outputs). */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export type ValidationResult =
  | { ok: true; validator: string; notChecked?: string[] }
  | { ok: false; validator: string; errors: string[]; notChecked?: string[] }
  | { ok: "pending"; reason: string };

export type ValidateOptions = MetadataOptions;

function finish(validator: string, errors: string[], notChecked: string[]): ValidationResult {
  const unique = [...new Set(errors)];
  const extra = notChecked.length ? { notChecked } : {};
  return unique.length
    ? { ok: false, validator, errors: unique, ...extra }
    : { ok: true, validator, ...extra };
}

/** Validate one object. Unknown apiVersion/kind fails closed. */
export function validateK8sObject(obj: K8sObject, opts: ValidateOptions = {}): ValidationResult {
  if (
    obj === null ||
    typeof obj !== "object" ||
    typeof obj.apiVersion !== "string" ||
    typeof obj.kind !== "string"
  ) {
    return { ok: false, validator: "none", errors: ["/: apiVersion and kind must be strings"] };
  }
  const id = `${obj.apiVersion}/${obj.kind}`;
  if (isCoreKind(obj.apiVersion, obj.kind)) {
    return finish(
      `kubernetes-models 4.5.1 ${id} (+ unknown fields, object names)`,
      [...validateCoreObject(obj), ...validateMetadata(obj, opts)],
      [],
    );
  }
  const crd = lookupCrd(obj.apiVersion, obj.kind);
  switch (crd.status) {
    case "not-crd":
      return { ok: false, validator: "none", errors: [`no schema known for ${id}`] };
    case "pending":
      return { ok: "pending", reason: crd.reason };
    case "unknown-version":
      return { ok: false, validator: "none", errors: [crd.reason] };
  }
  const c = crd.compiled;
  const errors: string[] = [];
  if (!c.validate(withDefaults(obj, c.structural))) errors.push(...formatAjvErrors(c.validate.errors));
  if (obj.metadata !== undefined) errors.push(...validateObjectMeta(obj.metadata, "/metadata"));
  errors.push(...validateMetadata(obj, opts));
  // ECK's podTemplate is preserve-unknown-fields at its top, so `podTemplate.spex` would pass the CRD: re-check
  // embedded core types with kubernetes-models (this also adds the enum/format checks the CRD copy lacks).
  for (const e of c.embedded) {
    for (const { pointer, value } of valuesAt(obj, e.path)) {
      errors.push(...validateCoreDefinition(e.groupVersion, e.typeName, value, pointer));
    }
  }
  // CEL rules only count when the node they sit on is present in this object.
  const notChecked = c.celRules
    .filter((r) => valuesAt(obj, r.path).length > 0)
    .map((r) => `CEL at /${r.path.join("/")}: ${r.rule}`);
  const embeddedNote = c.embedded.length ? ", embedded core types via kubernetes-models" : "";
  return finish(
    `CRD ${c.file} ${c.version} (strict fields${embeddedNote}; ${notChecked.length} CEL rule(s) not checked)`,
    errors,
    notChecked,
  );
}

/**
 * Validate a patch (Pulumi's `*Patch` resources: server-side apply of a few fields of an object another controller
 * owns). Every field it sets is checked against the CRD's schema, unknown fields included; `required` is not, since
 * the rest of the object is not the patch's, and neither is the name, which is often known only at deploy time.
 */
export function validateK8sPatch(obj: K8sObject): ValidationResult {
  if (isCoreKind(obj.apiVersion, obj.kind)) {
    return { ok: "pending", reason: "a patch of a core kind: no partial schema check for core kinds" };
  }
  const crd = lookupCrd(obj.apiVersion, obj.kind, true);
  switch (crd.status) {
    case "not-crd":
      return { ok: false, validator: "none", errors: [`no schema known for ${obj.apiVersion}/${obj.kind}`] };
    case "pending":
      return { ok: "pending", reason: crd.reason };
    case "unknown-version":
      return { ok: false, validator: "none", errors: [crd.reason] };
  }
  const c = crd.compiled;
  const { metadata: _metadata, ...body } = obj;
  const errors = c.validate(body) ? [] : formatAjvErrors(c.validate.errors);
  return finish(
    `CRD ${c.file} ${c.version}, as a patch (fields it sets, strict; not required ones)`,
    errors,
    [],
  );
}

/** Validate many objects; the result keeps the input order and names each object. */
export function validateAll(
  objs: ReadonlyArray<K8sObject>,
  opts: ValidateOptions = {},
): Array<{ id: string; result: ValidationResult }> {
  return objs.map((o) => ({
    id: `${o.apiVersion}/${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata?.name ?? "<unnamed>"}`,
    result: validateK8sObject(o, opts),
  }));
}

/**
 * Every `apiVersion/kind` with a schema: all GA core kinds in kubernetes-models, and the CRD kinds (versions read
 * from the CRD files; when those are absent a kind is listed as `<group>/*` + `/<Kind>`, its schema pending).
 */
export function knownKinds(): string[] {
  const crdKinds = CRD_FAMILIES.flatMap((f) => {
    const versions = servedVersions(f.group, f.kind);
    return versions ? versions.map((v) => `${f.group}/${v}/${f.kind}`) : [`${f.group}/*/${f.kind}`];
  });
  return [...coreKinds(), ...crdKinds];
}

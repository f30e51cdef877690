/**
 * Object-name and label rules the API server applies to every object (apimachinery `validation` package).
 * CRD schemas leave `metadata` as a bare `type: object`, and the kubernetes-models OpenAPI validators only check
 * types, so these rules are applied here to core and CRD objects alike.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const RFC1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Kinds whose names must be labels rather than subdomains (they become DNS labels or path segments). */
const NAME_RULES: Record<string, "rfc1035-label" | "dns1123-label"> = {
  "v1/Service": "rfc1035-label",
  "v1/Namespace": "dns1123-label",
};

export interface MetadataOptions {
  /** Accept a missing `metadata.name`: Pulumi auto-names resources whose name is not set. */
  allowMissingName?: boolean;
}

function checkName(
  name: string,
  rule: "rfc1035-label" | "dns1123-label" | "dns1123-subdomain",
): string | undefined {
  if (rule === "rfc1035-label") {
    return name.length <= 63 && RFC1035_LABEL.test(name)
      ? undefined
      : "must be an RFC 1035 label (lower-case letters, digits, '-', starting with a letter, at most 63)";
  }
  if (rule === "dns1123-label") {
    return name.length <= 63 && DNS1123_LABEL.test(name)
      ? undefined
      : "must be a DNS-1123 label (lower-case letters, digits, '-', at most 63)";
  }
  return name.length <= 253 && DNS1123_SUBDOMAIN.test(name)
    ? undefined
    : "must be a DNS-1123 subdomain (lower-case letters, digits, '-', '.', at most 253)";
}

/** `prefix/name` label and annotation keys: optional DNS subdomain prefix, then a qualified name. */
function checkKey(key: string): string | undefined {
  const slash = key.lastIndexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) {
    return "prefix must be a DNS-1123 subdomain";
  }
  if (name.length > 63 || !QUALIFIED_NAME.test(name))
    return "name part must be a qualified name of at most 63";
  return undefined;
}

export function validateMetadata(
  obj: { apiVersion: string; kind: string; metadata?: unknown },
  opts: MetadataOptions = {},
): string[] {
  const errors: string[] = [];
  const meta = obj.metadata;
  if (meta === undefined) {
    return opts.allowMissingName ? [] : ["/metadata: is required (name or generateName)"];
  }
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return ["/metadata: must be object"];
  const m = meta as Record<string, unknown>;
  if (typeof m.name === "string") {
    const rule = NAME_RULES[`${obj.apiVersion}/${obj.kind}`] ?? "dns1123-subdomain";
    const problem = checkName(m.name, rule);
    if (problem) errors.push(`/metadata/name: "${m.name}" ${problem}`);
  } else if (m.name === undefined && m.generateName === undefined && !opts.allowMissingName) {
    errors.push("/metadata/name: is required (or generateName)");
  }
  if (typeof m.namespace === "string") {
    const problem = checkName(m.namespace, "dns1123-label");
    if (problem) errors.push(`/metadata/namespace: "${m.namespace}" ${problem}`);
  }
  for (const field of ["labels", "annotations"] as const) {
    const map = m[field];
    if (map === null || typeof map !== "object" || Array.isArray(map)) continue; // type errors reported elsewhere
    for (const [k, v] of Object.entries(map)) {
      const keyProblem = checkKey(k);
      if (keyProblem) errors.push(`/metadata/${field}: key "${k}": ${keyProblem}`);
      if (field === "labels" && typeof v === "string" && (v.length > 63 || !LABEL_VALUE.test(v))) {
        errors.push(
          `/metadata/labels/${k.replace(/~/g, "~0").replace(/\//g, "~1")}: value "${v}" must be a label value (at most 63, alphanumeric ends)`,
        );
      }
    }
  }
  return errors;
}

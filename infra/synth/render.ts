/**
 * Turns the recorded resources into the files of `out/<stack>/`: one YAML per Kubernetes object, one JSON per
 * Elasticsearch / Kibana object (and per dynamic-provider resource), and the resource tree. Secrets are redacted,
 * keys sorted and names normalised, so two runs write byte-identical files.
 */
import { stringify } from "yaml";
import { redacted, type RecordedResource } from "../engine/mockEngine";

export interface RenderedFile {
  path: string;
  content: string;
}

/** Remote (multi-language) components that register no children under mocks. */
export const REMOTE_COMPONENTS = new Set(["kubernetes:helm.sh/v4:Chart", "kubernetes:yaml/v2:ConfigGroup"]);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export const stableJson = (value: unknown) => `${JSON.stringify(sortKeys(value), null, 2)}\n`;

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "_");

/** The Kubernetes object as it would be applied: apiVersion, kind, metadata first, then the rest. */
function k8sObject(r: RecordedResource): Record<string, unknown> {
  const inputs = redacted<Record<string, unknown>>(r.inputs);
  const { apiVersion, kind, metadata, ...rest } = inputs;
  return { apiVersion, kind, metadata, ...(sortKeys(rest) as object) };
}

function k8sFile(r: RecordedResource): RenderedFile {
  const obj = k8sObject(r);
  const md = (obj.metadata ?? {}) as { name?: string; namespace?: string };
  const file = `kubernetes/${safe(String(obj.kind))}.${safe(md.namespace ?? "_cluster")}.${safe(md.name ?? r.name)}.yaml`;
  return { path: file, content: stringify(sortKeys({ ...obj }), { sortMapEntries: false }) };
}

function elasticFile(r: RecordedResource): RenderedFile {
  const short = r.type.split(":").pop() ?? r.type;
  return { path: `elastic/${safe(short)}.${safe(r.name)}.json`, content: stableJson(redacted(r.inputs)) };
}

function dynamicFile(r: RecordedResource): RenderedFile {
  // The serialized provider source is an implementation detail and changes with unrelated code.
  const { __provider: _ignored, ...inputs } = r.inputs;
  return { path: `dynamic/${safe(r.name)}.json`, content: stableJson(redacted(inputs)) };
}

function remoteComponentFile(r: RecordedResource): RenderedFile {
  const note =
    "Remote component: the Pulumi mock engine registers it without children, so the objects it renders " +
    "(e.g. the Helm chart's Deployment and CRDs) are not in this synth. Its inputs are below.";
  return {
    path: `components/${safe(r.type.split(":").slice(1).join("_"))}.${safe(r.name)}.yaml`,
    content: stringify(sortKeys({ note, type: r.type, name: r.name, inputs: redacted(r.inputs) })),
  };
}

/** The Pulumi resource tree, indented by parent, the way `pulumi preview` lists it. */
export function resourceTree(resources: RecordedResource[]): string {
  const children = new Map<string | undefined, RecordedResource[]>();
  for (const r of resources) {
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const list = (children.get(parent) ?? []).slice().sort((a, b) => a.urn.localeCompare(b.urn));
    for (const r of list) {
      lines.push(`${"  ".repeat(depth)}${r.read ? "(read) " : ""}${r.type}  ${r.name}`);
      walk(r.urn, depth + 1);
    }
  };
  walk(undefined, 0);
  return `${lines.join("\n")}\n`;
}

export function renderFiles(resources: RecordedResource[]): RenderedFile[] {
  const files: RenderedFile[] = [];
  for (const r of resources) {
    if (r.read) continue; // reads are not desired state
    if (REMOTE_COMPONENTS.has(r.type)) files.push(remoteComponentFile(r));
    else if (!r.custom || r.type.startsWith("pulumi:providers:")) continue;
    else if (r.type.startsWith("kubernetes:")) files.push(k8sFile(r));
    else if (r.type.startsWith("elasticstack:")) files.push(elasticFile(r));
    else if (r.type.startsWith("pulumi-nodejs:dynamic")) files.push(dynamicFile(r));
  }
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two resources render to ${f.path}: names must be unique per kind`);
    seen.add(f.path);
  }
  files.push({ path: "resource-tree.txt", content: resourceTree(resources) });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

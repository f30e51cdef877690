/**
 * The release-pinned settings of a stack: what a release *is* (operator, Elastic stack, classification and dashboards
 * revisions, collector versions), as opposed to where and how big an environment is. Only these move between stacks
 * with `npm run promote`; hosts, sizes, namespaces and credentials never do.
 */
import { isMap, isScalar, type Document } from "yaml";
import { PROJECT } from "../../infra/naming";

export type Milestone = 1 | 2;

export interface PinnedKey {
  /** Dotted path below the project namespace; `*` matches any one map key (e.g. `collectors.*.version`). */
  readonly pattern: string;
  /** First milestone in which the key means something. */
  readonly since: Milestone;
  /** Milestone from which every stack must set it (undefined: optional, tolerated when absent). */
  readonly requiredFrom?: Milestone;
  readonly what: string;
}

export const PINNED_KEYS: readonly PinnedKey[] = [
  { pattern: "eck.version", since: 1, requiredFrom: 1, what: "ECK operator version" },
  {
    pattern: "elastic.version",
    since: 1,
    requiredFrom: 1,
    what: "Elasticsearch / Kibana version; also pins the Elastic connector image",
  },
  {
    pattern: "release.classificationRevision",
    since: 1,
    requiredFrom: 1,
    what: "revision of the field classification",
  },
  { pattern: "release.dashboardsRevision", since: 1, requiredFrom: 1, what: "revision of the dashboards" },
  // Milestone 2 (off-cluster collectors): not in the config schema yet; tolerated when absent on both sides.
  { pattern: "collectors.*.version", since: 2, what: "version of a milestone-2 collector" },
];

/** One concrete pinned setting found in a stack file. */
export interface PinnedValue {
  /** Concrete dotted key, e.g. `collectors.installer.version`. */
  readonly key: string;
  readonly spec: PinnedKey;
  /** Plain JS value (string, number, ...). */
  readonly value: unknown;
}

/** `eck.version` → `["config", "am-dashboard:eck", "version"]`. */
export function yamlPath(key: string): string[] {
  const [top, ...rest] = key.split(".");
  return ["config", `${PROJECT}:${top}`, ...rest];
}

export function matchesPattern(pattern: string, key: string): boolean {
  const p = pattern.split(".");
  const k = key.split(".");
  return p.length === k.length && p.every((seg, i) => seg === "*" || seg === k[i]);
}

export function specFor(key: string): PinnedKey | undefined {
  return PINNED_KEYS.find((s) => matchesPattern(s.pattern, key));
}

export class PromotionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PromotionError";
  }
}

/** Expands a pattern against the document: every concrete key it names that is present. */
function expand(doc: Document, segments: string[], prefix: string[]): string[] {
  if (segments.length === 0) return [prefix.join(".")];
  const [head, ...rest] = segments;
  if (head !== "*") {
    return doc.hasIn(yamlPath([...prefix, head].join("."))) ? expand(doc, rest, [...prefix, head]) : [];
  }
  const node = doc.getIn(yamlPath(prefix.join(".")), true);
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    return expand(doc, rest, [...prefix, k]);
  });
}

/**
 * Every pinned setting the stack file sets, in declaration order. A pinned key must hold a plain value: a `secure:`
 * secret or a structured value there is a mistake in the file, reported rather than copied.
 */
export function extractPinned(doc: Document, file: string): PinnedValue[] {
  const found: PinnedValue[] = [];
  for (const spec of PINNED_KEYS) {
    const [top, ...rest] = spec.pattern.split(".");
    for (const key of expand(doc, rest, [top])) {
      const node = doc.getIn(yamlPath(key), true);
      if (!isScalar(node)) {
        throw new PromotionError(
          `${file}: ${PROJECT}:${key} must be a plain value (a version or a revision), found ` +
            (isMap(node) && node.has("secure") ? "a secure: secret" : "a structured value"),
        );
      }
      found.push({ key, spec, value: node.value });
    }
  }
  return found;
}

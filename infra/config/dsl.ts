/**
 * A small declarative validator for stack configuration.
 *
 * Why not a general-purpose schema library: every error must name the key path, the bad value and what is allowed
 * in the words an SRE editing `Pulumi.<stack>.yaml` understands, unknown keys must be rejected with the allowed ones
 * listed, and the same declarations must render the config reference in the README. That is a few hundred lines here.
 */

import { labelKeyProblem, labelValueProblem, QUANTITY, quantityValue } from "./formats";

export interface ConfigIssue {
  /**
   * Namespace of the key: the project's (`am-dashboard`) when absent, a provider's (`kubernetes`), or `""` for a
   * problem of the file itself (YAML syntax, a missing `config:` section).
   */
  namespace?: string;
  /** Dotted path below the namespace, e.g. `elasticsearch.nodeSets[0].count`. */
  path: string;
  /** What was found (already safe to print: secrets never reach an issue). */
  found: string;
  /** What is allowed. */
  allowed: string;
  /** Where in the stack file, when the file was read (the `pulumi up` path may only have the CLI's flat map). */
  line?: number;
  column?: number;
}

/** The issues an area's rules find, and how they add one. */
export function issueList(): {
  issues: ConfigIssue[];
  add: (path: string, found: string, allowed: string) => void;
} {
  const issues: ConfigIssue[] = [];
  return { issues, add: (path, found, allowed) => issues.push({ path, found, allowed }) };
}

export interface Spec<T> {
  /** Human description of what is allowed, used in errors and in the reference. */
  readonly allowed: string;
  /** Free-text documentation for the reference table. */
  readonly doc: string;
  readonly optional: boolean;
  readonly defaultValue?: T;
  /** Child specs, for the reference (objects and arrays). */
  readonly children?: Record<string, Spec<unknown>>;
  parse(value: unknown, path: string, issues: ConfigIssue[]): T | undefined;
}

export type Infer<S> = S extends Spec<infer T> ? T : never;

/**
 * Prints a found value briefly; long values are cut so an error message stays one line. A value pasted into the
 * wrong key may carry a credential: the user and password of a URL and anything holding a private key are hidden.
 */
export function show(value: unknown): string {
  const raw = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value ?? null);
  if (raw === undefined) return String(value);
  if (/PRIVATE KEY/.test(raw)) return "a value holding a private key (not shown)";
  const text = raw.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@"]*@/gi, "$1***@");
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function base<T>(allowed: string, doc: string, parse: Spec<T>["parse"]): Spec<T> {
  return { allowed, doc, optional: false, parse };
}

export function str(
  doc: string,
  opts: {
    pattern?: RegExp;
    patternText?: string;
    maxLength?: number;
    minLength?: number;
    /** A further check (formats.ts): why the value is refused, appended to the allowed text, or undefined. */
    check?: (value: string) => string | undefined;
  } = {},
): Spec<string> {
  const allowed = opts.patternText ?? (opts.pattern ? `a string matching ${opts.pattern}` : "a string");
  return base(allowed, doc, (value, path, issues) => {
    const minLength = opts.minLength ?? 1;
    if (
      typeof value !== "string" ||
      value.length < minLength ||
      (opts.maxLength !== undefined && value.length > opts.maxLength) ||
      (opts.pattern && !opts.pattern.test(value))
    ) {
      const limit = opts.maxLength !== undefined ? ` of at most ${opts.maxLength} characters` : "";
      issues.push({ path, found: show(value), allowed: `${allowed}${limit}` });
      return undefined;
    }
    const problem = opts.check?.(value);
    if (problem !== undefined) {
      issues.push({ path, found: show(value), allowed: `${allowed}: ${problem}` });
      return undefined;
    }
    return value;
  });
}

export function oneOf<const V extends readonly (string | number | boolean)[]>(
  doc: string,
  values: V,
): Spec<V[number]> {
  const allowed = `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
  return base(allowed, doc, (value, path, issues) => {
    // Stack files may hold numbers and booleans as strings (pulumi config set).
    const match = values.find((v) => v === value || String(v) === value);
    if (match === undefined) {
      issues.push({ path, found: show(value), allowed });
      return undefined;
    }
    return match;
  });
}

export function int(doc: string, opts: { min: number; max: number }): Spec<number> {
  const allowed = `an integer from ${opts.min} to ${opts.max}`;
  return base(allowed, doc, (value, path, issues) => {
    const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < opts.min || n > opts.max) {
      issues.push({ path, found: show(value), allowed });
      return undefined;
    }
    return n;
  });
}

export function bool(doc: string): Spec<boolean> {
  return base("true or false", doc, (value, path, issues) => {
    if (value === true || value === "true") return true;
    if (value === false || value === "false") return false;
    issues.push({ path, found: show(value), allowed: "true or false" });
    return undefined;
  });
}

/**
 * Kubernetes resource quantities such as `500m`, `2`, `4Gi`, `50Gi`, above zero. Memory and storage are whole bytes
 * (`512m` would be half a byte, which the API server accepts and the kubelet cannot run); `min` is the smallest
 * value the engine behind it can work with (e.g. a JVM heap).
 */
export function quantity(
  doc: string,
  kind: "cpu" | "memory" | "storage",
  opts: { min?: string } = {},
): Spec<string> {
  const example = kind === "cpu" ? "e.g. 500m or 2" : "e.g. 512Mi, 4Gi or 50Gi";
  const minimum = opts.min === undefined ? undefined : quantityValue(opts.min);
  return str(doc, {
    pattern: QUANTITY,
    patternText: `a Kubernetes quantity (${example})${opts.min ? ` of at least ${opts.min}` : ""}`,
    check: (v) => {
      const n = quantityValue(v)!;
      if (n <= 0) return "above zero";
      if (kind !== "cpu" && (!Number.isInteger(n) || v.endsWith("m")))
        return "whole bytes: use Mi or Gi (m means thousandths of a byte)";
      if (minimum !== undefined && n < minimum) return `at least ${opts.min}`;
      return undefined;
    },
  });
}

export type OptionalSpec<T> = Spec<T> & { readonly optional: true };
/** An optional key with a default: `obj` fills it in when absent, so the parsed object always has it. */
export type DefaultedSpec<T> = OptionalSpec<T> & { readonly defaultValue: T };

export function optional<T>(spec: Spec<T>): OptionalSpec<T>;
export function optional<T>(spec: Spec<T>, defaultValue: T): DefaultedSpec<T>;
export function optional<T>(spec: Spec<T>, defaultValue?: T): OptionalSpec<T> {
  return { ...spec, optional: true, defaultValue };
}

export function arr<T>(
  doc: string,
  item: Spec<T>,
  opts: { min: number; max: number },
  check?: (value: T[], path: string, issues: ConfigIssue[]) => void,
): Spec<T[]> {
  const allowed = `a list of ${opts.min} to ${opts.max} items, each ${item.allowed}`;
  return {
    allowed,
    doc,
    optional: false,
    children: { "[]": item as Spec<unknown> },
    parse(value, path, issues) {
      if (!Array.isArray(value) || value.length < opts.min || value.length > opts.max) {
        issues.push({ path, found: show(value), allowed: `a list of ${opts.min} to ${opts.max} items` });
        return undefined;
      }
      const out: T[] = [];
      value.forEach((v, i) => {
        const parsed = item.parse(v, `${path}[${i}]`, issues);
        if (parsed !== undefined) out.push(parsed);
      });
      if (out.length !== value.length) return undefined;
      const before = issues.length;
      check?.(out, path, issues);
      return issues.length === before ? out : undefined;
    },
  };
}

/** A map of Kubernetes labels (selector terms): valid label keys and values. */
export function labels(doc: string): Spec<Record<string, string>> {
  const allowed = "a map of label names to string values";
  return base(allowed, doc, (value, path, issues) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      issues.push({ path, found: show(value), allowed });
      return undefined;
    }
    const out: Record<string, string> = {};
    const before = issues.length;
    for (const [k, v] of Object.entries(value)) {
      const problem =
        labelKeyProblem(k) ??
        (typeof v === "string" ? labelValueProblem(v) : "a string value (quote numbers)");
      if (problem !== undefined) {
        issues.push({ path: `${path}.${k}`, found: show(v), allowed: `a valid label: ${problem}` });
        continue;
      }
      out[k] = v as string;
    }
    return issues.length === before ? out : undefined;
  });
}

/** Keys that may be absent after parsing: optional ones without a default. */
type MayBeAbsent<S> = S extends { optional: true }
  ? S extends { defaultValue: unknown }
    ? false
    : true
  : false;

type ObjOut<F extends Record<string, Spec<unknown>>> = {
  [K in keyof F as MayBeAbsent<F[K]> extends true ? never : K]: Infer<F[K]>;
} & {
  [K in keyof F as MayBeAbsent<F[K]> extends true ? K : never]?: Infer<F[K]>;
};

/**
 * The parsed values of a set of keys, as the loader returns them: what an area's rules read. An area's rules take
 * `Parsed<typeof ownKeys & typeof keysOfAreasBelow>`, derived from the keys, never a hand-written copy of them.
 */
export type Parsed<F extends Record<string, Spec<unknown>>> = ObjOut<F>;

/** Closest key by edit distance, to suggest a fix for a typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(
          d[i - 1][j] + 1,
          d[i][j - 1] + 1,
          d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
    return d[a.length][b.length];
  };
  let best: { key: string; d: number } | undefined;
  for (const c of candidates) {
    const d = dist(word.toLowerCase(), c.toLowerCase());
    if (!best || d < best.d) best = { key: c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.key : undefined;
}

/** An object with exactly these keys; unknown keys are errors that list the allowed ones. */
export function obj<const F extends Record<string, Spec<unknown>>>(
  doc: string,
  fields: F,
  check?: (value: ObjOut<F>, path: string, issues: ConfigIssue[]) => void,
): Spec<ObjOut<F>> {
  const allowed = `an object with keys ${Object.keys(fields).join(", ")}`;
  return {
    allowed,
    doc,
    optional: false,
    children: fields,
    parse(value, path, issues) {
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        issues.push({ path, found: show(value), allowed });
        return undefined;
      }
      const before = issues.length;
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!(key in fields)) {
          const hint = closest(key, Object.keys(fields));
          issues.push({
            path: path ? `${path}.${key}` : key,
            found: "an unknown key",
            allowed: `${hint ? `did you mean "${hint}"? ` : ""}allowed keys: ${Object.keys(fields).join(", ")}`,
          });
        }
      }
      for (const [key, spec] of Object.entries(fields)) {
        const childPath = path ? `${path}.${key}` : key;
        if (input[key] === undefined || input[key] === null) {
          if (!spec.optional) issues.push({ path: childPath, found: "nothing", allowed: spec.allowed });
          else if (spec.defaultValue !== undefined) out[key] = spec.defaultValue;
          continue;
        }
        const parsed = spec.parse(input[key], childPath, issues);
        if (parsed !== undefined) out[key] = parsed;
      }
      if (issues.length === before && check) check(out as ObjOut<F>, path, issues);
      return issues.length === before ? (out as ObjOut<F>) : undefined;
    },
  };
}

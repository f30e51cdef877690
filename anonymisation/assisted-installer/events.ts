/**
 * The classification of Assisted Installer events, extended from the installation document model to the collector:
 * which upstream event field feeds which installation field, and how.
 *
 * The treatment (pseudonymise / generalise with which catalogue, unit, bounds / keep) always comes from
 * `installationDocument`; this file only adds what the model cannot say: where in an event the value sits and
 * what shape it has there (a comma list, a list of objects, seconds rather than minutes). `compileEventRules`
 * joins the two and refuses a model field without an extraction, an extraction for a field the model drops or
 * does not know, or a source the model does not name in `from`.
 *
 * The compiled rules have two consumers that must agree: `anonymiseEvent` (a pure TypeScript function, tested
 * with canary documents) and `components/collectors/assisted-installer/logstash.ts` with `ruby.ts`, which render the
 * very same rules as the Logstash filter; the tests run that Ruby under JRuby against this function. Nothing per
 * field is hand-written in either.
 */
import { elapsedSeconds, parseEventTime } from "./eventTime";
import { bucketLabels, versionPrefixPattern } from "../generalisers";
import type { DocumentField, DocumentModel, Generaliser } from "../model";
import { storedFields } from "../model";
import { AI_CATALOGUES, OTHER, type AiCatalogue } from "./catalogues";
import { ASSISTED_MIGRATION_TAG, installationDocument } from "./installation";

/** A path into the canonical event (the assisted-events-stream v1 enriched document), dot separated. */
export type EventPath = string;

/** How a value sits in the event before the model's treatment applies. */
export type Shape =
  /** A scalar at `path`; the first of several paths that is present wins. */
  | { kind: "scalar"; paths: EventPath[]; divideBy?: number }
  /** A comma-separated string (cluster.tags), split and trimmed into a list. */
  | { kind: "comma-list"; path: EventPath }
  /**
   * A value inside every element of an array (`array` path, then `item` path inside each element): all distinct
   * values, or only the first one.
   */
  | { kind: "each"; array: EventPath; item: EventPath; pick: "all" | "first" }
  /** True when the path exists at all (cluster.onprem is an object present only for on-prem uploads). */
  | { kind: "exists"; path: EventPath }
  /** Several event fields concatenated for one keyed hash, the way Logstash `fingerprint` concatenates sources. */
  | { kind: "concat"; paths: EventPath[] };

/** Only for failures: the value is `none` when the result says the installation succeeded. */
export interface OnlyOnFailure {
  resultPath: EventPath;
  successValue: string;
  /** For `each`: element values that do not explain a failure (a host that finished) are skipped. */
  skip?: string[];
}

export interface Extraction {
  shape: Shape;
  onlyOnFailure?: OnlyOnFailure;
  /** Fixed patterns that map free text onto a catalogue value; the text itself is never kept. */
  patterns?: { pattern: string; value: string }[];
}

/** Extraction of a field the collector cannot compute from one event: whether this cluster was seen before. */
export interface FirstSeen {
  kind: "first-seen";
  /** The (already pseudonymised) field naming the cluster. */
  byField: string;
}

/**
 * Extraction of the time the collector read the event (the transforms' sync field): not in the event upstream, so
 * Logstash's own `@timestamp` in the collector and the injected clock in `anonymiseEvent`.
 */
export interface CollectedAt {
  kind: "collected-at";
}

/**
 * Extraction of the instant the event's month is closed (the transforms' sync field): the first instant of the month
 * after the event's month (UTC), plus `anonymity.graceDays` days. The event gives the month, the stack config the
 * grace days (`graceDays` in the Logstash renderer and in `anonymiseEvent`'s context).
 */
export interface PublishableAt {
  kind: "publishable-at";
  /** The event time whose month is meant. */
  path: EventPath;
}

/**
 * Extraction of the generation of the pseudonymisation key (the rotation keeper): a program value. Logstash reads it
 * from its keystore, next to the key itself, so the two cannot disagree; `anonymiseEvent` from its context.
 */
export interface KeyEpochValue {
  kind: "key-epoch";
}

type SpecialExtraction = FirstSeen | CollectedAt | PublishableAt | KeyEpochValue;

const RESULT = "event.props.result";
const onFailure = (skip?: string[]): OnlyOnFailure => ({
  resultPath: RESULT,
  successValue: "installed",
  skip,
});

/**
 * Where each stored installation field comes from. Every path here must be named (as `event:<path>` or a prefix
 * of it) in the model field's `from`, so the model stays the one place that says which upstream fields are read.
 */
export const INSTALLATION_EXTRACTIONS: Record<string, Extraction | SpecialExtraction> = {
  doc_id: { shape: { kind: "concat", paths: ["cluster.id", "event_time"] } },
  cluster_ref: { shape: { kind: "scalar", paths: ["cluster.id"] } },
  // One path only: Logstash's fingerprint of several sources would hash the last present one, not the first.
  customer_ref: { shape: { kind: "scalar", paths: ["cluster.org_id"] } },
  collected_at: { kind: "collected-at" },
  publishable_at: { kind: "publishable-at", path: "event_time" },
  key_epoch: { kind: "key-epoch" },
  event_day: { shape: { kind: "scalar", paths: ["event_time"] } },
  created_month: { shape: { kind: "scalar", paths: ["cluster.created_at"] } },
  result: { shape: { kind: "scalar", paths: [RESULT] } },
  first_attempt: { kind: "first-seen", byField: "cluster_ref" },
  failure_stage: {
    shape: { kind: "each", array: "cluster.hosts", item: "progress.current_stage", pick: "first" },
    onlyOnFailure: onFailure(["Done", "Joined"]),
  },
  status_info_category: {
    shape: { kind: "scalar", paths: ["cluster.status_info"] },
    onlyOnFailure: onFailure(),
    // Order matters: the first match wins. Case-insensitive; matched on the text, which is then discarded.
    patterns: [
      { pattern: "cancel", value: "cancelled-by-user" },
      { pattern: "timed? ?out", value: "timeout" },
      { pattern: "operator", value: "operator-failed" },
      { pattern: "pull|image", value: "image-pull-failed" },
      { pattern: "host", value: "host-installation-failed" },
      { pattern: "network|dns|connectivity|vip", value: "network-validation" },
      { pattern: "disk|storage|volume", value: "storage" },
    ],
  },
  install_duration_minutes: { shape: { kind: "scalar", paths: ["event.props.duration"], divideBy: 60 } },
  install_duration_tier: { shape: { kind: "scalar", paths: ["event.props.duration"], divideBy: 60 } },
  openshift_version: { shape: { kind: "scalar", paths: ["cluster.openshift_version"] } },
  ai_version: { shape: { kind: "scalar", paths: ["release_tag"] } },
  platform_type: { shape: { kind: "scalar", paths: ["cluster.platform.type"] } },
  cpu_architecture: { shape: { kind: "scalar", paths: ["cluster.cpu_architecture"] } },
  heterogeneous_arch: { shape: { kind: "scalar", paths: ["host_summary.heterogeneous_arch"] } },
  high_availability_mode: { shape: { kind: "scalar", paths: ["cluster.high_availability_mode"] } },
  control_plane_count: { shape: { kind: "scalar", paths: ["cluster.control_plane_count"] } },
  user_managed_networking: { shape: { kind: "scalar", paths: ["cluster.user_managed_networking"] } },
  network_type: { shape: { kind: "scalar", paths: ["cluster.network_type"] } },
  cluster_kind: { shape: { kind: "scalar", paths: ["cluster.kind"] } },
  iso_type: { shape: { kind: "each", array: "infra_envs", item: "type", pick: "first" } },
  feature_usage: { shape: { kind: "each", array: "cluster.feature_usage", item: "id", pick: "all" } },
  operator_bundles: { shape: { kind: "each", array: "cluster.operator_bundles", item: "id", pick: "all" } },
  tags: { shape: { kind: "comma-list", path: "cluster.tags" } },
  host_vendors: {
    shape: {
      kind: "each",
      array: "cluster.hosts",
      item: "inventory.system_vendor.manufacturer",
      pick: "all",
    },
  },
  on_premises: { shape: { kind: "exists", path: "cluster.onprem" } },
  host_count: { shape: { kind: "scalar", paths: ["cluster.enabled_host_count", "host_summary.host_count"] } },
  host_count_tier: {
    shape: { kind: "scalar", paths: ["cluster.enabled_host_count", "host_summary.host_count"] },
  },
};

/** What an event must be to become an installation document, before any field is read. */
export const INSTALLATION_SELECTION = {
  /** Metrics event of assisted-service that closes an installation attempt (research §1.1, result definition A). */
  messagePath: "message",
  message: "cluster.installation.results",
  /** Comma-separated tags; the Assisted Migration tag must be one of them (research §4.4). */
  tagsPath: "cluster.tags",
  tag: ASSISTED_MIGRATION_TAG,
  /** Without these no pseudonym can be computed: the event is dropped, never written half-anonymised. */
  required: ["cluster.id", "event_time"],
} as const;

/**
 * The tag test as a regular expression over the comma-separated string, shared by TS and Logstash, whose
 * conditionals match with Ruby's regular expressions (logstash-core `EventCondition`, `RubyRegexp`). So no `^`, `$`
 * or `\s`: in Ruby `^` and `$` also match at a line break (`"x\nassisted_migration"` would pass as tagged) and
 * `\s` is ASCII-only where JavaScript's takes a no-break space. The tag must be preceded by the start or a comma and
 * followed by a comma or the end (lookarounds, the same in both engines), with blanks or tabs around it.
 */
export function tagPattern(tag: string): string {
  if (!/^\w+$/.test(tag)) throw new Error(`tag "${tag}" must be a word (assisted-service ValidateTags)`);
  return `(?<![^,])[ \\t]*${tag}[ \\t]*(?![^,])`;
}

/** How a compiled rule turns the extracted value into the stored value. */
export type Transform =
  | { kind: "hmac" }
  | { kind: "keep-boolean" }
  | { kind: "keep-long" }
  | { kind: "first-seen"; byField: string }
  | { kind: "collected-at" }
  | { kind: "publishable-at"; path: EventPath }
  | { kind: "key-epoch" }
  | { kind: "generalise"; how: Generaliser; catalogue?: readonly string[]; labels?: string[] };

export interface CompiledRule {
  field: string;
  extraction: Extraction;
  transform: Transform;
  /** Whether the stored value is a list (keyword arrays). */
  many: boolean;
}

function sourcePaths(shape: Shape): string[] {
  switch (shape.kind) {
    case "scalar":
    case "concat":
      return shape.paths;
    case "comma-list":
    case "exists":
      return [shape.path];
    case "each":
      return [`${shape.array}.${shape.item}`];
  }
}

/** `event:a.b` in the model covers the path `a.b` and anything below it. */
function declared(from: readonly string[], path: string): boolean {
  return from.some((ref) => {
    const p = ref.replace(/^event:/, "");
    return path === p || path.startsWith(`${p}.`);
  });
}

/** Why the model's declaration of `field` does not fit the value a special extraction yields (none: fits). */
function specialExtractionProblems(field: string, f: DocumentField, x: SpecialExtraction): string[] {
  const problems: string[] = [];
  switch (x.kind) {
    case "collected-at":
      if (f.type !== "date" || f.treatment.action !== "keep")
        problems.push(`"${field}": collected-at yields a kept date, the model says ${f.type}`);
      break;
    case "publishable-at":
      if (f.type !== "date")
        problems.push(`"${field}": publishable-at yields a date, the model says ${f.type}`);
      if (!declared(f.from, x.path))
        problems.push(`"${field}" reads event:${x.path}, not named in the model's from`);
      if (!f.from.includes("program:anonymity.graceDays"))
        problems.push(`"${field}": publishable-at reads anonymity.graceDays, not named in the model's from`);
      break;
    case "key-epoch":
      if (f.type !== "keyword" || f.treatment.action !== "keep")
        problems.push(`"${field}": key-epoch yields a kept keyword, the model says ${f.type}`);
      if (!f.from.includes("program:rotation.pseudonymisationKey"))
        problems.push(`"${field}": key-epoch reads the rotation keeper, not named in the model's from`);
      break;
    case "first-seen":
      if (f.type !== "boolean")
        problems.push(`"${field}": first-seen yields a boolean, the model says ${f.type}`);
      break;
  }
  return problems;
}

/** Joins the model with the extraction table; throws on any mismatch, so a drift cannot render a filter. */
export function compileEventRules(
  model: DocumentModel = installationDocument,
  extractions: Record<string, Extraction | SpecialExtraction> = INSTALLATION_EXTRACTIONS,
): CompiledRule[] {
  const problems: string[] = [];
  const stored = storedFields(model);
  for (const field of Object.keys(extractions)) {
    if (!(field in model.fields))
      problems.push(`extraction for "${field}", which model ${model.name} does not declare`);
    else if (!stored.includes(field))
      problems.push(`extraction for "${field}", which model ${model.name} drops`);
  }
  const rules: CompiledRule[] = [];
  for (const field of stored) {
    const x = extractions[field];
    const f = model.fields[field];
    if (!x) {
      problems.push(`stored field "${field}" of model ${model.name} has no extraction`);
      continue;
    }
    if ("kind" in x) {
      problems.push(...specialExtractionProblems(field, f, x));
      rules.push({ field, extraction: { shape: { kind: "scalar", paths: [] } }, transform: x, many: false });
      continue;
    }
    for (const path of sourcePaths(x.shape)) {
      if (!declared(f.from, path))
        problems.push(`"${field}" reads event:${path}, not named in the model's from`);
    }
    const t = f.treatment;
    let transform: Transform;
    if (t.action === "pseudonymise") transform = { kind: "hmac" };
    else if (t.action === "keep") {
      if (f.type === "boolean") transform = { kind: "keep-boolean" };
      else if (f.type === "long") transform = { kind: "keep-long" };
      else {
        problems.push(`"${field}": keep of type ${f.type} is not supported from events (only boolean, long)`);
        continue;
      }
    } else if (t.action === "generalise") {
      const how = t.how;
      const catalogue =
        how.kind === "catalogue"
          ? (AI_CATALOGUES as Record<string, readonly string[]>)[how.catalogue as AiCatalogue]
          : undefined;
      if (how.kind === "catalogue" && !catalogue)
        problems.push(`"${field}": unknown catalogue ${how.catalogue}`);
      const labels = how.kind === "bucket" ? bucketLabels(how.bounds, how.overflowLabel) : undefined;
      transform = { kind: "generalise", how, catalogue, labels };
      if (x.patterns) {
        for (const p of x.patterns) {
          if (!catalogue?.includes(p.value))
            problems.push(`"${field}": pattern value "${p.value}" not in its catalogue`);
        }
      }
    } else {
      problems.push(`"${field}" is dropped but has an extraction`);
      continue;
    }
    if (x.shape.kind === "concat" && transform.kind !== "hmac") {
      problems.push(`"${field}": concatenated sources are only for keyed hashes`);
    }
    const many = x.shape.kind === "comma-list" || (x.shape.kind === "each" && x.shape.pick === "all");
    rules.push({ field, extraction: x, transform, many });
  }
  if (problems.length > 0) {
    throw new Error(
      `event rules of model ${model.name} do not match its classification:\n  - ${problems.join("\n  - ")}`,
    );
  }
  return rules;
}

// ---------------------------------------------------------------------------------------------------------------
// The pure evaluation of the compiled rules. `logstash.ts` and `ruby.ts` render the same steps; the comments name
// the Logstash construct each step corresponds to.

export type EventDoc = Record<string, unknown>;

export interface AnonymiseContext {
  /** The pseudonymisation key (`AM_PSEUDONYM_KEY` in the Logstash keystore). */
  key: string;
  /**
   * Whether another document (not `docId`) of this cluster pseudonym is already in the index (the Logstash
   * `elasticsearch` filter lookup); undefined when the lookup failed, which leaves `first_attempt` unset.
   */
  seen: (clusterRef: string, docId: string) => boolean | undefined;
  /** HMAC-SHA256 hex of a string under the key; injected so this module stays free of Node built-ins. */
  hmac: (key: string, data: string) => string;
  /** The collector's clock (Logstash `@timestamp`), RFC 3339; `collected_at` stays unset without it. */
  now?: () => string;
  /** `anonymity.graceDays`: days after a month's end before it is closed and published. */
  graceDays: number;
  /** The key's generation (`rotation.pseudonymisationKey`, `0` when unset), as the key-epoch record names it. */
  keyEpoch: string;
}

/**
 * When the month of `eventTime` is closed: the first instant of the next month (UTC) plus `graceDays` days, as
 * RFC 3339 with milliseconds (`2026-04-08T00:00:00.000Z`); undefined when the time does not parse.
 */
export function publishableAt(eventTime: string, graceDays: number): string | undefined {
  const t = parseEventTime(eventTime);
  if (t === undefined) return undefined;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1 + graceDays)).toISOString();
}

/** Why an event read at or after its month's `publishable_at` is dropped (Logstash: the `am-drop-closed-month` drop). */
export const CLOSED_MONTH_REASON =
  "collected at or after its month's publishable_at: the month may be published already, and a published cell never changes";

export type Outcome = { kept: true; doc: Record<string, unknown> } | { kept: false; reason: string };

/** Dotted path lookup on plain objects; undefined through arrays (use `each` shapes for arrays). */
export function getPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Whether Logstash's `if [field]` holds for a value: not null, and its string form neither empty nor "false"
 * (logstash-core `EventCondition.valueIsTruthy`). The collector hashes a single source only then.
 */
export function logstashTruthy(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  const s = typeof v === "string" ? v : typeof v === "object" ? "{}" : String(v);
  return s !== "" && s !== "false";
}

/**
 * Ruby's `String#strip`, which the collector's Ruby uses: NUL and ASCII blanks only, where JavaScript's `trim` also
 * takes a no-break space or an em space (`"\u00a0ui_ocm"` is the tag `other` in Logstash, so here too).
 */
function rubyStrip(s: string): string {
  return s.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, "");
}

/** Ruby's `to_s` for the scalars events carry, so the TS hash input equals the Logstash one. */
function rubyString(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw new Error("only scalar values are hashed");
}

function extract(doc: EventDoc, shape: Shape): unknown {
  switch (shape.kind) {
    case "scalar": {
      for (const p of shape.paths) {
        const v = getPath(doc, p);
        if (v !== undefined && v !== null) {
          if (shape.divideBy === undefined) return v;
          return typeof v === "number" ? v / shape.divideBy : undefined;
        }
      }
      return undefined;
    }
    case "exists":
      return getPath(doc, shape.path) !== undefined && getPath(doc, shape.path) !== null;
    case "comma-list": {
      const v = getPath(doc, shape.path);
      return typeof v === "string"
        ? v
            .split(",")
            .map(rubyStrip)
            .filter((s) => s.length > 0)
        : [];
    }
    case "each": {
      const arr = getPath(doc, shape.array);
      if (!Array.isArray(arr)) return [];
      const out: string[] = [];
      for (const el of arr) {
        // Lists of plain strings (operator_bundles in some versions) are their own items.
        const v = typeof el === "string" && shape.item === "id" ? el : getPath(el, shape.item);
        if (typeof v === "string" && !out.includes(v)) out.push(v);
      }
      return out;
    }
    case "concat":
      // Logstash fingerprint, concatenate_sources: "|<field ref>|<value>" for each source sorted by name, then "|".
      return (
        shape.paths
          .map((p) => ({ ref: logstashRef(p), value: getPath(doc, p) }))
          .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
          .map((s) => `|${s.ref}|${rubyString(s.value)}`)
          .join("") + "|"
      );
  }
}

/** `a.b.c` → `[a][b][c]`, the Logstash field reference. */
export function logstashRef(path: string): string {
  return path
    .split(".")
    .map((p) => `[${p}]`)
    .join("");
}

/** Version cut to `parts` numeric components, without a leading v; `unknown` when it does not parse. */
export function versionPrefix(v: string, parts: number): string {
  const m = new RegExp(versionPrefixPattern(parts)).exec(v.slice(0, 64));
  return m ? m[1] : "unknown";
}

/** RFC 3339 time truncated to the start of its UTC day / ISO week (Monday) / month, as `YYYY-MM-DD`. */
export function truncateDate(v: string, unit: "day" | "week" | "month"): string | undefined {
  const t = parseEventTime(v);
  if (t === undefined) return undefined;
  const d = new Date(t);
  if (unit === "month") d.setUTCDate(1);
  if (unit === "week") d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function generalise(t: Extract<Transform, { kind: "generalise" }>, v: unknown): unknown {
  const how = t.how;
  switch (how.kind) {
    case "catalogue":
      return typeof v === "string" && t.catalogue!.includes(v) ? v : OTHER;
    case "version-prefix":
      return typeof v === "string" ? versionPrefix(v, how.parts) : undefined;
    case "truncate-date":
      return typeof v === "string" ? truncateDate(v, how.unit) : undefined;
    case "bucket": {
      if (typeof v !== "number") return undefined;
      const i = how.bounds.findIndex((b) => v <= b);
      return i < 0 ? how.overflowLabel : t.labels![i];
    }
    case "round":
      return typeof v === "number" ? Math.round(v / how.to) * how.to : undefined;
  }
}

function applyRule(
  rule: CompiledRule,
  doc: EventDoc,
  out: Record<string, unknown>,
  ctx: AnonymiseContext,
): void {
  const t = rule.transform;
  if (t.kind === "collected-at") {
    if (ctx.now) out[rule.field] = ctx.now();
    return;
  }
  if (t.kind === "publishable-at") {
    const v = getPath(doc, t.path);
    const at = typeof v === "string" ? publishableAt(v, ctx.graceDays) : undefined;
    if (at !== undefined) out[rule.field] = at;
    return;
  }
  if (t.kind === "key-epoch") {
    out[rule.field] = ctx.keyEpoch;
    return;
  }
  if (t.kind === "first-seen") {
    const ref = out[t.byField];
    const seen = typeof ref === "string" ? ctx.seen(ref, String(out.doc_id)) : undefined;
    if (seen !== undefined) out[rule.field] = !seen;
    return;
  }
  const x = rule.extraction;
  if (x.onlyOnFailure && getPath(doc, x.onlyOnFailure.resultPath) === x.onlyOnFailure.successValue) {
    out[rule.field] = "none";
    return;
  }
  let v = extract(doc, x.shape);
  if (x.onlyOnFailure?.skip && Array.isArray(v))
    v = v.filter((s) => !x.onlyOnFailure!.skip!.includes(s as string));
  if (x.patterns) {
    const text = typeof v === "string" ? v : "";
    v = x.patterns.find((p) => new RegExp(p.pattern, "i").test(text))?.value ?? OTHER;
  }
  if (Array.isArray(v) && !rule.many) v = v[0];
  if (t.kind === "hmac") {
    out[rule.field] = logstashTruthy(v) ? ctx.hmac(ctx.key, rubyString(v)) : undefined;
  } else if (t.kind === "keep-boolean") {
    out[rule.field] = typeof v === "boolean" ? v : undefined;
  } else if (t.kind === "keep-long") {
    out[rule.field] = typeof v === "number" ? Math.trunc(v) : undefined;
  } else if (Array.isArray(v)) {
    out[rule.field] = [...new Set(v.map((e) => generalise(t, e)))].filter((e) => e !== undefined);
  } else {
    // A missing failure reason on a failed attempt is still a failure: catalogue fields fall back to `other`.
    out[rule.field] = v === undefined && t.how.kind !== "catalogue" ? undefined : generalise(t, v);
  }
  if (out[rule.field] === undefined) delete out[rule.field];
}

/**
 * One event through the collector: selection, tag filter, then every compiled rule. Returns the document the
 * collector writes (only stored model fields) or why the event was dropped.
 */
export function anonymiseEvent(
  doc: EventDoc,
  ctx: AnonymiseContext,
  rules: CompiledRule[] = compileEventRules(),
): Outcome {
  const s = INSTALLATION_SELECTION;
  if (getPath(doc, s.messagePath) !== s.message) return { kept: false, reason: "not an installation result" };
  const tags = getPath(doc, s.tagsPath);
  if (typeof tags !== "string" || !new RegExp(tagPattern(s.tag)).test(tags)) {
    return { kept: false, reason: `cluster not tagged ${s.tag}` };
  }
  // Logstash: `if ![cluster][id] or ...  { drop }`, so what its `if` does not hold for (null, "", "false") is missing.
  for (const r of s.required)
    if (!logstashTruthy(getPath(doc, r))) return { kept: false, reason: `missing ${r}` };
  const out: Record<string, unknown> = {};
  for (const rule of rules) applyRule(rule, doc, out, ctx);
  // Publish closed periods only: a month's documents reach the transforms when it closes (publishable_at, their sync
  // field), all at once. An event without a month cannot be published; one read once its month closed could change a
  // published cell, so it is dropped like any other unusable event.
  const publishable = rules.find((r) => r.transform.kind === "publishable-at")?.field;
  const collected = rules.find((r) => r.transform.kind === "collected-at")?.field;
  if (publishable !== undefined) {
    if (typeof out[publishable] !== "string") return { kept: false, reason: "event time does not parse" };
    const read = collected === undefined ? undefined : out[collected];
    // A collection time that does not parse cannot prove the month open: dropped too (the safe side).
    const [readAt, publishedAt] = [parseEventTime(read), parseEventTime(out[publishable])];
    if (
      typeof read === "string" &&
      !(readAt !== undefined && publishedAt !== undefined && readAt < publishedAt)
    )
      return { kept: false, reason: CLOSED_MONTH_REASON };
  }
  return { kept: true, doc: out };
}

/** Cluster statuses that end an installation attempt (assisted-service `models.Cluster` status). */
export const TERMINAL_STATUSES = ["installed", "error", "cancelled"] as const;

/**
 * Kafka carries raw envelopes (`{name, payload, metadata}`, research §1.1); events there have no cluster state
 * to filter on, so the collector reads `ClusterState` messages and turns a terminal state into the canonical
 * enriched shape the rules read. Mirrors `KAFKA_NORMALISE_RUBY` in the Logstash renderer.
 */
export function normaliseKafkaMessage(msg: EventDoc): EventDoc | undefined {
  const p = msg.payload;
  if (msg.name !== "ClusterState" || p === null || typeof p !== "object" || Array.isArray(p))
    return undefined;
  const payload = p as Record<string, unknown>;
  if (!(TERMINAL_STATUSES as readonly unknown[]).includes(payload.status)) return undefined;
  const done = payload.install_completed_at ?? payload.status_updated_at ?? payload.updated_at;
  const duration = elapsedSeconds(payload.install_started_at, done);
  return {
    cluster: payload,
    event_time: done,
    message: INSTALLATION_SELECTION.message,
    event: { props: { result: payload.status, ...(duration === undefined ? {} : { duration }) } },
    release_tag: getPath(msg, "metadata.release_tag"),
  };
}

/**
 * The pure evaluation of the compiled Assisted Installer rules (`compileEventRules` in events.ts): an event in, an
 * installation document or the reason it is dropped out. `components/collectors/assisted-installer/logstash.ts`
 * and `ruby.ts` render the same steps as the Logstash filter, and the comments name the Logstash construct each step
 * corresponds to; the tests run that Ruby under JRuby against this function. Where Logstash and JavaScript read a
 * value differently (truthiness, `strip`, `to_s`), the Logstash reading is written here.
 *
 * Kafka's raw envelopes are first turned into the canonical event shape (`normaliseKafkaMessage`).
 */
import { elapsedSeconds, parseEventTime } from "./eventTime";
import { versionPrefixPattern } from "../generalisers";
import { OTHER } from "./catalogues";
import {
  compileEventRules,
  INSTALLATION_SELECTION,
  tagPattern,
  type CompiledRule,
  type Shape,
  type Transform,
} from "./events";

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

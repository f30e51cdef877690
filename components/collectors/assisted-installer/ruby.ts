/**
 * The Ruby of the Assisted Installer collector's `ruby` filters, built from the compiled event rules: what each
 * field's filter computes, the closed-month test, the Kafka normalisation and the final replacement of the event.
 * `logstash.ts` puts them into the pipeline. Every piece must compute what `anonymiseEvent` computes; the tests run
 * them under JRuby, Logstash's Ruby (test/components/collectors/assisted-installer/ruby.test.ts).
 *
 * Logstash config strings are single-quoted and Logstash does not process escapes by default, so the generated
 * Ruby uses double quotes only.
 */
import { logstashRef, TERMINAL_STATUSES } from "../../../anonymisation/assisted-installer/anonymiseEvent";
import {
  INSTALLATION_SELECTION,
  type CompiledRule,
  type Shape,
  type Transform,
} from "../../../anonymisation/assisted-installer/events";
import { OTHER } from "../../../anonymisation/assisted-installer/catalogues";
import { EVENT_TIME_PATTERN } from "../../../anonymisation/assisted-installer/eventTime";
import { versionPrefixPattern } from "../../../anonymisation/generalisers";
import { checkGraceDays } from "../../../anonymisation/planner/sql/readModel";

/** Where the per-field results are built before they replace the event. */
export const WORK = "[@metadata][am]";
export const LOOKUP_HIT = "[@metadata][am_prior]";

/** A Ruby double-quoted string literal; `#` is escaped so no interpolation can happen. */
function rb(value: string): string {
  return JSON.stringify(value).replace(/#/g, "\\#");
}
const rbList = (values: readonly (string | number)[]) =>
  `[${values.map((v) => (typeof v === "number" ? String(v) : rb(v))).join(", ")}]`;

/** Settings of the rules that read program values rather than the event. */
export interface RuleSettings {
  graceDays: number;
}

/**
 * Set up once per filter (its `init`): `@am_time`, the reading of an event time that `parseEventTime` in
 * anonymisation/assisted-installer/eventTime.ts is — the same pattern, and a date or time that Ruby would roll over
 * (`02-30`, `24:00:00`) refused by comparing what it parsed with what was written. A Time, or nil. The pattern is
 * compiled here, once per filter, not on every call.
 */
export const RUBY_EVENT_TIME = [
  'require "time";',
  `am_time_re = Regexp.new(${rb(`\\A(?:${EVENT_TIME_PATTERN})\\z`)});`,
  "@am_time = lambda { |x| s = x.to_s; m = am_time_re.match(s); next nil if m.nil?;",
  "t = begin; Time.iso8601(s); rescue ArgumentError; nil; end;",
  "next nil if t.nil? || [t.year, t.month, t.day, t.hour, t.min, t.sec] != m[1..6].map(&:to_i); t }",
].join(" ");

/**
 * A JavaScript pattern (no flags) as the source of a Ruby regexp that means the same: outside brackets, JavaScript's
 * `^` and `$` are the start and end of the string, Ruby's also a line's, so they become `\A` and `\z`. Without this,
 * `"junk\n4.18.3"` is version 4.18 in Logstash and `unknown` everywhere else.
 */
function rubyAnchors(pattern: string): string {
  let out = "";
  let inBracket = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inBracket) {
      if (c === "]") inBracket = false;
      out += c;
    } else if (c === "[") {
      inBracket = true;
      out += c;
      if (pattern[i + 1] === "^") out += pattern[++i];
    } else out += c === "^" ? "\\A" : c === "$" ? "\\z" : c;
  }
  return out;
}

function rubyExtract(shape: Shape): string {
  switch (shape.kind) {
    case "scalar": {
      const refs = rbList(shape.paths.map(logstashRef));
      const divide =
        shape.divideBy === undefined
          ? ""
          : ` v = v.is_a?(Numeric) ? v / ${shape.divideBy}.0 : nil unless v.nil?;`;
      return `v = nil; ${refs}.each { |r| x = event.get(r); unless x.nil? then v = x; break; end };${divide}`;
    }
    case "exists":
      return `v = !event.get(${rb(logstashRef(shape.path))}).nil?;`;
    case "comma-list":
      return `x = event.get(${rb(logstashRef(shape.path))}); v = x.is_a?(String) ? x.split(",").map(&:strip).reject(&:empty?) : [];`;
    case "each": {
      const keys = rbList(shape.item.split("."));
      const plain = shape.item === "id" ? "el.is_a?(String) ? el : " : "";
      return (
        `a = event.get(${rb(logstashRef(shape.array))}); v = []; ` +
        // A step by step walk, not Hash#dig, which raises on a step that is a string (a host whose `progress` is
        // "50%"): that would drop the field for the whole event instead of skipping the one item, as getPath does.
        `if a.is_a?(Array) then a.each { |el| x = ${plain}${keys}.reduce(el) { |c, k| c.is_a?(Hash) ? c[k] : nil }; ` +
        `v << x if x.is_a?(String) && !v.include?(x) } end;`
      );
    }
    case "concat":
      throw new Error("concatenated sources are rendered as a fingerprint filter");
  }
}

function rubyGeneralise(t: Extract<Transform, { kind: "generalise" }>): string {
  const how = t.how;
  switch (how.kind) {
    case "catalogue":
      return `g = lambda { |e| ${rbList(t.catalogue!)}.include?(e) ? e : ${rb(OTHER)} };`;
    case "version-prefix": {
      const re = versionPrefixPattern(how.parts);
      return `g = lambda { |e| e.is_a?(String) ? ((m = e[0, 64].match(Regexp.new(${rb(rubyAnchors(re))}))) ? m[1] : "unknown") : nil };`;
    }
    case "truncate-date": {
      const shift = how.unit === "week" ? "t = t - ((t.wday + 6) % 7) * 86400; " : "";
      const format = how.unit === "month" ? "%Y-%m-01" : "%Y-%m-%d";
      return `g = lambda { |e| t = @am_time.call(e); next nil if t.nil?; t = t.utc; ${shift}t.strftime(${rb(format)}) };`;
    }
    case "bucket":
      return (
        `g = lambda { |e| next nil unless e.is_a?(Numeric); i = ${rbList(how.bounds)}.index { |b| e <= b }; ` +
        `i ? ${rbList(t.labels!)}[i] : ${rb(how.overflowLabel)} };`
      );
    case "round":
      return `g = lambda { |e| e.is_a?(Numeric) ? (e / ${how.to}.0).round * ${how.to} : nil };`;
  }
}

/** The Ruby code of one non-hash rule; sets `[@metadata][am][<field>]` or leaves it unset. */
export function rubyForRule(rule: CompiledRule, settings: RuleSettings): string {
  const target = rb(`${WORK}[${rule.field}]`);
  const t = rule.transform;
  if (t.kind === "collected-at") {
    // Logstash stamps every event when its input reads it: the collection time, in ISO 8601 UTC.
    return `ts = event.get("@timestamp"); event.set(${target}, ts.to_s) unless ts.nil?`;
  }
  if (t.kind === "publishable-at") {
    // `publishableAt` in anonymiseEvent.ts: first instant of the next month (UTC) plus the grace days, RFC 3339 with millis.
    checkGraceDays(settings.graceDays);
    return (
      `t = @am_time.call(event.get(${rb(logstashRef(t.path))})); ` +
      `unless t.nil? then t = t.utc; y, m = t.month == 12 ? [t.year + 1, 1] : [t.year, t.month + 1]; ` +
      `event.set(${target}, (Time.utc(y, m, 1) + ${settings.graceDays} * 86400).iso8601(3)) end`
    );
  }
  if (t.kind === "key-epoch") throw new Error("the key epoch is rendered as a keystore reference (mutate)");
  if (t.kind === "first-seen") {
    // The elasticsearch lookup ran just before; on a lookup failure the field stays unset (unknown), never guessed.
    return (
      `unless Array(event.get("tags")).include?("_elasticsearch_lookup_failure") then ` +
      `event.set(${target}, event.get(${rb(LOOKUP_HIT)}).nil?) end`
    );
  }
  if (t.kind === "hmac") throw new Error("keyed hashes are rendered as fingerprint filters");
  const x = rule.extraction;
  const parts: string[] = [];
  if (x.onlyOnFailure) {
    parts.push(
      `if event.get(${rb(logstashRef(x.onlyOnFailure.resultPath))}) == ${rb(x.onlyOnFailure.successValue)} then event.set(${target}, "none") else`,
    );
  }
  parts.push(rubyExtract(x.shape));
  if (x.onlyOnFailure?.skip)
    parts.push(`v = v.reject { |s| ${rbList(x.onlyOnFailure.skip)}.include?(s) } if v.is_a?(Array);`);
  if (x.patterns) {
    const pats = `[${x.patterns.map((p) => `[${rb(p.pattern)}, ${rb(p.value)}]`).join(", ")}]`;
    parts.push(
      `s = v.is_a?(String) ? v : ""; v = (${pats}.find { |p| s =~ Regexp.new(p[0], Regexp::IGNORECASE) } || [nil, ${rb(OTHER)}])[1];`,
    );
  }
  if (!rule.many) parts.push("v = v.first if v.is_a?(Array);");
  if (t.kind === "keep-boolean") parts.push("v = (v == true || v == false) ? v : nil;");
  else if (t.kind === "keep-long") parts.push("v = v.is_a?(Numeric) ? v.to_i : nil;");
  else {
    parts.push(rubyGeneralise(t));
    if (rule.many) parts.push("v = v.map { |e| g.call(e) }.compact.uniq if v.is_a?(Array);");
    else if (t.how.kind === "catalogue") parts.push("v = g.call(v);");
    else parts.push("v = v.nil? ? nil : g.call(v);");
  }
  parts.push(`event.set(${target}, v) unless v.nil?`);
  if (x.onlyOnFailure) parts.push("end");
  return parts.join(" ");
}

/**
 * Publish closed periods only (`anonymiseEvent`): an event whose month has no `publishable_at`, or that was read at or
 * after it (its month may be published already), is flagged here and dropped like the other unusable events.
 */
export function closedMonthRuby(rules: CompiledRule[]): string {
  const field = (kind: "publishable-at" | "collected-at") => {
    const rule = rules.find((r) => r.transform.kind === kind);
    if (!rule)
      throw new Error(`the rules have no ${kind} field: the collector could not publish closed months only`);
    return rb(`${WORK}[${rule.field}]`);
  };
  return [
    `p = event.get(${field("publishable-at")}); c = event.get(${field("collected-at")});`,
    "tp = @am_time.call(p); tc = @am_time.call(c);",
    "late = p.nil? || tp.nil? || (!c.nil? && (tc.nil? || !(tc < tp)));",
    'event.set("[@metadata][am_closed]", late)',
  ].join(" ");
}

/**
 * Kafka carries raw ClusterState envelopes; only terminal states become the canonical enriched shape
 * (`normaliseKafkaMessage`: the same statuses and selection message, from the same constants).
 */
export const KAFKA_NORMALISE_RUBY = [
  'p = event.get("payload");',
  `if event.get("name") != "ClusterState" || !p.is_a?(Hash) || !${rbList(TERMINAL_STATUSES)}.include?(p["status"]) then event.cancel else`,
  'done = p["install_completed_at"] || p["status_updated_at"] || p["updated_at"];',
  't0 = @am_time.call(p["install_started_at"]); t1 = @am_time.call(done); dur = t0.nil? || t1.nil? ? nil : (t1 - t0).to_i;',
  `event.set("cluster", p); event.set("event_time", done); event.set(${rb(logstashRef(INSTALLATION_SELECTION.messagePath))}, ${rb(INSTALLATION_SELECTION.message)});`,
  'event.set("[event][props][result]", p["status"]); event.set("[event][props][duration]", dur) unless dur.nil?;',
  'event.set("release_tag", event.get("[metadata][release_tag]")); event.remove("payload"); event.remove("metadata"); event.remove("name");',
  "end",
].join(" ");

/** Replaces the whole event by the computed fields: nothing read from the source survives unless a rule wrote it. */
export const REPLACE_RUBY =
  `am = event.get(${rb(WORK)}) || {}; event.to_hash.keys.each { |k| event.remove(k) unless k.start_with?("@") }; ` +
  "am.each { |k, v| event.set(k, v) }";

/**
 * Milestone 2 collects only clusters created through Assisted Migration. The restriction lives in the collectors'
 * own configuration, generated from the classification modules, so the pack looks for exactly what the generators
 * write:
 * - Logstash: the `drop` of events whose `cluster.tags` do not match `tagPattern(INSTALLATION_SELECTION.tag)`, at the
 *   top level of the `filter` section of every pipeline (inline `spec.pipelines` or the `pipelines.yml` of the
 *   Secret named by `spec.pipelinesRef`);
 * - Metricbeat: `assistedMigrationMatcher(label)` in every series selector of every `prometheus` query, checked by
 *   re-injecting it with `injectMatcher`, and no prometheus metricset other than `query` (they scrape unfiltered).
 * Pipeline and config texts may be secrets; messages name resources, pipelines and queries, never their text.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { parse } from "yaml";
import { logstashRef } from "../../anonymisation/assisted-installer/anonymiseEvent";
import { INSTALLATION_SELECTION, tagPattern } from "../../anonymisation/assisted-installer/events";
import { assistedMigrationMatcher, injectMatcher, PromqlError } from "../../anonymisation/telemetry/promql";
import {
  asArray,
  asStrings,
  at,
  COLLECTOR_GROUPS,
  isObject,
  K8S,
  k8sGroup,
  label,
  setting,
  type Level,
  type PolicyResource,
} from "./common";
import { escapeRegExp } from "../../contracts/wildcard";

/** The field reference and the regular-expression literal of the generated tag filter (`[cluster][tags]`, `/…/`). */
export const TAG_FIELD = logstashRef(INSTALLATION_SELECTION.tagsPath);
export const TAG_REGEX = `/${tagPattern(INSTALLATION_SELECTION.tag)}/`;

/** `if ![cluster][tags] or [cluster][tags] !~ /…/ { drop {` with free spacing, as `renderPipeline` writes it. */
const TAG_FILTER = new RegExp(
  `\\bif\\s+!\\s*${escapeRegExp(TAG_FIELD)}\\s+or\\s+${escapeRegExp(TAG_FIELD)}\\s*!~\\s*${escapeRegExp(TAG_REGEX)}\\s*\\{\\s*drop\\s*\\{`,
  "g",
);

/**
 * The pipeline text with strings, regular expressions and comments blanked (same length), so braces and keywords
 * inside them do not count. Follows the Logstash config grammar: `"…"` / `'…'` with `\` escaping the quote, `/…/`
 * after `=~` / `!~`, `#` to the end of the line.
 */
export function blankLiterals(text: string): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const afterMatchOp = c === "/" && /[=!]~\s*$/.test(text.slice(Math.max(0, i - 8), i));
    if (c === '"' || c === "'" || afterMatchOp) {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
      blank(i, Math.min(j + 1, text.length));
      i = j + 1;
    } else if (c === "#") {
      const j = text.indexOf("\n", i);
      const end = j < 0 ? text.length : j;
      blank(i, end);
      i = end;
    } else i++;
  }
  return out.join("");
}

/** Whether `text` has the generated tag filter at the top level of a `filter { … }` section. */
export function hasTagFilter(text: string): boolean {
  const code = blankLiterals(text);
  const starts = [...text.matchAll(TAG_FILTER)].map((m) => m.index);
  if (starts.length === 0) return false;
  const sections: string[] = [];
  let next = 0;
  for (let i = 0; i < code.length && next < starts.length; i++) {
    if (i === starts[next]) {
      // Not inside a string or comment (the blanked copy still reads `if`), directly in `filter { }`.
      if (code.startsWith("if", i) && sections.length === 1 && sections[0] === "filter") return true;
      next++;
    }
    if (code[i] === "{") sections.push(/([A-Za-z_][\w-]*)\s*$/.exec(code.slice(0, i))?.[1] ?? "");
    else if (code[i] === "}") sections.pop();
  }
  return false;
}

/** The labels `assistedMigrationMatcher` sits on in `query` (one, when the query was generated). */
export function matcherLabels(query: string): string[] {
  const suffix = assistedMigrationMatcher("l").slice(1);
  return [
    ...new Set(
      [...query.matchAll(new RegExp(`([a-zA-Z_][a-zA-Z0-9_]*)${escapeRegExp(suffix)}`, "g"))].map(
        (m) => m[1],
      ),
    ),
  ];
}

/** Why a PromQL query is not restricted to Assisted Migration clusters, or undefined when it is. */
export function queryRestrictionProblem(query: string): string | undefined {
  const labels = matcherLabels(query);
  if (labels.length === 0) return "no series selector carries the Assisted Migration matcher";
  if (labels.length > 1) return `the Assisted Migration matcher is on several labels (${labels.join(", ")})`;
  const matcher = assistedMigrationMatcher(labels[0]);
  const stripped = query.split(`${matcher}, `).join("").split(matcher).join("");
  let restricted: string;
  try {
    restricted = injectMatcher(stripped, labels[0]);
  } catch (e) {
    if (e instanceof PromqlError) return e.message;
    throw e;
  }
  return restricted === query
    ? undefined
    : `not every series selector starts with the Assisted Migration matcher on "${labels[0]}"`;
}

const nameOf = (r: PolicyResource) => at(r.props, "metadata", "name");
const namespaceOf = (r: PolicyResource) => at(r.props, "metadata", "namespace");

/** The Secret a CR references by name, in the CR's namespace (an unset namespace matches any). */
function referencedSecret(secrets: PolicyResource[], cr: PolicyResource, name: unknown) {
  const ns = namespaceOf(cr);
  return secrets.find(
    (s) => nameOf(s) === name && (ns === undefined || namespaceOf(s) === undefined || namespaceOf(s) === ns),
  );
}

/** A Secret key's text: `stringData` as is, `data` base64-decoded. */
function secretText(s: PolicyResource, key: string): string | undefined {
  const plain = at(s.props, "stringData", key);
  if (typeof plain === "string") return plain;
  const encoded = at(s.props, "data", key);
  return typeof encoded === "string" ? Buffer.from(encoded, "base64").toString("utf8") : undefined;
}

/** YAML text → value, or undefined when it does not parse (the parser's message would quote the text). */
function yamlOf(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export type Report = (message: string, urn?: string) => void;

/**
 * A configuration a CR holds inline or in a key of a referenced Secret; reports why it cannot be read.
 * `inline` undefined and no ref: `{ value: undefined }` (the CR carries none).
 */
function configOf(
  cr: PolicyResource,
  secrets: PolicyResource[],
  inline: unknown,
  refName: unknown,
  key: string,
  report: Report,
): { value: unknown; where: string } | undefined {
  if (inline !== undefined) return { value: inline, where: "inline" };
  if (refName === undefined) return { value: undefined, where: "inline" };
  const secret = referencedSecret(secrets, cr, refName);
  const where = `Secret "${String(refName)}"`;
  if (!secret) {
    report(`${label(cr)} reads its configuration from ${where}, which this stack does not define.`, cr.urn);
    return undefined;
  }
  const text = secretText(secret, key);
  if (text === undefined) {
    report(`${where}, referenced by ${label(cr)}, has no ${key}.`, cr.urn);
    return undefined;
  }
  const parsed = yamlOf(text);
  if (!parsed.ok) {
    report(`${key} of ${where}, referenced by ${label(cr)}, is not valid YAML.`, cr.urn);
    return undefined;
  }
  return { value: parsed.value, where };
}

/** The pipelines of a Logstash resource (inline or from its `pipelinesRef` Secret); unreadable ones are reported. */
export function logstashPipelines(
  ls: PolicyResource,
  secrets: PolicyResource[],
  report: Report,
): { where: string; text: string }[] {
  const found = configOf(
    ls,
    secrets,
    at(ls.props, "spec", "pipelines"),
    at(ls.props, "spec", "pipelinesRef", "secretName"),
    "pipelines.yml",
    report,
  );
  if (!found) return [];
  const pipelines = asArray(found.value);
  if (!Array.isArray(found.value) || pipelines.length === 0) {
    report(`${label(ls)} declares no pipelines (${found.where}): they cannot be verified.`, ls.urn);
    return [];
  }
  const out: { where: string; text: string }[] = [];
  for (const [i, p] of pipelines.entries()) {
    const id = isObject(p) && typeof p["pipeline.id"] === "string" ? p["pipeline.id"] : `#${i}`;
    const text = isObject(p) ? p["config.string"] : undefined;
    const where = `${label(ls)} pipeline "${id}" (${found.where})`;
    if (typeof text !== "string")
      report(`${where} has no config.string: a pipeline read from path.config cannot be verified.`, ls.urn);
    else out.push({ where, text });
  }
  return out;
}

function checkLogstash(ls: PolicyResource, secrets: PolicyResource[], report: Report): void {
  for (const { where, text } of logstashPipelines(ls, secrets, report)) {
    if (!hasTagFilter(text)) {
      report(
        `${where} does not drop events whose ${TAG_FIELD} lack "${INSTALLATION_SELECTION.tag}": ` +
          "the generated tag filter is missing from the top level of its filter section.",
        ls.urn,
      );
    }
  }
}

/** A Beat's configuration, inline or from its `configRef` Secret; undefined (and reported) when unreadable. */
export function beatConfig(beat: PolicyResource, secrets: PolicyResource[], report: Report): unknown {
  const found = configOf(
    beat,
    secrets,
    at(beat.props, "spec", "config"),
    at(beat.props, "spec", "configRef", "secretName"),
    "beat.yml",
    report,
  );
  return found?.value;
}

/** The `prometheus` modules of a Metricbeat configuration. */
export function prometheusModules(config: unknown): Record<string, unknown>[] {
  return asArray(setting(config, "metricbeat.modules")).filter(
    (m): m is Record<string, unknown> => isObject(m) && m.module === "prometheus",
  );
}

/** Reports every query of a prometheus module that `problemOf` rejects, or that has no query text to check. */
export function reportQueryProblems(
  beat: PolicyResource,
  module: Record<string, unknown>,
  problemOf: (query: string) => string | undefined,
  report: Report,
): void {
  for (const [i, q] of asArray(module.queries).entries()) {
    const name = isObject(q) && typeof q.name === "string" ? q.name : `#${i}`;
    const query = at(q, "params", "query");
    const problem = typeof query === "string" ? problemOf(query) : "it has no params.query to verify";
    if (problem) report(`${label(beat)} prometheus query "${name}": ${problem}.`, beat.urn);
  }
}

function checkBeat(beat: PolicyResource, secrets: PolicyResource[], report: Report): void {
  const config = beatConfig(beat, secrets, report);
  if (config === undefined) return;
  if (setting(config, "metricbeat.config.modules") !== undefined) {
    report(
      `${label(beat)} loads modules from files (metricbeat.config.modules): their queries cannot be verified.`,
      beat.urn,
    );
  }
  for (const m of prometheusModules(config)) {
    const sets = asStrings(m.metricsets);
    for (const set of sets.length ? sets : ["collector"]) {
      // `collector` (the module's default) and `remote_write` take every series the source exposes.
      if (set !== "query")
        report(
          `${label(beat)} uses the prometheus metricset "${set}", which is not restricted to Assisted Migration clusters.`,
          beat.urn,
        );
    }
    reportQueryProblems(beat, m, queryRestrictionProblem, report);
  }
}

export function collectorsSelectAssistedMigration(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "collectors-select-assisted-migration",
    description:
      "Every collector reads only clusters tagged Assisted Migration: the Logstash tag filter and the PromQL matcher are in place.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Render Logstash pipelines with renderPipeline (components/collectors/assisted-installer/logstash.ts) and " +
      "Metricbeat queries with generatedQuery (anonymisation/telemetry/promql.ts); do not edit their text by hand.",
    validateStack: (args, report) => {
      const secrets = args.resources.filter((r) => r.type === K8S.secret);
      for (const r of args.resources) {
        const group = k8sGroup(r.type);
        if (group === COLLECTOR_GROUPS.logstash) checkLogstash(r, secrets, report);
        else if (group === COLLECTOR_GROUPS.beat) checkBeat(r, secrets, report);
      }
    },
  };
}

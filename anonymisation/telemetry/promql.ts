/**
 * Restricts configured PromQL to Assisted Migration clusters and aggregates it, so the collector only ever
 * receives sums over those clusters. The restriction is generated here, not taken from config: every vector
 * selector of the expression gets the matcher, and an expression that tries to name the restriction label itself
 * is refused (two matchers on one label are ANDed in PromQL, but a config should not look like it could widen it).
 *
 * A small tokenizer, not a full PromQL parser: it knows strings, label matchers `{...}`, label lists after
 * by/without/on/ignoring/group_left/group_right, range and subquery brackets, function calls and metric names.
 */
import { ASSISTED_MIGRATION_TAG } from "../assisted-installer/installation";
import { ALLOWED_BREAKDOWN_LABELS, CLUSTER_ID_LABEL, isAllowedBreakdown } from "./model";

const KEYWORDS = new Set([
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "bool",
  "offset",
  "and",
  "or",
  "unless",
  "atan2",
  "inf",
  "nan",
]);
const LABEL_LIST_KEYWORDS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);

export class PromqlError extends Error {}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** The matcher on the cluster-tags label that selects Assisted Migration clusters. */
export function assistedMigrationMatcher(label: string): string {
  if (!LABEL_NAME.test(label)) throw new PromqlError(`"${label}" is not a label name`);
  return `${label}=~"(.*,)?${ASSISTED_MIGRATION_TAG}(,.*)?"`;
}

function skipString(s: string, i: number): number {
  const q = s[i];
  let j = i + 1;
  while (j < s.length && s[j] !== q) j += s[j] === "\\" && q !== "`" ? 2 : 1;
  if (j >= s.length) throw new PromqlError("unterminated string");
  return j + 1;
}

function closing(s: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '"' || s[j] === "'" || s[j] === "`") {
      j = skipString(s, j) - 1;
      continue;
    }
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j;
  }
  throw new PromqlError(`unbalanced ${open}${close}`);
}

const nextNonSpace = (s: string, i: number) => {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
};

/** Injects `matcher` into every vector selector of `expr`; throws when it cannot be sure it did. */
export function injectMatcher(expr: string, label: string): string {
  const matcher = assistedMigrationMatcher(label);
  let out = "";
  let selectors = 0;
  let i = 0;
  const inject = (inner: string) => {
    if (new RegExp(`(^|[,{\\s])${label}\\s*(=|!=|=~|!~)`).test(inner)) {
      throw new PromqlError(
        `the query names the restriction label "${label}"; the program adds that matcher itself`,
      );
    }
    selectors++;
    return inner.trim().length === 0 ? matcher : `${matcher}, ${inner.trim()}`;
  };
  while (i < expr.length) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === "`") {
      const j = skipString(expr, i);
      out += expr.slice(i, j);
      i = j;
    } else if (c === "{") {
      const j = closing(expr, i, "{", "}");
      out += `{${inject(expr.slice(i + 1, j))}}`;
      i = j + 1;
    } else if (c === "[") {
      const j = closing(expr, i, "[", "]");
      out += expr.slice(i, j + 1);
      i = j + 1;
    } else if (/[a-zA-Z_:]/.test(c)) {
      let j = i;
      while (j < expr.length && /[a-zA-Z0-9_:]/.test(expr[j])) j++;
      const word = expr.slice(i, j);
      const k = nextNonSpace(expr, j);
      out += word;
      i = j;
      if (LABEL_LIST_KEYWORDS.has(word.toLowerCase())) {
        if (expr[k] === "(") {
          const e = closing(expr, k, "(", ")");
          out += expr.slice(j, e + 1);
          i = e + 1;
        }
      } else if (KEYWORDS.has(word.toLowerCase())) {
        // operator or literal
      } else if (expr[k] === "(") {
        // function or aggregation call
      } else if (/^(by|without)\b/i.test(expr.slice(k))) {
        // aggregation with the grouping before the parentheses: `sum by (x) (...)`
      } else if (expr[k] === "{") {
        const e = closing(expr, k, "{", "}");
        out += `{${inject(expr.slice(k + 1, e))}}`;
        i = e + 1;
      } else {
        out += `{${inject("")}}`;
      }
    } else if (/[0-9.]/.test(c)) {
      let j = i;
      while (j < expr.length && /[0-9a-zA-Z.]/.test(expr[j])) j++; // numbers and durations (5m, 1e3)
      out += expr.slice(i, j);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  if (selectors === 0) throw new PromqlError("the query selects no series");
  return out;
}

const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** The value of a PromQL string literal (Go escapes in quotes, none in backticks). */
function unquote(literal: string): string {
  const body = literal.slice(1, -1);
  if (literal[0] === "`") return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_m, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
}

/** String literals outside label matchers: in PromQL those are function arguments (label names, regexes...). */
function stringArguments(expr: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === "`") {
      const j = skipString(expr, i);
      out.push(unquote(expr.slice(i, j)));
      i = j;
    } else if (c === "{") i = closing(expr, i, "{", "}") + 1;
    else i++;
  }
  return out;
}

/** The expression with its string literals blanked (same length), so words inside them do not count. */
function withoutStrings(expr: string): string {
  let out = "";
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === "`") {
      const j = skipString(expr, i);
      out += " ".repeat(j - i);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export interface TelemetryQuery {
  name: string;
  expr: string;
  groupBy?: string;
}

/** Why a breakdown is refused, and which query key is at fault. */
export interface BreakdownProblem {
  key: "groupBy" | "expr";
  message: string;
}

const allowedText = () =>
  `the allowed labels are ${ALLOWED_BREAKDOWN_LABELS.join(", ")} (BREAKDOWN_LABELS in anonymisation/telemetry/model.ts)`;

/**
 * Why `groupBy` may not break `expr` down, or undefined when it may. The breakdown must be one label of the
 * allow-list other than the restriction label, and its value must come from that label: label_replace /
 * label_join can copy any label into it, so every label-name-shaped string argument must be on the allow-list
 * too (a regex or replacement that happens to look like a label name is refused as well: fail closed), and
 * count_values, which turns sample values into a label, is refused. `quote: false` leaves the argument out of
 * the message (the policy reads configurations that may be secrets).
 */
export function breakdownProblem(
  groupBy: string,
  expr: string,
  clusterLabel: string,
  quote = true,
): BreakdownProblem | undefined {
  // Spliced into `sum by (...)`: anything but one label name could add labels to the breakdown.
  if (!LABEL_NAME.test(groupBy))
    return { key: "groupBy", message: `${quote ? `"${groupBy}"` : "the breakdown"} is not one label name` };
  if (groupBy === clusterLabel || !isAllowedBreakdown(groupBy)) {
    return {
      key: "groupBy",
      message: `"${groupBy}" is not an allowed breakdown label (its values would be stored in "group"); ${allowedText()}`,
    };
  }
  const copied = stringArguments(expr).find(
    (s) => LABEL_NAME.test(s) && (s === clusterLabel || !isAllowedBreakdown(s)),
  );
  if (copied !== undefined) {
    return {
      key: "expr",
      message:
        `a string argument${quote ? ` ("${copied}")` : ""} names a label that is not an allowed breakdown label; ` +
        `label_replace / label_join could copy it into the "${groupBy}" breakdown; ${allowedText()}`,
    };
  }
  if (/(^|[^a-zA-Z0-9_:])count_values\s*\(/.test(withoutStrings(expr))) {
    return {
      key: "expr",
      message: `count_values turns sample values into a label, which could reach the "${groupBy}" breakdown`,
    };
  }
  return undefined;
}

/** The outer aggregation the collector's queries have: a sum over every series, or by one breakdown label. */
export function aggregate(inner: string, groupBy?: string): string {
  return groupBy === undefined ? `sum(${inner})` : `sum by (${groupBy}) (${inner})`;
}

/**
 * The k gate: the sum (per breakdown value) is returned only where at least `k` distinct clusters (`CLUSTER_ID_LABEL`)
 * contribute to it, so no figure describes fewer than k clusters. An expression that already aggregated the cluster
 * id away yields no gate series, and therefore nothing: the gate fails closed.
 */
export function gate(inner: string, groupBy: string | undefined, k: number): string {
  if (!Number.isInteger(k) || k < 1) throw new PromqlError(`k ${k} is not a positive whole number`);
  const clusters =
    groupBy === undefined
      ? `count(group by (${CLUSTER_ID_LABEL}) (${inner}))`
      : `count by (${groupBy}) (group by (${groupBy}, ${CLUSTER_ID_LABEL}) (${inner}))`;
  return `${aggregate(inner, groupBy)} and on (${groupBy ?? ""}) (${clusters} >= ${k})`;
}

/**
 * The inverse of `aggregate`: the breakdown and the inner expression of `query`, or undefined when `query` is not
 * exactly one outer aggregation of that form (its opening parenthesis must close at the very end, so
 * `sum(a) or b` is not one). Derived from `aggregate` itself, so the two cannot drift apart.
 */
export function splitAggregate(query: string): { groupBy?: string; inner: string; k?: number } | undefined {
  const HOLE = "\u0000";
  const LABEL = "\u0001";
  const [plainOpen] = aggregate(HOLE).split(HOLE);
  const [byOpen, byRest] = aggregate(HOLE, LABEL).split(LABEL);
  const [byMiddle] = byRest.split(HOLE);
  let groupBy: string | undefined;
  let open: string;
  if (query.startsWith(byOpen)) {
    const end = query.indexOf(byMiddle, byOpen.length);
    if (end < 0) return undefined;
    groupBy = query.slice(byOpen.length, end);
    open = byOpen + groupBy + byMiddle;
  } else if (query.startsWith(plainOpen)) open = plainOpen;
  else return undefined;
  let close: number;
  try {
    close = closing(query, open.length - 1, "(", ")");
  } catch (e) {
    if (e instanceof PromqlError) return undefined;
    throw e;
  }
  if (close !== query.length - 1 && !query.slice(close + 1).startsWith(" and on (")) return undefined;
  const inner = query.slice(open.length, close);
  if (aggregate(inner, groupBy) === query) return { groupBy, inner };
  // The gated form: the same aggregate, then exactly the gate `gate` writes for some k.
  const k = /\s>=\s(\d{1,9})\)$/.exec(query)?.[1];
  if (k !== undefined && gate(inner, groupBy, Number(k)) === query) return { groupBy, inner, k: Number(k) };
  return undefined;
}

/**
 * The PromQL the collector runs: restricted to Assisted Migration clusters, summed (by one allowed label) and gated
 * to sums of at least `k` clusters.
 */
export function generatedQuery(q: TelemetryQuery, clusterLabel: string, k: number): string {
  if (q.groupBy !== undefined) {
    const problem = breakdownProblem(q.groupBy, q.expr, clusterLabel);
    if (problem) throw new PromqlError(`query "${q.name}": ${problem.message}`);
  }
  return gate(injectMatcher(q.expr, clusterLabel), q.groupBy, k);
}

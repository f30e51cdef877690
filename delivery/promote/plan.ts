/**
 * Promotion as pure functions over parsed stack files: check that the two stacks can exchange a release, plan which
 * pinned settings change, apply the plan to the target's YAML document (comments, `secure:` markers and layout
 * kept), and report drift between two stacks' pins.
 */
import { isScalar, parseDocument, stringify, type Document, type Scalar } from "yaml";
import { PROJECT } from "../../infra/naming";
import {
  extractPinned,
  matchesPattern,
  PINNED_KEYS,
  PromotionError,
  specFor,
  yamlPath,
  type Milestone,
  type PinnedValue,
} from "./pinned";

/** A stack file as promotion sees it. */
export interface StackDoc {
  readonly stack: string;
  /** Display name, e.g. `Pulumi.dev.yaml`. */
  readonly file: string;
  readonly doc: Document;
  /** The file's text as read: promotion edits it in place. */
  readonly text: string;
  readonly milestone: Milestone;
  readonly pinned: PinnedValue[];
}

export function parseStackDoc(stack: string, file: string, text: string): StackDoc {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new PromotionError(`${file} is not valid YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
  }
  const milestone = doc.getIn(["config", `${PROJECT}:milestone`]);
  if (milestone !== 1 && milestone !== 2) {
    throw new PromotionError(
      `${file}: ${PROJECT}:milestone must be 1 or 2, found ${milestone === undefined ? "nothing" : JSON.stringify(milestone)}`,
    );
  }
  return { stack, file, doc, text, milestone, pinned: extractPinned(doc, file) };
}

/** Renders a document back to text without re-wrapping long lines. */
export function renderStackDoc(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Restricts a key list to the `--only` selection (patterns allowed), or keeps all when there is none. */
function selected(key: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => matchesPattern(o, key));
}

/**
 * The milestone rule. A release moves only "upwards or sideways":
 *  1. the target's milestone must be ≥ the source's (a milestone-2 release carries settings a milestone-1 stack does
 *     not have);
 *  2. every pinned key the source promotes must exist at the target's milestone (`since` ≤ target milestone);
 *  3. the source must set every pinned key required at its own milestone (it is a complete release);
 *  4. every pinned key the target sets, or its milestone requires, must come from the source: otherwise the target
 *     would run a mix of the new release and a setting nobody tested with it. `--only` narrows the promotion to a
 *     subset of keys on purpose, which lifts this rule for the keys left out.
 * Returns the problems, each a full sentence; empty when the promotion is allowed.
 */
export function milestoneProblems(from: StackDoc, to: StackDoc, only?: readonly string[]): string[] {
  const problems: string[] = [];
  const name = (s: StackDoc) => `${s.stack} (milestone ${s.milestone})`;
  if (to.milestone < from.milestone) {
    problems.push(
      `cannot promote from ${name(from)} into ${name(to)}: a release moves only to a stack of the same or a later ` +
        `milestone`,
    );
  }
  for (const p of from.pinned) {
    if (selected(p.key, only) && p.spec.since > to.milestone) {
      problems.push(
        `${from.file} pins ${PROJECT}:${p.key} (${p.spec.what}), a milestone-${p.spec.since} setting that means nothing ` +
          `to ${name(to)}`,
      );
    }
  }
  for (const spec of PINNED_KEYS) {
    if (spec.requiredFrom === undefined || spec.requiredFrom > from.milestone) continue;
    if (!from.pinned.some((p) => p.spec === spec)) {
      problems.push(
        `${from.file} does not set ${PROJECT}:${spec.pattern} (${spec.what}): it is not a complete release`,
      );
    }
  }
  const sourceKeys = new Set(from.pinned.map((p) => p.key));
  const needed = new Set(to.pinned.map((p) => p.key));
  for (const spec of PINNED_KEYS) {
    if (spec.requiredFrom !== undefined && spec.requiredFrom <= to.milestone && !spec.pattern.includes("*")) {
      needed.add(spec.pattern);
    }
  }
  for (const key of needed) {
    const coveredByRule3 = (specFor(key)?.requiredFrom ?? 3) <= from.milestone;
    if (!sourceKeys.has(key) && selected(key, only) && !coveredByRule3) {
      problems.push(
        `${to.file} needs ${PROJECT}:${key}, which ${name(from)} does not pin: promote from a stack that runs it, ` +
          `or leave it out with --only`,
      );
    }
  }
  return problems;
}

export interface PinnedChange {
  readonly key: string;
  readonly from: unknown;
  /** Undefined when the target does not set the key yet. */
  readonly to: unknown;
}

export interface PromotionPlan {
  readonly from: string;
  readonly to: string;
  /** Settings whose value the target will take from the source. */
  readonly changes: PinnedChange[];
  /** Pinned keys already equal in both stacks. */
  readonly unchanged: string[];
}

/** Plans the promotion, or throws a PromotionError listing every milestone problem. */
export function planPromotion(from: StackDoc, to: StackDoc, only?: readonly string[]): PromotionPlan {
  if (from.stack === to.stack) throw new PromotionError(`cannot promote ${from.stack} onto itself`);
  if (only) {
    const unknown = only.filter((o) => !PINNED_KEYS.some((s) => matchesPattern(s.pattern, o)));
    if (unknown.length > 0) {
      throw new PromotionError(
        `--only names ${unknown.join(", ")}, which is not a release-pinned key; pinned keys: ` +
          PINNED_KEYS.map((s) => s.pattern).join(", "),
      );
    }
  }
  const problems = milestoneProblems(from, to, only);
  if (problems.length > 0) {
    throw new PromotionError(
      `refusing to promote ${from.stack} → ${to.stack}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  const target = new Map(to.pinned.map((p) => [p.key, p.value]));
  const changes: PinnedChange[] = [];
  const unchanged: string[] = [];
  for (const p of from.pinned) {
    if (!selected(p.key, only)) continue;
    if (target.has(p.key) && target.get(p.key) === p.value) unchanged.push(p.key);
    else changes.push({ key: p.key, from: p.value, to: target.get(p.key) });
  }
  return { from: from.stack, to: to.stack, changes, unchanged };
}

/**
 * Applies the plan to the target's document in place. An existing scalar keeps its node (and so its comments and
 * quoting); a missing key is created. Nothing else in the document is touched.
 */
export function applyPromotion(doc: Document, plan: PromotionPlan): void {
  for (const change of plan.changes) {
    const path = yamlPath(change.key);
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.value = change.from;
    else doc.setIn(path, change.from);
  }
}

/** The source text of a scalar holding `value`, in the quoting style of the node it replaces. */
function scalarSource(value: unknown, type: Scalar["type"]): string {
  if (typeof value === "string" && type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (typeof value === "string" && type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return stringify(value).trimEnd();
}

/**
 * The target's new file text. When every promoted key already exists, only the characters of those values are
 * replaced (the rest of the file, comments, `secure:` markers and layout included, stays byte for byte). A key the
 * target lacks is added through the Document API, which re-renders the file: that is allowed only when the file
 * renders back to itself unchanged, so no formatting is silently lost.
 */
export function promoteText(target: StackDoc, plan: PromotionPlan): string {
  const doc = parseDocument(target.text);
  const splices: { start: number; end: number; text: string }[] = [];
  const missing: string[] = [];
  for (const change of plan.changes) {
    const node = doc.getIn(yamlPath(change.key), true);
    if (isScalar(node) && node.range) {
      splices.push({ start: node.range[0], end: node.range[1], text: scalarSource(change.from, node.type) });
    } else missing.push(change.key);
  }
  let result: string;
  if (missing.length === 0) {
    result = target.text;
    for (const s of splices.sort((a, b) => b.start - a.start)) {
      result = result.slice(0, s.start) + s.text + result.slice(s.end);
    }
  } else {
    if (renderStackDoc(parseDocument(target.text)) !== target.text) {
      throw new PromotionError(
        `${target.file} lacks ${missing.map((k) => `${PROJECT}:${k}`).join(", ")} and uses formatting the YAML ` +
          `writer would change: add ${missing.length > 1 ? "these keys" : "this key"} by hand, then promote again`,
      );
    }
    applyPromotion(doc, plan);
    result = renderStackDoc(doc);
  }
  // The edit must mean exactly the plan: same document with the promoted values, nothing else.
  const expected = parseDocument(target.text);
  applyPromotion(expected, plan);
  if (JSON.stringify(parseDocument(result).toJS()) !== JSON.stringify(expected.toJS())) {
    throw new PromotionError(
      `internal error: the edited ${target.file} does not match the plan; nothing written`,
    );
  }
  return result;
}

export interface PinDrift {
  readonly key: string;
  readonly left: unknown;
  readonly right: unknown;
}

/** Every pinned key whose value differs between the two stacks (a key set on one side only counts). */
export function pinDrift(a: StackDoc, b: StackDoc): PinDrift[] {
  const left = new Map(a.pinned.map((p) => [p.key, p.value]));
  const right = new Map(b.pinned.map((p) => [p.key, p.value]));
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  return keys
    .filter((k) => left.get(k) !== right.get(k))
    .map((key) => ({ key, left: left.get(key), right: right.get(key) }));
}

export const show = (v: unknown) => (v === undefined ? "(not set)" : JSON.stringify(v));

export function describePlan(plan: PromotionPlan): string {
  if (plan.changes.length === 0) {
    return `${plan.to} already runs ${plan.from}'s release (${plan.unchanged.join(", ")}): nothing to promote.\n`;
  }
  const lines = plan.changes.map((c) => `  ${PROJECT}:${c.key}: ${show(c.to)} → ${show(c.from)}`);
  return `Promote ${plan.from} → ${plan.to}:\n${lines.join("\n")}\n`;
}

/**
 * Renders the classification as Markdown tables for the README (generated from code, never hand-edited).
 */
import type { Generaliser, Treatment } from "../model";
import { plannerDocument } from "./document";
import { classifiedSourceFields } from "./sources";

function generaliserText(how: Generaliser): string {
  switch (how.kind) {
    case "truncate-date":
      return `truncate to ${how.unit}`;
    case "version-prefix":
      return `first ${how.parts} version part(s)`;
    case "bucket":
      return `buckets ≤ ${how.bounds.join(", ")}, else ${how.overflowLabel}`;
    case "catalogue":
      return `catalogue \`${how.catalogue}\`, else other`;
    case "round":
      return `round to ${how.to}`;
  }
}

function detail(t: Treatment): string {
  switch (t.action) {
    case "generalise":
      return `${generaliserText(t.how)} (${t.cardinality} cardinality)`;
    case "keep":
      return `${t.cardinality} cardinality`;
    case "pseudonymise":
      return "keyed HMAC-SHA256";
    case "drop":
      return "";
  }
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Every classified planner source field (database columns, then inventory paths). */
export function sourceClassificationMarkdown(): string {
  const rows = classifiedSourceFields().map(
    (f) =>
      `| \`${cell(f.ref)}\` | ${f.treatment.action} | ${cell(detail(f.treatment))} | ${cell(f.treatment.reason)} |`,
  );
  return ["| Source field | Treatment | How | Why |", "|---|---|---|---|", ...rows].join("\n") + "\n";
}

/** The anonymised document fields and where they come from. */
export function documentClassificationMarkdown(): string {
  const rows = Object.entries(plannerDocument.fields).map(
    ([name, f]) =>
      `| \`${name}\` | ${f.type} | ${f.treatment.action} | ${cell(detail(f.treatment))} | ${f.from.map((r) => `\`${cell(r)}\``).join(", ")} | ${cell(f.description)} |`,
  );
  return (
    ["| Field | Type | Treatment | How | From | Meaning |", "|---|---|---|---|---|---|", ...rows].join("\n") +
    "\n"
  );
}

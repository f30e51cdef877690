/**
 * The connector's advanced sync rule as the program and the policy pack both see it: its shape (what the PostgreSQL
 * connector accepts) and `validateSyncRules`, which the component runs on what it builds, the dynamic provider on
 * its inputs before any request, and the pack on every stack. A shared contract of the program and the pack
 * (contracts/README.md says why this folder exists).
 *
 * A valid rule reads only the read model's view through its schema (`anonymisation/planner/contract.ts`) and holds
 * no literal: the read model takes no key.
 */
import { READ_MODEL_SCHEMA, READ_MODEL_VIEW } from "../anonymisation/planner/contract";

/** One advanced rule of the PostgreSQL connector (connectors `postgresql/validator.py`: no other keys allowed). */
export interface PostgresAdvancedRule {
  tables: string[];
  query: string;
  id_columns?: string[];
}

/** Strips quoted literals so keyword checks do not look inside them. */
function withoutLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''");
}

const ALIAS_STOP =
  /^(where|group|order|limit|offset|having|window|union|intersect|except|join|inner|left|right|full|cross|natural|on|using|fetch|for|lateral|tablesample)$/i;

/** Index just past the parenthesised group starting at `i` (or `i` when none starts there). */
function pastParens(sql: string, i: number): number {
  if (sql[i] !== "(") return i;
  let depth = 0;
  for (let j = i; j < sql.length; j++) {
    if (sql[j] === "(") depth++;
    else if (sql[j] === ")" && --depth === 0) return j + 1;
  }
  return sql.length;
}

/**
 * Whether a FROM item is followed by a comma: a relation, a function call or a parenthesised subquery, then an
 * optional alias (`AS t`, `t`) with an optional column list (`t(a, b)`).
 */
function commaAfterFromItem(sql: string): boolean {
  const space = (i: number) => {
    while (i < sql.length && /\s/.test(sql[i])) i++;
    return i;
  };
  for (const m of sql.matchAll(/\bfrom\b/gi)) {
    let i = space(m.index + m[0].length);
    if (sql[i] !== "(") while (i < sql.length && /[^\s(),;]/.test(sql[i])) i++;
    i = space(pastParens(sql, i));
    const word = /^[A-Za-z_][\w$]*/.exec(sql.slice(i))?.[0];
    if (word && /^as$/i.test(word)) {
      i = space(i + word.length);
      i += /^("[^"]*"|[A-Za-z_][\w$]*)/.exec(sql.slice(i))?.[0].length ?? 0;
    } else if (word && !ALIAS_STOP.test(word)) i += word.length;
    i = space(pastParens(sql, space(i)));
    if (sql[i] === ",") return true;
  }
  return false;
}

/**
 * Problems with a set of rules (empty when none): the connector may only read the read-model view through
 * `am_read`, tables are never `*` or empty, and nothing but the documented keys is sent.
 * Also run by the dynamic provider before any request, since its inputs can come from anywhere.
 */
export function validateSyncRules(rules: unknown): string[] {
  if (!Array.isArray(rules) || rules.length === 0) return ["rules must be a non-empty array"];
  const problems: string[] = [];
  rules.forEach((rule: unknown, i) => {
    const at = `rule ${i}`;
    if (typeof rule !== "object" || rule === null) {
      problems.push(`${at} is not an object`);
      return;
    }
    const r = rule as Record<string, unknown>;
    const extra = Object.keys(r).filter((k) => !["tables", "query", "id_columns"].includes(k));
    if (extra.length > 0) problems.push(`${at} has unknown keys ${extra.join(", ")}`);
    if (!Array.isArray(r.tables) || r.tables.length === 0) {
      problems.push(`${at}: tables must list the read-model view, not be empty`);
    } else {
      for (const t of r.tables) {
        if (t === "*") problems.push(`${at}: tables may not be "*"`);
        else if (t !== READ_MODEL_VIEW)
          problems.push(`${at}: table "${String(t)}" is not the read-model view ${READ_MODEL_VIEW}`);
      }
    }
    if (r.id_columns !== undefined && (!Array.isArray(r.id_columns) || r.id_columns.length === 0)) {
      problems.push(`${at}: id_columns, when given, must be a non-empty array`);
    }
    if (typeof r.query !== "string" || r.query.trim() === "") {
      problems.push(`${at}: query must be a non-empty string`);
      return;
    }
    const sql = withoutLiterals(r.query);
    // The read model needs no argument: a literal in the query could only be a key or an identifier.
    if (/'/.test(r.query))
      problems.push(`${at}: query may not contain a literal (the read model takes no key)`);
    if (sql.includes(";")) problems.push(`${at}: query must be a single statement`);
    if (/--|\/\*/.test(sql)) problems.push(`${at}: query may not contain comments`);
    // Every relation after FROM / JOIN is either a parenthesised subquery or qualified with the read-model schema.
    const sources = [...sql.matchAll(/\b(?:from|join)\s+([^\s(),]+|\()/gi)].map((m) => m[1]);
    if (sources.length === 0) problems.push(`${at}: query reads from nothing`);
    // `FROM am_read.v, public.users` names a second relation after a comma (an implicit join), which the
    // FROM/JOIN scan above would not see: every FROM list holds exactly one relation.
    if (commaAfterFromItem(sql))
      problems.push(`${at}: query lists a second relation after a comma in a FROM clause`);
    for (const s of sources) {
      if (s !== "(" && !s.toLowerCase().startsWith(`${READ_MODEL_SCHEMA}.`)) {
        problems.push(`${at}: query reads "${s}", outside schema ${READ_MODEL_SCHEMA}`);
      }
    }
  });
  return problems;
}

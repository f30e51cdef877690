/**
 * SQL expressions derived from treatments, and defensive readers for inventory JSON.
 *
 * Every reader guards with `jsonb_typeof` so that a malformed inventory (a string where an object is expected, a
 * huge number, an array of junk) yields NULL or an empty set instead of an error. No value read from the data is
 * ever turned into SQL text: values flow only through expressions built here from fixed TypeScript strings.
 */
import { sqlLiteral } from "../contract";
import type { EsFieldType, Generaliser, Treatment } from "../../model";
import { bucketLabels, versionPrefixPattern } from "../../generalisers";
import {
  CATALOGUES,
  OS_FAMILY_PREFIXES,
  OTHER,
  V1_ISSUE_LABELS,
  VSPHERE_GUEST_OS,
  type CatalogueName,
} from "../catalogues";

export { bucketLabels };

/** Largest count accepted from an inventory; larger values are treated as malformed (NULL). */
export const MAX_COUNT = 1e15;

/** `x` if it is a JSON object, else `{}`: safe input for `jsonb_each`. */
export const jsonObject = (x: string) =>
  `(CASE WHEN jsonb_typeof(${x}) = 'object' THEN ${x} ELSE '{}'::jsonb END)`;
/** `x` if it is a JSON array, else `[]`: safe input for `jsonb_array_elements`. */
export const jsonArray = (x: string) =>
  `(CASE WHEN jsonb_typeof(${x}) = 'array' THEN ${x} ELSE '[]'::jsonb END)`;
/** A non-negative JSON number as bigint (rounded), else NULL. */
export const jsonCount = (x: string) =>
  `(CASE WHEN jsonb_typeof(${x}) = 'number' AND (${x})::numeric >= 0 AND (${x})::numeric < ${MAX_COUNT} ` +
  `THEN round((${x})::numeric)::bigint END)`;
/** A non-negative JSON number as numeric, else NULL. */
export const jsonNumber = (x: string) =>
  `(CASE WHEN jsonb_typeof(${x}) = 'number' AND (${x})::numeric >= 0 AND (${x})::numeric < ${MAX_COUNT} ` +
  `THEN (${x})::numeric END)`;
/** A JSON string as text, else NULL. */
export const jsonText = (x: string) => `(CASE WHEN jsonb_typeof(${x}) = 'string' THEN (${x}) #>> '{}' END)`;
/** A JSON boolean, else NULL. */
export const jsonBool = (x: string) => `(CASE WHEN jsonb_typeof(${x}) = 'boolean' THEN (${x})::boolean END)`;

/** PostgreSQL type of a document field's stored value. */
export function pgType(type: EsFieldType): string {
  switch (type) {
    case "keyword":
      return "text";
    case "long":
      return "bigint";
    case "double":
      return "double precision";
    case "boolean":
      return "boolean";
    case "date":
      return "date";
  }
}

function inList(x: string, values: readonly string[]): string {
  return `${x} IN (${values.map(sqlLiteral).join(", ")})`;
}

/**
 * Catalogue lookup: the value if the catalogue lists it, else `other`. For `migration-issues` the input is a
 * `MigrationIssue` JSON element (id, or for v1 data the fixed label); for the others it is text.
 */
export function catalogueSql(name: CatalogueName, x: string): string {
  switch (name) {
    case "os-family": {
      const known = Object.entries(VSPHERE_GUEST_OS)
        .map(([os, family]) => `WHEN ${sqlLiteral(os)} THEN ${sqlLiteral(family)}`)
        .join(" ");
      const prefixes = OS_FAMILY_PREFIXES.map(
        ([prefix, family]) => `WHEN starts_with(${x}, ${sqlLiteral(prefix)}) THEN ${sqlLiteral(family)}`,
      ).join(" ");
      return `(CASE WHEN ${x} IS NULL THEN NULL ELSE CASE ${x} ${known} ELSE CASE ${prefixes} ELSE ${sqlLiteral(OTHER)} END END END)`;
    }
    case "migration-issues": {
      const id = jsonText(`${x} -> 'id'`);
      const label = jsonText(`${x} -> 'label'`);
      const labels = Object.entries(V1_ISSUE_LABELS)
        .map(([l, i]) => `WHEN ${sqlLiteral(l)} THEN ${sqlLiteral(i)}`)
        .join(" ");
      return (
        `(CASE WHEN ${id} IS NOT NULL THEN CASE WHEN ${inList(id, CATALOGUES["migration-issues"])} THEN ${id} ` +
        `ELSE ${sqlLiteral(OTHER)} END ` +
        `ELSE CASE ${label} ${labels} ELSE ${sqlLiteral(OTHER)} END END)`
      );
    }
    default:
      return `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${inList(x, CATALOGUES[name])} THEN ${x} ELSE ${sqlLiteral(OTHER)} END)`;
  }
}

export function generaliserSql(how: Generaliser, x: string, type: EsFieldType): string {
  switch (how.kind) {
    case "truncate-date":
      return `(date_trunc(${sqlLiteral(how.unit)}, ${x})::date)`;
    case "version-prefix": {
      const pattern = versionPrefixPattern(how.parts);
      return `(CASE WHEN ${x} IS NULL THEN NULL ELSE COALESCE(substring(left(${x}, 64) FROM ${sqlLiteral(pattern)}), 'unknown') END)`;
    }
    case "bucket": {
      const labels = bucketLabels(how.bounds, how.overflowLabel);
      const whens = how.bounds.map((b, i) => `WHEN ${x} <= ${b} THEN ${sqlLiteral(labels[i])}`).join(" ");
      return `(CASE WHEN ${x} IS NULL THEN NULL ${whens} ELSE ${sqlLiteral(how.overflowLabel)} END)`;
    }
    case "catalogue":
      if (!(how.catalogue in CATALOGUES)) throw new Error(`unknown catalogue "${how.catalogue}"`);
      return catalogueSql(how.catalogue as CatalogueName, x);
    case "round":
      return `((round((${x})::numeric / ${how.to}) * ${how.to})::${pgType(type)})`;
  }
}

/** Keyed pseudonym: hex HMAC-SHA256 of the value; `keyExpr` is the function's key argument, never a literal. */
export function pseudonymSql(x: string, keyExpr: string, pgcryptoSchema: string): string {
  return `encode(${quoteIdent(pgcryptoSchema)}.hmac(${x}, ${keyExpr}, 'sha256'), 'hex')`;
}

/**
 * The SQL of a stored field from its raw input. Pseudonymised fields are keyed and computed by the public
 * function (see `pseudonymSql`); asking for one here is a programming error.
 */
export function treatmentSql(treatment: Treatment, x: string, type: EsFieldType): string {
  switch (treatment.action) {
    case "keep":
      return x;
    case "generalise":
      return generaliserSql(treatment.how, x, type);
    case "pseudonymise":
      throw new Error("pseudonymised fields are computed with the key, in the public function");
    case "drop":
      throw new Error("dropped fields have no SQL");
  }
}

export function quoteIdent(name: string): string {
  if (name.includes("\u0000")) throw new Error("an identifier cannot contain NUL");
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Typed filters. Panels and dashboards never take KQL strings: a string could name any field, including dropped
 * or pseudonymised ones, and no compiler would notice. A filter is a small tree over the model's dashboard fields,
 * rendered to KQL for Lens and to query DSL for dashboard-level filters.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { FieldSet } from "./fields";

export type Scalar = string | number | boolean;

export type Filter<F extends FieldSet> =
  | { readonly field: F["any"]; readonly is: Scalar }
  | { readonly field: F["any"]; readonly oneOf: readonly Scalar[] }
  | { readonly field: F["any"]; readonly exists: true }
  | {
      readonly field: F["numeric"] | F["date"];
      readonly range: { readonly gte?: number | string; readonly lt?: number | string };
    }
  | { readonly and: readonly Filter<F>[] }
  | { readonly or: readonly Filter<F>[] }
  | { readonly not: Filter<F> };

/** Any filter, fields as plain strings (what the compiler and validator see). */
export type AnyFilter = Filter<FieldSet>;

function kqlValue(value: Scalar): string {
  if (typeof value !== "string") return String(value);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** KQL text of a filter; values are always quoted so KQL wildcards and keywords in them stay literal. */
export function renderKql(filter: AnyFilter): string {
  if ("and" in filter) return filter.and.map((f) => `(${renderKql(f)})`).join(" and ");
  if ("or" in filter) return filter.or.map((f) => `(${renderKql(f)})`).join(" or ");
  if ("not" in filter) return `not (${renderKql(filter.not)})`;
  if ("is" in filter) return `${filter.field} : ${kqlValue(filter.is)}`;
  if ("oneOf" in filter) return `${filter.field} : (${filter.oneOf.map(kqlValue).join(" or ")})`;
  if ("exists" in filter) return `${filter.field} : *`;
  const parts: string[] = [];
  if (filter.range.gte !== undefined) parts.push(`${filter.field} >= ${kqlValue(filter.range.gte)}`);
  if (filter.range.lt !== undefined) parts.push(`${filter.field} < ${kqlValue(filter.range.lt)}`);
  return parts.join(" and ");
}

/** Kibana's phrase filter for strings; booleans and numbers need a term query. */
function phrase(field: string, value: Scalar): estypes.QueryDslQueryContainer {
  return typeof value === "string" ? { match_phrase: { [field]: value } } : { term: { [field]: value } };
}

/** Query DSL of a filter, for dashboard-level filter pills (Kibana stores those as DSL). */
export function toQueryDsl(filter: AnyFilter): estypes.QueryDslQueryContainer {
  if ("and" in filter) return { bool: { filter: filter.and.map(toQueryDsl) } };
  if ("or" in filter) return { bool: { should: filter.or.map(toQueryDsl), minimum_should_match: 1 } };
  if ("not" in filter) return { bool: { must_not: [toQueryDsl(filter.not)] } };
  if ("is" in filter) return phrase(filter.field, filter.is);
  if ("oneOf" in filter) {
    return { bool: { should: filter.oneOf.map((v) => phrase(filter.field, v)), minimum_should_match: 1 } };
  }
  if ("exists" in filter) return { exists: { field: filter.field } };
  return { range: { [filter.field]: { ...filter.range } } };
}

/** Every field a filter names, with the role it plays (for the validator). */
export function filterFields(filter: AnyFilter): { field: string; role: "any" | "range" }[] {
  if ("and" in filter) return filter.and.flatMap(filterFields);
  if ("or" in filter) return filter.or.flatMap(filterFields);
  if ("not" in filter) return filterFields(filter.not);
  return [{ field: filter.field, role: "range" in filter ? "range" : "any" }];
}

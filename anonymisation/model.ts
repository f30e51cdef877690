/**
 * The vocabulary of the field classification: the single source of truth for anonymisation.
 *
 * Every field that can reach Elasticsearch is declared in a `DocumentModel` with one `Treatment`. SQL views,
 * connector sync rules, ingest pipelines, index mappings, Logstash filters, dashboards and policies are all
 * derived from (or checked against) these declarations, so a field cannot be shown unless it is declared here.
 *
 * The helpers (`drop`, `pseudonymise`, `generalise`, `keep`) return literal types so that TypeScript can tell,
 * at compile time, which document fields a dashboard is allowed to name (see `DashboardField`).
 */

/** How many distinct values a field takes across all customers; terms breakdowns need `low`. */
export type Cardinality = "low" | "high";

/** Elasticsearch field types the documents use. */
export type EsFieldType = "keyword" | "long" | "double" | "boolean" | "date";

/** How a generalised value is computed from its source. */
export type Generaliser =
  /** Dates truncated to a coarse unit, so a timestamp cannot single out one customer's action. */
  | { readonly kind: "truncate-date"; readonly unit: "day" | "week" | "month" }
  /** Versions cut to their first `parts` components ("8.0.3.0" -> "8.0"). */
  | { readonly kind: "version-prefix"; readonly parts: 1 | 2 }
  /** Numbers replaced by a labelled bucket; `bounds` are inclusive upper bounds in ascending order. */
  | { readonly kind: "bucket"; readonly bounds: readonly number[]; readonly overflowLabel: string }
  /** Free text mapped onto a fixed catalogue; anything outside it becomes `other`. */
  | { readonly kind: "catalogue"; readonly catalogue: string }
  /** Numbers rounded to a multiple of `to`. */
  | { readonly kind: "round"; readonly to: number };

export type Drop = { readonly action: "drop"; readonly reason: string };
export type Pseudonymise = { readonly action: "pseudonymise"; readonly reason: string };
export type Generalise<C extends Cardinality = Cardinality> = {
  readonly action: "generalise";
  readonly reason: string;
  readonly how: Generaliser;
  readonly cardinality: C;
};
export type Keep<C extends Cardinality = Cardinality> = {
  readonly action: "keep";
  readonly reason: string;
  readonly cardinality: C;
};
export type Treatment = Drop | Pseudonymise | Generalise | Keep;
export type Action = Treatment["action"];

export const drop = (reason: string): Drop => ({ action: "drop", reason });
/** A keyed HMAC-SHA256 of the value; the key is a Pulumi secret and never stored next to the data. */
export const pseudonymise = (reason: string): Pseudonymise => ({ action: "pseudonymise", reason });
export const generalise = <C extends Cardinality>(
  cardinality: C,
  how: Generaliser,
  reason: string,
): Generalise<C> => ({ action: "generalise", reason, how, cardinality });
export const keep = <C extends Cardinality>(cardinality: C, reason: string): Keep<C> => ({
  action: "keep",
  reason,
  cardinality,
});

/** One field of an anonymised document as it is stored in Elasticsearch. */
export interface DocumentField<T extends Treatment = Treatment> {
  /** Elasticsearch type of the stored value. */
  readonly type: EsFieldType;
  /** What happens to the source value on its way in. */
  readonly treatment: T;
  /** The source field(s) it is computed from, as `SourceRef`s (table.column or inventory path). */
  readonly from: readonly string[];
  /** What the field means, shown in the README and in the dashboard preview. */
  readonly description: string;
}

/**
 * Declares that every document of a model is an aggregate CELL: it describes at least k customers (its
 * `customers` field) and `subjects` estates, never one. Dashboards over such a model sum these counts instead of
 * counting documents, and may not take one document's value (percentiles, medians, unique counts).
 */
export interface CellSpec {
  readonly subjects: string;
  readonly customers: string;
}

/** A family of anonymised documents written to one index (pattern). */
export interface DocumentModel<F extends Record<string, DocumentField> = Record<string, DocumentField>> {
  /** Stable name of the model, used in derived object names (pipelines, templates, data views). */
  readonly name: string;
  /** Bumped when the classification changes in a way that needs a re-sync; promoted between stacks. */
  readonly revision: number;
  readonly fields: F;
  /** Set when every document is an aggregate cell of at least k customers. */
  readonly cells?: CellSpec;
}

/** Declares a document model while keeping the literal treatment types of its fields. */
export function defineDocument<const F extends Record<string, DocumentField>>(
  name: string,
  revision: number,
  fields: F,
): DocumentModel<F>;
/** Declares a model of aggregate cells (see `CellSpec`); `subjects` and `customers` must be long fields of it. */
export function defineDocument<const F extends Record<string, DocumentField>>(
  name: string,
  revision: number,
  fields: F,
  cells: { readonly subjects: keyof F & string; readonly customers: keyof F & string },
): DocumentModel<F> & { readonly cells: CellSpec };
export function defineDocument<const F extends Record<string, DocumentField>>(
  name: string,
  revision: number,
  fields: F,
  cells?: CellSpec,
): DocumentModel<F> {
  if (cells) {
    for (const f of [cells.subjects, cells.customers]) {
      if (fields[f]?.type !== "long")
        throw new Error(`model ${name}: cell count "${f}" must be a long field`);
    }
    return { name, revision, fields, cells };
  }
  return { name, revision, fields };
}

/** True when every document of the model is an aggregate cell. */
export type IsCells<M> = M extends { readonly cells: CellSpec } ? true : false;

type FieldsOf<M> = M extends DocumentModel<infer F> ? F : never;

/** Fields that a dashboard may name: kept or generalised, never dropped or pseudonymised. */
export type DashboardField<M> = {
  [K in keyof FieldsOf<M>]: FieldsOf<M>[K]["treatment"]["action"] extends "keep" | "generalise" ? K : never;
}[keyof FieldsOf<M>] &
  string;

/** Dashboard fields with few distinct values: the only ones a terms breakdown may use. */
export type LowCardinalityField<M> = {
  [K in keyof FieldsOf<M>]: FieldsOf<M>[K]["treatment"] extends { cardinality: "low" } ? K : never;
}[keyof FieldsOf<M>] &
  DashboardField<M>;

/** Numeric dashboard fields, usable in sum / average / percentiles. */
export type NumericField<M> = {
  [K in keyof FieldsOf<M>]: FieldsOf<M>[K]["type"] extends "long" | "double" ? K : never;
}[keyof FieldsOf<M>] &
  DashboardField<M>;

/** Date dashboard fields, usable as the time axis. */
export type DateField<M> = {
  [K in keyof FieldsOf<M>]: FieldsOf<M>[K]["type"] extends "date" ? K : never;
}[keyof FieldsOf<M>] &
  DashboardField<M>;

/** Names of the fields whose treatment is one of `actions`, sorted. */
export function fieldsWithAction(model: DocumentModel, ...actions: Action[]): string[] {
  return Object.entries(model.fields)
    .filter(([, f]) => actions.includes(f.treatment.action))
    .map(([name]) => name)
    .sort();
}

/** Names of the fields that are stored in the index (everything but `drop`). */
export function storedFields(model: DocumentModel): string[] {
  return fieldsWithAction(model, "pseudonymise", "generalise", "keep");
}

/** Names of the fields a dashboard may show (keep / generalise). */
export function dashboardFields(model: DocumentModel): string[] {
  return fieldsWithAction(model, "keep", "generalise");
}

/** Names of the fields whose values are low-cardinality and shown (the only terms-breakdown candidates). */
export function lowCardinalityFields(model: DocumentModel): string[] {
  return dashboardFields(model).filter((name) => {
    const t = model.fields[name].treatment;
    return (t.action === "keep" || t.action === "generalise") && t.cardinality === "low";
  });
}

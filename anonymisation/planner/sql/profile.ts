/**
 * What the apply found in the planner database: which era's tables and columns exist, their types, and where
 * pgcrypto lives. The read-model SQL is generated from it, so one program serves GORM-era and goose-era databases.
 */
import { sqlLiteral } from "../contract";
import { quoteIdent } from "./expressions";

export interface SchemaProfile {
  /** Schema holding the planner tables (the planner uses the default search_path: `public`). */
  readonly plannerSchema: string;
  /** `table → column → information_schema data_type`. */
  readonly columns: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Schema where pgcrypto is installed, or null when the apply has to install it. */
  readonly pgcryptoSchema: string | null;
}

export type Era = "gorm" | "goose";

/** goose era once assessments and their snapshots exist; before that every inventory sits in `sources`. */
export function eraOf(profile: SchemaProfile): Era {
  return has(profile, "assessments", "id") && has(profile, "snapshots", "inventory") ? "goose" : "gorm";
}

export function has(profile: SchemaProfile, table: string, column?: string): boolean {
  const cols = profile.columns[table];
  return cols !== undefined && (column === undefined || cols[column] !== undefined);
}

/** Query listing the columns of the planner schema (run by the apply; result fed to `profileFromColumns`). */
export function introspectionQuery(plannerSchema: string): string {
  return (
    "SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns " +
    `WHERE table_schema = ${sqlLiteral(plannerSchema)} ORDER BY table_name, ordinal_position`
  );
}

export const PGCRYPTO_SCHEMA_QUERY =
  "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto'";

export function profileFromColumns(
  plannerSchema: string,
  rows: readonly { table: string; column: string; type: string }[],
  pgcryptoSchema: string | null,
): SchemaProfile {
  const columns: Record<string, Record<string, string>> = {};
  for (const { table, column, type } of rows) (columns[table] ??= {})[column] = type;
  return { plannerSchema, columns, pgcryptoSchema };
}

/** Tracks which raw columns the generated SQL reads, so the owner role is granted exactly those. */
export class ColumnUse {
  private readonly used = new Map<string, Set<string>>();
  constructor(readonly profile: SchemaProfile) {}

  /** `alias.column`, recording the use; throws if the column does not exist (callers check `has` first). */
  col(table: string, alias: string, column: string): string {
    if (!has(this.profile, table, column))
      throw new Error(`${table}.${column} does not exist in this database`);
    let set = this.used.get(table);
    if (!set) this.used.set(table, (set = new Set()));
    set.add(column);
    return `${alias}.${quoteIdent(column)}`;
  }

  /** A timestamp column as UTC `timestamp` (GORM created `timestamptz`, goose `timestamp`). */
  time(table: string, alias: string, column: string): string {
    const ref = this.col(table, alias, column);
    const type = this.profile.columns[table][column];
    if (type === "timestamp with time zone") return `(${ref} AT TIME ZONE 'UTC')`;
    if (type === "timestamp without time zone") return ref;
    if (type === "date") return `${ref}::timestamp`;
    return "NULL::timestamp";
  }

  table(table: string): string {
    return `${quoteIdent(this.profile.plannerSchema)}.${quoteIdent(table)}`;
  }

  /** Raw columns read, `table → columns`, sorted. */
  grants(): { table: string; columns: string[] }[] {
    return [...this.used.entries()]
      .map(([table, cols]) => ({ table, columns: [...cols].sort() }))
      .sort((a, b) => a.table.localeCompare(b.table));
  }
}

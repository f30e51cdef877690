/**
 * The interface between the PostgreSQL read model and the Elastic PostgreSQL connector.
 *
 * The connector reads only `READ_MODEL_SCHEMA`, through one view of the published aggregate cells, which raises
 * when the planner schema no longer has a column the read model needs. No key is passed or stored: cells are
 * counted, not pseudonymised. `CLOSER_FUNCTION` publishes the cells of closed periods (a CronJob calls it).
 */
export const READ_MODEL_SCHEMA = "am_read";
export const READ_MODEL_VIEW = "planner_documents";
export const CLOSER_FUNCTION = "close_periods";
export const SCHEMA_CHECK_FUNCTION = "check_planner_schema";
/** Column used as the connector's `id_columns`: an md5 of the cell's coordinates, never a raw primary key. */
export const ID_COLUMN = "doc_id";

/** Quotes a string as a PostgreSQL literal (standard_conforming_strings on, the default since 9.1). */
export function sqlLiteral(value: string): string {
  if (value.includes("\u0000")) throw new Error("a SQL literal cannot contain NUL");
  return `'${value.replace(/'/g, "''")}'`;
}

/** The query of the connector's advanced sync rule: no key, no argument, nothing secret. */
export function syncRuleQuery(): string {
  return `SELECT * FROM ${READ_MODEL_SCHEMA}.${READ_MODEL_VIEW}`;
}

/** What the closer job runs. */
export function closerQuery(): string {
  return `SELECT ${READ_MODEL_SCHEMA}.${CLOSER_FUNCTION}()`;
}

/**
 * Field names the connector writes: `<schema>_<table>_<column>`, lower-cased (connectors `generic_database.py`).
 * The final pipeline renames them back to the document's field names.
 */
export function connectorFieldName(column: string): string {
  return `${READ_MODEL_SCHEMA}_${READ_MODEL_VIEW}_${column}`.toLowerCase();
}

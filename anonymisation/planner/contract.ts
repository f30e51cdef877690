/**
 * The interface between the PostgreSQL read model and the Elastic PostgreSQL connector.
 *
 * The connector reads only `READ_MODEL_SCHEMA`, through one set-returning function that takes the pseudonymisation
 * key as an argument (so the key never has to be stored in the database) and refuses any key whose verifier does
 * not match the one the program stored. `READ_MODEL_VIEW` is a view with the same columns, listed in the sync rule's
 * `tables` because the connector validates that the tables it is given exist; it returns no rows without the key.
 */
export const READ_MODEL_SCHEMA = "am_read";
export const READ_MODEL_VIEW = "planner_documents";
export const READ_MODEL_FUNCTION = "planner_documents_keyed";
/** Column used as the connector's `id_columns`: a keyed surrogate, never a raw primary key. */
export const ID_COLUMN = "doc_id";

/** Quotes a string as a PostgreSQL literal (standard_conforming_strings on, the default since 9.1). */
export function sqlLiteral(value: string): string {
  if (value.includes("\u0000")) throw new Error("a SQL literal cannot contain NUL");
  return `'${value.replace(/'/g, "''")}'`;
}

/** The query of the connector's advanced sync rule. The key is a Pulumi secret: keep the result secret too. */
export function syncRuleQuery(pseudonymisationKey: string): string {
  return `SELECT * FROM ${READ_MODEL_SCHEMA}.${READ_MODEL_FUNCTION}(${sqlLiteral(pseudonymisationKey)})`;
}

/**
 * Field names the connector writes: `<schema>_<table>_<column>`, lower-cased (connectors `generic_database.py`).
 * The final pipeline renames them back to the document's field names.
 */
export function connectorFieldName(column: string): string {
  return `${READ_MODEL_SCHEMA}_${READ_MODEL_VIEW}_${column}`.toLowerCase();
}

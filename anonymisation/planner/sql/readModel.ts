/**
 * The complete, ordered DDL of the read model for one database profile: roles, schemas, the private tables (key
 * verifier, exclusions), the empty view the connector validates, and the keyed SECURITY DEFINER function.
 *
 * Pure: no I/O. The pseudonymisation key is not an input, only its verifier (`keyVerifier`), and the connector's
 * password is handled by the apply, so the statements and their hash can be logged and stored.
 */
import { createHash, createHmac } from "node:crypto";
import { READ_MODEL_FUNCTION, READ_MODEL_SCHEMA, READ_MODEL_VIEW, sqlLiteral } from "../contract";
import { documentsQuery, publicDocumentColumns } from "./documents";
import { quoteIdent } from "./expressions";
import { ColumnUse, eraOf, type Era, type SchemaProfile } from "./profile";

/** Data HMAC-ed with the key to build the verifier stored in the private schema. */
export const KEY_CHECK_MESSAGE = "am-read-model-key-check";
export const PRIVATE_SCHEMA = "am_read_private";
/** Where the apply installs pgcrypto when the database does not have it yet. */
export const PGCRYPTO_DEFAULT_SCHEMA = "am_read_crypto";
export const DEFAULT_OWNER_ROLE = "am_read_owner";

export interface ReadModelOptions {
  /** LOGIN role the Elastic connector uses. */
  readonly connectorRole: string;
  /** NOLOGIN role owning the read model; the SECURITY DEFINER function runs with its rights. */
  readonly ownerRole?: string;
  /** hex HMAC-SHA256(KEY_CHECK_MESSAGE, key): see `keyVerifier`. */
  readonly keyVerifier: string;
  /** Organisations (SSO org ids) left out of the read model: internal and demo organisations. */
  readonly excludedOrgIds?: readonly string[];
  /** E-mail domains left out (matched against `sources.email_domain` and the domain of user names). */
  readonly excludedEmailDomains?: readonly string[];
}

export interface ReadModelPlan {
  readonly era: Era;
  /** Ordered statements; run in one transaction. */
  readonly statements: readonly string[];
  /** sha256 of the statements: stored as the private schema's comment, compared by the apply and the provider. */
  readonly hash: string;
  /** Raw planner columns the owner role may read. */
  readonly grants: readonly { table: string; columns: string[] }[];
}

/** The verifier the function compares the key against; the key itself is never stored. */
export function keyVerifier(key: string): string {
  return createHmac("sha256", key).update(KEY_CHECK_MESSAGE).digest("hex");
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function validate(options: ReadModelOptions): Required<ReadModelOptions> {
  const ownerRole = options.ownerRole ?? DEFAULT_OWNER_ROLE;
  for (const [what, role] of [
    ["connectorRole", options.connectorRole],
    ["ownerRole", ownerRole],
  ] as const) {
    if (!ROLE_NAME.test(role)) {
      throw new Error(
        `${what} "${role}" must be a lower-case PostgreSQL identifier (a-z, 0-9, _; at most 63)`,
      );
    }
  }
  if (options.connectorRole === ownerRole) throw new Error("connectorRole and ownerRole must differ");
  if (!/^[0-9a-f]{64}$/.test(options.keyVerifier))
    throw new Error("keyVerifier must be 64 lower-case hex digits");
  const orgs = [...new Set(options.excludedOrgIds ?? [])].sort();
  const domains = [
    ...new Set((options.excludedEmailDomains ?? []).map((d) => d.trim().toLowerCase())),
  ].sort();
  for (const d of domains) {
    if (!/^[a-z0-9.-]+$/.test(d)) throw new Error(`excluded e-mail domain "${d}" is not a domain name`);
  }
  for (const o of orgs) if (o.trim() === "") throw new Error("excluded org ids must not be empty");
  return { ...options, ownerRole, excludedOrgIds: orgs, excludedEmailDomains: domains };
}

function ensureRole(role: string, login: boolean): string[] {
  const attrs = `${login ? "LOGIN" : "NOLOGIN"} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS`;
  return [
    `DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${sqlLiteral(role)}) THEN ` +
      `CREATE ROLE ${quoteIdent(role)} ${login ? "LOGIN" : "NOLOGIN"}; END IF; END $do$`,
    `ALTER ROLE ${quoteIdent(role)} WITH ${attrs}`,
  ];
}

/** Role statements: idempotent, run by every apply. */
export function roleStatements(options: ReadModelOptions): string[] {
  const o = validate(options);
  return [...ensureRole(o.ownerRole, false), ...ensureRole(o.connectorRole, true)];
}

/** Statements that (re)build the read-model schemas; the apply skips them when the stored hash matches. */
export function buildReadModelSql(options: ReadModelOptions, profile: SchemaProfile): ReadModelPlan {
  const o = validate(options);
  const owner = quoteIdent(o.ownerRole);
  const connector = quoteIdent(o.connectorRole);
  const pub = quoteIdent(READ_MODEL_SCHEMA);
  const priv = quoteIdent(PRIVATE_SCHEMA);
  const pgcryptoSchema = profile.pgcryptoSchema ?? PGCRYPTO_DEFAULT_SCHEMA;
  const use = new ColumnUse(profile);
  const query = documentsQuery(use, { privateSchema: PRIVATE_SCHEMA }, { keyExpr: "$1", pgcryptoSchema });
  const columns = publicDocumentColumns();
  const fn = `${pub}.${quoteIdent(READ_MODEL_FUNCTION)}`;
  const view = `${pub}.${quoteIdent(READ_MODEL_VIEW)}`;
  const hmac = `${quoteIdent(pgcryptoSchema)}.hmac`;

  // Installing pgcrypto happens once; it is left out of the hash so that the next apply, which finds it installed
  // in the same schema, produces the same hash.
  const extension: string[] = [];
  if (!profile.pgcryptoSchema) {
    extension.push(
      `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(PGCRYPTO_DEFAULT_SCHEMA)}`,
      `CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ${quoteIdent(PGCRYPTO_DEFAULT_SCHEMA)}`,
    );
  }
  const statements: string[] = [];
  statements.push(
    `DROP SCHEMA IF EXISTS ${pub} CASCADE`,
    `DROP SCHEMA IF EXISTS ${priv} CASCADE`,
    `CREATE SCHEMA ${priv} AUTHORIZATION ${owner}`,
    `REVOKE ALL ON SCHEMA ${priv} FROM PUBLIC`,
    `CREATE SCHEMA ${pub} AUTHORIZATION ${owner}`,
    `REVOKE ALL ON SCHEMA ${pub} FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA ${pub} TO ${connector}`,
    // The owner reads exactly the planner columns the query uses, nothing else (no keys, no image_infras secrets).
    `GRANT USAGE ON SCHEMA ${quoteIdent(profile.plannerSchema)} TO ${owner}`,
    ...use
      .grants()
      .map(
        (g) =>
          `GRANT SELECT (${g.columns.map(quoteIdent).join(", ")}) ON ${quoteIdent(profile.plannerSchema)}.${quoteIdent(g.table)} TO ${owner}`,
      ),
    `GRANT USAGE ON SCHEMA ${quoteIdent(pgcryptoSchema)} TO ${owner}`,
    `CREATE TABLE ${priv}.key_verifier (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), verifier bytea NOT NULL)`,
    `INSERT INTO ${priv}.key_verifier (verifier) VALUES (decode(${sqlLiteral(o.keyVerifier)}, 'hex'))`,
    `CREATE TABLE ${priv}.excluded_orgs (org_id text PRIMARY KEY)`,
    `CREATE TABLE ${priv}.excluded_domains (domain text PRIMARY KEY)`,
  );
  if (o.excludedOrgIds.length) {
    statements.push(
      `INSERT INTO ${priv}.excluded_orgs (org_id) VALUES ${o.excludedOrgIds.map((v) => `(${sqlLiteral(v)})`).join(", ")}`,
    );
  }
  if (o.excludedEmailDomains.length) {
    statements.push(
      `INSERT INTO ${priv}.excluded_domains (domain) VALUES ${o.excludedEmailDomains.map((v) => `(${sqlLiteral(v)})`).join(", ")}`,
    );
  }
  for (const table of ["key_verifier", "excluded_orgs", "excluded_domains"]) {
    statements.push(`ALTER TABLE ${priv}.${table} OWNER TO ${owner}`);
  }
  statements.push(
    // Same columns as the function, no rows: the connector validates the tables named in its sync rule.
    `CREATE VIEW ${view} AS SELECT ${columns.map((c) => `NULL::${c.type} AS ${c.name}`).join(", ")} WHERE false`,
    `ALTER VIEW ${view} OWNER TO ${owner}`,
    `CREATE FUNCTION ${fn}(key text)
RETURNS TABLE (${columns.map((c) => `${c.name} ${c.type}`).join(", ")})
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
BEGIN
  IF $1 IS NULL OR NOT EXISTS (
    SELECT 1 FROM ${priv}.key_verifier v WHERE v.verifier = ${hmac}(${sqlLiteral(KEY_CHECK_MESSAGE)}::text, $1, 'sha256')
  ) THEN
    RAISE EXCEPTION 'am_read: the pseudonymisation key does not match this read model' USING ERRCODE = '28000';
  END IF;
  RETURN QUERY
${query};
END
$fn$`,
    `ALTER FUNCTION ${fn}(text) OWNER TO ${owner}`,
    `REVOKE ALL ON FUNCTION ${fn}(text) FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${fn}(text) TO ${connector}`,
    `REVOKE ALL ON ${view} FROM PUBLIC`,
    `GRANT SELECT ON ${view} TO ${connector}`,
  );
  const hash = createHash("sha256").update(statements.join(";\n")).digest("hex");
  statements.push(`COMMENT ON SCHEMA ${priv} IS ${sqlLiteral(planComment(hash))}`);
  return { era: eraOf(profile), statements: [...extension, ...statements], hash, grants: use.grants() };
}

/** Comment stored on the private schema: lets the apply recognise an up-to-date read model. */
export function planComment(hash: string): string {
  return `am-read-model sha256:${hash}`;
}

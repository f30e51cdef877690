/**
 * The complete, ordered DDL of the read model for one database profile: roles, schemas, the private tables
 * (settings, exclusions, the planner columns it needs), the closer, the persistent state (pinned subjects and the
 * published cells) and the one view the connector reads.
 *
 * Pure: no I/O, and no key at all: cells are counted, not pseudonymised. The connector's password is handled by
 * the apply, so the statements and their hash can be logged and stored.
 */
import { createHash } from "node:crypto";
import {
  CLOSER_FUNCTION,
  READ_MODEL_SCHEMA,
  READ_MODEL_VIEW,
  SCHEMA_CHECK_FUNCTION,
  sqlLiteral,
} from "../contract";
import { closerFunction, publishFunction, STATE_SCHEMA, stateRules, stateTables } from "./cells";
import { publicDocumentColumns, requiredColumns } from "./documents";
import { quoteIdent } from "./expressions";
import { ColumnUse, eraOf, type Era, type SchemaProfile } from "./profile";
import {
  checkRoleName,
  dropOwnRole,
  dropOwnSchemas,
  ensureOwnRole,
  guardSchemas,
  SCHEMA_MARKER,
} from "./roles";

export const PRIVATE_SCHEMA = "am_read_private";
export const DEFAULT_OWNER_ROLE = "am_read_owner";
export { STATE_SCHEMA };

/** The smallest k the read model accepts: below it a cell is too small to hide anyone (see docs/anonymisation.md). */
export const MIN_K = 5;
export const DEFAULT_K = 10;
export const DEFAULT_GRACE_DAYS = 7;
/** Longest grace a closed period may wait for late data (a year): `anonymity.graceDays` goes from 0 to this. */
export const MAX_GRACE_DAYS = 366;

/**
 * Refuses a grace that is not a whole number of days from 0 to MAX_GRACE_DAYS. Every place that closes periods (the
 * read model, the collector's `publishable_at`) asks this one check, so both close a month on the same day.
 */
export function checkGraceDays(graceDays: number): void {
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
    throw new Error(
      `graceDays (anonymity.graceDays) is ${graceDays}: allowed is a whole number from 0 to ${MAX_GRACE_DAYS}`,
    );
  }
}
/**
 * Organisations whose data is demo data, excluded in every stack whatever its configuration says: the planner's own
 * migration deletes assessments of `example` (docs/anonymisation.md), so its rows are never a customer's.
 */
export const DEMO_ORG_IDS: readonly string[] = ["example"];

export interface ReadModelOptions {
  /** LOGIN role the Elastic connector uses. */
  readonly connectorRole: string;
  /** NOLOGIN role owning the read model; the SECURITY DEFINER functions run with its rights. */
  readonly ownerRole?: string;
  /** Every published cell describes at least `k` customers (default 10, at least 5). */
  readonly k?: number;
  /** A month is closed, and published, this many days after its end (default 7). */
  readonly graceDays?: number;
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

/** Every schema the read model creates: the only ones its roles may own objects in, and the only ones it drops. */
export const READ_MODEL_SCHEMAS: readonly string[] = [READ_MODEL_SCHEMA, PRIVATE_SCHEMA, STATE_SCHEMA];

function validate(options: ReadModelOptions): Required<ReadModelOptions> {
  const ownerRole = options.ownerRole ?? DEFAULT_OWNER_ROLE;
  checkRoleName("connectorRole", options.connectorRole);
  checkRoleName("ownerRole", ownerRole);
  if (options.connectorRole === ownerRole) throw new Error("connectorRole and ownerRole must differ");
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < MIN_K || k > 1000) {
    throw new Error(`k (anonymity.k) is ${k}: allowed is a whole number from ${MIN_K} to 1000`);
  }
  const graceDays = options.graceDays ?? DEFAULT_GRACE_DAYS;
  checkGraceDays(graceDays);
  const orgs = [...new Set([...DEMO_ORG_IDS, ...(options.excludedOrgIds ?? [])])].sort();
  const domains = [
    ...new Set((options.excludedEmailDomains ?? []).map((d) => d.trim().toLowerCase())),
  ].sort();
  for (const d of domains) {
    const problem = emailDomainProblem(d);
    if (problem) throw new Error(`excluded e-mail domain "${d}" is not ${problem}`);
  }
  for (const o of orgs) if (o.trim() === "") throw new Error("excluded org ids must not be empty");
  return { ...options, ownerRole, k, graceDays, excludedOrgIds: orgs, excludedEmailDomains: domains };
}

/** Creates the role with the ownership marker, or refuses an existing one that is not the program's (roles.ts). */
function ensureRole(role: string, login: boolean, option: string): string[] {
  const attrs = `${login ? "LOGIN" : "NOLOGIN"} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS`;
  return [
    ...ensureOwnRole(
      role,
      login ? "connector" : "owner",
      login ? "LOGIN" : "NOLOGIN",
      READ_MODEL_SCHEMAS,
      option,
    ),
    `ALTER ROLE ${quoteIdent(role)} WITH ${attrs}`,
  ];
}

/**
 * Role statements: idempotent, run by every apply, first. Both checks come before either ALTER, so a refused role
 * leaves the other untouched too.
 */
export function roleStatements(options: ReadModelOptions): string[] {
  const o = validate(options);
  const [ownerGuard, ...owner] = ensureRole(o.ownerRole, false, "the read model's owner role");
  const [connectorGuard, ...connector] = ensureRole(o.connectorRole, true, "planner.connectorRole");
  return [ownerGuard, connectorGuard, ...owner, ...connector];
}

/**
 * Statements that remove the read model: its schemas if they are the program's, then (`dropRoles`) its roles if they
 * carry the marker and own nothing else in this database. Anything not the program's is left as it is.
 */
export function dropReadModelStatements(options: {
  connectorRole: string;
  ownerRole?: string;
  dropRoles?: boolean;
}): string[] {
  const ownerRole = options.ownerRole ?? DEFAULT_OWNER_ROLE;
  checkRoleName("connectorRole", options.connectorRole);
  checkRoleName("ownerRole", ownerRole);
  const statements = [dropOwnSchemas(READ_MODEL_SCHEMAS, ownerRole)];
  if (options.dropRoles) {
    statements.push(
      dropOwnRole(options.connectorRole, "connector", READ_MODEL_SCHEMAS),
      dropOwnRole(ownerRole, "owner", READ_MODEL_SCHEMAS),
    );
  }
  return statements;
}

/** Statements that (re)build the read-model schemas; the apply skips them when the stored hash matches. */
export function buildReadModelSql(options: ReadModelOptions, profile: SchemaProfile): ReadModelPlan {
  const o = validate(options);
  const owner = quoteIdent(o.ownerRole);
  const connector = quoteIdent(o.connectorRole);
  const pub = quoteIdent(READ_MODEL_SCHEMA);
  const priv = quoteIdent(PRIVATE_SCHEMA);
  const st = quoteIdent(STATE_SCHEMA);
  const use = new ColumnUse(profile);
  const names = { privateSchema: PRIVATE_SCHEMA };
  const check = `${pub}.${quoteIdent(SCHEMA_CHECK_FUNCTION)}`;
  // Generated first: it records, through `use`, every planner column the read model reads.
  const closer = closerFunction(use, names, priv, check);
  const required = requiredColumns(use);
  const columns = publicDocumentColumns();
  const view = `${pub}.${quoteIdent(READ_MODEL_VIEW)}`;
  const closePublic = `${pub}.${quoteIdent(CLOSER_FUNCTION)}`;
  const rules = stateRules(o.k);

  const statements: string[] = [];
  statements.push(
    // A schema of one of these names that the program did not create is refused, never dropped.
    guardSchemas(READ_MODEL_SCHEMAS, o.ownerRole),
    `DROP SCHEMA IF EXISTS ${pub} CASCADE`,
    `DROP SCHEMA IF EXISTS ${priv} CASCADE`,
    // The published cells survive a rebuild; they are republished only when what they depend on changes.
    `DO $do$ BEGIN IF EXISTS (SELECT FROM pg_catalog.pg_namespace n WHERE n.nspname = ${sqlLiteral(STATE_SCHEMA)} ` +
      `AND pg_catalog.obj_description(n.oid, 'pg_namespace') IS DISTINCT FROM ${sqlLiteral(rules)}) THEN ` +
      `DROP SCHEMA ${st} CASCADE; END IF; END $do$`,
    `CREATE SCHEMA IF NOT EXISTS ${st} AUTHORIZATION ${owner}`,
    `REVOKE ALL ON SCHEMA ${st} FROM PUBLIC`,
    `COMMENT ON SCHEMA ${st} IS ${sqlLiteral(rules)}`,
    ...stateTables(owner),
    `CREATE SCHEMA ${priv} AUTHORIZATION ${owner}`,
    `REVOKE ALL ON SCHEMA ${priv} FROM PUBLIC`,
    `CREATE SCHEMA ${pub} AUTHORIZATION ${owner}`,
    `COMMENT ON SCHEMA ${pub} IS ${sqlLiteral(SCHEMA_MARKER)}`,
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
    `CREATE TABLE ${priv}.settings (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), ` +
      `k integer NOT NULL CHECK (k >= ${MIN_K}), grace_days integer NOT NULL CHECK (grace_days >= 0))`,
    `INSERT INTO ${priv}.settings (k, grace_days) VALUES (${o.k}, ${o.graceDays})`,
    `CREATE TABLE ${priv}.required_columns (table_name text, column_name text, PRIMARY KEY (table_name, column_name))`,
  );
  if (required.length) {
    statements.push(
      `INSERT INTO ${priv}.required_columns (table_name, column_name) VALUES ${required
        .map((r) => `(${sqlLiteral(r.table)}, ${sqlLiteral(r.column)})`)
        .join(", ")}`,
    );
  }
  statements.push(
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
  for (const table of ["settings", "required_columns", "excluded_orgs", "excluded_domains"]) {
    statements.push(`ALTER TABLE ${priv}.${table} OWNER TO ${owner}`);
  }
  statements.push(
    // Schema drift fails loudly: a planner column the read model reads is gone (a planner migration), so the sync
    // and the closer raise (SQLSTATE 55000) instead of reading an empty or partial result.
    `CREATE FUNCTION ${check}()
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(r.table_name || '.' || r.column_name, ', ' ORDER BY r.table_name, r.column_name) INTO missing
  FROM ${priv}.required_columns r
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ${sqlLiteral(profile.plannerSchema)} AND c.relname = r.table_name
      AND a.attname = r.column_name AND a.attnum > 0 AND NOT a.attisdropped);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'am_read: the planner schema changed, columns the read model reads are gone: %', missing
      USING ERRCODE = '55000',
            HINT = 'Classify the new schema and re-apply the read model (pulumi up); nothing was published or deleted.';
  END IF;
  RETURN true;
END
$fn$`,
    `ALTER FUNCTION ${check}() OWNER TO ${owner}`,
    publishFunction(priv),
    `ALTER FUNCTION ${priv}.publish(text, integer, date, date, integer) OWNER TO ${owner}`,
    closer,
    `ALTER FUNCTION ${priv}.close_periods(timestamptz) OWNER TO ${owner}`,
    `CREATE FUNCTION ${closePublic}()
RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$ SELECT ${priv}.close_periods(now()) $fn$`,
    `ALTER FUNCTION ${closePublic}() OWNER TO ${owner}`,
    // The connector reads published (frozen) cells only, after the schema check.
    `CREATE VIEW ${view} AS SELECT ${columns.map((c) => `c.${quoteIdent(c.name)}`).join(", ")} ` +
      `FROM ${st}.cells c WHERE ${check}()`,
    `ALTER VIEW ${view} OWNER TO ${owner}`,
    `REVOKE ALL ON FUNCTION ${check}() FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION ${priv}.publish(text, integer, date, date, integer) FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION ${priv}.close_periods(timestamptz) FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION ${closePublic}() FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${check}() TO ${connector}`,
    // The closer job logs in as the connector role: it may close what is due, never choose the time.
    `GRANT EXECUTE ON FUNCTION ${closePublic}() TO ${connector}`,
    `REVOKE ALL ON ${view} FROM PUBLIC`,
    `GRANT SELECT ON ${view} TO ${connector}`,
  );
  const hash = createHash("sha256").update(statements.join(";\n")).digest("hex");
  statements.push(`COMMENT ON SCHEMA ${priv} IS ${sqlLiteral(planComment(hash))}`);
  return { era: eraOf(profile), statements, hash, grants: use.grants() };
}

/** Comment stored on the private schema: lets the apply recognise an up-to-date read model. */
export function planComment(hash: string): string {
  return `am-read-model sha256:${hash}`;
}

/**
 * Why an excluded e-mail domain cannot be used, after the trimming and lower-casing the read model applies, or
 * undefined. The config loader asks the same question, so a value it accepts never fails the composition.
 */
export function emailDomainProblem(domain: string): string | undefined {
  const d = domain.trim().toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(d)) return "a domain name (letters, digits, hyphens, dots)";
  return undefined;
}

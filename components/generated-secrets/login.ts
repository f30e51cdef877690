/**
 * SQL of a rotating PostgreSQL login (pure, no I/O): one LOGIN role per password generation, a member of a NOLOGIN
 * or LOGIN group role that holds the grants (the read model's connector role). PostgreSQL keeps one password per
 * role, so a second role is what lets the old and the new password both work while the consumer moves over.
 *
 * The password reaches PostgreSQL only as a SCRAM-SHA-256 verifier computed client-side (as the read model does),
 * so neither the statement log nor `pg_authid` ever holds it.
 */
import { sqlLiteral } from "../../anonymisation/planner/contract";
import { quoteIdent } from "../../anonymisation/planner/sql";

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Attributes of a login: it may log in and inherit its group's grants, nothing more. */
export const LOGIN_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS";

function checkRole(what: string, role: string): void {
  if (!ROLE_NAME.test(role))
    throw new Error(`${what} "${role}" must be a lower-case PostgreSQL identifier (a-z, 0-9, _; at most 63)`);
}

/** Creates (or takes over) the login, sets its password verifier and makes it a member of the group. */
export function createLoginStatements(login: string, group: string, scramVerifier: string): string[] {
  checkRole("login role", login);
  checkRole("group role", group);
  if (login === group) throw new Error("the login role must differ from its group role");
  if (!scramVerifier.startsWith("SCRAM-SHA-256$"))
    throw new Error("the password must be given as a SCRAM-SHA-256 verifier");
  return [
    `DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${sqlLiteral(login)}) THEN ` +
      `CREATE ROLE ${quoteIdent(login)} NOLOGIN; END IF; END $do$`,
    `ALTER ROLE ${quoteIdent(login)} WITH ${LOGIN_ATTRIBUTES} PASSWORD ${sqlLiteral(scramVerifier)}`,
    `GRANT ${quoteIdent(group)} TO ${quoteIdent(login)}`,
  ];
}

/** Sets a new password on an existing login (an in-place change: the old password stops working at once). */
export function setPasswordStatements(login: string, scramVerifier: string): string[] {
  checkRole("login role", login);
  return [`ALTER ROLE ${quoteIdent(login)} WITH PASSWORD ${sqlLiteral(scramVerifier)}`];
}

/**
 * Retires a login: no new session can start with it (NOLOGIN, no password), then the role goes. Sessions already
 * open finish their work; the consumer has been moved to the next login before this runs.
 */
export function retireLoginStatements(login: string): string[] {
  checkRole("login role", login);
  return [
    `DO $do$ BEGIN IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${sqlLiteral(login)}) THEN ` +
      `ALTER ROLE ${quoteIdent(login)} WITH NOLOGIN PASSWORD NULL; END IF; END $do$`,
    `DROP ROLE IF EXISTS ${quoteIdent(login)}`,
  ];
}

/**
 * SQL of a rotating PostgreSQL login (pure, no I/O): one LOGIN role per password generation, a member of a NOLOGIN
 * or LOGIN group role that holds the grants (the read model's connector role). PostgreSQL keeps one password per
 * role, so a second role is what lets the old and the new password both work while the consumer moves over.
 *
 * The password reaches PostgreSQL only as a SCRAM-SHA-256 verifier computed client-side (as the read model does),
 * so neither the statement log nor `pg_authid` ever holds it.
 */
import { sqlLiteral } from "../../anonymisation/planner/contract";
import {
  checkRoleName,
  dropOwnRole,
  ensureOwnRole,
  guardRole,
  quoteIdent,
  READ_MODEL_SCHEMAS,
} from "../../anonymisation/planner/sql";

/** Attributes of a login: it may log in and inherit its group's grants, nothing more. */
export const LOGIN_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS";

const LOGIN_OPTION = "the connector's login role (<planner.connectorRole>_r<rotation keeper digits>)";

/** Refuses a group that is not the read model's connector role (membership would hand its rights to the login). */
function guardGroup(group: string): string {
  return `DO $guard$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${sqlLiteral(group)}) THEN
  RAISE EXCEPTION ${sqlLiteral(`am_read: refusing to create a login in role "${group}": the role does not exist; nothing was changed`)}
    USING ERRCODE = '42501', HINT = 'Apply the read model first: it creates the connector role.';
END IF; END $guard$`;
}

/**
 * Creates the login with the program's ownership marker (or checks that the existing one is the program's), sets its
 * password verifier and makes it a member of the group, which must be the read model's connector role. Refuses, in
 * the database and before any change, a login or group role the program did not create (roles.ts).
 */
export function createLoginStatements(login: string, group: string, scramVerifier: string): string[] {
  checkRoleName("login role", login);
  checkRoleName("group role", group);
  if (login === group) throw new Error("the login role must differ from its group role");
  if (!scramVerifier.startsWith("SCRAM-SHA-256$"))
    throw new Error("the password must be given as a SCRAM-SHA-256 verifier");
  return [
    guardGroup(group),
    guardRole(group, "connector", READ_MODEL_SCHEMAS, "planner.connectorRole"),
    ...ensureOwnRole(login, "login", "NOLOGIN", READ_MODEL_SCHEMAS, LOGIN_OPTION),
    `ALTER ROLE ${quoteIdent(login)} WITH ${LOGIN_ATTRIBUTES} PASSWORD ${sqlLiteral(scramVerifier)}`,
    `GRANT ${quoteIdent(group)} TO ${quoteIdent(login)}`,
  ];
}

/**
 * Sets a new password on an existing login (an in-place change: the old password stops working at once); refuses a
 * role that is not one of the program's logins.
 */
export function setPasswordStatements(login: string, scramVerifier: string): string[] {
  checkRoleName("login role", login);
  return [
    guardRole(login, "login", READ_MODEL_SCHEMAS, LOGIN_OPTION),
    `ALTER ROLE ${quoteIdent(login)} WITH PASSWORD ${sqlLiteral(scramVerifier)}`,
  ];
}

/**
 * Retires a login: no new session can start with it (NOLOGIN, no password), then the role goes. Sessions already
 * open finish their work; the consumer has been moved to the next login before this runs. A role of that name the
 * program did not create is left as it is.
 */
export function retireLoginStatements(login: string): string[] {
  checkRoleName("login role", login);
  return [dropOwnRole(login, "login", READ_MODEL_SCHEMAS)];
}

/**
 * Which PostgreSQL roles and schemas are the program's own, as SQL that checks it (pure, no I/O).
 *
 * Roles are server-wide and a stack file may name any role, so every role the program creates carries a comment
 * (`roleMarker`) and every statement that alters or drops a role or schema first checks, inside the database, that
 * the object is the program's: an existing role without the marker, a superuser, the role the statements run as, or
 * a role that owns anything outside the read model's schemas is refused before anything is altered. The checks are
 * DO blocks in the statement lists themselves, so every path that runs the same statements (the dynamic provider, a
 * Job running them through psql) gets the same protection. docs/anonymisation.md ("Which roles the program touches").
 */
import { sqlLiteral } from "../contract";
import { quoteIdent } from "./expressions";

/** What a role is for; part of its marker, so a role of one kind is never taken for another. */
export type RoleKind = "owner" | "connector" | "login";

const MARKER_PREFIX = "am-dashboard planner read model:";

/** The comment on a role the program created. Changing the text disowns every existing role: never do it. */
export function roleMarker(kind: RoleKind): string {
  return `${MARKER_PREFIX} ${kind} role (created by am-dashboard, which alters and drops only roles with this comment)`;
}

/** The comment on the read model's public schema (the private and state schemas carry their plan and rules). */
export const SCHEMA_MARKER = `${MARKER_PREFIX} schema (created by am-dashboard)`;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Names the program never creates, alters or drops: PostgreSQL's own (`pg_*`, the pseudo-roles) and the superusers
 * installers and managed services create. Superusers of any name are refused in the database (`guardRole`).
 */
export const RESERVED_ROLES: readonly string[] = [
  "postgres",
  "public",
  "none",
  "current_user",
  "current_role",
  "session_user",
  "rdsadmin",
  "rds_superuser",
  "cloudsqladmin",
  "cloudsqlsuperuser",
  "azure_superuser",
  "azure_pg_admin",
  "alloydbadmin",
  "alloydbsuperuser",
];

/** Why a role name cannot be one of the program's roles, or undefined when it can. */
export function roleNameProblem(role: string): string | undefined {
  if (!ROLE_NAME.test(role))
    return "a lower-case PostgreSQL identifier (a-z, 0-9, _; at most 63) is required";
  if (role.startsWith("pg_")) return "names starting with pg_ are PostgreSQL's own roles";
  if (RESERVED_ROLES.includes(role))
    return `"${role}" is a PostgreSQL or managed-service superuser or pseudo-role, never the program's`;
  return undefined;
}

/** Throws when `role` cannot be one of the program's roles (`what` names the option, e.g. connectorRole). */
export function checkRoleName(what: string, role: string): void {
  const problem = roleNameProblem(role);
  if (problem !== undefined) throw new Error(`${what} "${role}" is refused: ${problem}`);
}

/**
 * SQL: the role's objects in the current database outside `schemas` (the read model's), as a boolean expression
 * over `oid` (the role's). `pg_shdepend` records the owner of every object but the bootstrap superuser's.
 */
function ownsForeignObjects(oid: string, schemas: readonly string[]): string {
  const ours = `(${schemas.map(sqlLiteral).join(", ")})`;
  const inOurs = (catalog: string, column: string) =>
    `(d.classid = 'pg_catalog.${catalog}'::pg_catalog.regclass AND d.objid IN (SELECT x.oid FROM pg_catalog.${catalog} x ` +
    `JOIN pg_catalog.pg_namespace n ON n.oid = x.${column} WHERE n.nspname IN ${ours}))`;
  return (
    `EXISTS (SELECT FROM pg_catalog.pg_shdepend d WHERE d.refclassid = 'pg_catalog.pg_authid'::pg_catalog.regclass ` +
    `AND d.refobjid = ${oid} AND d.deptype = 'o' ` +
    `AND d.dbid = (SELECT db.oid FROM pg_catalog.pg_database db WHERE db.datname = pg_catalog.current_database()) ` +
    `AND NOT ((d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objid IN ` +
    `(SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname IN ${ours})) ` +
    `OR ${inOurs("pg_class", "relnamespace")} OR ${inOurs("pg_proc", "pronamespace")} OR ${inOurs("pg_type", "typnamespace")}))`
  );
}

const HINT_FOREIGN = (role: string, kind: RoleKind, option: string) =>
  `Choose another ${option} (a role that does not exist yet: the program creates it). Only if "${role}" was ` +
  `created by an earlier version of am-dashboard as its ${kind} role and nothing else uses it, a DBA may mark it: ` +
  `COMMENT ON ROLE ${quoteIdent(role)} IS ${sqlLiteral(roleMarker(kind))}`;

/**
 * A DO block that raises (SQLSTATE 42501, nothing altered) unless `role` may be altered by the program: it does not
 * exist yet, or it carries `roleMarker(kind)`, is not a superuser, is not the role running the statements and owns
 * nothing in this database outside `schemas`. `option` names the setting that chose the role (for the message).
 */
export function guardRole(role: string, kind: RoleKind, schemas: readonly string[], option: string): string {
  const name = sqlLiteral(role);
  const fail = (why: string, hint: string) =>
    `RAISE EXCEPTION ${sqlLiteral(`am_read: refusing to use role "${role}" (${option}): ${why}; nothing was changed`)} ` +
    `USING ERRCODE = '42501', HINT = ${sqlLiteral(hint)};`;
  return `DO $guard$
DECLARE
  r record;
BEGIN
  SELECT a.oid, a.rolsuper INTO r FROM pg_catalog.pg_roles a WHERE a.rolname = ${name};
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF pg_catalog.shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM ${sqlLiteral(roleMarker(kind))} THEN
    ${fail(`it exists and was not created by am-dashboard as its ${kind} role (no ownership comment)`, HINT_FOREIGN(role, kind, option))}
  END IF;
  IF r.rolsuper THEN
    ${fail("it is a superuser", `The program never alters a superuser. Choose another ${option}.`)}
  END IF;
  IF ${name} IN (current_user, session_user) THEN
    ${fail("it is the role these statements run as", `Connect as an administrative role, not as ${option}.`)}
  END IF;
  IF ${ownsForeignObjects("r.oid", schemas)} THEN
    ${fail(
      "it owns objects outside the read model's schemas in this database (the planner's tables?)",
      `The program never alters or drops a role owning other objects. Choose another ${option}, or give those objects to another role.`,
    )}
  END IF;
END
$guard$`;
}

/**
 * Ensures `role` exists with the program's marker: creates it (attributes `create`) and marks it, or checks that
 * the existing one is the program's (`guardRole`). The caller then sets its attributes with ALTER ROLE.
 */
export function ensureOwnRole(
  role: string,
  kind: RoleKind,
  create: string,
  schemas: readonly string[],
  option: string,
): string[] {
  return [
    guardRole(role, kind, schemas, option),
    `DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = ${sqlLiteral(role)}) THEN ` +
      `CREATE ROLE ${quoteIdent(role)} ${create}; ` +
      `COMMENT ON ROLE ${quoteIdent(role)} IS ${sqlLiteral(roleMarker(kind))}; END IF; END $do$`,
  ];
}

/**
 * A DO block that drops `role` only if it is the program's: a role without the marker is left as it is (a notice);
 * one that is the program's but owns objects outside `schemas` (which must be gone by now) raises. `DROP OWNED` then
 * only revokes what was granted to the role in this database; a role another database still uses is kept. A login
 * (granted nothing but its group) is first made NOLOGIN without a password, so even a kept one opens nothing.
 */
export function dropOwnRole(role: string, kind: RoleKind, schemas: readonly string[]): string {
  const name = sqlLiteral(role);
  const id = quoteIdent(role);
  return `DO $drop$
DECLARE
  r record;
BEGIN
  SELECT a.oid, a.rolsuper INTO r FROM pg_catalog.pg_roles a WHERE a.rolname = ${name};
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF pg_catalog.shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM ${sqlLiteral(roleMarker(kind))}
     OR r.rolsuper OR ${name} IN (current_user, session_user) THEN
    RAISE NOTICE ${sqlLiteral(`am_read: role "${role}" was not created by am-dashboard as its ${kind} role: left as it is`)};
    RETURN;
  END IF;
  IF ${ownsForeignObjects("r.oid", schemas)} THEN
    RAISE EXCEPTION ${sqlLiteral(`am_read: refusing to drop role "${role}": it owns objects outside the read model's schemas in this database; nothing was dropped`)}
      USING ERRCODE = '42501',
            HINT = ${sqlLiteral(`Give those objects to another role (ALTER ... OWNER TO), then destroy again.`)};
  END IF;
  ${kind === "login" ? `ALTER ROLE ${id} WITH NOLOGIN PASSWORD NULL;` : `DROP OWNED BY ${id};`}
  BEGIN
    DROP ROLE ${id};
  EXCEPTION WHEN dependent_objects_still_exist THEN
    RAISE NOTICE ${sqlLiteral(`am_read: role "${role}" is still used in another database: kept`)};
  END;
END
$drop$`;
}

/**
 * A DO block that raises unless every existing schema of `schemas` is owned by `ownerRole` carrying the owner
 * marker: a schema of that name the program did not create is never dropped or replaced.
 */
export function guardSchemas(schemas: readonly string[], ownerRole: string): string {
  return `DO $guard$
DECLARE
  s record;
BEGIN
  FOR s IN SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner FROM pg_catalog.pg_namespace n
    WHERE n.nspname IN (${schemas.map(sqlLiteral).join(", ")})
      AND (pg_catalog.pg_get_userbyid(n.nspowner) <> ${sqlLiteral(ownerRole)}
        OR pg_catalog.shobj_description(n.nspowner, 'pg_authid') IS DISTINCT FROM ${sqlLiteral(roleMarker("owner"))})
  LOOP
    RAISE EXCEPTION 'am_read: refusing to replace schema "%" (owner "%"): it was not created by am-dashboard; nothing was changed', s.nspname, s.owner
      USING ERRCODE = '42501',
            HINT = 'The read model uses this schema name. Rename or drop that schema yourself, or use another database.';
  END LOOP;
END
$guard$`;
}

/** DROP SCHEMA … CASCADE of each of `schemas` the program owns (owner role with the marker); others are left. */
export function dropOwnSchemas(schemas: readonly string[], ownerRole: string): string {
  return `DO $drop$
DECLARE
  s record;
BEGIN
  FOR s IN SELECT n.nspname,
      pg_catalog.pg_get_userbyid(n.nspowner) = ${sqlLiteral(ownerRole)}
        AND pg_catalog.shobj_description(n.nspowner, 'pg_authid') IS NOT DISTINCT FROM ${sqlLiteral(roleMarker("owner"))} AS ours
    FROM pg_catalog.pg_namespace n WHERE n.nspname IN (${schemas.map(sqlLiteral).join(", ")})
  LOOP
    IF s.ours THEN
      EXECUTE pg_catalog.format('DROP SCHEMA %I CASCADE', s.nspname);
    ELSE
      RAISE NOTICE 'am_read: schema "%" was not created by am-dashboard: left as it is', s.nspname;
    END IF;
  END LOOP;
END
$drop$`;
}

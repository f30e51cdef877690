/**
 * Pulumi dynamic provider of one rotating PostgreSQL login (`login.ts`). Serialised into the state with the functions
 * it references: it holds no client (it requires `pg` inside its methods) and no secret. The CRUD functions are
 * exported so tests run them against a real PostgreSQL.
 *
 * Replacement is create-before-delete (Pulumi's default, never turned off here): on a new keeper the new login is
 * created, every resource that takes its name and password (the connector's configuration) is updated, and only
 * then does Pulumi delete the old login.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { Client } from "pg";
import { scramSecret, scramVerifies } from "../planner-read-model/apply";
import { createLoginStatements, retireLoginStatements, setPasswordStatements } from "./login";

export interface LoginInputs {
  /** Admin connection URL (a role that may create roles and grant the group); secret. */
  readonly adminUrl: string;
  /** Database the admin connects to (roles are server-wide). */
  readonly database: string;
  /** The role holding the grants (the read model's connector role). */
  readonly groupRole: string;
  /** This generation's LOGIN role (`rotation.loginRoleName`). */
  readonly loginRole: string;
  /** Secret; printable ASCII, at least 16 characters (hashed client-side). */
  readonly password: string;
}

export type LoginOutputs = LoginInputs;

function checkPassword(password: string): void {
  if (password.length < 16 || !/^[\x21-\x7e]+$/.test(password))
    throw new Error("the login password must be at least 16 printable ASCII characters without spaces");
}

async function withAdmin<T>(inputs: LoginInputs, fn: (client: Client) => Promise<T>): Promise<T> {
  // Required here, not imported at module level: the provider is serialised and must not capture a client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require("pg") as typeof import("pg");
  const url = new URL(inputs.adminUrl);
  url.pathname = `/${encodeURIComponent(inputs.database)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function run(client: Client, statements: string[]): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const s of statements) await client.query(s);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

export async function createLogin(inputs: LoginInputs): Promise<pulumi.dynamic.CreateResult> {
  checkPassword(inputs.password);
  await withAdmin(inputs, (c) =>
    run(c, createLoginStatements(inputs.loginRole, inputs.groupRole, scramSecret(inputs.password))),
  );
  return { id: inputs.loginRole, outs: { ...inputs } };
}

/** A new login name (a new keeper) or group replaces; a new password alone is set in place. */
export async function diffLogin(
  _id: string,
  olds: LoginOutputs,
  news: LoginInputs,
): Promise<pulumi.dynamic.DiffResult> {
  const replaces = (["loginRole", "groupRole"] as const).filter((k) => olds[k] !== news[k]);
  const changed: string[] = [...replaces];
  for (const k of ["adminUrl", "database", "password"] as const) if (olds[k] !== news[k]) changed.push(k);
  // deleteBeforeReplace stays false: the old login must outlive the move of its consumers.
  return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
}

export async function updateLogin(
  _id: string,
  olds: LoginOutputs,
  news: LoginInputs,
): Promise<pulumi.dynamic.UpdateResult> {
  checkPassword(news.password);
  if (olds.password !== news.password)
    await withAdmin(news, (c) => run(c, setPasswordStatements(news.loginRole, scramSecret(news.password))));
  return { outs: { ...news } };
}

export async function deleteLogin(_id: string, props: LoginOutputs): Promise<void> {
  await withAdmin(props, (c) => run(c, retireLoginStatements(props.loginRole)));
}

/** Refresh: a login that is gone reads as gone; one whose stored verifier no longer matches reads as changed. */
export async function readLogin(id: string, props: LoginOutputs): Promise<pulumi.dynamic.ReadResult> {
  const row = await withAdmin(props, async (c) => {
    const r = await c.query<{ login: boolean; p: string | null }>(
      "SELECT rolcanlogin AS login, rolpassword AS p FROM pg_catalog.pg_authid WHERE rolname = $1",
      [props.loginRole],
    );
    return r.rows[0];
  }).catch(async () => {
    // Not a superuser (pg_authid is unreadable): existence only.
    const exists = await withAdmin(props, (c) =>
      c.query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", [props.loginRole]),
    );
    return exists.rowCount ? { login: true, p: null } : undefined;
  });
  if (!row || !row.login) return { id: "", props: {} };
  const stale = row.p !== null && !scramVerifies(row.p, props.password);
  return { id, props: stale ? { ...props, password: "" } : props };
}

export const loginProvider: pulumi.dynamic.ResourceProvider = {
  create: (inputs: LoginInputs) => createLogin(inputs),
  diff: (id: string, olds: LoginOutputs, news: LoginInputs) => diffLogin(id, olds, news),
  update: (id: string, olds: LoginOutputs, news: LoginInputs) => updateLogin(id, olds, news),
  delete: (id: string, props: LoginOutputs) => deleteLogin(id, props),
  read: (id: string, props: LoginOutputs) => readLogin(id, props),
};

/**
 * Applies the planner read model to a real database with `pg`: introspect, plan, run in one transaction.
 *
 * This is the code the dynamic provider runs (and the tests call directly). There is no key on this path: the read
 * model publishes counted cells. The connector password is set as a SCRAM verifier computed here, so the
 * plaintext reaches neither the server's statement log nor the catalog.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import type { ClientBase } from "pg";
import { sqlLiteral } from "../../anonymisation/planner/contract";
import {
  buildReadModelSql,
  dropReadModelStatements,
  introspectionQuery,
  PGCRYPTO_SCHEMA_QUERY,
  planComment,
  PRIVATE_SCHEMA,
  profileFromColumns,
  quoteIdent,
  roleStatements,
  type ReadModelOptions,
  type ReadModelPlan,
  type SchemaProfile,
} from "../../anonymisation/planner/sql";

export interface ApplyOptions {
  readonly connectorRole: string;
  readonly connectorPassword: string;
  /** Every published cell describes at least k customers (stack config `anonymity.k`). */
  readonly k?: number;
  /** Days after a month's end before it is closed and published (`anonymity.graceDays`). */
  readonly graceDays?: number;
  readonly ownerRole?: string;
  readonly plannerSchema?: string;
  readonly excludedOrgIds?: readonly string[];
  readonly excludedEmailDomains?: readonly string[];
}

export interface ApplyResult {
  readonly hash: string;
  readonly era: ReadModelPlan["era"];
  /** False when the stored hash already matched and the schemas were left untouched. */
  readonly rebuilt: boolean;
  readonly passwordChanged: boolean;
}

/** The pure plan inputs derived from apply options. */
export function readModelOptions(options: ApplyOptions): ReadModelOptions {
  return {
    connectorRole: options.connectorRole,
    ownerRole: options.ownerRole,
    k: options.k,
    graceDays: options.graceDays,
    excludedOrgIds: options.excludedOrgIds,
    excludedEmailDomains: options.excludedEmailDomains,
  };
}

/** Reads what the plan depends on: planner columns and the pgcrypto schema. */
export async function introspect(client: ClientBase, plannerSchema = "public"): Promise<SchemaProfile> {
  const cols = await client.query<{ table: string; column: string; type: string }>(
    introspectionQuery(plannerSchema),
  );
  const ext = await client.query<{ schema: string }>(PGCRYPTO_SCHEMA_QUERY);
  return profileFromColumns(plannerSchema, cols.rows, ext.rows[0]?.schema ?? null);
}

/** Pure: options + profile → ordered statements and their hash. */
export function planReadModel(options: ApplyOptions, profile: SchemaProfile): ReadModelPlan {
  return buildReadModelSql(readModelOptions(options), profile);
}

// --- SCRAM-SHA-256 (RFC 7677 / PostgreSQL `scram_build_secret`) --------------------------------------------------

const SCRAM_ITERATIONS = 4096;

function scramKeys(password: string, salt: Buffer, iterations: number): { stored: Buffer; server: Buffer } {
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  return {
    stored: createHash("sha256").update(clientKey).digest(),
    server: createHmac("sha256", salted).update("Server Key").digest(),
  };
}

/** A SCRAM secret PostgreSQL accepts in `PASSWORD '…'` (it stores it as is). ASCII passwords only (no SASLprep). */
export function scramSecret(password: string, salt = randomBytes(16)): string {
  const { stored, server } = scramKeys(password, salt, SCRAM_ITERATIONS);
  return `SCRAM-SHA-256$${SCRAM_ITERATIONS}:${salt.toString("base64")}$${stored.toString("base64")}:${server.toString("base64")}`;
}

/** True when a stored SCRAM secret verifies `password`. */
export function scramVerifies(secret: string, password: string): boolean {
  const m = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(secret);
  if (!m) return false;
  const { stored, server } = scramKeys(password, Buffer.from(m[2], "base64"), Number(m[1]));
  const wantStored = Buffer.from(m[3], "base64");
  const wantServer = Buffer.from(m[4], "base64");
  return (
    wantStored.length === stored.length &&
    wantServer.length === server.length &&
    timingSafeEqual(wantStored, stored) &&
    timingSafeEqual(wantServer, server)
  );
}

function checkPassword(password: string): void {
  if (password.length < 16) throw new Error("the connector password must be at least 16 characters");
  if (!/^[\x21-\x7e]+$/.test(password)) {
    throw new Error(
      "the connector password must be printable ASCII without spaces (it is hashed client-side)",
    );
  }
}

/** Sets the connector password unless the stored secret already verifies it (readable only by superusers). */
async function syncPassword(client: ClientBase, role: string, password: string): Promise<boolean> {
  let current: string | null = null;
  try {
    const r = await client.query<{ p: string | null }>(
      "SELECT rolpassword AS p FROM pg_catalog.pg_authid WHERE rolname = $1",
      [role],
    );
    current = r.rows[0]?.p ?? null;
  } catch {
    current = null; // not a superuser: cannot compare, so set it
  }
  if (current && scramVerifies(current, password)) return false;
  await client.query(`ALTER ROLE ${quoteIdent(role)} WITH PASSWORD ${sqlLiteral(scramSecret(password))}`);
  return true;
}

/** The comment on the private schema: `planComment(hash)` of the plan last applied, or null without a read model. */
export async function storedHash(client: ClientBase): Promise<string | null> {
  const r = await client.query<{ c: string | null }>(
    "SELECT pg_catalog.obj_description(n.oid, 'pg_namespace') AS c FROM pg_catalog.pg_namespace n WHERE n.nspname = $1",
    [PRIVATE_SCHEMA],
  );
  return r.rows[0]?.c ?? null;
}

function explain(error: unknown): Error {
  const e = error as { code?: string; message?: string; hint?: string };
  // The ownership checks (anonymisation/planner/sql/roles.ts): their message and hint say what to do.
  if (e.message?.startsWith("am_read: refusing")) {
    return Object.assign(new Error(e.hint ? `${e.message}. ${e.hint}` : e.message), { code: e.code });
  }
  if (e.code === "42501" && /extension|pgcrypto/i.test(e.message ?? "")) {
    return new Error(
      `cannot create the pgcrypto extension (${e.message}). Ask a database superuser to run ` +
        "`CREATE EXTENSION pgcrypto` in the planner database, or grant CREATE on the database to the admin role.",
    );
  }
  if (e.code === "42501")
    return new Error(`the admin role lacks a privilege the read model needs: ${e.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Applies the read model in one transaction. Idempotent: roles are ensured, the password is set only when it
 * differs, and the schemas are rebuilt only when the plan's hash differs from the one stored on the private schema.
 */
export async function applyReadModel(client: ClientBase, options: ApplyOptions): Promise<ApplyResult> {
  checkPassword(options.connectorPassword);
  const base = readModelOptions(options);
  await client.query("BEGIN");
  try {
    for (const s of roleStatements(base)) await client.query(s);
    const passwordChanged = await syncPassword(client, options.connectorRole, options.connectorPassword);
    const profile = await introspect(client, options.plannerSchema);
    const plan = buildReadModelSql(base, profile);
    const rebuilt = (await storedHash(client)) !== planComment(plan.hash);
    if (rebuilt) for (const s of plan.statements) await client.query(s);
    await client.query("COMMIT");
    return { hash: plan.hash, era: plan.era, rebuilt, passwordChanged };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw explain(error);
  }
}

/**
 * Removes what the program created: its schemas, then (`dropRoles`) its roles, each only if it carries the program's
 * ownership marker (`dropReadModelStatements`). A role that is not the program's is left untouched, never
 * `DROP OWNED`; one that is but owns anything else in the database makes the whole removal fail, nothing dropped.
 */
export async function dropReadModel(
  client: ClientBase,
  options: { connectorRole: string; ownerRole?: string; dropRoles?: boolean },
): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const s of dropReadModelStatements(options)) await client.query(s);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw explain(error);
  }
}

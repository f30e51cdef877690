/** Helpers shared by the read-model suites: connections, catalog snapshots and the leak detector. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Client } from "pg";
import { syncRuleQuery } from "../../anonymisation/planner/contract";

export type Row = Record<string, unknown>;

export async function connect(url: string, user?: string, password?: string): Promise<Client> {
  const u = new URL(url);
  if (user) {
    u.username = user;
    u.password = password ?? "";
  }
  const client = new Client({ connectionString: u.toString() });
  await client.connect();
  return client;
}

/** What the connector's sync rule reads, as the connector role. */
export async function sync(client: Client): Promise<Row[]> {
  return (await client.query<Row>(syncRuleQuery())).rows;
}

/** Runs the closer as of a given time (the admin calls the owner's private function; the CronJob uses now()). */
export async function close(admin: Client, asOf: string | Date): Promise<number> {
  const r = await admin.query<{ n: number }>("SELECT am_read_private.close_periods($1::timestamptz) AS n", [
    asOf,
  ]);
  return Number(r.rows[0].n);
}

/** Expects a query to fail with a given SQLSTATE. */
export async function rejects(client: Client, sql: string, code: string): Promise<void> {
  await assert.rejects(client.query(sql), (e: { code?: string; message?: string }) => {
    assert.equal(e.code, code, `${sql}: expected SQLSTATE ${code}, got ${e.code} (${e.message})`);
    return true;
  });
}

/** Everything about the read model that an apply could change, including object OIDs. */
export async function catalogSnapshot(admin: Client, roles: string[]): Promise<unknown> {
  const { rows } = await admin.query<{ s: unknown }>(
    `SELECT json_build_object(
      'schemas', (SELECT json_agg(json_build_object('oid', n.oid, 'name', n.nspname, 'owner', pg_get_userbyid(n.nspowner),
          'acl', n.nspacl::text, 'comment', obj_description(n.oid, 'pg_namespace')) ORDER BY n.nspname)
        FROM pg_namespace n WHERE n.nspname LIKE 'am\\_read%'),
      'functions', (SELECT json_agg(json_build_object('oid', p.oid, 'name', p.proname, 'src', md5(p.prosrc),
          'acl', p.proacl::text, 'owner', pg_get_userbyid(p.proowner), 'secdef', p.prosecdef, 'config', p.proconfig)
          ORDER BY p.proname)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname LIKE 'am\\_read%'),
      'relations', (SELECT json_agg(json_build_object('oid', c.oid, 'name', c.relname, 'kind', c.relkind,
          'acl', c.relacl::text, 'owner', pg_get_userbyid(c.relowner)) ORDER BY c.relname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'am\\_read%'),
      'roles', (SELECT json_agg(json_build_object('name', rolname, 'login', rolcanlogin, 'super', rolsuper,
          'inherit', rolinherit, 'createrole', rolcreaterole, 'createdb', rolcreatedb, 'password', rolpassword)
          ORDER BY rolname) FROM pg_authid WHERE rolname = ANY($1)),
      'column_grants', (SELECT json_agg(json_build_object('g', grantee, 't', table_name, 'c', column_name, 'p', privilege_type)
          ORDER BY grantee, table_name, column_name, privilege_type)
        FROM information_schema.column_privileges WHERE grantee = ANY($1)),
      'table_grants', (SELECT json_agg(json_build_object('g', grantee, 's', table_schema, 't', table_name, 'p', privilege_type)
          ORDER BY grantee, table_schema, table_name, privilege_type)
        FROM information_schema.role_table_grants WHERE grantee = ANY($1)),
      'settings', (SELECT json_agg(json_build_object('k', k, 'grace', grace_days)) FROM am_read_private.settings),
      'excluded_orgs', (SELECT json_agg(org_id ORDER BY org_id) FROM am_read_private.excluded_orgs),
      'excluded_domains', (SELECT json_agg(domain ORDER BY domain) FROM am_read_private.excluded_domains),
      'role_settings', (SELECT json_agg(setconfig::text) FROM pg_db_role_setting)
    ) AS s`,
    [roles],
  );
  return rows[0].s;
}

const digests = (s: string): string[] =>
  ["md5", "sha1", "sha256"].flatMap((alg) => {
    const d = createHash(alg).update(s).digest();
    return [d.toString("hex"), d.toString("base64")];
  });

/**
 * Finds canaries in rows: the tokens themselves (any case) and unsalted MD5 / SHA-1 / SHA-256 digests (hex or
 * base64) of each canary in original, lower and upper case.
 */
export function findLeaks(rows: readonly Row[], canaries: readonly string[]): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    for (const v of Object.values(row)) {
      if (v === null || v === undefined) continue;
      values.add(v instanceof Date ? v.toISOString() : String(v));
    }
  }
  const haystack = [...values].join("\u0001").toLowerCase();
  const leaks: string[] = [];
  for (const c of new Set(canaries.map((x) => x.toLowerCase()))) if (haystack.includes(c)) leaks.push(c);
  const hashes = new Map<string, string>();
  for (const c of canaries) {
    for (const variant of new Set([c, c.toLowerCase(), c.toUpperCase()])) {
      for (const d of digests(variant)) hashes.set(d.toLowerCase(), c);
    }
  }
  const lengths = new Set([...hashes.keys()].map((h) => h.length));
  for (const v of values) {
    const s = v.toLowerCase();
    for (const len of lengths) {
      for (let i = 0; i + len <= s.length; i++) {
        const hit = hashes.get(s.slice(i, i + len));
        if (hit) leaks.push(`digest of ${hit}`);
      }
    }
  }
  return leaks;
}

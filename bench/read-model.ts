/**
 * Bench: the connector's full sync through the read model vs a plain `SELECT * FROM sources`, same server, same
 * run. 10,000 goose-era sources, each with a v2 inventory, one assessment and one snapshot.
 *
 *   npx tsx bench/read-model.ts            (set DATABASE_URL to use an existing server)
 *   BENCH_SOURCES=2000 npx tsx bench/read-model.ts
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Client } from "pg";
import { syncRuleQuery } from "../anonymisation/planner/contract";
import { applyReadModel } from "../components/planner-read-model/apply";
import { GOOSE_ERA_DDL } from "../test/fixtures/planner/ddl";
import { Canaries, inventoryV2, rng } from "../test/fixtures/planner/generate";
import { databaseName, startPostgres, stopPostgres } from "../test/support/postgres";

export interface ReadModelBenchResult {
  readonly sources: number;
  readonly plainMs: number;
  readonly readModelMs: number;
  readonly ratio: number;
  readonly rows: number;
  /** Ratio of PostgreSQL's own time (no transfer, no client decoding). */
  readonly serverRatio: number;
}

async function load(admin: Client, count: number): Promise<void> {
  await admin.query(GOOSE_ERA_DDL);
  const r = rng(42);
  const c = new Canaries(r);
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const ids: string[] = [];
    const orgs: string[] = [];
    const invs: string[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      ids.push(randomUUID());
      orgs.push(String(10_000_000 + (i % 3000)));
      invs.push(JSON.stringify(inventoryV2(r, c)));
    }
    await admin.query(
      `INSERT INTO sources (id, name, org_id, username, inventory, created_at, updated_at, email_domain)
       SELECT id, 'source ' || id, org, 'user@example.com', inv::jsonb, now(), now(), 'example.com'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, org, inv)`,
      [ids, orgs, invs],
    );
    await admin.query(
      `INSERT INTO assessments (id, name, org_id, source_type, source_id, username)
       SELECT id, 'assessment ' || id, org, 'agent', id, 'user@example.com' FROM unnest($1::text[], $2::text[]) AS t(id, org)`,
      [ids, orgs],
    );
    await admin.query(
      `INSERT INTO snapshots (inventory, assessment_id, version)
       SELECT inv::jsonb, id, 2 FROM unnest($1::text[], $2::text[]) AS t(id, inv)`,
      [ids, invs],
    );
  }
  await admin.query("VACUUM ANALYZE");
}

/** Both queries are read the same way: rows as arrays (like the connector's asyncpg records), text parsed by pg. */
async function timed(client: Client, sql: string): Promise<{ ms: number; rows: number }> {
  const t0 = process.hrtime.bigint();
  const res = await client.query({ text: sql, rowMode: "array" });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, rows: res.rowCount ?? 0 };
}

/** Median of `runs` timings after one warm-up. */
async function median(client: Client, sql: string, runs = 3): Promise<{ ms: number; rows: number }> {
  await timed(client, sql);
  const all: { ms: number; rows: number }[] = [];
  for (let i = 0; i < runs; i++) all.push(await timed(client, sql));
  all.sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)];
}

export async function main(
  sources = Number(process.env.BENCH_SOURCES ?? 10_000),
): Promise<ReadModelBenchResult> {
  const server = await startPostgres();
  const url = await server.createDatabase(databaseName("bench_read_model"));
  const admin = new Client({ connectionString: url });
  await admin.connect();
  const key = randomBytes(24).toString("hex");
  const password = `pw-${randomBytes(12).toString("hex")}`;
  let conn: Client | undefined;
  try {
    const t0 = Date.now();
    await load(admin, sources);
    console.log(`read-model bench: loaded ${sources} sources in ${Date.now() - t0} ms`);
    await applyReadModel(admin, {
      connectorRole: "bench_connector",
      ownerRole: "bench_owner",
      connectorPassword: password,
      pseudonymisationKey: key,
      excludedEmailDomains: ["redhat.com"],
    });
    const u = new URL(url);
    u.username = "bench_connector";
    u.password = password;
    conn = new Client({ connectionString: u.toString() });
    await conn.connect();
    const plain = await median(admin, "SELECT * FROM sources");
    const model = await median(conn, syncRuleQuery(key));
    // The same two reads without the transfer and the client's row decoding: what PostgreSQL itself spends.
    const plainServer = await median(admin, "SELECT sum(length(inventory::text)) FROM sources");
    const modelServer = await median(conn, `SELECT count(*) FROM (${syncRuleQuery(key)}) q`);
    const result = {
      sources,
      plainMs: plain.ms,
      readModelMs: model.ms,
      ratio: model.ms / plain.ms,
      rows: model.rows,
      serverRatio: modelServer.ms / plainServer.ms,
    };
    console.log(
      `read-model bench (${sources} sources, v2 inventories; medians of 3 after a warm-up):\n` +
        `  end to end (rows fetched and decoded by node-pg): SELECT * FROM sources ${plain.ms.toFixed(0)} ms ` +
        `(${plain.rows} rows) vs full sync ${model.ms.toFixed(0)} ms (${model.rows} documents): ` +
        `ratio ${result.ratio.toFixed(2)} (goal <= 2)\n` +
        `  server side (PostgreSQL only): plain scan ${plainServer.ms.toFixed(0)} ms vs read model ` +
        `${modelServer.ms.toFixed(0)} ms: ratio ${result.serverRatio.toFixed(2)} (goal <= 2)`,
    );
    return result;
  } finally {
    await conn?.end();
    await admin.end();
    await stopPostgres();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/**
 * Bench: the read model's work vs a plain `SELECT * FROM sources`, same server, same run. 10,000 goose-era sources,
 * each with a v2 inventory, one assessment and one snapshot, created over twelve months.
 *
 * The read model's work has two parts now: the closer, which reads every inventory of the months it closes and
 * publishes their cells (run hourly by a CronJob; a first closing of the whole history is the worst case measured
 * here), and the connector's full sync, which reads the published cells only.
 *
 *   npx tsx bench/read-model.ts            (set DATABASE_URL to use an existing server)
 *   BENCH_SOURCES=2000 npx tsx bench/read-model.ts
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Client } from "pg";
import { syncRuleQuery } from "../anonymisation/planner/contract";
import { STATE_SCHEMA } from "../anonymisation/planner/sql";
import { applyReadModel } from "../components/planner-read-model/apply";
import { GOOSE_ERA_DDL } from "../fixtures/planner/ddl";
import { Canaries, inventoryV2, rng } from "../fixtures/planner/generate";
import { databaseName, startPostgres, stopPostgres } from "../engines/postgres";

export interface ReadModelBenchResult {
  readonly sources: number;
  readonly plainMs: number;
  /** The connector's full sync: the published cells, end to end. */
  readonly readModelMs: number;
  readonly ratio: number;
  readonly rows: number;
  /** Ratio of PostgreSQL's own time (no transfer, no client decoding) of the sync. */
  readonly serverRatio: number;
  /** A first closing of the whole history (every inventory read, cells written) over the plain scan's server time. */
  readonly closerRatio: number;
  /** An hourly closing with nothing new to publish, over the plain scan's server time. */
  readonly steadyCloserRatio: number;
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
    // Spread over the twelve months before the current one, so the closer publishes twelve periods.
    await admin.query(
      `INSERT INTO assessments (id, name, org_id, source_type, source_id, username, created_at)
       SELECT id, 'assessment ' || id, org, 'agent', id, 'user@example.com',
         date_trunc('month', now()) - ((1 + n % 12) || ' months')::interval + interval '3 days'
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(id, org, n)`,
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
      excludedEmailDomains: ["redhat.com"],
    });
    // The closer's worst case: a first closing of all twelve months, from empty state each time.
    const closeAll = `TRUNCATE ${STATE_SCHEMA}.cells, ${STATE_SCHEMA}.subject_periods, ${STATE_SCHEMA}.kind_progress;
      UPDATE ${STATE_SCHEMA}.closer_state SET closed_through = NULL;
      SELECT am_read_private.close_periods(now() + interval '40 days')`;
    const closer = await median(admin, closeAll);
    // What the hourly job costs once the history is published: pin new subjects, find nothing new to publish.
    const steady = await median(admin, "SELECT am_read_private.close_periods(now() + interval '40 days')");
    const u = new URL(url);
    u.username = "bench_connector";
    u.password = password;
    conn = new Client({ connectionString: u.toString() });
    await conn.connect();
    const plain = await median(admin, "SELECT * FROM sources");
    const model = await median(conn, syncRuleQuery());
    // The same two reads without the transfer and the client's row decoding: what PostgreSQL itself spends.
    const plainServer = await median(admin, "SELECT sum(length(inventory::text)) FROM sources");
    const modelServer = await median(conn, `SELECT count(*) FROM (${syncRuleQuery()}) q`);
    const result = {
      sources,
      plainMs: plain.ms,
      readModelMs: model.ms,
      ratio: model.ms / plain.ms,
      rows: model.rows,
      serverRatio: modelServer.ms / plainServer.ms,
      closerRatio: closer.ms / plainServer.ms,
      steadyCloserRatio: steady.ms / plainServer.ms,
    };
    console.log(
      `read-model bench (${sources} sources, v2 inventories over 12 months; medians of 3 after a warm-up):\n` +
        `  full sync, end to end (rows fetched and decoded by node-pg): SELECT * FROM sources ${plain.ms.toFixed(0)} ms ` +
        `(${plain.rows} rows) vs the published cells ${model.ms.toFixed(2)} ms (${model.rows} cells): ` +
        `ratio ${result.ratio.toFixed(3)} (goal <= 1.5)\n` +
        `  full sync, server side (PostgreSQL only): plain scan ${plainServer.ms.toFixed(0)} ms vs read model ` +
        `${modelServer.ms.toFixed(2)} ms: ratio ${result.serverRatio.toFixed(3)} (goal <= 1.5)\n` +
        `  closer, first closing of all 12 months (every inventory read, cells written, server side): ` +
        `${closer.ms.toFixed(0)} ms: ratio ${result.closerRatio.toFixed(2)} to the plain scan (once per deployment)\n` +
        `  closer, hourly run with nothing new to publish (server side): ${steady.ms.toFixed(0)} ms: ratio ` +
        `${result.steadyCloserRatio.toFixed(2)} to the plain scan`,
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

/**
 * The read model against a real PostgreSQL, for both planner schema eras, applied through the dynamic provider's
 * CRUD functions, closed by its closer, then read as the connector role exactly as the connector's sync rule does.
 *
 * What it shows: every published document is a cell of at least k customers; the cells add up to the figures
 * computed independently, in TypeScript, from the raw fixture rows (malformed counts included); an assessment added
 * between two syncs cannot be read off their difference; a planner column that disappears fails the sync loudly
 * and deletes nothing.
 */
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import type { Client } from "pg";
import { unclassifiedColumns } from "../../../anonymisation/planner/sources";
import { STORED_FIELDS } from "../../../anonymisation/planner/sql";
import {
  CELL_DIMENSIONS,
  CELL_MEASURES,
  FOLDED,
  type DocKind,
} from "../../../anonymisation/planner/document";
import {
  createReadModel,
  diffReadModel,
  readReadModel,
  updateReadModel,
  type ReadModelInputs,
  type ReadModelOutputs,
} from "../../../components/planner-read-model/provider";
import { applyReadModel } from "../../../components/planner-read-model/apply";
import { GOOSE_ERA_DDL, GORM_ERA_DDL } from "../../../fixtures/planner/ddl";
import {
  expectedFacts,
  generateDataset,
  loadDataset,
  type Dataset,
  type Fact,
} from "../../../fixtures/planner/generate";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { catalogSnapshot, close, connect, findLeaks, rejects, sync, type Row } from "../../support/readModel";

const K = 10;
/** Enough organisations that some cells stay unfolded at k = 10 in both eras. */
const ORGS = 150;
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

interface Setup {
  url: string;
  admin: Client;
  conn: Client;
  data: Dataset;
  inputs: ReadModelInputs;
  outs: ReadModelOutputs;
}

async function setup(era: "goose" | "gorm", tag: string, seed: number): Promise<Setup> {
  const server = await startPostgres();
  const url = await server.createDatabase(databaseName(`rm_${tag}_${era}`));
  const admin = await connect(url);
  const data = generateDataset(era, ORGS, seed);
  await loadDataset(admin, era === "goose" ? GOOSE_ERA_DDL : GORM_ERA_DDL, data);
  await admin.query(
    "CREATE SCHEMA other_app; CREATE TABLE other_app.secrets (v text); INSERT INTO other_app.secrets VALUES ('x')",
  );
  const connectorRole = `amt_conn_${tag}_${era}`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const inputs: ReadModelInputs = {
    adminUrl: server.url,
    database: new URL(url).pathname.slice(1),
    connectorRole,
    ownerRole: `amt_owner_${tag}_${era}`,
    connectorPassword: password,
    k: K,
    graceDays: 7,
    excludedOrgIds: data.excludedOrgIds,
    excludedEmailDomains: data.excludedEmailDomains,
  };
  const outs = (await createReadModel(inputs)).outs as ReadModelOutputs;
  const conn = await connect(url, connectorRole, password);
  return { url, admin, conn, data, inputs, outs };
}

async function progress(admin: Client): Promise<Map<string, string>> {
  const { rows } = await admin.query<{ kind: string; t: Date }>(
    "SELECT kind, published_through AS t FROM am_read_state.kind_progress",
  );
  return new Map(rows.map((r) => [r.kind, day(r.t)]));
}

const key = (r: Row) => JSON.stringify(STORED_FIELDS.map((f) => (r[f] instanceof Date ? day(r[f]) : r[f])));

for (const era of ["goose", "gorm"] as const) {
  describe(`planner read model on real PostgreSQL (${era} era)`, function () {
    this.timeout(180_000);
    let s: Setup;
    let rows: Row[];
    let published: Map<string, string>;

    before(async () => {
      s = await setup(era, "cells", era === "goose" ? 11 : 23);
      await close(s.admin, "2030-01-01T00:00:00Z");
      rows = await sync(s.conn);
      published = await progress(s.admin);
    });

    after(async () => {
      await s?.conn?.end();
      await s?.admin?.end();
    });

    it("classifies every column of the fixture schema (nothing falls back to the default drop)", async () => {
      const { rows: cols } = await s.admin.query<{ table: string; column: string }>(
        "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public'",
      );
      assert.ok(cols.length > 20);
      assert.deepEqual(unclassifiedColumns(cols), []);
    });

    it("detects the era and reports the applied hash", () => {
      assert.equal(s.outs.era, era);
      assert.match(s.outs.appliedHash, /^[0-9a-f]{64}$/);
      assert.equal(s.outs.schema, "am_read");
    });

    it("publishes only cells of at least k customers, with no pseudonym and ids from coordinates", () => {
      assert.ok(rows.length > 50, `only ${rows.length} cells`);
      assert.deepEqual(Object.keys(rows[0]), [...STORED_FIELDS]);
      for (const f of ["subject_ref", "org_ref"]) assert.ok(!(f in rows[0]), `${f} is published`);
      const small = rows.filter((r) => n(r.customers) < K || n(r.subjects) < n(r.customers));
      assert.deepEqual(small, []);
      const ids = rows.map((r) => r.doc_id);
      assert.equal(new Set(ids).size, ids.length, "doc_id must be unique");
      // Unique on its own fields is what a cell is; what matters is that none describes fewer than k customers.
      const unique = new Set(rows.map((r) => key({ ...r, doc_id: null }))).size / rows.length;
      const min = Math.min(...rows.map((r) => n(r.customers)));
      console.log(
        `      ${era}: ${rows.length} cells, ${(unique * 100).toFixed(1)} % unique on their own fields (each is a cell), ` +
          `smallest cell ${min} customers (k = ${K}), ${rows.filter((r) => Object.values(r).includes(FOLDED)).length} folded`,
      );
      assert.ok(
        rows.some((r) => Object.values(r).includes(FOLDED)),
        "the fixture must exercise folding",
      );
      // The goose corpus has fewer than k customers in some months of some kinds; the GORM one has more sources.
      if (era === "goose") {
        assert.ok(
          rows.some((r) => day(r.period_start) !== day(r.period_end)),
          "the fixture must exercise a period of several months",
        );
      }
    });

    it("adds up to the figures computed from the raw fixtures, malformed counts as no figure", () => {
      const facts = expectedFacts(s.data.subjects);
      const kinds = ["summary", "size", "os", "issue", "datastore", "network", "tier"] as const;
      for (const kind of kinds) {
        const through = published.get(kind);
        assert.ok(through, `${kind} published nothing`);
        const mine = facts.filter((f) => f.kind === kind);
        const done = mine.filter((f) => f.month <= through);
        const pending = mine.filter((f) => f.month > through);
        // What is not published yet waits only because it has fewer than k customers.
        assert.ok(new Set(pending.map((f) => f.org)).size < K, `${kind}: pending facts reach k`);
        const cells = rows.filter((r) => r.doc_kind === kind);
        assert.equal(
          cells.reduce((a, r) => a + n(r.subjects), 0) >= new Set(done.map((f) => f.subject)).size,
          true,
        );
        for (const m of CELL_MEASURES[kind]) {
          const expected = done.reduce((a, f) => a + (f.measures[m] ?? 0), 0);
          const actual = cells.reduce((a, r) => a + n(r[m]), 0);
          assert.equal(actual, expected, `${kind}.${m}`);
        }
        if (kind === "summary") {
          assert.equal(
            cells.reduce((a, r) => a + n(r.subjects), 0),
            done.length,
            "every published subject is in exactly one summary cell",
          );
        }
      }
      assert.ok(
        s.data.subjects.some((x) => x.excluded),
        "the dataset must contain excluded organisations",
      );
    });

    it("reports exactly the independent figures for every cell that was not folded", () => {
      const facts = expectedFacts(s.data.subjects);
      let checked = 0;
      for (const r of rows) {
        const kind = r.doc_kind as Fact["kind"];
        if (!["summary", "size", "os", "issue", "datastore", "network", "tier"].includes(kind)) continue;
        const dims = CELL_DIMENSIONS[kind as DocKind].map((f) => String(r[f]));
        if (dims.includes(FOLDED)) continue;
        const from = day(r.period_start);
        const to = day(r.period_end);
        const mine = facts.filter(
          (f) => f.kind === kind && f.month >= from && f.month <= to && f.dims.join("|") === dims.join("|"),
        );
        assert.equal(n(r.subjects), new Set(mine.map((f) => f.subject)).size, `${kind} ${dims} subjects`);
        assert.equal(n(r.customers), new Set(mine.map((f) => f.org)).size, `${kind} ${dims} customers`);
        for (const m of CELL_MEASURES[kind as DocKind]) {
          const values = mine
            .map((f) => f.measures[m])
            .filter((v): v is number => v !== null && v !== undefined);
          assert.equal(
            r[m] === null ? null : n(r[m]),
            values.length ? values.reduce((a, v) => a + v, 0) : null,
            `${kind} ${dims} ${m}`,
          );
        }
        checked++;
      }
      assert.ok(checked >= (era === "goose" ? 20 : 1), `only ${checked} unfolded cells checked`);
    });

    it("never returns a canary identifier, in any case or as an unsalted digest", () => {
      assert.ok(s.data.canaries.length > 1000);
      assert.deepEqual(findLeaks(rows, s.data.canaries), []);
      // The detector itself must see a planted value and its digests.
      assert.equal(findLeaks([{ x: s.data.canaries[7].toUpperCase() }], s.data.canaries).length, 1);
    });

    it("gives the connector the view and the closer, nothing else, and no key anywhere", async () => {
      const tables =
        era === "goose"
          ? ["sources", "keys", "image_infras", "snapshots", "assessments", "agents"]
          : ["sources", "keys", "image_infras", "agents"];
      for (const t of tables) await rejects(s.conn, `SELECT * FROM public.${t}`, "42501");
      await rejects(s.conn, "SELECT * FROM other_app.secrets", "42501");
      await rejects(s.conn, "SELECT * FROM am_read_private.excluded_orgs", "42501");
      await rejects(s.conn, "SELECT * FROM am_read_state.cells", "42501");
      await rejects(s.conn, "SELECT * FROM am_read_state.subject_periods", "42501");
      // It may close what is due, never choose the time (publishing an open month early would allow differencing).
      await rejects(s.conn, "SELECT am_read_private.close_periods('2100-01-01')", "42501");
      await rejects(s.conn, "CREATE TABLE am_read.x (a int)", "42501");
      await rejects(s.conn, "SELECT rolpassword FROM pg_authid", "42501");
      const before = (await sync(s.conn)).length;
      await s.conn.query("SELECT am_read.close_periods()");
      assert.equal((await sync(s.conn)).length, before, "closing again as of now publishes nothing new");
      const keyed = await s.admin.query(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname LIKE 'am\\_read%' AND (p.prosrc ILIKE '%hmac%' OR p.proname ILIKE '%key%')",
      );
      assert.deepEqual(keyed.rows, []);
    });

    it("applying twice changes nothing in the catalog, and the provider sees no diff", async () => {
      const roles = [s.inputs.connectorRole, s.inputs.ownerRole as string];
      const before = await catalogSnapshot(s.admin, roles);
      const second = (await updateReadModel("id", s.outs, s.inputs)).outs as ReadModelOutputs;
      assert.equal(second.appliedHash, s.outs.appliedHash);
      assert.deepEqual(await catalogSnapshot(s.admin, roles), before);
      const direct = await applyReadModel(s.admin, s.inputs);
      assert.equal(direct.rebuilt, false);
      assert.equal(direct.passwordChanged, false);
      assert.deepEqual(await catalogSnapshot(s.admin, roles), before);
      assert.equal((await diffReadModel("id", s.outs, s.inputs)).changes, false);
      assert.equal((await readReadModel("id", s.outs)).props?.appliedHash, s.outs.appliedHash);
    });

    it("keeps the published cells frozen through a rebuild; a new k republishes under the new rule", async () => {
      const before = (await sync(s.conn)).map(key).sort();
      const moreExcluded = {
        ...s.inputs,
        excludedEmailDomains: [...s.inputs.excludedEmailDomains, "x.example"],
      };
      const diff = await diffReadModel("id", s.outs, moreExcluded);
      assert.equal(diff.changes, true);
      await updateReadModel("id", s.outs, moreExcluded);
      assert.deepEqual((await sync(s.conn)).map(key).sort(), before);
      const stricter = { ...moreExcluded, k: 15 };
      await updateReadModel("id", s.outs, stricter);
      assert.equal((await sync(s.conn)).length, 0, "cells published under k = 10 are withdrawn");
      await close(s.admin, "2030-01-01T00:00:00Z");
      const again = await sync(s.conn);
      assert.ok(again.length > 0 && again.every((r) => n(r.customers) >= 15));
      s.outs = (await updateReadModel("id", s.outs, s.inputs)).outs as ReadModelOutputs;
      await close(s.admin, "2030-01-01T00:00:00Z");
      assert.deepEqual((await sync(s.conn)).map(key).sort(), before);
    });

    it("fails the sync and the closer loudly when a planner column goes, and deletes nothing", async () => {
      const cells = Number((await s.admin.query("SELECT count(*) AS c FROM am_read_state.cells")).rows[0].c);
      assert.ok(cells > 0);
      const [table, column] = era === "goose" ? ["snapshots", "version"] : ["sources", "on_premises"];
      await s.admin.query(`ALTER TABLE public.${table} DROP COLUMN ${column}`);
      await assert.rejects(sync(s.conn), (e: { code?: string; message?: string }) => {
        assert.equal(e.code, "55000", e.message);
        assert.match(e.message ?? "", new RegExp(`${table}\\.${column}`));
        return true;
      });
      await assert.rejects(
        close(s.admin, "2031-01-01T00:00:00Z"),
        (e: { code?: string }) => e.code === "55000",
      );
      const after = Number((await s.admin.query("SELECT count(*) AS c FROM am_read_state.cells")).rows[0].c);
      assert.equal(after, cells, "nothing was deleted");
      // Re-applying against the new schema (the documented fix) makes the sync work again, cells intact.
      await applyReadModel(s.admin, s.inputs);
      assert.equal((await sync(s.conn)).length, cells);
    });
  });
}

describe("planner read model: differencing between two syncs (real PostgreSQL, goose era)", function () {
  this.timeout(180_000);
  let s: Setup;

  before(async () => {
    s = await setup("goose", "diff", 31);
  });

  after(async () => {
    await s?.conn?.end();
    await s?.admin?.end();
  });

  async function addAssessment(createdAt: string, vms: number): Promise<string> {
    const id = randomUUID();
    const org = `org-added-${id.slice(0, 8)}`;
    await s.admin.query("INSERT INTO sources (id, name, org_id, created_at) VALUES ($1, 'n', $2, $3)", [
      id,
      org,
      createdAt,
    ]);
    await s.admin.query(
      "INSERT INTO assessments (id, name, org_id, source_type, source_id, created_at) VALUES ($1, 'n', $2, 'inventory', $3, $4)",
      [id, org, id, createdAt],
    );
    await s.admin.query(
      "INSERT INTO snapshots (inventory, assessment_id, version, created_at) VALUES ($1::jsonb, $2, 1, $3)",
      [
        JSON.stringify({
          vms: { total: vms, totalMigratable: vms, os: { "Other Linux (64-bit)": vms } },
          infra: { totalHosts: 3 },
        }),
        id,
        createdAt,
      ],
    );
    return id;
  }

  it("shows nothing of an assessment added between two syncs, and later only as part of a closed period", async () => {
    await close(s.admin, "2025-09-15T00:00:00Z");
    const first = (await sync(s.conn)).map(key).sort();
    assert.ok(first.length > 0, "something is published by September");

    // An assessment in the open month, with a recognisable size: the next sync is identical.
    await addAssessment("2025-09-10T12:00:00Z", 7777);
    await close(s.admin, "2025-09-20T00:00:00Z");
    assert.deepEqual((await sync(s.conn)).map(key).sort(), first, "the difference of two syncs is empty");

    // A late one, dated in a month that is already published: pinned to the first open month, never reopening it.
    const late = await addAssessment("2025-03-05T12:00:00Z", 4242);
    await close(s.admin, "2025-09-21T00:00:00Z");
    assert.deepEqual((await sync(s.conn)).map(key).sort(), first);
    const pinned = await s.admin.query<{ m: Date }>(
      "SELECT month AS m FROM am_read_state.subject_periods WHERE subject = md5('assessment:' || $1)",
      [late],
    );
    assert.equal(day(pinned.rows[0].m), "2025-09-01");

    // Months later the periods close: published cells are unchanged, and every new cell holds at least k customers.
    await close(s.admin, "2030-01-01T00:00:00Z");
    const last = await sync(s.conn);
    const lastKeys = new Set(last.map(key));
    for (const k of first) assert.ok(lastKeys.has(k), "a published cell changed");
    const added = last.filter((r) => !first.includes(key(r)));
    assert.ok(added.length > 0);
    for (const r of added) assert.ok(n(r.customers) >= K, `a new cell of ${n(r.customers)} customers`);
    // The added figures are inside cells of >= k customers, never alone.
    const withAdded = added.filter((r) => r.doc_kind === "summary" && n(r.vms_total) >= 7777);
    assert.ok(withAdded.length > 0 && withAdded.every((r) => n(r.customers) >= K && n(r.vms_total) !== 7777));
  });
});

describe("planner read model: complementary suppression (real PostgreSQL, goose era)", function () {
  this.timeout(120_000);
  let admin: Client;
  let conn: Client;

  after(async () => {
    await conn?.end();
    await admin?.end();
  });

  it("merges a lone small cell with the smallest other one, so no published cell or difference is that subject", async () => {
    const server = await startPostgres();
    const url = await server.createDatabase(databaseName("rm_suppress"));
    admin = await connect(url);
    await admin.query(GOOSE_ERA_DDL);
    // k = 5: six agent estates, five inventory uploads and one rvtools estate (with a recognisable size), each of its
    // own organisation, all in March 2025. The rvtools cell (1) and then the all-other cell (1) are below k: merged
    // alone, "other" would be the rvtools estate itself. The smallest remaining cell must join it.
    const types = [...Array(6).fill("agent"), ...Array(5).fill("inventory"), "rvtools"] as string[];
    for (const [i, type] of types.entries()) {
      const id = randomUUID();
      const vms = type === "rvtools" ? 4321 : 100 + i;
      await admin.query(
        "INSERT INTO sources (id, name, org_id, created_at) VALUES ($1, 'n', $2, '2025-03-10')",
        [id, `org-${i}`],
      );
      await admin.query(
        "INSERT INTO assessments (id, name, org_id, source_type, source_id, created_at) VALUES ($1, 'n', $2, $3, $4, '2025-03-10')",
        [id, `org-${i}`, type, id],
      );
      await admin.query(
        "INSERT INTO snapshots (inventory, assessment_id, version, created_at) VALUES ($1::jsonb, $2, 1, '2025-03-10')",
        [JSON.stringify({ vms: { total: vms }, infra: { totalHosts: 1 } }), id],
      );
    }
    const password = `pw-${randomBytes(12).toString("hex")}`;
    await applyReadModel(admin, {
      connectorRole: "amt_conn_sup",
      ownerRole: "amt_owner_sup",
      connectorPassword: password,
      k: 5,
    });
    conn = await connect(url, "amt_conn_sup", password);
    await close(admin, "2025-06-01T00:00:00Z");
    const summary = (await sync(conn)).filter((r) => r.doc_kind === "summary");
    const cells = summary.map((r) => [r.subject_kind, r.source_type, n(r.customers), n(r.vms_total)]);
    // agent (6) stays; rvtools (1) folds to assessment/other, still 1, then to other/other, still 1: the smallest
    // remaining cell (inventory, 5) joins it.
    assert.deepEqual(
      cells.sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      [
        ["assessment", "agent", 6, 100 + 101 + 102 + 103 + 104 + 105],
        ["other", "other", 6, 106 + 107 + 108 + 109 + 110 + 4321],
      ],
    );
    // Totals stay right, and the lone estate is neither a cell nor the difference of two.
    assert.equal(
      summary.reduce((a, r) => a + n(r.vms_total), 0),
      types.reduce((a, _t, i) => a + (i === 11 ? 4321 : 100 + i), 0),
    );
    const values = summary.map((r) => n(r.vms_total));
    assert.ok(!values.includes(4321));
    assert.ok(!values.some((a) => values.some((b) => a - b === 4321)));
  });
});

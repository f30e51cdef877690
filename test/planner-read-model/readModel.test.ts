/**
 * The read model against a real PostgreSQL, for both planner schema eras, applied through the dynamic provider's
 * CRUD functions, then read as the connector role exactly as the connector's sync rule does.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { Client } from "pg";
import { unclassifiedColumns } from "../../anonymisation/planner/sources";
import { STORED_FIELDS } from "../../anonymisation/planner/sql";
import {
  createReadModel,
  diffReadModel,
  readReadModel,
  updateReadModel,
  type ReadModelInputs,
  type ReadModelOutputs,
} from "../../components/planner-read-model/provider";
import { applyReadModel } from "../../components/planner-read-model/apply";
import { GOOSE_ERA_DDL, GORM_ERA_DDL } from "../fixtures/planner/ddl";
import {
  emptyAggregates,
  expectedAggregates,
  generateDataset,
  loadDataset,
  type Aggregates,
  type Dataset,
} from "../fixtures/planner/generate";
import { databaseName, startPostgres } from "../support/postgres";
import { catalogSnapshot, connect, findLeaks, rejects, sync, type Row } from "./support";

const n = (v: unknown) => (v === null ? 0 : Number(v));

/** Recomputes the aggregates the expected values describe, from the rows the connector receives. */
function actualAggregates(rows: readonly Row[]): Aggregates {
  const a = emptyAggregates(new Set(rows.map((r) => r.org_ref).filter((o) => o !== null)).size);
  const add = (m: Record<string, number>, k: string, v: unknown) => {
    if (v !== null) m[k] = (m[k] ?? 0) + n(v);
  };
  for (const r of rows) {
    switch (r.doc_kind) {
      case "summary":
        add(a.summaries, String(r.subject_kind), 1);
        for (const f of ["vms_total", "vms_migratable", "cpu_cores_total", "hosts_total", "clusters_total"]) {
          add(a.sums, f, r[f]);
        }
        break;
      case "os":
        add(a.osByFamily, String(r.os_family), r.vm_count);
        add(a.osByName, String(r.os_name), r.vm_count);
        break;
      case "issue":
        add(a.issues, `${r.issue_severity}|${r.issue_id}`, r.vm_count);
        break;
      case "datastore":
        add(a.datastoreCount, String(r.datastore_type), r.datastore_count);
        add(a.datastoreCapacity, String(r.datastore_type), r.datastore_capacity_gb);
        break;
      case "network":
        add(a.networks, String(r.network_type), r.network_count);
        break;
      case "tier":
        add(a.tiers, `${r.tier_dimension}|${r.tier}`, r.vm_count);
        break;
    }
  }
  return a;
}

for (const era of ["goose", "gorm"] as const) {
  describe(`planner read model on real PostgreSQL (${era} era)`, function () {
    this.timeout(120_000);
    const connectorRole = `amt_conn_${era}`;
    const ownerRole = `amt_owner_${era}`;
    const password = `pw-${randomBytes(12).toString("hex")}`;
    const key = randomBytes(24).toString("hex");
    let url: string;
    let data: Dataset;
    let admin: Client;
    let conn: Client;
    let inputs: ReadModelInputs;
    let outs: ReadModelOutputs;

    before(async () => {
      const server = await startPostgres();
      url = await server.createDatabase(databaseName(`rm_${era}`));
      admin = await connect(url);
      data = generateDataset(era, 60, era === "goose" ? 11 : 23);
      await loadDataset(admin, era === "goose" ? GOOSE_ERA_DDL : GORM_ERA_DDL, data);
      await admin.query(
        "CREATE SCHEMA other_app; CREATE TABLE other_app.secrets (v text); INSERT INTO other_app.secrets VALUES ('x')",
      );
      inputs = {
        adminUrl: server.url,
        database: new URL(url).pathname.slice(1),
        connectorRole,
        ownerRole,
        connectorPassword: password,
        pseudonymisationKey: key,
        excludedOrgIds: data.excludedOrgIds,
        excludedEmailDomains: data.excludedEmailDomains,
      };
      outs = (await createReadModel(inputs)).outs as ReadModelOutputs;
      conn = await connect(url, connectorRole, password);
    });

    after(async () => {
      await conn?.end();
      await admin?.end();
    });

    it("classifies every column of the fixture schema (nothing falls back to the default drop)", async () => {
      const { rows } = await admin.query<{ table: string; column: string }>(
        "SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public'",
      );
      assert.ok(rows.length > 20);
      assert.deepEqual(unclassifiedColumns(rows), []);
    });

    it("detects the era and reports the applied hash", () => {
      assert.equal(outs.era, era);
      assert.match(outs.appliedHash, /^[0-9a-f]{64}$/);
      assert.equal(outs.schema, "am_read");
    });

    it("(a) returns, through the sync rule, the totals computed independently from the raw fixtures", async () => {
      const rows = await sync(conn, key);
      assert.deepEqual(Object.keys(rows[0]), [...STORED_FIELDS]);
      const expected = expectedAggregates(data.subjects);
      const actual = actualAggregates(rows);
      assert.ok(expected.orgs >= 45, `only ${expected.orgs} organisations survive the exclusions`);
      assert.ok(Object.keys(expected.osByFamily).length > 3 && Object.keys(expected.issues).length > 5);
      assert.deepEqual(actual, expected);
      const ids = rows.map((r) => r.doc_id);
      assert.equal(new Set(ids).size, ids.length, "doc_id must be unique");
      assert.ok(
        data.subjects.some((s) => s.excluded),
        "the dataset must contain excluded organisations",
      );
    });

    it("(b) never returns a canary identifier, in any case or as an unsalted digest", async () => {
      const rows = await sync(conn, key);
      const empty = (await conn.query<Row>("SELECT * FROM am_read.planner_documents")).rows;
      assert.equal(empty.length, 0);
      assert.ok(data.canaries.length > 1000);
      assert.deepEqual(findLeaks(rows, data.canaries), []);
      // The detector itself must see a planted value and its digests.
      assert.equal(findLeaks([{ x: data.canaries[7].toUpperCase() }], data.canaries).length, 1);
    });

    it("(c) gives the connector nothing but the function and the empty view; a wrong key is refused", async () => {
      const tables =
        era === "goose"
          ? ["sources", "keys", "image_infras", "snapshots", "assessments", "agents"]
          : ["sources", "keys", "image_infras", "agents"];
      for (const t of tables) await rejects(conn, `SELECT * FROM public.${t}`, "42501");
      await rejects(conn, "SELECT * FROM other_app.secrets", "42501");
      await rejects(conn, "SELECT * FROM am_read_private.key_verifier", "42501");
      await rejects(conn, "SELECT * FROM am_read_private.excluded_orgs", "42501");
      await rejects(conn, "CREATE TABLE am_read.x (a int)", "42501");
      await rejects(conn, "SELECT rolpassword FROM pg_authid", "42501");
      await rejects(conn, `SELECT * FROM am_read.planner_documents_keyed('${"w".repeat(48)}')`, "28000");
      await rejects(conn, "SELECT * FROM am_read.planner_documents_keyed(NULL)", "28000");
      // The key is stored nowhere: not in function bodies, role settings, comments or the private tables.
      const stored = await admin.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM pg_proc WHERE prosrc LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM pg_db_role_setting WHERE setconfig::text LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM pg_description WHERE description LIKE '%' || $1 || '%')
              + (SELECT count(*) FROM am_read_private.key_verifier WHERE encode(verifier, 'escape') LIKE '%' || $1 || '%') AS n`,
        [key],
      );
      assert.equal(Number(stored.rows[0].n), 0);
    });

    it("(d) applying twice changes nothing in the catalog, and the provider sees no diff", async () => {
      const before = await catalogSnapshot(admin, [connectorRole, ownerRole]);
      const second = (await updateReadModel("id", outs, inputs)).outs as ReadModelOutputs;
      assert.equal(second.appliedHash, outs.appliedHash);
      assert.deepEqual(await catalogSnapshot(admin, [connectorRole, ownerRole]), before);
      const direct = await applyReadModel(admin, inputs);
      assert.equal(direct.rebuilt, false);
      assert.equal(direct.passwordChanged, false);
      assert.deepEqual(await catalogSnapshot(admin, [connectorRole, ownerRole]), before);
      assert.equal((await diffReadModel("id", outs, inputs)).changes, false);
      assert.equal((await readReadModel("id", outs)).props?.appliedHash, outs.appliedHash);
    });

    it("(e) keeps pseudonyms stable across syncs and changes them all with a new key", async () => {
      const first = await sync(conn, key);
      const second = await sync(conn, key);
      const refs = (rows: Row[], f: string) => new Set(rows.map((r) => r[f]).filter((v) => v !== null));
      assert.deepEqual(refs(second, "doc_id"), refs(first, "doc_id"));
      assert.deepEqual(refs(second, "org_ref"), refs(first, "org_ref"));
      const newKey = randomBytes(24).toString("hex");
      const rotated = { ...inputs, pseudonymisationKey: newKey };
      const diff = await diffReadModel("id", outs, rotated);
      assert.equal(diff.changes, true);
      assert.deepEqual(diff.replaces, []);
      const after = (await updateReadModel("id", outs, rotated)).outs as ReadModelOutputs;
      await rejects(conn, `SELECT * FROM am_read.planner_documents_keyed('${key}')`, "28000");
      const third = await sync(conn, newKey);
      assert.equal(third.length, first.length);
      for (const f of ["doc_id", "org_ref", "subject_ref"]) {
        const old = refs(first, f);
        assert.ok(
          [...refs(third, f)].every((v) => !old.has(v)),
          `${f} must change with the key`,
        );
      }
      // Restore the original key for the other tests (order-independent suite).
      outs = (await updateReadModel("id", after, inputs)).outs as ReadModelOutputs;
      assert.equal((await sync(conn, key)).length, first.length);
    });
  });
}

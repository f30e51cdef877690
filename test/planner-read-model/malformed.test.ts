/**
 * Inventories the planner never meant to store (not objects, wrong types, huge arrays, SQL/JSON metacharacters)
 * must neither break the sync nor leak what they contain.
 */
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import type { Client } from "pg";
import { applyReadModel } from "../../components/planner-read-model/apply";
import { GOOSE_ERA_DDL } from "../fixtures/planner/ddl";
import { Canaries, inventoryData, inventoryV2, rng } from "../fixtures/planner/generate";
import { databaseName, startPostgres } from "../support/postgres";
import { connect, findLeaks, sync } from "./support";

describe("planner read model with malformed inventories (real PostgreSQL)", function () {
  this.timeout(120_000);
  let admin: Client;
  let conn: Client;
  const key = randomBytes(24).toString("hex");
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const c = new Canaries(rng(99));
  const meta = [
    `'); DROP TABLE sources; --`,
    `$1 %s \\x00 "quoted" \\\\ {}[]`,
    `Robert"); DELETE FROM keys;--`,
  ];
  const huge = 100_000;

  before(async () => {
    const url = await (await startPostgres()).createDatabase(databaseName("rm_malformed"));
    admin = await connect(url);
    await admin.query(GOOSE_ERA_DDL);
    const r = rng(5);
    const hugeToken = c.make();
    const good = [inventoryV2(r, c), inventoryData(r, c, true)];
    const bad: [unknown, number][] = [
      ["just a string", 1],
      [[1, 2, { vms: { total: 5 } }], 1],
      [42, 2],
      [null, 1],
      [{ vms: "x", infra: 5 }, 1],
      [
        {
          vms: { total: "12", os: ["a"], notMigratableReasons: { id: "x" }, powerStates: [] },
          infra: { datastores: c.make(), networks: [1, "x", null, { type: { a: c.make() } }] },
        },
        1,
      ],
      [
        {
          vms: { total: 1e300, totalMigratable: -5, cpuCores: { total: 12.7 } },
          infra: { totalHosts: 1e20 },
        },
        1,
      ],
      [{ vcenter_id: c.make(), clusters: c.make(), vcenter: [c.make()] }, 2],
      [{ vms: { total: 3 } }, 2], // a v1 body stored as version 2
      [
        {
          vms: {
            osInfo: Object.fromEntries(meta.map((m) => [m, { count: 1 }])),
            migrationWarnings: meta.map((m) => ({ id: m, label: m, count: 1 })),
          },
          infra: {
            datastores: meta.map((m) => ({ type: m, totalCapacityGB: 1 })),
            networks: meta.map((m) => ({ name: m, type: m })),
          },
        },
        1,
      ],
      [
        {
          vms: {
            total: huge,
            osInfo: Object.fromEntries(
              Array.from({ length: huge }, (_, i) => [`${hugeToken}-${i}`, { count: 1, supported: true }]),
            ),
            migrationWarnings: Array.from({ length: huge }, () => ({
              id: "vmware.os.unsupported",
              label: "l",
              count: 1,
            })),
          },
          infra: {
            datastores: Array.from({ length: huge }, () => ({
              type: "VMFS",
              totalCapacityGB: 10,
              diskId: "naa.x",
            })),
            networks: [],
          },
        },
        1,
      ],
    ];
    const all: [unknown, number][] = [
      ...good.map((g, i) => [g, i === 0 ? 2 : 1] as [unknown, number]),
      ...bad,
    ];
    for (const [i, [inv, version]] of all.entries()) {
      const id = randomUUID();
      await admin.query("INSERT INTO sources (id, name, org_id, created_at) VALUES ($1, $2, $3, now())", [
        id,
        c.make(),
        `org-${i}`,
      ]);
      await admin.query(
        "INSERT INTO assessments (id, name, org_id, source_type, source_id, username) VALUES ($1, $2, $3, 'agent', $4, $5)",
        [id, meta[i % meta.length] + c.make(), `org-${i}`, id, c.make((t) => `${t}@x.example`)],
      );
      await admin.query(
        "INSERT INTO snapshots (inventory, assessment_id, version) VALUES ($1::jsonb, $2, $3)",
        [JSON.stringify(inv), id, version],
      );
    }
    await applyReadModel(admin, {
      connectorRole: "amt_conn_bad",
      ownerRole: "amt_owner_bad",
      connectorPassword: password,
      pseudonymisationKey: key,
    });
    conn = await connect(url, "amt_conn_bad", password);
  });

  after(async () => {
    await conn?.end();
    await admin?.end();
  });

  it("syncs without error, one summary per assessment, and aggregates the huge arrays", async () => {
    const rows = await sync(conn, key);
    const summaries = rows.filter((r) => r.doc_kind === "summary");
    assert.equal(summaries.length, 13);
    const hugeSummary = summaries.find((r) => r.vms_total === String(huge));
    assert.ok(hugeSummary, "the huge inventory still yields its summary");
    const hugeRef = hugeSummary.subject_ref;
    const os = rows.filter((r) => r.doc_kind === "os" && r.subject_ref === hugeRef);
    assert.deepEqual(
      os.map((r) => [r.os_name, r.vm_count]),
      [["other", String(huge)]],
    );
    const ds = rows.filter((r) => r.doc_kind === "datastore" && r.subject_ref === hugeRef);
    assert.deepEqual(
      ds.map((r) => [r.datastore_type, r.datastore_count, r.datastore_capacity_gb]),
      [["VMFS", String(huge), String(huge * 10)]],
    );
    // Wrong types and out-of-range numbers read as missing, never as errors.
    assert.ok(summaries.some((r) => r.vms_total === null && r.hosts_total === null));
  });

  it("leaks neither canaries nor metacharacter strings", async () => {
    const rows = await sync(conn, key);
    assert.deepEqual(findLeaks(rows, [...c.all, ...meta, "DROP TABLE", "DELETE FROM"]), []);
    const values = new Set(rows.flatMap((r) => [r.os_name, r.issue_id, r.datastore_type, r.network_type]));
    for (const v of values) assert.ok(v === null || /^[A-Za-z0-9 ().\-/_,]+$/.test(String(v)), String(v));
  });
});

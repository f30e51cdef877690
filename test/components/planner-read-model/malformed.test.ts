/**
 * Inventories the planner never meant to store (not objects, wrong types, huge arrays, SQL/JSON metacharacters)
 * must neither break the sync nor leak what they contain, and a malformed count is no figure: never a cap.
 */
import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import type { Client } from "pg";
import { applyReadModel } from "../../../components/planner-read-model/apply";
import { GOOSE_ERA_DDL } from "../../../fixtures/planner/ddl";
import { CELL_MEASURES } from "../../../anonymisation/planner/document";
import {
  Canaries,
  expectedFacts,
  inventoryData,
  inventoryV2,
  rng,
  type Subject,
} from "../../../fixtures/planner/generate";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { close, connect, findLeaks, sync } from "../../support/readModel";

describe("planner read model with malformed inventories (real PostgreSQL)", function () {
  this.timeout(120_000);
  let admin: Client;
  let conn: Client;
  const subjects: Subject[] = [];
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
    // Enough well-formed estates that every kind of cell reaches k = 5 customers and is published.
    const good: [unknown, number][] = [
      ...Array.from({ length: 3 }, (): [unknown, number] => [inventoryV2(r, c), 2]),
      ...Array.from({ length: 3 }, (): [unknown, number] => [inventoryData(r, c, true), 1]),
    ];
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
    const all: [unknown, number][] = [...good, ...bad];
    for (const [i, [inv, version]] of all.entries()) {
      const id = randomUUID();
      subjects.push({
        kind: "assessment",
        id,
        orgId: `org-${i}`,
        sourceType: "agent",
        createdAt: new Date(),
        inventoryAt: null,
        version,
        inventory: inv,
        excluded: false,
      });
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
      k: 5,
    });
    conn = await connect(url, "amt_conn_bad", password);
    // Everything was created this month: close it as of two months from now.
    await close(admin, new Date(Date.now() + 62 * 86_400_000));
  });

  after(async () => {
    await conn?.end();
    await admin?.end();
  });

  it("syncs without error, aggregates the huge arrays, and counts malformed figures as none", async () => {
    const rows = await sync(conn);
    const summaries = rows.filter((r) => r.doc_kind === "summary");
    assert.equal(
      summaries.reduce((a, r) => a + Number(r.subjects), 0),
      17,
      "every assessment is in one summary cell",
    );
    const sum = (kind: string, f: string) =>
      rows.filter((r) => r.doc_kind === kind).reduce((a, r) => a + (r[f] === null ? 0 : Number(r[f])), 0);
    assert.ok(sum("os", "vm_count") >= huge, "the huge OS map is counted");
    assert.ok(
      sum("datastore", "datastore_count") >= huge && sum("datastore", "datastore_capacity_gb") >= huge * 10,
    );
    // Totals equal those computed in TypeScript from the raw inventories, where a malformed count adds nothing:
    // the old LEAST(sum, 1e15) turned an all-NULL sum into 10^15.
    const facts = expectedFacts(subjects);
    for (const kind of ["summary", "size", "os", "issue", "datastore", "network", "tier"] as const) {
      const mine = facts.filter((f) => f.kind === kind);
      if (!rows.some((r) => r.doc_kind === kind)) {
        // Not published: only because fewer than k customers have this kind of figure.
        assert.ok(new Set(mine.map((f) => f.org)).size < 5, `${kind} withheld with k customers`);
        continue;
      }
      for (const m of CELL_MEASURES[kind]) {
        const expected = facts.filter((f) => f.kind === kind).reduce((a, f) => a + (f.measures[m] ?? 0), 0);
        assert.equal(sum(kind, m), expected, `${kind}.${m}`);
        assert.ok(sum(kind, m) < 1e15, `${kind}.${m} inflated`);
      }
    }
  });

  it("leaks neither canaries nor metacharacter strings", async () => {
    const rows = await sync(conn);
    assert.deepEqual(findLeaks(rows, [...c.all, ...meta, "DROP TABLE", "DELETE FROM"]), []);
    const values = new Set(rows.flatMap((r) => [r.os_name, r.issue_id, r.datastore_type, r.network_type]));
    for (const v of values) assert.ok(v === null || /^[A-Za-z0-9 ().\-/_,]+$/.test(String(v)), String(v));
  });
});

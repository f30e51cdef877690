/**
 * The in-cluster apply (`planner.readModel.applyFrom: cluster`) on a real PostgreSQL, for both planner schema eras.
 *
 * The script is the ConfigMap's `read-model.sql` as the component builds it, and the password statements are the
 * Secret's `password.sql`. They run twice over: through `pg` in one transaction, and through the real `psql` binary
 * with the Job's own command line and environment (its mounts mapped to a temporary directory, its secretKeyRefs
 * resolved from the Secret's data). No pod runs here: this is the command the Job's container would run, not a
 * Kubernetes Job. The runner path's own apply then finds nothing to do on the same database, which is what "the same
 * SQL" means, and the connector reads the same cells as from a runner-applied copy of the same data.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Client } from "pg";
import { planComment, PRIVATE_SCHEMA } from "../../../anonymisation/planner/sql";
import {
  applyReadModel,
  introspect,
  planReadModel,
  type ApplyOptions,
} from "../../../components/planner-read-model/apply";
import {
  ADMIN_PASSWORD_KEY,
  ADMIN_USER_KEY,
  buildApplyConfigMap,
  buildApplyJob,
  PASSWORD_SQL_KEY,
} from "../../../components/planner-read-model/applyJob";
import { SQL_KEY } from "../../../contracts/readModelJob";
import { buildClusterReadModelSql, passwordSql } from "../../../components/planner-read-model/clusterSql";
import { ERA_TABLES, eraProfile } from "../../../components/planner-read-model/eras";
import { adminLogin } from "../../../components/planner-read-model/inCluster";
import { GOOSE_ERA_DDL, GORM_ERA_DDL } from "../../../fixtures/planner/ddl";
import { generateDataset, loadDataset, type Dataset } from "../../../fixtures/planner/generate";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { runContainerCommand } from "../../support/containers";
import { catalogSnapshot, close, connect, sync, type Row } from "../../support/readModel";

const K = 10;
const ORGS = 150;
const CLOSE_AT = "2030-01-01T00:00:00Z";

interface Files {
  sql: string;
  passwordSql: string;
}

function options(tag: string, data: Dataset): ApplyOptions {
  return {
    connectorRole: `amc_conn_${tag}`,
    ownerRole: `amc_owner_${tag}`,
    connectorPassword: `pw-${randomBytes(12).toString("hex")}`,
    k: K,
    graceDays: 7,
    excludedOrgIds: data.excludedOrgIds,
    excludedEmailDomains: data.excludedEmailDomains,
  };
}

/** The two files exactly as the component puts them into the ConfigMap and the Secret. */
function files(o: ApplyOptions, loginRole: string): Files {
  const script = buildClusterReadModelSql(o);
  const configMap = buildApplyConfigMap({ name: "x", namespace: "ns", labels: {}, sql: script.sql });
  return {
    sql: configMap.data[SQL_KEY],
    passwordSql: passwordSql({ connectorRole: o.connectorRole, loginRole, password: o.connectorPassword }),
  };
}

/** What `psql -1 -f read-model.sql -f password.sql` does, through `pg`: both files in one transaction. */
async function applyWithPg(admin: Client, f: Files): Promise<void> {
  await admin.query("BEGIN");
  try {
    await admin.query(f.sql);
    await admin.query(f.passwordSql);
    await admin.query("COMMIT");
  } catch (error) {
    await admin.query("ROLLBACK");
    throw error;
  }
}

function psqlBinary(): string | undefined {
  const r = spawnSync("psql", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Runs the Job's container command with the real psql: its env (values, and secretKeyRefs resolved from the Secret's
 * data), its ConfigMap and Secret mounts written under a temporary directory (paths in the command mapped to it).
 */
function runJobCommand(url: string, f: Files): { status: number | null; stdout: string; stderr: string } {
  const u = new URL(url);
  const secretData: Record<string, string> = {
    [ADMIN_USER_KEY]: adminLogin(url).user,
    [ADMIN_PASSWORD_KEY]: adminLogin(url).password,
    [PASSWORD_SQL_KEY]: f.passwordSql,
  };
  const configMapData: Record<string, string> = { [SQL_KEY]: f.sql };
  const job = buildApplyJob({
    name: "am-read-model-apply-0123456789",
    namespace: "ns",
    labels: {},
    selector: {},
    image: "docker.io/library/postgres:17.6-alpine",
    configMapName: "cm",
    secretName: "secret",
    postgres: { host: u.hostname, port: Number(u.port), database: u.pathname.slice(1), verifyTls: false },
  });
  const pod = job.spec.template.spec;
  return runContainerCommand(pod, pod.containers[0], { secret: secretData, configMap: configMapData });
}

const byDoc = (rows: Row[]) => [...rows].sort((a, b) => String(a.doc_id).localeCompare(String(b.doc_id)));

describe("planner read model applied in the cluster: the Job's script on real PostgreSQL", function () {
  this.timeout(300_000);

  it("the era profiles are exactly what the fixture databases of both eras introspect to", async () => {
    const server = await startPostgres();
    for (const era of ["gorm", "goose"] as const) {
      const url = await server.createDatabase(databaseName(`rmc_profile_${era}`));
      const admin = await connect(url);
      try {
        await admin.query(era === "goose" ? GOOSE_ERA_DDL : GORM_ERA_DDL);
        const found = await introspect(admin);
        const listed = Object.fromEntries(Object.keys(ERA_TABLES[era]).map((t) => [t, found.columns[t]]));
        assert.deepEqual(eraProfile(era).columns, listed);
      } finally {
        await admin.end();
      }
    }
  });

  for (const era of ["gorm", "goose"] as const) {
    describe(`${era} era`, () => {
      const data = generateDataset(era, ORGS, era === "goose" ? 31 : 37);
      const ddl = era === "goose" ? GOOSE_ERA_DDL : GORM_ERA_DDL;
      const o = options(`${era}`, data);
      const loginRole = `${o.connectorRole}_r0`;
      const f = files(o, loginRole);
      let admin: Client;
      let url: string;

      before(async () => {
        const server = await startPostgres();
        url = await server.createDatabase(databaseName(`rmc_pg_${era}`));
        admin = await connect(url);
        await loadDataset(admin, ddl, data);
        await applyWithPg(admin, f);
      });
      after(async () => admin?.end());

      it("chooses this era in PostgreSQL and stores the hash the runner path generates for this database", async () => {
        const profile = await introspect(admin);
        const script = buildClusterReadModelSql(o);
        const chosen = script.eras.find((e) => e.era === era)!;
        const r = await admin.query<{ c: string }>(
          "SELECT obj_description(oid, 'pg_namespace') AS c FROM pg_namespace WHERE nspname = $1",
          [PRIVATE_SCHEMA],
        );
        assert.equal(r.rows[0].c, planComment(chosen.plan.hash));
        // The runner path, introspecting this database, generates the very same statements.
        assert.equal(planReadModel(o, profile).hash, chosen.plan.hash);
      });

      it("leaves the runner path nothing to do: same roles, password, schemas and grants", async () => {
        const roles = [o.connectorRole, o.ownerRole!, loginRole];
        const before = await catalogSnapshot(admin, roles);
        const runner = await applyReadModel(admin, o);
        assert.equal(runner.era, era);
        assert.equal(runner.rebuilt, false, "the runner would rebuild: the cluster script applied other SQL");
        assert.equal(runner.passwordChanged, false, "the runner would reset the connector password");
        assert.deepEqual(await catalogSnapshot(admin, roles), before);
      });

      it("is idempotent: the same script again changes nothing in the catalog", async () => {
        const roles = [o.connectorRole, o.ownerRole!, loginRole];
        const before = await catalogSnapshot(admin, roles);
        await applyWithPg(admin, f);
        assert.deepEqual(await catalogSnapshot(admin, roles), before);
      });

      it("lets the login read the same cells as a runner-applied copy of the same data", async () => {
        const server = await startPostgres();
        const otherUrl = await server.createDatabase(databaseName(`rmc_runner_${era}`));
        const other = await connect(otherUrl);
        const runnerOptions = options(`${era}_runner`, data);
        try {
          await loadDataset(other, ddl, data);
          await applyReadModel(other, runnerOptions);
          await close(admin, CLOSE_AT);
          await close(other, CLOSE_AT);
          const viaLogin = await connect(url, loginRole, o.connectorPassword);
          const viaRunner = await connect(
            otherUrl,
            runnerOptions.connectorRole,
            runnerOptions.connectorPassword,
          );
          try {
            const cells = byDoc(await sync(viaLogin));
            assert.ok(cells.length > 0, "no cell was published");
            assert.deepEqual(cells, byDoc(await sync(viaRunner)));
          } finally {
            await viaLogin.end();
            await viaRunner.end();
          }
        } finally {
          await other.end();
        }
      });

      it("runs with the real psql and the Job's exact command line and environment", async function () {
        const version = psqlBinary();
        if (!version) {
          // Said, not hidden: the pg run above still covers the SQL; only the command line is unchecked.
          console.warn("      no psql binary on this machine: the Job's command line is not run");
          this.skip();
        }
        const server = await startPostgres();
        const psqlUrl = await server.createDatabase(databaseName(`rmc_psql_${era}`));
        const db = await connect(psqlUrl);
        try {
          await loadDataset(db, ddl, data);
          const first = runJobCommand(psqlUrl, f);
          assert.equal(first.status, 0, `${version} failed:\n${first.stderr}`);
          assert.match(first.stderr, new RegExp(`read model built for the ${era} era`));
          const runner = await applyReadModel(db, o);
          assert.equal(runner.rebuilt, false);
          assert.equal(runner.passwordChanged, false);
          const second = runJobCommand(psqlUrl, f);
          assert.equal(second.status, 0, second.stderr);
          assert.match(second.stderr, new RegExp(`read model of the ${era} era already up to date`));
        } finally {
          await db.end();
        }
      });
    });
  }

  it("refuses a planner schema of neither era, names the columns, and changes nothing", async () => {
    const server = await startPostgres();
    const url = await server.createDatabase(databaseName("rmc_drift"));
    const db = await connect(url);
    const data = generateDataset("goose", 20, 5);
    const o = options("drift", data);
    const f = files(o, `${o.connectorRole}_r0`);
    try {
      await loadDataset(db, GOOSE_ERA_DDL, data);
      await db.query("ALTER TABLE sources DROP COLUMN email_domain");
      await assert.rejects(applyWithPg(db, f), (e: { code?: string; message?: string; hint?: string }) => {
        assert.equal(e.code, "55000");
        assert.match(e.message ?? "", /goose: sources\.email_domain: absent, not character varying/);
        assert.match(e.message ?? "", /gorm: .*assessments: table, not absent/);
        assert.match(e.hint ?? "", /applyFrom to runner/);
        return true;
      });
      const roles = await db.query("SELECT 1 FROM pg_roles WHERE rolname LIKE 'amc\\_%drift%'");
      assert.equal(roles.rowCount, 0, "the failed script left roles behind");
      const schemas = await db.query("SELECT 1 FROM pg_namespace WHERE nspname LIKE 'am\\_read%'");
      assert.equal(schemas.rowCount, 0, "the failed script left schemas behind");
      if (psqlBinary()) {
        const r = runJobCommand(url, f);
        assert.equal(r.status, 3, "psql exits 3 when a script fails under ON_ERROR_STOP");
        assert.match(r.stderr, /am_read: the planner schema is not one this read model was generated for/);
      }
    } finally {
      await db.end();
    }
  });
});

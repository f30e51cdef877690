/**
 * The closer CronJob's command, run: its script (`closerScript()`) goes through CPython with asyncpg 0.29.0, the
 * interpreter and driver of the connectors 9.5.2 image the job uses (engines/connectors-python), with the container's
 * environment (its secretKeyRef resolved from the Secret's data), against the read model on a real PostgreSQL, logged
 * in as the connector's role. No pod runs: this is the command the container would run. The embedded PostgreSQL has
 * no TLS, so the job is built with `verifyTls: false` and its PGSSLROOTCERT branch is not run here.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as path from "node:path";
import type { Client } from "pg";
import { applyReadModel, type ApplyOptions } from "../../../components/planner-read-model/apply";
import { buildCloserCronJob, PASSWORD_KEY } from "../../../components/planner-read-model/closerJob";
import { CONNECTORS_PYTHON_LAUNCHER, connectorsPython } from "../../../engines/connectors-python/engine";
import { ensureEngine } from "../../../engines/ensure";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { GOOSE_ERA_DDL } from "../../../fixtures/planner/ddl";
import { generateDataset, loadDataset } from "../../../fixtures/planner/generate";
import { connect, sync } from "../../support/readModel";

const IMAGE_PYTHON = "/app/bin/python"; // the connectors image's interpreter, as the job's command names it

/** Runs the CronJob's container command with the engine's Python in place of the image's. */
function runCloserJob(url: string, login: { user: string; password: string }) {
  const u = new URL(url);
  const job = buildCloserCronJob({
    name: "am-read-closer",
    namespace: "ns",
    labels: {},
    selector: {},
    image: "docker.elastic.co/integrations/elastic-connectors:9.5.2",
    schedule: "17 * * * *",
    postgres: {
      host: u.hostname,
      port: Number(u.port),
      database: u.pathname.slice(1),
      user: login.user,
      verifyTls: false,
    },
    secretName: "am-read-closer",
  });
  const container = job.spec.jobTemplate.spec.template.spec.containers[0];
  const secretData: Record<string, string> = { [PASSWORD_KEY]: login.password };
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
  for (const e of container.env) {
    env[e.name] = "value" in e && e.value !== undefined ? e.value : secretData[e.valueFrom!.secretKeyRef.key];
  }
  assert.equal(container.command[0], IMAGE_PYTHON);
  const python = path.join(ensureEngine(connectorsPython.name), CONNECTORS_PYTHON_LAUNCHER);
  return spawnSync(python, container.command.slice(1), { env, encoding: "utf8", timeout: 120_000 });
}

describe("planner read model: the closer job's script under the connectors image's Python, on real PostgreSQL", function () {
  this.timeout(300_000);
  const data = generateDataset("goose", 150, 41);
  const o: ApplyOptions = {
    connectorRole: "amcl_conn",
    ownerRole: "amcl_owner",
    connectorPassword: `pw-${randomBytes(12).toString("hex")}`,
    k: 10,
    graceDays: 7,
    excludedOrgIds: data.excludedOrgIds,
    excludedEmailDomains: data.excludedEmailDomains,
  };
  let admin: Client;
  let url: string;

  before(async () => {
    const server = await startPostgres();
    url = await server.createDatabase(databaseName("rm_closer_job"));
    admin = await connect(url);
    await loadDataset(admin, GOOSE_ERA_DDL, data);
    await applyReadModel(admin, o);
  });
  after(async () => admin?.end());

  it("publishes what is due as of now, prints how many cells, and publishes nothing twice", async () => {
    const connector = await connect(url, o.connectorRole, o.connectorPassword);
    try {
      assert.equal((await sync(connector)).length, 0, "nothing is published before the first closing");
      const first = runCloserJob(url, { user: o.connectorRole, password: o.connectorPassword });
      assert.equal(first.status, 0, first.stderr);
      const published = (await sync(connector)).length;
      assert.ok(published > 0, "the fixture's past months are due: some cells must be published");
      assert.equal(first.stdout.trim(), `am_read.close_periods(): ${published} cells published`);
      const second = runCloserJob(url, { user: o.connectorRole, password: o.connectorPassword });
      assert.equal(second.status, 0, second.stderr);
      assert.equal(second.stdout.trim(), "am_read.close_periods(): 0 cells published");
      assert.equal((await sync(connector)).length, published);
    } finally {
      await connector.end();
    }
  });

  it("fails the job, printing no count, when it cannot log in", () => {
    const r = runCloserJob(url, { user: o.connectorRole, password: "not-the-password" });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /password authentication failed/);
    assert.equal(r.stdout, "");
  });
});

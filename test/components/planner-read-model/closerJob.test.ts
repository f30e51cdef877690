/**
 * The closer CronJob's command, run: its script (`closerScript()`) goes through CPython with asyncpg 0.29.0, the
 * interpreter and driver of the connectors 9.5.2 image the job uses (engines/connectors-python), with the container's
 * environment (its secretKeyRef resolved from the Secret's data), against the read model on a real PostgreSQL, logged
 * in as the connector's role, without TLS and over TLS verified against the Secret's CA (a PostgreSQL of its own with
 * a certificate openssl makes for the run). No pod runs: this is the command the container would run.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { applyReadModel, type ApplyOptions } from "../../../components/planner-read-model/apply";
import { buildCloserCronJob, CA_KEY, PASSWORD_KEY } from "../../../components/planner-read-model/closerJob";
import { CONNECTORS_PYTHON_LAUNCHER, connectorsPython } from "../../../engines/connectors-python/engine";
import { ensureEngine } from "../../../engines/ensure";
import {
  databaseName,
  startPostgres,
  startTlsPostgres,
  type PostgresServer,
} from "../../../engines/postgres";
import { GOOSE_ERA_DDL } from "../../../fixtures/planner/ddl";
import { generateDataset, loadDataset } from "../../../fixtures/planner/generate";
import { runContainerCommand } from "../../support/containers";
import { connect, sync } from "../../support/readModel";
import { makeTestPki, type TestPki } from "../../support/tls";

const IMAGE_PYTHON = "/app/bin/python"; // the connectors image's interpreter, as the job's command names it

interface Target {
  readonly url: string;
  readonly user: string;
  readonly password: string;
  /** The CA the job trusts (the Secret's `ca.crt`): verifies TLS when given. */
  readonly caPem?: string;
  /** The host name the job connects to, when not the URL's. */
  readonly host?: string;
}

/**
 * Runs the CronJob's container command with the engine's Python in place of the image's: its environment (values,
 * and secretKeyRefs resolved from the Secret's data) and its Secret mount written under a temporary folder (test/support/containers.ts).
 */
function runCloserJob(t: Target) {
  const u = new URL(t.url);
  const job = buildCloserCronJob({
    name: "am-read-closer",
    namespace: "ns",
    labels: {},
    selector: {},
    image: "docker.elastic.co/integrations/elastic-connectors:9.5.2",
    schedule: "17 * * * *",
    postgres: {
      host: t.host ?? u.hostname,
      port: Number(u.port),
      database: u.pathname.slice(1),
      user: t.user,
      verifyTls: t.caPem !== undefined,
    },
    secretName: "am-read-closer",
  });
  const pod = job.spec.jobTemplate.spec.template.spec;
  const container = pod.containers[0];
  assert.equal(container.command[0], IMAGE_PYTHON);
  const secret: Record<string, string> = {
    [PASSWORD_KEY]: t.password,
    ...(t.caPem ? { [CA_KEY]: t.caPem } : {}),
  };
  const program = path.join(ensureEngine(connectorsPython.name), CONNECTORS_PYTHON_LAUNCHER);
  return runContainerCommand(pod, container, { secret, program });
}

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

/** A database with the planner's fixture data and the read model applied (nothing closed yet). */
async function prepare(server: PostgresServer, name: string): Promise<string> {
  const url = await server.createDatabase(databaseName(name));
  const admin = await connect(url);
  try {
    await loadDataset(admin, GOOSE_ERA_DDL, data);
    await applyReadModel(admin, o);
  } finally {
    await admin.end();
  }
  return url;
}

async function published(url: string): Promise<number> {
  const connector = await connect(url, o.connectorRole, o.connectorPassword);
  try {
    return (await sync(connector)).length;
  } finally {
    await connector.end();
  }
}

describe("planner read model: the closer job's script under the connectors image's Python, on real PostgreSQL", function () {
  this.timeout(300_000);
  const login = { user: o.connectorRole, password: o.connectorPassword };

  describe("without TLS", () => {
    let url: string;
    before(async () => (url = await prepare(await startPostgres(), "rm_closer_job")));

    it("publishes what is due as of now, prints how many cells, and publishes nothing twice", async () => {
      assert.equal(await published(url), 0, "nothing is published before the first closing");
      const first = runCloserJob({ url, ...login });
      assert.equal(first.status, 0, first.stderr);
      const cells = await published(url);
      assert.ok(cells > 0, "the fixture's past months are due: some cells must be published");
      assert.equal(first.stdout.trim(), `am_read.close_periods(): ${cells} cells published`);
      const second = runCloserJob({ url, ...login });
      assert.equal(second.status, 0, second.stderr);
      assert.equal(second.stdout.trim(), "am_read.close_periods(): 0 cells published");
      assert.equal(await published(url), cells);
    });

    it("fails the job, printing no count, when it cannot log in", () => {
      const r = runCloserJob({ url, user: o.connectorRole, password: "not-the-password" });
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /password authentication failed/);
      assert.equal(r.stdout, "");
    });
  });

  describe("with TLS verified against the Secret's CA (PGSSLROOTCERT)", () => {
    let server: PostgresServer;
    let url: string;
    let pki: TestPki;
    let otherCa: string;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "am-closer-pki-"));

    before(async () => {
      pki = makeTestPki(fs.mkdtempSync(path.join(dir, "a-")));
      otherCa = makeTestPki(fs.mkdtempSync(path.join(dir, "b-"))).caPem;
      server = await startTlsPostgres(pki);
      url = await prepare(server, "rm_closer_tls");
    });
    after(async () => {
      await server?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("closes over TLS when the server's certificate chains to the CA and names the host", async () => {
      const r = runCloserJob({ url, ...login, caPem: pki.caPem, host: "localhost" });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), `am_read.close_periods(): ${await published(url)} cells published`);
    });

    it("refuses a server whose certificate another CA signed, and a host the certificate does not name", () => {
      const wrongCa = runCloserJob({ url, ...login, caPem: otherCa });
      assert.notEqual(wrongCa.status, 0);
      assert.match(wrongCa.stderr, /CERTIFICATE_VERIFY_FAILED/);
      const wrongHost = runCloserJob({ url, ...login, caPem: pki.caPem, host: "127.0.0.1" });
      assert.notEqual(wrongHost.status, 0);
      assert.match(wrongHost.stderr, /CERTIFICATE_VERIFY_FAILED|IP address mismatch|doesn't match/);
      assert.equal(wrongCa.stdout + wrongHost.stdout, "");
    });
  });
});

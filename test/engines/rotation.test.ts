/**
 * Rotation with the real engines: the Pulumi CLI, the Node language host, the Terraform bridge with hashicorp/random
 * 3.9.0 (`random.Password` from sdks/random) and a real PostgreSQL. A `pulumi up` that changes only the rotation
 * keeper makes a new password and a new login, updates the consumer while the old login still exists (create before
 * delete), then drops the old login: the consumer logs in with the new password, the old one opens nothing.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import type { Client } from "pg";
import { roleMarker } from "../../anonymisation/planner/sql/roles";
import { connect } from "../support/readModel";
import { pulumiWorkspace, type PulumiWorkspace } from "../support/engines";
import { databaseName, startPostgres } from "../../engines/postgres";

const FIXTURE = path.join(__dirname, "fixtures", "rotation");

interface Outputs {
  loginRole: string;
  connectorPassword: string;
  loggedInAs: string;
  loginsAtWrite: number;
}

async function loginCode(url: string, user: string, password: string): Promise<string> {
  let c: Client | undefined;
  try {
    c = await connect(url, user, password);
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await c?.end().catch(() => undefined);
  }
}

describe("engines: rotating the generated connector password with pulumi up", function () {
  this.timeout(10 * 60_000);
  const group = `amt_rot_group_${process.pid}`;
  let ws: PulumiWorkspace;
  let url: string;
  let admin: Client;
  const outputs = async (): Promise<Outputs> =>
    JSON.parse(
      (await ws.run(["stack", "output", "--json", "--show-secrets", "--stack", "test"])).stdout,
    ) as Outputs;

  before(async () => {
    const server = await startPostgres();
    url = await server.createDatabase(databaseName("rotation_up"));
    admin = await connect(url);
    // Stands in for the read model's connector role, marked as the read model marks the roles it creates: a login
    // is made a member of no other role (anonymisation/planner/sql/roles.ts).
    await admin.query(`CREATE ROLE ${group} NOLOGIN`);
    await admin.query(`COMMENT ON ROLE ${group} IS '${roleMarker("connector")}'`);
    ws = pulumiWorkspace({
      projectDir: FIXTURE,
      stack: "test",
      engines: ["pulumi-resource-terraform-provider", "terraform-provider-random"],
    });
    await ws.stackInit();
    await ws.configSet("adminUrl", server.url, { secret: true });
    await ws.configSet("database", new URL(url).pathname.slice(1));
    await ws.configSet("groupRole", group);
  });
  after(async () => {
    await ws?.destroy().catch(() => undefined);
    await ws?.dispose();
    await admin?.query(`DROP ROLE IF EXISTS ${group}`).catch(() => undefined);
    await admin?.end();
  });

  let first: Outputs;

  it("generates the password with random.Password and creates generation 0's login", async () => {
    await ws.up();
    first = await outputs();
    assert.equal(first.loginRole, `${group}_r0`);
    assert.match(first.connectorPassword, /^[A-Za-z0-9]{32}$/);
    assert.equal(first.loggedInAs, first.loginRole);
    assert.equal(await loginCode(url, first.loginRole, first.connectorPassword), "ok");
    // Without --show-secrets the password is not printed.
    const shown = await ws.run(["stack", "output", "connectorPassword", "--stack", "test"]);
    assert.doesNotMatch(shown.stdout, new RegExp(first.connectorPassword));
    assert.match(shown.stdout, /\[secret\]/);
  });

  it("a second up without a keeper change changes nothing", async () => {
    await ws.up(["--expect-no-changes"]);
    assert.equal((await outputs()).connectorPassword, first.connectorPassword);
  });

  it("changing only the keeper rotates: new login, consumer moved while both exist, old login dropped", async () => {
    await ws.configSet("rotation", "2026-09-01");
    const preview = await ws.preview();
    assert.match(preview.output, /\+-\s*random:index\/password:Password: \(replace\)/);
    assert.match(preview.output, /\+-\s*pulumi-nodejs:dynamic\/secrets:ConnectorLogin: \(replace\)/);
    // Only the keeper changed: the generator and the login are replaced, their consumer updated, nothing else.
    assert.match(preview.output, /~ 1 to update\s+\+-2 to replace\s+3 changes/);
    const up = await ws.up();
    const second = await outputs();
    assert.equal(second.loginRole, `${group}_r20260901`);
    assert.notEqual(second.connectorPassword, first.connectorPassword);
    assert.equal(second.loggedInAs, second.loginRole, "the consumer logged in with the new login");
    assert.equal(second.loginsAtWrite, 2, "the old login still existed when the consumer moved (no window)");
    assert.equal(await loginCode(url, second.loginRole, second.connectorPassword), "ok");
    assert.equal(await loginCode(url, first.loginRole, first.connectorPassword), "28P01");
    assert.equal(await loginCode(url, second.loginRole, first.connectorPassword), "28P01");
    assert.match(up.output, /replaced/);
  });

  it("destroy drops the login", async () => {
    await ws.destroy();
    const left = await admin.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname LIKE $1", [
      `${group}_r%`,
    ]);
    assert.deepEqual(left.rows, []);
  });
});

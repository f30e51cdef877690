/**
 * Rotation of the connector's PostgreSQL password on a real PostgreSQL (SCRAM authentication), through the dynamic
 * provider's CRUD functions in the order Pulumi runs them on a keeper change (create-before-delete): the new login
 * is created while the old one still works, the consumer moves, the old login is deleted. Afterwards the connector
 * logs in with the new password and reads the read model through the sync rule, and the old password opens nothing.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { Client } from "pg";
import { createReadModel, type ReadModelInputs } from "../../../components/planner-read-model/provider";
import {
  createLogin,
  deleteLogin,
  diffLogin,
  readLogin,
  updateLogin,
  type LoginInputs,
} from "../../../components/generated-secrets/loginProvider";
import { loginRoleName } from "../../../infra/naming/rotation";
import { GOOSE_ERA_DDL } from "../../../fixtures/planner/ddl";
import { generateDataset, loadDataset } from "../../../fixtures/planner/generate";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { close, connect, sync } from "../../support/readModel";

const password = () => randomBytes(16).toString("hex");

/** What the connector's sync rule returns to `user`. */
async function syncAs(url: string, user: string, pass: string) {
  const client = await connect(url, user, pass);
  try {
    return await sync(client);
  } finally {
    await client.end();
  }
}

/** Logs in as `user`; resolves to the SQLSTATE of a refused login, or "ok". */
async function login(url: string, user: string, pass: string): Promise<string> {
  let client: Client | undefined;
  try {
    client = await connect(url, user, pass);
    const { rows } = await client.query<{ u: string }>("SELECT current_user AS u");
    assert.equal(rows[0].u, user);
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await client?.end().catch(() => undefined);
  }
}

describe("connector password rotation on real PostgreSQL", function () {
  this.timeout(120_000);
  const group = `amt_conn_rot_${process.pid}`;
  let url: string;
  let admin: Client;
  let base: Omit<LoginInputs, "loginRole" | "password">;

  before(async () => {
    const server = await startPostgres();
    url = await server.createDatabase(databaseName("rotation"));
    admin = await connect(url);
    await loadDataset(admin, GOOSE_ERA_DDL, generateDataset("goose", 12, 5));
    const database = new URL(url).pathname.slice(1);
    const readModel: ReadModelInputs = {
      adminUrl: server.url,
      database,
      connectorRole: group,
      ownerRole: `amt_owner_rot_${process.pid}`,
      connectorPassword: password(),
      k: 5,
      excludedOrgIds: [],
      excludedEmailDomains: [],
    };
    await createReadModel(readModel);
    // Publish every closed month of the fixtures, so that there is something to read.
    await close(admin, "2030-01-01T00:00:00Z");
    base = { adminUrl: server.url, database, groupRole: group };
  });

  after(async () => {
    await admin?.end();
  });

  it("a keeper change: new login first, both work until the old one is deleted, then only the new password opens", async () => {
    const p0 = password();
    const gen0: LoginInputs = { ...base, loginRole: loginRoleName(group, undefined), password: p0 };
    await createLogin(gen0);
    assert.equal(await login(url, gen0.loginRole, p0), "ok");
    const rows0 = await syncAs(url, gen0.loginRole, p0);
    assert.ok(rows0.length > 0, "the login reads the read model through its group's grants");

    // rotation.plannerConnectorPassword: "2026-09-01" → a new generator value and a new login name.
    const p1 = password();
    const gen1: LoginInputs = { ...base, loginRole: loginRoleName(group, "2026-09-01"), password: p1 };
    assert.equal(gen1.loginRole, `${group}_r20260901`);
    const diff = await diffLogin(gen0.loginRole, gen0, gen1);
    assert.deepEqual(diff.replaces, ["loginRole"]);
    assert.equal(diff.deleteBeforeReplace, false, "create-before-delete: the old login outlives the move");

    // Pulumi's order for that diff: create the replacement, update the consumers, delete the old one.
    await createLogin(gen1);
    assert.equal(await login(url, gen0.loginRole, p0), "ok", "no window: the old login still works");
    assert.equal(await login(url, gen1.loginRole, p1), "ok", "the new login works before the move");
    // (the connector's configuration is updated here, from the new login's outputs)
    await deleteLogin(gen0.loginRole, gen0);

    assert.equal(await login(url, gen1.loginRole, p1), "ok");
    const rows1 = await syncAs(url, gen1.loginRole, p1);
    assert.deepEqual(rows1.length, rows0.length, "the new login reads the same documents");
    assert.equal(await login(url, gen0.loginRole, p0), "28P01", "the old login with the old password");
    assert.equal(await login(url, gen1.loginRole, p0), "28P01", "the new login with the old password");
    const gone = await admin.query("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", [gen0.loginRole]);
    assert.equal(gone.rowCount, 0, "the old login role is dropped");
    assert.deepEqual(await readLogin(gen0.loginRole, gen0), { id: "", props: {} });
    await deleteLogin(gen1.loginRole, gen1);
  });

  it("a supplied password changed in place (same keeper) takes effect at once; refresh notices a foreign change", async () => {
    const pa = password();
    const pb = password();
    const gen: LoginInputs = { ...base, loginRole: loginRoleName(group, "7"), password: pa };
    await createLogin(gen);
    const diff = await diffLogin(gen.loginRole, gen, { ...gen, password: pb });
    assert.deepEqual(diff.replaces, []);
    assert.equal(diff.changes, true);
    await updateLogin(gen.loginRole, gen, { ...gen, password: pb });
    assert.equal(await login(url, gen.loginRole, pb), "ok");
    assert.equal(await login(url, gen.loginRole, pa), "28P01");

    // Someone reset the password by hand: refresh reports a stale password, so the next up sets it again.
    await admin.query(`ALTER ROLE ${gen.loginRole} PASSWORD 'changed-by-hand-0000'`);
    const read = await readLogin(gen.loginRole, { ...gen, password: pb });
    assert.equal((read.props as LoginInputs).password, "");
    await deleteLogin(gen.loginRole, { ...gen, password: pb });
  });

  it("a login cannot do more than its group: no create, no other schema", async () => {
    const p = password();
    const gen: LoginInputs = { ...base, loginRole: loginRoleName(group, "8"), password: p };
    await createLogin(gen);
    const c = await connect(url, gen.loginRole, p);
    try {
      await assert.rejects(c.query("CREATE TABLE public.x (v int)"), { code: "42501" });
      await assert.rejects(c.query("SELECT * FROM public.sources"), { code: "42501" });
      const attrs = await admin.query<{ s: boolean; c: boolean; r: boolean }>(
        "SELECT rolsuper AS s, rolcreaterole AS c, rolreplication AS r FROM pg_catalog.pg_roles WHERE rolname = $1",
        [gen.loginRole],
      );
      assert.deepEqual(attrs.rows[0], { s: false, c: false, r: false });
    } finally {
      await c.end();
      await deleteLogin(gen.loginRole, gen);
    }
  });
});

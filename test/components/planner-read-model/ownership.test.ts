/**
 * The read model touches only what it created (issue 15, "data loss in the planner database"), on a real PostgreSQL
 * whose planner tables belong to a role of the planner's own, loaded as that role:
 *
 * - with a separate planner role, the planner's tables, rows and role are identical before the read model exists,
 *   after it is created, updated and destroyed, and every role and schema it created carries the ownership marker;
 * - when the planner's tables belong to a role named as the connector (or owner) role would be, the apply refuses
 *   and changes nothing, and a destroy attempt drops nothing; a role of the program's that has been given the
 *   planner's tables is refused too, by the apply and by the destroy;
 * - `postgres`, a superuser and the role the statements run as are refused;
 * - a rotating login `<role>_r<digits>` that exists but is not the program's is refused, kept by a retirement, and
 *   a login is never made a member of a role that is not the program's connector role.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { Client } from "pg";
import { roleMarker, SCHEMA_MARKER } from "../../../anonymisation/planner/sql/roles";
import { applyReadModel, dropReadModel } from "../../../components/planner-read-model/apply";
import {
  createReadModel,
  deleteReadModel,
  updateReadModel,
  type ReadModelInputs,
  type ReadModelOutputs,
} from "../../../components/planner-read-model/provider";
import {
  createLogin,
  deleteLogin,
  updateLogin,
  type LoginInputs,
} from "../../../components/generated-secrets/loginProvider";
import { GOOSE_ERA_DDL } from "../../../fixtures/planner/ddl";
import { generateDataset, loadDataset } from "../../../fixtures/planner/generate";
import { databaseName, startPostgres } from "../../../engines/postgres";
import { connect } from "../../support/readModel";

const secret = () => `pw-${randomBytes(12).toString("hex")}`;
/** Unique per process, so a shared DATABASE_URL server never sees a name of an earlier run. */
const tag = `${process.pid}_${randomBytes(2).toString("hex")}`;
/** Every client a test opens, closed after the suite whatever failed. */
const open: Client[] = [];

interface Planner {
  url: string;
  database: string;
  admin: Client;
  /** The role owning the planner's tables, and its password. */
  role: string;
  password: string;
}

/** A planner database whose tables the planner's own role created and owns (as the planner's migrations do). */
async function plannerDatabase(name: string, role: string, superuser = false): Promise<Planner> {
  const server = await startPostgres();
  const url = await server.createDatabase(databaseName(name));
  const database = new URL(url).pathname.slice(1);
  const admin = await connect(url);
  open.push(admin);
  const password = secret();
  await admin.query(
    `CREATE ROLE "${role}" LOGIN ${superuser ? "SUPERUSER" : ""} PASSWORD '${password}' VALID UNTIL 'infinity'`,
  );
  await admin.query(`COMMENT ON ROLE "${role}" IS 'the migration planner'`);
  await admin.query(`ALTER DATABASE "${database}" OWNER TO "${role}"`);
  const planner = await connect(url, role, password);
  try {
    await loadDataset(planner, GOOSE_ERA_DDL, generateDataset("goose", 12, 7));
  } finally {
    await planner.end();
  }
  return { url, database, admin, role, password };
}

/** Everything of the planner's: its tables (oid, owner, ACL, rows), its role (attributes, password, comment, grants). */
async function plannerSnapshot(p: Planner): Promise<unknown> {
  const { rows: tables } = await p.admin.query<{ oid: number; name: string; kind: string }>(
    `SELECT c.oid, c.relname AS name, c.relkind AS kind, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
            -- NULL is the default ACL; a column grant writes it out, which is no change.
            coalesce(c.relacl, pg_catalog.acldefault((CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END)::"char", c.relowner))::text AS acl
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v') ORDER BY c.relname`,
  );
  assert.ok(tables.filter((t) => t.kind === "r").length >= 6, "the planner's tables exist");
  const contents: Record<string, string> = {};
  for (const t of tables.filter((x) => x.kind === "r")) {
    const r = await p.admin.query<{ n: string; h: string }>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM public."${t.name}" t`,
    );
    contents[t.name] = `${r.rows[0].n}:${r.rows[0].h}`;
  }
  const { rows: role } = await p.admin.query(
    `SELECT a.oid, a.rolname, a.rolsuper, a.rolinherit, a.rolcreaterole, a.rolcreatedb, a.rolcanlogin,
            a.rolreplication, a.rolbypassrls, a.rolpassword, a.rolvaliduntil::text AS valid,
            pg_catalog.shobj_description(a.oid, 'pg_authid') AS comment,
            (SELECT json_agg(pg_catalog.pg_get_userbyid(m.roleid) ORDER BY m.roleid) FROM pg_catalog.pg_auth_members m
              WHERE m.member = a.oid) AS member_of,
            (SELECT json_agg(pg_catalog.pg_get_userbyid(m.member) ORDER BY m.member) FROM pg_catalog.pg_auth_members m
              WHERE m.roleid = a.oid) AS members
     FROM pg_catalog.pg_authid a WHERE a.rolname = $1`,
    [p.role],
  );
  return { tables, contents, role };
}

/** The planner still logs in with its own password and reads its tables. */
async function plannerWorks(p: Planner): Promise<void> {
  const c = await connect(p.url, p.role, p.password);
  try {
    const r = await c.query<{ n: string }>("SELECT count(*) AS n FROM public.sources");
    assert.ok(Number(r.rows[0].n) > 0);
  } finally {
    await c.end();
  }
}

async function comment(admin: Client, role: string): Promise<string | null | undefined> {
  const r = await admin.query<{ c: string | null }>(
    "SELECT pg_catalog.shobj_description(oid, 'pg_authid') AS c FROM pg_catalog.pg_roles WHERE rolname = $1",
    [role],
  );
  return r.rowCount ? r.rows[0].c : undefined;
}

async function schemas(admin: Client): Promise<string[]> {
  const r = await admin.query<{ n: string }>(
    "SELECT nspname AS n FROM pg_catalog.pg_namespace WHERE nspname LIKE 'am\\_read%' ORDER BY 1",
  );
  return r.rows.map((x) => x.n);
}

function inputsFor(p: Planner, connectorRole: string, ownerRole: string): ReadModelInputs {
  return {
    adminUrl: p.url,
    database: p.database,
    connectorRole,
    ownerRole,
    connectorPassword: secret(),
    k: 5,
    excludedOrgIds: [],
    excludedEmailDomains: [],
  };
}

/** Expects a refusal naming the role; the message says what to do. */
async function refused(p: Promise<unknown>, role: string, why: RegExp): Promise<void> {
  await assert.rejects(p, (e: Error) => {
    assert.match(e.message, new RegExp(`refusing to (use|create a login in|drop) role "${role}"`), e.message);
    assert.match(e.message, why);
    assert.match(e.message, /nothing was (changed|dropped)/);
    return true;
  });
}

describe("planner read model: touches only what it created (real PostgreSQL)", function () {
  this.timeout(180_000);
  after(async () => {
    for (const c of open) await c.end().catch(() => undefined);
  });

  it("keeps the planner's tables and role identical through create, update and destroy, and marks what it creates", async () => {
    const p = await plannerDatabase("own_separate", `amt_planner_a_${tag}`);
    const inputs = inputsFor(p, `amt_conn_a_${tag}`, `amt_owner_a_${tag}`);
    const before = await plannerSnapshot(p);

    const outs = (await createReadModel(inputs)).outs as ReadModelOutputs;
    assert.deepEqual(await plannerSnapshot(p), before, "create changed the planner");
    assert.equal(await comment(p.admin, inputs.connectorRole), roleMarker("connector"));
    assert.equal(await comment(p.admin, inputs.ownerRole!), roleMarker("owner"));
    const pub = await p.admin.query<{ c: string }>(
      "SELECT obj_description(oid, 'pg_namespace') AS c FROM pg_namespace WHERE nspname = 'am_read'",
    );
    assert.equal(pub.rows[0].c, SCHEMA_MARKER);
    const login: LoginInputs = {
      adminUrl: inputs.adminUrl,
      database: p.database,
      groupRole: inputs.connectorRole,
      loginRole: `${inputs.connectorRole}_r0`,
      password: secret(),
    };
    await createLogin(login);
    assert.equal(await comment(p.admin, login.loginRole), roleMarker("login"));

    const changed = { ...inputs, k: 7, excludedEmailDomains: ["x.example"] };
    const updated = (await updateReadModel("id", outs, changed)).outs as ReadModelOutputs;
    assert.notEqual(updated.appliedHash, outs.appliedHash, "the update rebuilt the read model");
    await updateLogin(login.loginRole, login, { ...login, password: secret() });
    assert.deepEqual(await plannerSnapshot(p), before, "update changed the planner");

    await deleteLogin(login.loginRole, login);
    await deleteReadModel("id", updated);
    assert.deepEqual(await plannerSnapshot(p), before, "destroy changed the planner");
    await plannerWorks(p);
    assert.deepEqual(await schemas(p.admin), [], "the read model's schemas are gone");
    for (const role of [inputs.connectorRole, inputs.ownerRole!, login.loginRole])
      assert.equal(await comment(p.admin, role), undefined, `${role} is not dropped`);
  });

  for (const which of ["connector", "owner"] as const) {
    it(`refuses, changing nothing, when the planner's tables belong to a role named as the ${which} role would be; a destroy drops nothing`, async () => {
      const victim = `amt_victim_${which}_${tag}`;
      const p = await plannerDatabase(`own_victim_${which}`, victim);
      const inputs =
        which === "connector"
          ? inputsFor(p, victim, `amt_owner_b_${which}_${tag}`)
          : inputsFor(p, `amt_conn_b_${which}_${tag}`, victim);
      const other = which === "connector" ? inputs.ownerRole! : inputs.connectorRole;
      const before = await plannerSnapshot(p);

      await refused(createReadModel(inputs), victim, /not created by am-dashboard/);
      assert.deepEqual(await plannerSnapshot(p), before, "the apply changed the planner's role or tables");
      assert.deepEqual(await schemas(p.admin), [], "a schema was created");
      assert.equal(await comment(p.admin, other), undefined, "the other role was created");

      // A destroy of a read model in that database (e.g. a stack whose create failed half-way) drops nothing.
      await deleteReadModel("id", {
        ...inputs,
        appliedHash: "",
        era: "goose",
        fingerprint: "",
        schema: "am_read",
      });
      assert.deepEqual(await plannerSnapshot(p), before, "the destroy changed the planner's role or tables");
      await plannerWorks(p);

      // Marking the planner's role as the program's (e.g. pasting the hint blindly) still does not let it through.
      await p.admin.query(`COMMENT ON ROLE "${victim}" IS '${roleMarker(which)}'`);
      await refused(createReadModel(inputs), victim, /owns objects outside the read model's schemas/);
      await refused(dropReadModel(p.admin, { ...inputs, dropRoles: true }), victim, /owns objects outside/);
      await plannerWorks(p);
      const counts = await p.admin.query("SELECT count(*) FROM public.sources");
      assert.ok(Number(counts.rows[0].count) > 0, "the planner's rows are intact");
    });
  }

  it("refuses to alter or drop one of its own roles that has been given the planner's tables", async () => {
    const p = await plannerDatabase("own_given", `amt_planner_c_${tag}`);
    const inputs = inputsFor(p, `amt_conn_c_${tag}`, `amt_owner_c_${tag}`);
    const outs = (await createReadModel(inputs)).outs as ReadModelOutputs;
    // A DBA hands a planner table to the connector role: DROP OWNED BY it would drop the table.
    await p.admin.query(`ALTER TABLE public.sources OWNER TO "${inputs.connectorRole}"`);
    const before = await plannerSnapshot(p);
    await refused(
      updateReadModel("id", outs, { ...inputs, k: 6 }),
      inputs.connectorRole,
      /owns objects outside the read model's schemas/,
    );
    await refused(deleteReadModel("id", outs), inputs.connectorRole, /owns objects outside/);
    assert.deepEqual(await plannerSnapshot(p), before);
    assert.deepEqual(
      await schemas(p.admin),
      ["am_read", "am_read_private", "am_read_state"],
      "nothing dropped",
    );
    const rows = await p.admin.query("SELECT count(*) FROM public.sources");
    assert.ok(Number(rows.rows[0].count) > 0, "the planner's table survived the destroy attempt");
  });

  it("refuses postgres, a superuser (marked or not) and the role it runs as", async () => {
    const p = await plannerDatabase("own_super", `amt_planner_s_${tag}`);
    const superBefore = await p.admin.query(
      "SELECT rolsuper, rolcanlogin FROM pg_authid WHERE rolname = 'postgres'",
    );
    await assert.rejects(
      applyReadModel(p.admin, { connectorRole: "postgres", connectorPassword: secret() }),
      /connectorRole "postgres" is refused: .*superuser/,
    );
    assert.deepEqual(
      (await p.admin.query("SELECT rolsuper, rolcanlogin FROM pg_authid WHERE rolname = 'postgres'")).rows,
      superBefore.rows,
    );

    // A superuser the DBA created, with a name the program would otherwise accept.
    const dba = `amt_dba_${tag}`;
    await p.admin.query(`CREATE ROLE "${dba}" SUPERUSER LOGIN PASSWORD 'dba-password-123456'`);
    await refused(
      applyReadModel(p.admin, {
        connectorRole: dba,
        connectorPassword: secret(),
        ownerRole: `amt_o_s_${tag}`,
      }),
      dba,
      /not created by am-dashboard/,
    );
    await p.admin.query(`COMMENT ON ROLE "${dba}" IS '${roleMarker("connector")}'`);
    await refused(
      applyReadModel(p.admin, {
        connectorRole: dba,
        connectorPassword: secret(),
        ownerRole: `amt_o_s_${tag}`,
      }),
      dba,
      /is a superuser/,
    );
    await dropReadModel(p.admin, { connectorRole: dba, ownerRole: `amt_o_s_${tag}`, dropRoles: true });
    const still = await p.admin.query("SELECT rolsuper, rolcanlogin FROM pg_authid WHERE rolname = $1", [
      dba,
    ]);
    assert.deepEqual(
      still.rows,
      [{ rolsuper: true, rolcanlogin: true }],
      "the superuser was altered or dropped",
    );
    open.push(await connect(p.url, dba, "dba-password-123456"));

    // The role the statements run as: even marked as the program's, it is not altered.
    const runner = `amt_runner_${tag}`;
    await p.admin.query(`CREATE ROLE "${runner}" LOGIN CREATEROLE PASSWORD 'runner-password-12345'`);
    await p.admin.query(`COMMENT ON ROLE "${runner}" IS '${roleMarker("connector")}'`);
    const asRunner = await connect(p.url, runner, "runner-password-12345");
    open.push(asRunner);
    await refused(
      applyReadModel(asRunner, {
        connectorRole: runner,
        connectorPassword: secret(),
        ownerRole: `amt_o_r_${tag}`,
      }),
      runner,
      /the role these statements run as/,
    );
    const attrs = await p.admin.query("SELECT rolcreaterole, rolcanlogin FROM pg_authid WHERE rolname = $1", [
      runner,
    ]);
    assert.deepEqual(attrs.rows, [{ rolcreaterole: true, rolcanlogin: true }]);
  });

  it("refuses a rotating login role it did not create, keeps it on retirement, and never grants a foreign group", async () => {
    const p = await plannerDatabase("own_login", `amt_planner_l_${tag}`);
    const inputs = inputsFor(p, `amt_conn_l_${tag}`, `amt_owner_l_${tag}`);
    await createReadModel(inputs);
    // Someone else's role happens to have the name of generation 0's login.
    const taken = `${inputs.connectorRole}_r0`;
    const takenPassword = "someone-elses-password-1";
    await p.admin.query(`CREATE ROLE "${taken}" LOGIN CREATEDB PASSWORD '${takenPassword}'`);
    const snapshot = () =>
      p.admin.query(
        `SELECT rolcanlogin, rolcreatedb, rolinherit, rolpassword,
           (SELECT count(*) FROM pg_auth_members m WHERE m.member = a.oid) AS memberships
         FROM pg_authid a WHERE rolname = $1`,
        [taken],
      );
    const before = (await snapshot()).rows;
    const login: LoginInputs = {
      adminUrl: inputs.adminUrl,
      database: p.database,
      groupRole: inputs.connectorRole,
      loginRole: taken,
      password: secret(),
    };
    await refused(createLogin(login), taken, /not created by am-dashboard as its login role/);
    await refused(
      updateLogin(taken, login, { ...login, password: secret() }),
      taken,
      /not created by am-dashboard/,
    );
    await deleteLogin(taken, login);
    assert.deepEqual((await snapshot()).rows, before, "the foreign role was altered or dropped");
    const c = await connect(p.url, taken, takenPassword);
    open.push(c);

    // A login is never made a member of a role that is not the program's connector role (here the planner's).
    const intoPlanner: LoginInputs = { ...login, groupRole: p.role, loginRole: `amt_into_planner_${tag}` };
    await refused(createLogin(intoPlanner), p.role, /not created by am-dashboard/);
    assert.equal(await comment(p.admin, intoPlanner.loginRole), undefined, "the login was created");
  });
});

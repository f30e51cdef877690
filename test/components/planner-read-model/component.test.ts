/**
 * The component under the Pulumi SDK's mock engine (what it registers, with which secrets), the provider's diff,
 * and that the provider survives Pulumi's closure serialization. The CRUD itself runs against a real PostgreSQL
 * in readModel.test.ts: it cannot run under mocks.
 */
import assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { PlannerReadModel } from "../../../components/planner-read-model";
import {
  diffReadModel,
  fingerprint,
  readModelProvider,
  type ReadModelInputs,
  type ReadModelOutputs,
} from "../../../components/planner-read-model/provider";
import { isSecretValue, plainValue, runUnderMocks } from "../../../infra/engine/mockEngine";

const inputs: ReadModelInputs = {
  adminUrl: "postgres://admin:pw@db:5432/postgres",
  database: "planner",
  connectorRole: "am_connector",
  connectorPassword: "p".repeat(20),
  k: 10,
  graceDays: 7,
  excludedOrgIds: ["11009103"],
  excludedEmailDomains: ["redhat.com"],
};
const outs = (i: ReadModelInputs): ReadModelOutputs => ({
  ...i,
  appliedHash: "h",
  era: "goose",
  fingerprint: fingerprint(i),
  schema: "am_read",
});

describe("PlannerReadModel component and provider", () => {
  it("registers one dynamic resource under the component, with every secret input kept secret", async () => {
    const run = await runUnderMocks({ project: "p", stack: "dev", config: {} }, () => {
      const rm = new PlannerReadModel("planner", {
        adminUrl: inputs.adminUrl,
        database: inputs.database,
        connectorRole: inputs.connectorRole,
        connectorPassword: inputs.connectorPassword,
        k: inputs.k,
        graceDays: inputs.graceDays,
        excludedOrgIds: [...inputs.excludedOrgIds],
      });
      return { role: rm.connectorRole, schema: rm.schema };
    });
    const component = run.resources.find((r) => r.type === "am-dashboard:planner:PlannerReadModel");
    assert.ok(component);
    const child = run.resources.find((r) => r.type === "pulumi-nodejs:dynamic/planner:ReadModel");
    assert.ok(child, run.resources.map((r) => r.type).join(", "));
    assert.equal(child.name, "planner-sql");
    assert.equal(child.parent, component.urn);
    for (const k of ["adminUrl", "connectorPassword"]) {
      assert.ok(isSecretValue(child.inputs[k]), `${k} must be secret`);
    }
    assert.equal(plainValue(child.inputs.database), "planner");
    assert.deepEqual(plainValue(child.inputs.excludedOrgIds), ["11009103"]);
    assert.deepEqual(child.additionalSecretOutputs?.sort(), ["adminUrl", "connectorPassword"]);
    assert.equal(plainValue(child.inputs.k), 10);
    assert.ok(!("pseudonymisationKey" in child.inputs), "the read model takes no key");
    assert.deepEqual(plainValue(run.outputs), { role: "am_connector", schema: "am_read" });
  });

  it("diffs on options, secrets and the generated SQL, and replaces on another database or role", async () => {
    assert.equal((await diffReadModel("id", outs(inputs), inputs)).changes, false);
    const cases: [Partial<ReadModelInputs>, boolean][] = [
      [{ excludedEmailDomains: ["redhat.com", "ibm.com"] }, false],
      [{ k: 12 }, false],
      [{ graceDays: 3 }, false],
      [{ connectorPassword: "q".repeat(20) }, false],
      [{ database: "other" }, true],
      [{ connectorRole: "other_role" }, true],
    ];
    for (const [change, replace] of cases) {
      const d = await diffReadModel("id", outs(inputs), { ...inputs, ...change });
      assert.equal(d.changes, true, JSON.stringify(change));
      assert.equal((d.replaces ?? []).length > 0, replace, JSON.stringify(change));
    }
    // A state written by an older generator (another fingerprint) is updated.
    assert.equal((await diffReadModel("id", { ...outs(inputs), fingerprint: "old" }, inputs)).changes, true);
  });

  it("serializes the provider without capturing a client", async () => {
    const text = await pulumi.runtime.serializeFunction(() => readModelProvider, { isFactoryFunction: true });
    assert.match(text.text, /require\("pg"\)/);
    assert.doesNotMatch(text.text, /new pg\.Client\(\)|Client \{/);
  });
});

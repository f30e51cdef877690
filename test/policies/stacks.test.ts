/** The whole pack over every stack's mocked resources, and mutations of the dev stack that must each fail it. */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { REPO_ROOT, runStack, stackConfig } from "../support/stacks";
import {
  LEADER_POLICIES,
  mutateRecorded,
  policyConfigFor,
  POLICY_CONFIG_DIR,
  runPack,
  stackPolicyValues,
  type Violation,
} from "../support/policyHarness";

const STACKS = fs
  .readdirSync(REPO_ROOT)
  .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
  .filter((s): s is string => !!s);
const valuesOf = (stack: string) => stackPolicyValues(stackConfig(stack).config);
const mandatory = (vs: Violation[]) => vs.filter((v) => v.enforcementLevel === "mandatory");
const show = (vs: Violation[]) => vs.map((v) => `${v.policyName}: ${v.message.split("\n")[1]}`).join("\n");

describe("policy pack over every stack", () => {
  for (const stack of STACKS) {
    it(`${stack}: no mandatory violation`, async () => {
      const run = await runStack(stack);
      const vs = mandatory(await runPack(run.resources, { config: policyConfigFor(stack, valuesOf(stack)) }));
      assert.equal(vs.length, 0, show(vs));
    });
    it(`${stack}: policies/config/${stack}.json carries the stack file's licence and leaders (what the CLI reads)`, () => {
      const file = JSON.parse(fs.readFileSync(path.join(POLICY_CONFIG_DIR, `${stack}.json`), "utf8"));
      const values = valuesOf(stack);
      assert.equal(file.all, "mandatory");
      assert.equal(file["licence-covers-features"].licence, values.licence);
      for (const p of LEADER_POLICIES) assert.deepEqual(file[p].anonymisedLeaders, values.leaders ?? []);
    });
  }
});

describe("mutations of the dev stack fail the pack", () => {
  let base: RecordedResource[];
  const config = () => policyConfigFor("dev", valuesOf("dev"));
  const violationsOf = async (rs: RecordedResource[]) => mandatory(await runPack(rs, { config: config() }));
  before(async function () {
    base = (await runStack("dev")).resources;
    const baseline = await violationsOf(base);
    // Each mutation must add its own violation; the baseline is subtracted so one known finding cannot mask it.
    (this as unknown as { baseline: string[] }).baseline = baseline.map((v) => v.message);
  });
  const added = async (ctx: Mocha.Context, rs: RecordedResource[]) => {
    const baseline = new Set((ctx as unknown as { baseline: string[] }).baseline ?? []);
    return (await violationsOf(rs)).filter((v) => !baseline.has(v.message));
  };

  it("removing the final pipeline", async function () {
    const rs = mutateRecorded(
      base,
      (r) => r.type.endsWith(":ElasticsearchIndexTemplate"),
      (i) => {
        i.template.settings = JSON.stringify({ index: { number_of_replicas: 1 } });
      },
    );
    const vs = await added(this, rs);
    assert.ok(
      vs.some((v) => v.policyName === "templates-set-anonymisation-final-pipeline"),
      show(vs),
    );
    assert.ok(
      vs.some(
        (v) =>
          v.policyName === "written-indices-have-final-pipeline" &&
          /does not set index\.final_pipeline/.test(v.message),
      ),
      show(vs),
    );
  });

  it("adding a raw table to the sync rules", async function () {
    const rs = mutateRecorded(
      base,
      (r) => r.type.endsWith(":ConnectorSyncRules"),
      (i) => {
        const rules = i.rules.value ?? i.rules;
        rules.push({ tables: ["assessments"], query: "SELECT * FROM public.assessments" });
      },
    );
    const vs = await added(this, rs);
    assert.ok(
      vs.some(
        (v) =>
          v.policyName === "connector-reads-read-model-only" &&
          /table "assessments" is not the read-model view/.test(v.message),
      ),
      show(vs),
    );
  });

  it("adding a terms breakdown on a dropped pseudonym", async function () {
    const rs = mutateRecorded(
      base,
      (r) => r.type.endsWith(":KibanaImportSavedObjects") && r.name.includes("overview"),
      (i) => {
        // panelsJSON is JSON inside JSON: the column sits behind escaped quotes.
        const before = String(i.fileContents);
        i.fileContents = before.replace(
          /(\\"operationType\\":\\"terms\\",\\"sourceField\\":\\")[a-z_]+/,
          "$1subject_ref",
        );
        assert.notEqual(i.fileContents, before, "no terms column found");
      },
    );
    const vs = await added(this, rs);
    assert.ok(
      vs.some((v) => v.policyName === "dashboards-use-shown-fields" && /reads "subject_ref"/.test(v.message)),
      show(vs),
    );
  });

  it("making a Route edge-terminated", async function () {
    const rs = mutateRecorded(
      base,
      (r) => r.type === "kubernetes:route.openshift.io/v1:Route",
      (i) => {
        i.spec.tls.termination = "edge";
      },
    );
    const vs = await added(this, rs);
    assert.ok(
      vs.some((v) => v.policyName === "tls-end-to-end" && /uses edge termination/.test(v.message)),
      show(vs),
    );
  });

  it("putting a password in a ConfigMap", async function () {
    const cm: RecordedResource = {
      urn: "urn:pulumi:dev::am-dashboard::kubernetes:core/v1:ConfigMap::leak",
      type: "kubernetes:core/v1:ConfigMap",
      name: "leak",
      custom: true,
      read: false,
      dependencies: [],
      inputs: {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "leak" },
        data: { "db.conf": "password=hunter22" },
      },
    };
    const vs = await added(this, [...base, cm]);
    assert.deepEqual(
      vs.map((v) => v.policyName),
      ["no-plaintext-credentials"],
    );
    assert.ok(!vs[0].message.includes("hunter22"));
  });
});

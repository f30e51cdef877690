/** The offline synth: what it writes for each stack, that the objects pass their schemas, and determinism. */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { synthStack, type SynthResult } from "../../../infra/synth/run";
import { listStacks } from "../../../infra/synth/stackFile";
import { schemasDir } from "../../../infra/validation";
import { REPO_ROOT } from "../../support/stacks";

const tmp = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `am-synth-${label}-`));

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}

const files = (r: SynthResult, prefix: string) =>
  r.files.filter((f) => f.path.startsWith(prefix)).map((f) => f.path);

describe("offline synth", function () {
  this.timeout(120_000);
  const results = new Map<string, { result: SynthResult; dir: string }>();

  before(async () => {
    for (const stack of listStacks(REPO_ROOT)) {
      const dir = tmp(stack);
      // Objects whose schema is not built are accepted here (and listed); the CRD tests below check them for real.
      const result = await synthStack(stack, { outDir: dir, env: {}, allowUnvalidated: true });
      results.set(stack, { result, dir });
    }
  });

  it("synthesises every committed stack without schema violations", () => {
    assert.ok(results.size >= 2);
    for (const [stack, { result }] of results) {
      assert.equal(result.exitCode, 0, `${stack}:\n${result.summary}`);
      assert.deepEqual(result.schemaProblems, [], stack);
    }
  });

  it("validates the CRD kinds for real when the schemas are present (pending only without them)", function () {
    // Pending only where the schemas engine could not be built (see test/support/engines/hooks.ts).
    if (!fs.existsSync(schemasDir())) this.skip();
    for (const { result } of results.values()) assert.deepEqual(result.pending, []);
  });

  it("dev writes a Subscription, an Elasticsearch, a Kibana, Routes and NetworkPolicies", () => {
    const dev = results.get("dev")!.result;
    const k8s = files(dev, "kubernetes/");
    for (const kind of [
      "Subscription",
      "OperatorGroup",
      "Elasticsearch",
      "Kibana",
      "Route",
      "NetworkPolicy",
    ]) {
      assert.ok(
        k8s.some((f) => f.startsWith(`kubernetes/${kind}.`)),
        `no ${kind} in ${k8s.join(", ")}`,
      );
    }
    assert.equal(k8s.filter((f) => f.startsWith("kubernetes/Route.")).length, 2);
    assert.equal(k8s.filter((f) => f.startsWith("kubernetes/Ingress.")).length, 0);
  });

  it("local writes the Helm chart component and an Ingress instead, and says the chart has no children here", () => {
    const local = results.get("local")!.result;
    assert.ok(files(local, "components/").some((f) => f.includes("helm.sh_v4_Chart")));
    assert.ok(files(local, "kubernetes/").some((f) => f.startsWith("kubernetes/Ingress.")));
    assert.equal(files(local, "kubernetes/").filter((f) => f.startsWith("kubernetes/Route.")).length, 0);
    assert.match(local.summary, /Remote components \(no children under the mock engine/);
  });

  it("never writes a secret value", () => {
    for (const { dir } of results.values()) {
      for (const [file, content] of Object.entries(tree(dir))) {
        assert.ok(!content.includes("synth-placeholder-pseudonymisation-key"), `${file} contains the key`);
        assert.ok(
          !content.includes("synth-placeholder:synth-placeholder@"),
          `${file} contains the admin URL`,
        );
      }
    }
  });

  it("writes byte-identical files when run twice", async () => {
    for (const stack of ["dev", "local"]) {
      const again = tmp(`${stack}-again`);
      const second = await synthStack(stack, { outDir: again, env: {}, allowUnvalidated: true });
      assert.equal(second.exitCode, 0);
      assert.deepEqual(tree(again), tree(results.get(stack)!.dir), `${stack} differs between runs`);
    }
  });

  it("exits 2 on an invalid stack file and writes nothing", async () => {
    const dir = tmp("bad");
    const file = path.join(dir, "Pulumi.bad.yaml");
    const dev = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.dev.yaml"), "utf8");
    fs.writeFileSync(
      file,
      dev.replace("am-dashboard:platform: openshift", "am-dashboard:platform: openshfit"),
    );
    const out = path.join(dir, "out");
    const result = await synthStack("bad", { stackFile: file, outDir: out, env: {} });
    assert.equal(result.exitCode, 2);
    assert.match(result.summary, /Pulumi\.bad\.yaml.*\n.*am-dashboard:platform: found "openshfit"/);
    assert.equal(fs.existsSync(out), false);
  });

  it("takes secrets from the environment variables it names", async () => {
    const result = await synthStack("dev", {
      outDir: null,
      env: { AM_SECRET_PLANNER_CONNECTOR_PASSWORD: "p".repeat(24) },
      allowUnvalidated: true,
    });
    assert.equal(result.exitCode, 0);
    assert.match(result.summary, /plannerConnectorPassword: from AM_SECRET_PLANNER_CONNECTOR_PASSWORD/);
    assert.match(result.summary, /not set in Pulumi\.dev\.yaml, placeholders used .*: .*plannerAdminUrl/);
  });

  it("lists only the secrets each stack's configuration needs", () => {
    const dev = results.get("dev")!.result;
    // dev runs the planner connector (which needs no key) and no milestone-2 collector or replication.
    assert.deepEqual(dev.neededSecrets, ["plannerAdminUrl", "plannerConnectorPassword"]);
    const block = /Secrets this stack uses \(2\):\n((?: {2}.*\n)+)/.exec(dev.summary);
    assert.ok(block, dev.summary);
    for (const unused of [
      "pseudonymisationKey",
      "targetPassword",
      "leaderPassword",
      "kafkaPassword",
      "opensearchPassword",
      "telemetryToken",
    ]) {
      assert.ok(!dev.summary.includes(unused), `dev's summary names ${unused}, which dev does not use`);
    }
    for (const [stack, { result }] of results) {
      for (const key of result.neededSecrets) assert.match(result.summary, new RegExp(`\\b${key}\\b`), stack);
    }
  });

  it("never says an object passed a schema it was not checked against, and fails without --allow-unvalidated", async () => {
    const saved = process.env.AM_SCHEMAS_DIR;
    process.env.AM_SCHEMAS_DIR = tmp("no-schemas");
    try {
      const result = await synthStack("dev", { outDir: null, env: {} });
      assert.equal(result.exitCode, 3, result.summary);
      assert.ok(result.pending.length > 0);
      const total =
        result.pending.length + Number(/(\d+) of \d+ Kubernetes objects checked/.exec(result.summary)?.[1]);
      assert.match(
        result.summary,
        new RegExp(`\\d+ of ${total} Kubernetes objects checked against their API schemas`),
      );
      assert.match(result.summary, new RegExp(`NOT validated: ${result.pending.length} object\\(s\\)`));
      assert.doesNotMatch(result.summary, /every Kubernetes object passed/);
      const allowed = await synthStack("dev", { outDir: null, env: {}, allowUnvalidated: true });
      assert.equal(allowed.exitCode, 0);
      assert.match(allowed.summary, /accepted with --allow-unvalidated/);
    } finally {
      if (saved === undefined) delete process.env.AM_SCHEMAS_DIR;
      else process.env.AM_SCHEMAS_DIR = saved;
    }
  });
});

/**
 * No secret in any output (issues 15 and 17): distinctive values are planted in every secret key of every stack,
 * inside URLs too, and the synth runs with them. Nothing it writes (every file under out/<stack>/, the printed
 * summary with its "Stack outputs" and policy messages) holds one of them in clear, base64 or URL-encoded, and every
 * stack output that carries one is a Pulumi secret. A second run leaves the generatable secrets unset, so the program
 * generates them (the mock engine's stand-in for `random` returns marked values): the same holds for those.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isGeneratedSecretKey, secretKeys } from "../../../infra/config/areas/secrets";
import { GENERATED_MARK, isSecretValue, SECRET_MARK } from "../../../infra/engine/mockEngine";
import { synthStack, type SynthResult } from "../../../infra/synth/run";
import { listStacks, secretEnvVar } from "../../../infra/synth/stackFile";
import { REPO_ROOT } from "../../support/stacks";

/** One distinctive core per secret key; the values around it satisfy each key's own validation. */
const CORE: Record<string, string> = Object.fromEntries(
  Object.keys(secretKeys).map((k, i) => [k, `PLANTED${i}x${k.slice(0, 6)}Q7w9Z3k5`]),
);
function plantedValue(key: string): string {
  const core = CORE[key];
  if (key === "plannerAdminUrl")
    return `postgres://am_admin:${core}@planner-db.example.internal:5432/planner`;
  if (key === "pseudonymisationKey") return `${core}-${"f".repeat(32)}`;
  return core;
}
const ENV = Object.fromEntries(Object.keys(secretKeys).map((k) => [secretEnvVar(k), plantedValue(k)]));
/** The generatable secrets left unset: the program generates them. */
const ENV_GENERATED = Object.fromEntries(
  Object.entries(ENV).filter(
    ([name]) => !Object.keys(secretKeys).some((k) => isGeneratedSecretKey(k) && secretEnvVar(k) === name),
  ),
);

/** The forms a planted core may take in text: as is, URL-encoded, and base64 at each of the three alignments. */
function forms(core: string): string[] {
  const b64 = [0, 1, 2].map((k) =>
    Buffer.from(`${"x".repeat(k)}${core}`)
      .toString("base64")
      .slice(4, -4),
  );
  return [core, encodeURIComponent(core), ...b64];
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const full = path.join(e.parentPath, e.name);
      out[path.relative(dir, full)] = fs.readFileSync(full, "utf8");
    }
  }
  return out;
}

/** Paths in recorded resource inputs where `core` sits outside a Pulumi secret. */
function clearInputs(value: unknown, at: string, core: string, out: string[] = []): string[] {
  if (isSecretValue(value)) return out;
  if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) clearInputs(v, `${at}.${k}`, core, out);
  else if (typeof value === "string" && forms(core).some((f) => value.includes(f))) out.push(at);
  return out;
}

/** Paths in the resolved outputs where a planted core sits outside a secret. */
function clearOutputs(
  value: unknown,
  at: string,
  out: string[],
  cores: Record<string, string> = CORE,
): string[] {
  if (value && typeof value === "object") {
    if (SECRET_MARK in value) return out; // a Pulumi secret: exported encrypted
    for (const [k, v] of Object.entries(value)) clearOutputs(v, at ? `${at}.${k}` : k, out, cores);
  } else if (typeof value === "string") {
    for (const [key, core] of Object.entries(cores))
      if (forms(core).some((f) => value.includes(f))) out.push(`${at} (${key})`);
  }
  return out;
}

describe("no secret in any output of the synth", function () {
  this.timeout(300_000);
  const results = new Map<string, { result: SynthResult; dir: string }>();
  before(async () => {
    for (const stack of listStacks(REPO_ROOT)) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `am-secrets-${stack}-`));
      results.set(stack, { result: await synthStack(stack, { outDir: dir, env: ENV }), dir });
    }
  });

  it("every stack synthesises with the planted secrets (so the scan below sees them used)", () => {
    for (const [stack, { result }] of results) {
      assert.equal(result.exitCode, 0, `${stack}:\n${result.summary}`);
      // Every secret this stack's configuration uses comes from the planted variables.
      assert.ok(result.neededSecrets.length > 0, stack);
      for (const key of result.neededSecrets)
        assert.match(
          result.summary,
          new RegExp(`${key}: from ${secretEnvVar(key)}`),
          `${stack} did not read ${key}`,
        );
    }
  });

  it("the planted values reach the program (the scan is not vacuous)", () => {
    // The recorded inputs hold them, as secrets: what the scan below looks for exists in the run.
    for (const [stack, { result }] of results) {
      const inputs = JSON.stringify(result.resources.map((r) => r.inputs));
      const used = Object.entries(CORE)
        .filter(([, core]) => inputs.includes(core))
        .map(([k]) => k);
      assert.ok(used.length > 0, `${stack}: no planted secret reached any resource`);
    }
  });

  it("no file the synth writes and nothing it prints holds a planted secret, in any encoding", () => {
    for (const [stack, { result, dir }] of results) {
      const texts = { ...tree(dir), "(printed summary)": result.summary };
      for (const [file, text] of Object.entries(texts))
        for (const [key, core] of Object.entries(CORE))
          for (const form of forms(core))
            assert.ok(
              !text.includes(form),
              `${stack}: ${file} holds ${key} (${form === core ? "in clear" : form})`,
            );
    }
  });

  it("the scans find a planted value where one is (base64 inside a Secret, an unmarked output)", () => {
    const core = CORE.targetPassword;
    const b64 = Buffer.from(`elastic:${core}`).toString("base64");
    assert.ok(forms(core).some((f) => b64.includes(f)));
    assert.deepEqual(
      clearOutputs({ url: `https://u:${core}@h`, ok: { [SECRET_MARK]: true, value: core } }, "", []),
      ["url (targetPassword)"],
    );
  });

  it("a password inside a URL key is refused before anything is written, and not echoed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "am-secrets-url-"));
    const file = path.join(dir, "Pulumi.stage.yaml");
    const stage = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.stage.yaml"), "utf8");
    const core = CORE.targetPassword;
    fs.writeFileSync(
      file,
      stage.replace("https://am-dashboard-stage.es.", `https://elastic:${core}@am-dashboard-stage.es.`),
    );
    const result = await synthStack("stage", { stackFile: file, outDir: path.join(dir, "out"), env: ENV });
    assert.equal(result.exitCode, 2);
    assert.match(
      result.summary,
      /am-dashboard:target\.elasticsearchUrl: found "https:\/\/\*\*\*@am-dashboard-stage/,
    );
    assert.ok(!result.summary.includes(core));
    assert.equal(fs.existsSync(path.join(dir, "out")), false);
  });

  it("every stack output that carries a planted secret is a Pulumi secret", () => {
    for (const [stack, { result }] of results)
      assert.deepEqual(clearOutputs(result.outputs, "", []), [], stack);
  });
});

describe("no generated secret in any output of the synth", function () {
  this.timeout(300_000);
  /** The supplied cores still planted, and the mark of every value the mock `random` generates. */
  const cores: Record<string, string> = {
    ...Object.fromEntries(Object.entries(CORE).filter(([k]) => !isGeneratedSecretKey(k))),
    generated: GENERATED_MARK,
  };
  const results = new Map<string, { result: SynthResult; dir: string }>();
  before(async () => {
    for (const stack of listStacks(REPO_ROOT)) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `am-secrets-gen-${stack}-`));
      results.set(stack, { result: await synthStack(stack, { outDir: dir, env: ENV_GENERATED }), dir });
    }
  });

  it("every stack synthesises with the generatable secrets unset; those it uses are generated, as secrets", () => {
    let generating = 0;
    for (const [stack, { result }] of results) {
      assert.equal(result.exitCode, 0, `${stack}:\n${result.summary}`);
      const generators = result.resources.filter((r) => r.type.startsWith("random:index/"));
      const used = result.neededSecrets.filter(isGeneratedSecretKey);
      assert.equal(generators.length, used.length, `${stack}: one generator per generated secret`);
      for (const key of used)
        assert.match(result.summary, new RegExp(`${key}: generated by the program`), stack);
      if (used.length > 0) {
        generating++;
        // The generated values reach their consumers (the scan below is not vacuous), as secrets only.
        const inputs = JSON.stringify(result.resources.map((r) => r.inputs));
        assert.ok(inputs.includes(GENERATED_MARK), `${stack}: no generated value reached a resource`);
        for (const r of result.resources.filter((x) => !x.type.startsWith("random:index/")))
          assert.deepEqual(clearInputs(r.inputs, r.name, GENERATED_MARK), [], `${stack}: ${r.type}`);
      }
    }
    assert.ok(generating >= 2, "at least two stacks generate secrets");
  });

  it("no file the synth writes and nothing it prints holds a generated or planted secret, in any encoding", () => {
    for (const [stack, { result, dir }] of results) {
      const texts = { ...tree(dir), "(printed summary)": result.summary };
      for (const [file, text] of Object.entries(texts))
        for (const [key, core] of Object.entries(cores))
          for (const form of forms(core))
            assert.ok(
              !text.includes(form),
              `${stack}: ${file} holds ${key} (${form === core ? "in clear" : form})`,
            );
    }
  });

  it("every stack output that carries a generated secret is a Pulumi secret", () => {
    for (const [stack, { result }] of results)
      assert.deepEqual(clearOutputs(result.outputs, "", [], cores), [], stack);
  });
});

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listStacks } from "../../../infra/synth/stackFile";
import { affectedStacks, deployedStacks } from "../../../delivery/ci/stacks";
import { COMMENT_MARKER, readStackSynth, renderSummary } from "../../../delivery/ci/summary";

const REPO = path.resolve(__dirname, "..", "..", "..");
const ALL = ["dev", "local", "prod", "stage"];

describe("delivery: CI stack selection", () => {
  it("derives the stacks from the Pulumi.<stack>.yaml files present", () => {
    const stacks = listStacks(REPO);
    assert.ok(stacks.includes("dev") && stacks.includes("local"), stacks.join(","));
    assert.ok(!stacks.includes(""), "Pulumi.yaml is the project, not a stack");
    assert.deepEqual(
      deployedStacks(stacks),
      stacks.filter((s) => s !== "local"),
    );
  });

  it("a stack file change affects that stack only; local is never previewed", () => {
    assert.deepEqual(affectedStacks(["Pulumi.stage.yaml"], ALL), ["stage"]);
    assert.deepEqual(affectedStacks(["Pulumi.stage.yaml", "Pulumi.dev.yaml"], ALL), ["dev", "stage"]);
    assert.deepEqual(affectedStacks(["Pulumi.local.yaml"], ALL), []);
    assert.deepEqual(affectedStacks(["Pulumi.qa.yaml"], ALL), [], "a stack without a file is not previewed");
  });

  it("shared code affects every deployed stack; docs and tests affect none", () => {
    assert.deepEqual(affectedStacks(["components/elastic-stack/index.ts"], ALL), ["dev", "prod", "stage"]);
    assert.deepEqual(affectedStacks(["package-lock.json"], ALL), ["dev", "prod", "stage"]);
    assert.deepEqual(affectedStacks(["policies/index.ts", "README.md"], ALL), ["dev", "prod", "stage"]);
    assert.deepEqual(
      affectedStacks(["Pulumi.yaml"], ALL),
      ["dev", "prod", "stage"],
      "the project file is shared",
    );
    assert.deepEqual(
      affectedStacks(["docs/delivery.md", "test/x.test.ts", ".github/workflows/pr.yml"], ALL),
      [],
    );
  });
});

describe("delivery: PR synth summary", () => {
  it("reports each stack's result, object counts and log, and neutralises fences in logs", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "summary-"));
    fs.mkdirSync(path.join(out, "dev", "kubernetes"), { recursive: true });
    fs.mkdirSync(path.join(out, "dev", "elastic"), { recursive: true });
    fs.writeFileSync(path.join(out, "dev", "kubernetes", "a.yaml"), "");
    fs.writeFileSync(path.join(out, "dev", "kubernetes", "b.yaml"), "");
    fs.writeFileSync(path.join(out, "dev", "elastic", "c.json"), "");
    fs.writeFileSync(path.join(out, "dev.exit"), "0\n");
    fs.writeFileSync(path.join(out, "dev.log"), "\u001b[32mok\u001b[0m\n");
    fs.writeFileSync(path.join(out, "local.exit"), "3\n");
    fs.writeFileSync(path.join(out, "local.log"), "schema violation\n~~~\ninjected\n");
    const md = renderSummary([readStackSynth(out, "dev"), readStackSynth(out, "local")], "0123456789abcdef");
    assert.ok(md.startsWith(COMMENT_MARKER));
    assert.match(md, /commit 0123456789ab\)/);
    assert.match(md, /\| `dev` \| ✅ ok \| elastic: 1, kubernetes: 2 \|/);
    assert.match(md, /\| `local` \| ❌ schema violations \| none \|/);
    assert.match(md, /<details open><summary>local: synth output/);
    assert.ok(!md.includes("\u001b"), "ANSI colours are stripped");
    assert.equal(md.match(/^~~~/gm)?.length, 4, "a log cannot close the fence it is shown in");
  });

  it("a stack whose synth never ran counts as failed", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "summary-"));
    assert.equal(readStackSynth(out, "dev").exitCode, 1);
  });
});

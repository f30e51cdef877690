import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { parseArgs, promote, type PromoteArgs } from "../../../delivery/promote/cli";
import { extractPinned, PromotionError } from "../../../delivery/promote/pinned";
import {
  applyPromotion,
  parseStackDoc,
  pinDrift,
  planPromotion,
  promoteText,
  renderStackDoc,
} from "../../../delivery/promote/plan";
import { synthRenderer, type Renderer } from "../../../delivery/promote/render";
import { diffTrees, unifiedDiff } from "../../../delivery/promote/textdiff";

const REPO = path.resolve(__dirname, "..", "..", "..");
const realText = (stack: string) => fs.readFileSync(path.join(REPO, `Pulumi.${stack}.yaml`), "utf8");

/** A temp root holding copies of the real stack files, edited per test. */
function sandbox(edits: Record<string, (text: string) => string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "promote-test-"));
  for (const stack of ["dev", "local"]) {
    fs.writeFileSync(path.join(root, `Pulumi.${stack}.yaml`), (edits[stack] ?? ((t) => t))(realText(stack)));
  }
  return root;
}
const fileOf = (root: string, stack: string) => path.join(root, `Pulumi.${stack}.yaml`);

/** A milestone-2 stack file: dev's file with milestone 2 and a collector version (not yet in the config schema). */
const milestone2 = (text: string) =>
  text.replace("am-dashboard:milestone: 1", "am-dashboard:milestone: 2") +
  "  am-dashboard:collectors:\n    installer:\n      version: 1.4.0\n";

/**
 * Stand-in for the synth in tests of the write/diff flow: "renders" the stack file's parsed config as one JSON file
 * per top-level key. The real synth is exercised by the last test when it can run here.
 */
const configRenderer: Renderer = async (_stack, stackFile, outDir) => {
  const config = (parse(fs.readFileSync(stackFile, "utf8")) as { config: Record<string, unknown> }).config;
  fs.mkdirSync(outDir, { recursive: true });
  for (const [k, v] of Object.entries(config)) {
    fs.writeFileSync(path.join(outDir, `${k.replace(":", "_")}.json`), `${JSON.stringify(v, null, 2)}\n`);
  }
  fs.writeFileSync(path.join(outDir, "summary.txt"), `rendered at ${Date.now()}\n`);
  return { exitCode: 0, output: "" };
};

async function run(
  root: string,
  args: Partial<PromoteArgs> & { from: string; to: string },
  render = configRenderer,
) {
  let out = "";
  const code = await promote(
    { check: false, write: false, ...args },
    { root, render, out: (t) => (out += t) },
  );
  return { code, out };
}

const bump = (text: string) =>
  text.replace("version: 9.5.2", "version: 9.5.3").replace(/(eck:\n {4}version:) 3\.5\.0/, "$1 3.5.1");

describe("delivery: promote", function () {
  this.timeout(120_000);

  it("extracts exactly the release-pinned keys of a stack file", () => {
    const dev = parseStackDoc("dev", "Pulumi.dev.yaml", realText("dev"));
    assert.deepEqual(
      dev.pinned.map((p) => [p.key, p.value]),
      [
        ["eck.version", "3.5.0"],
        ["elastic.version", "9.5.2"],
        ["release.classificationRevision", 2],
        ["release.dashboardsRevision", 1],
      ],
    );
    const m2 = parseStackDoc("stage", "Pulumi.stage.yaml", milestone2(realText("dev")));
    assert.deepEqual(m2.pinned.at(-1)?.key, "collectors.installer.version");
  });

  it("promotes only the pinned keys and leaves everything else (whole YAML compared)", async () => {
    const root = sandbox({ dev: bump });
    const before = fs.readFileSync(fileOf(root, "local"), "utf8");
    const { code, out } = await run(root, { from: "dev", to: "local", write: true });
    assert.equal(code, 0, out);
    const after = fs.readFileSync(fileOf(root, "local"), "utf8");

    const expected = parse(before) as { config: Record<string, Record<string, unknown>> };
    expected.config["am-dashboard:eck"].version = "3.5.1";
    expected.config["am-dashboard:elastic"].version = "9.5.3";
    assert.deepEqual(parse(after), expected);

    // Byte-level: only the two promoted lines changed; every comment is still there.
    const a = before.split("\n");
    const b = after.split("\n");
    assert.equal(a.length, b.length);
    const changed = a.map((l, i) => [l, b[i]]).filter(([x, y]) => x !== y);
    assert.deepEqual(changed, [
      ["    version: 3.5.0", "    version: 3.5.1"],
      ["    version: 9.5.2", "    version: 9.5.3"],
    ]);
    assert.match(out, /am-dashboard:eck\.version: "3\.5\.0" → "3\.5\.1"/);
    assert.match(
      out,
      /- {2}"version": "9\.5\.2"\n\+ {2}"version": "9\.5\.3"/,
      "the rendered-state diff is shown",
    );
    assert.doesNotMatch(out, /summary\.txt/, "the synth summary is not desired state");
    // local is a laptop stack: no workflow deploys it, so the command must not say one does.
    assert.doesNotMatch(out, /deploy workflow/);
    assert.match(out, /local is a laptop stack that no workflow deploys: apply it yourself/);
  });

  it("a dry run shows the diff and writes nothing", async () => {
    const root = sandbox({ dev: bump });
    const before = fs.readFileSync(fileOf(root, "local"), "utf8");
    const { code, out } = await run(root, { from: "dev", to: "local" });
    assert.equal(code, 0);
    assert.match(out, /Dry run: nothing written/);
    assert.equal(fs.readFileSync(fileOf(root, "local"), "utf8"), before);
  });

  it("keeps comments and secure: secret markers of the target", async () => {
    const secret =
      "  # the HMAC key, encrypted by the stack's secrets provider\n" +
      "  am-dashboard:pseudonymisationKey:\n    secure: v1:Zm9vYmFyYmF6cXV4cXV1eA==\n";
    const root = sandbox({ dev: bump, local: (t) => t + secret });
    const { code } = await run(root, { from: "dev", to: "local", write: true });
    assert.equal(code, 0);
    const after = fs.readFileSync(fileOf(root, "local"), "utf8");
    assert.ok(after.endsWith(secret), "the secret and its comment are kept byte for byte");
    for (const comment of realText("local")
      .split("\n")
      .filter((l) => l.trim().startsWith("#"))) {
      assert.ok(after.includes(comment), `comment kept: ${comment}`);
    }
  });

  it("creates a pinned key the target lacks, without touching the rest", () => {
    const from = parseStackDoc("dev", "Pulumi.dev.yaml", bump(realText("dev")));
    const withoutRelease = realText("local").replace(
      / {2}am-dashboard:release:\n {4}classificationRevision: 2\n {4}dashboardsRevision: 1\n/,
      "",
    );
    const to = parseStackDoc("local", "Pulumi.local.yaml", withoutRelease);
    const plan = planPromotion(from, to);
    applyPromotion(to.doc, plan);
    const js = parse(renderStackDoc(to.doc)) as { config: Record<string, unknown> };
    assert.deepEqual(js.config["am-dashboard:release"], { classificationRevision: 2, dashboardsRevision: 1 });
    assert.deepEqual(
      js.config["am-dashboard:planner"],
      (parse(realText("local")) as typeof js).config["am-dashboard:planner"],
    );
  });

  it("refuses unknown stacks, naming the ones that exist", async () => {
    const root = sandbox();
    await assert.rejects(
      run(root, { from: "dev", to: "qa" }),
      (e: Error) =>
        e instanceof PromotionError &&
        /unknown stack "qa": there is no Pulumi\.qa\.yaml .*; stacks: dev, local/.test(e.message),
    );
    await assert.rejects(run(root, { from: "dev", to: "dev" }), /cannot promote dev onto itself/);
  });

  it("refuses milestone mismatches in both directions, with the rule in the message", async () => {
    const root = sandbox();
    fs.writeFileSync(fileOf(root, "stage"), milestone2(realText("dev")));
    await assert.rejects(run(root, { from: "stage", to: "dev" }), (e: Error) => {
      assert.match(e.message, /cannot promote from stage \(milestone 2\) into dev \(milestone 1\)/);
      assert.match(
        e.message,
        /Pulumi\.stage\.yaml pins am-dashboard:collectors\.installer\.version .* a milestone-2 setting that means nothing to dev \(milestone 1\)/,
      );
      return true;
    });
    await assert.rejects(
      run(root, { from: "dev", to: "stage" }),
      /Pulumi\.stage\.yaml needs am-dashboard:collectors\.installer\.version, which dev \(milestone 1\) does not pin/,
    );
    // Narrowed on purpose to what both milestones share, the promotion is allowed.
    const plan = planPromotion(
      parseStackDoc("dev", "Pulumi.dev.yaml", bump(realText("dev"))),
      parseStackDoc("stage", "Pulumi.stage.yaml", milestone2(realText("dev"))),
      ["eck.version", "elastic.version"],
    );
    assert.deepEqual(
      plan.changes.map((c) => c.key),
      ["eck.version", "elastic.version"],
    );
  });

  it("refuses an incomplete source, a secret at a pinned key, and --only outside the pinned keys", () => {
    const noDashboards = realText("dev").replace("    dashboardsRevision: 1\n", "");
    assert.throws(
      () =>
        planPromotion(
          parseStackDoc("dev", "Pulumi.dev.yaml", noDashboards),
          parseStackDoc("local", "Pulumi.local.yaml", realText("local")),
        ),
      /Pulumi\.dev\.yaml does not set am-dashboard:release\.dashboardsRevision .*: it is not a complete release/,
    );
    const secretPin = realText("dev").replace(
      "  am-dashboard:elastic:\n    version: 9.5.2",
      "  am-dashboard:elastic:\n    version:\n      secure: v1:abc",
    );
    assert.throws(
      () => parseStackDoc("dev", "Pulumi.dev.yaml", secretPin),
      /am-dashboard:elastic\.version must be a plain value .*found a secure: secret/,
    );
    assert.throws(
      () =>
        planPromotion(
          parseStackDoc("dev", "Pulumi.dev.yaml", realText("dev")),
          parseStackDoc("local", "Pulumi.local.yaml", realText("local")),
          ["exposure.kibanaHost"],
        ),
      /--only names exposure\.kibanaHost, which is not a release-pinned key/,
    );
    assert.throws(
      () => parseStackDoc("x", "Pulumi.x.yaml", "config:\n  am-dashboard:milestone: 3\n"),
      /milestone must be 1 or 2, found 3/,
    );
  });

  it("refuses a promotion that makes the target's configuration invalid, and writes nothing", async () => {
    const root = sandbox({ dev: (t) => t.replace("version: 9.5.2", "version: 7.17.0") });
    const before = fs.readFileSync(fileOf(root, "local"), "utf8");
    await assert.rejects(
      run(root, { from: "dev", to: "local", write: true }),
      /the promoted Pulumi\.local\.yaml would be invalid:[\s\S]*elastic\.version: found "7\.17\.0"/,
    );
    assert.equal(fs.readFileSync(fileOf(root, "local"), "utf8"), before);
  });

  it("--check reports planted drift (exit 1) and none when the pins are equal (exit 0)", async () => {
    const same = await run(sandbox(), { from: "dev", to: "local", check: true });
    assert.equal(same.code, 0);
    assert.match(same.out, /dev and local pin the same release/);

    const drifted = await run(
      sandbox({ local: (t) => t.replace("dashboardsRevision: 1", "dashboardsRevision: 2") }),
      {
        from: "dev",
        to: "local",
        check: true,
      },
    );
    assert.equal(drifted.code, 1);
    assert.match(drifted.out, /release\.dashboardsRevision: dev=1 local=2/);
    assert.deepEqual(
      pinDrift(
        parseStackDoc("dev", "Pulumi.dev.yaml", realText("dev")),
        parseStackDoc("stage", "Pulumi.stage.yaml", milestone2(realText("dev"))),
      ),
      [{ key: "collectors.installer.version", left: undefined, right: "1.4.0" }],
    );
  });

  it("promotes milestone-1 dev into each real milestone-2 stack file, changing only the two version lines", function () {
    const targets = ["stage", "prod"].filter((s) => fs.existsSync(path.join(REPO, `Pulumi.${s}.yaml`)));
    if (targets.length === 0) this.skip();
    const from = parseStackDoc("dev", "Pulumi.dev.yaml", bump(realText("dev")));
    for (const stack of targets) {
      const to = parseStackDoc(stack, `Pulumi.${stack}.yaml`, realText(stack));
      assert.equal(to.milestone, 2);
      const plan = planPromotion(from, to);
      assert.deepEqual(
        plan.changes.map((c) => c.key),
        ["eck.version", "elastic.version"],
      );
      const before = realText(stack).split("\n");
      const after = promoteText(to, plan).split("\n");
      assert.equal(after.length, before.length);
      assert.deepEqual(
        before.map((l, i) => [l, after[i]]).filter(([x, y]) => x !== y),
        [
          ["    version: 3.5.0", "    version: 3.5.1"],
          ["    version: 9.5.2", "    version: 9.5.3"],
        ],
        stack,
      );
    }
  });

  it("parses its command line and rejects bad usage", () => {
    assert.deepEqual(parseArgs(["dev", "stage", "--write", "--only", "eck.version, elastic.version"]), {
      from: "dev",
      to: "stage",
      check: false,
      write: true,
      only: ["eck.version", "elastic.version"],
    });
    assert.throws(() => parseArgs(["dev"]), /expected two stacks, got 1/);
    assert.throws(() => parseArgs(["dev", "prod", "--check", "--write"]), /cannot be combined/);
    assert.throws(() => parseArgs(["dev", "prod", "--force"]), /unknown option --force/);
  });

  it("extractPinned reads comments-free values from the YAML nodes", () => {
    const dev = parseStackDoc("dev", "Pulumi.dev.yaml", realText("dev"));
    assert.equal(extractPinned(dev.doc, dev.file).length, 4);
  });
});

describe("delivery: rendered-state diff", () => {
  it("writes a unified diff with context and correct hunk headers", () => {
    const a = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].join("\n") + "\n";
    const b = ["a", "b", "c", "d", "E", "f", "g", "h", "i", "j", "k"].join("\n") + "\n";
    assert.equal(
      unifiedDiff("a/x", "b/x", a, b, 2),
      [
        "--- a/x",
        "+++ b/x",
        "@@ -3,5 +3,5 @@",
        " c",
        " d",
        "-e",
        "+E",
        " f",
        " g",
        "@@ -9,2 +9,3 @@",
        " i",
        " j",
        "+k",
        "",
      ].join("\n"),
    );
    assert.equal(unifiedDiff("a", "b", a, a), "");
    assert.equal(unifiedDiff("/dev/null", "b/n", "", "x\n"), "--- /dev/null\n+++ b/n\n@@ -0,0 +1,1 @@\n+x\n");
  });

  it("compares two trees file by file", () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "tree-"));
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
      fs.writeFileSync(path.join(base, rel), text);
    };
    put("before/kubernetes/a.yaml", "x: 1\n");
    put("before/kubernetes/gone.yaml", "y: 1\n");
    put("before/summary.txt", "one\n");
    put("after/kubernetes/a.yaml", "x: 2\n");
    put("after/elastic/new.json", "{}\n");
    put("after/summary.txt", "two\n");
    const d = diffTrees(path.join(base, "before"), path.join(base, "after"), ["summary.txt"]);
    assert.deepEqual(
      [d.added, d.removed, d.changed],
      [["elastic/new.json"], ["kubernetes/gone.yaml"], ["kubernetes/a.yaml"]],
    );
    assert.match(
      d.patch,
      /--- a\/kubernetes\/a\.yaml\n\+\+\+ b\/kubernetes\/a\.yaml\n@@ -1,1 \+1,1 @@\n-x: 1\n\+x: 2/,
    );
    assert.match(d.patch, /--- \/dev\/null\n\+\+\+ b\/elastic\/new\.json/);
  });
});

describe("delivery: promote with the real offline synth", function () {
  this.timeout(300_000);

  it("shows the Elasticsearch and Kibana version change in the rendered desired state", async function () {
    const root = sandbox({ dev: bump });
    const probe = fs.mkdtempSync(path.join(os.tmpdir(), "synth-probe-"));
    const baseline = await synthRenderer("local", fileOf(root, "local"), probe);
    if (baseline.exitCode === 0) {
      const { code, out } = await run(root, { from: "dev", to: "local" }, synthRenderer);
      assert.equal(code, 0, out);
      assert.match(out, /^-\s+version: 9\.5\.2$/m);
      assert.match(out, /^\+\s+version: 9\.5\.3$/m);
    } else {
      // local already fails its synth checks: promote still shows the diff, then refuses to write.
      let out = "";
      await assert.rejects(
        promote(
          { from: "dev", to: "local", check: false, write: true },
          { root, render: synthRenderer, out: (t) => (out += t) },
        ),
        /the promoted local fails the synth's checks \(exit [34]\); nothing written/,
      );
      assert.match(out, /^-\s+version: 9\.5\.2$/m);
      assert.match(out, /^\+\s+version: 9\.5\.3$/m);
      assert.equal(fs.readFileSync(fileOf(root, "local"), "utf8"), realText("local"));
    }
  });
});

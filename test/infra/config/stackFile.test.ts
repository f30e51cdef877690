/**
 * The stack file itself: YAML mistakes and keys no code reads are refused with one message naming the file, the
 * line and what to do, on the synth path (file read here) and on the `pulumi up` path (the CLI's flat map).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError, parseStackConfig } from "../../../infra/config/load";
import { ProgramError } from "../../../infra/engine/mockEngine";
import { synthStack } from "../../../infra/synth/run";
import { loadStackFile } from "../../../infra/synth/stackFile";
import { CompositionError } from "../../../stacks";
import { REPO_ROOT, runStack, stackConfig } from "../../support/stacks";

const devText = () => fs.readFileSync(path.join(REPO_ROOT, "Pulumi.dev.yaml"), "utf8");

/** The error loading `text` as `Pulumi.bad.yaml` throws (fails the test when it loads). */
function loadError(text: string | Uint8Array): ConfigError {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  try {
    const loaded = loadStackFile("Pulumi.bad.yaml", {}, bytes);
    const secret = new Set(loaded.secretKeys);
    parseStackConfig("Pulumi.bad.yaml", loaded.config, (k) => secret.has(k), loaded.lineOf);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${String((e as Error).stack ?? e)}`);
    return e;
  }
  assert.fail("the stack file was accepted");
}

const lineOf = (text: string, fragment: string) =>
  text.split("\n").findIndex((l) => l.includes(fragment)) + 1;

describe("stack file: YAML mistakes are one clear message with the line", () => {
  it("a tab used as indentation", () => {
    const text = devText().replace("  am-dashboard:licence: basic", "\tam-dashboard:licence: basic");
    const e = loadError(text);
    assert.match(e.message, /^Cannot read Pulumi\.bad\.yaml, 1 problem\(s\):/);
    assert.ok(
      e.message.includes(
        `line ${lineOf(text, "\tam-dashboard:licence")}, column 1: found a tab used as indentation; allowed: spaces`,
      ),
      e.message,
    );
  });

  it("a key given twice (the CLI would keep the last one silently)", () => {
    const text = devText().replace(
      "  am-dashboard:licence: basic",
      "  am-dashboard:licence: basic\n  am-dashboard:licence: enterprise",
    );
    const e = loadError(text);
    assert.ok(
      e.message.includes(
        `line ${lineOf(text, "licence: enterprise")}, column 3: found a key given twice; allowed: each key once`,
      ),
      e.message,
    );
  });

  it("a nested key given twice", () => {
    const text = devText().replace("      channel: stable", "      channel: stable\n      channel: fast");
    const e = loadError(text);
    assert.match(
      e.message,
      new RegExp(`line ${lineOf(text, "channel: fast")}, column 7: found a key given twice`),
    );
  });

  it("an alias bomb", () => {
    const bomb = [
      "config:",
      "  am-dashboard:a: &a [x, x, x, x, x, x, x, x, x]",
      "  am-dashboard:b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "  am-dashboard:c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "  am-dashboard:d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "  am-dashboard:milestone: *d",
      "",
    ].join("\n");
    const e = loadError(bomb);
    assert.match(e.message, /^Cannot read Pulumi\.bad\.yaml, 1 problem\(s\):\n {2}- line 3: found aliases/);
    assert.match(
      e.message,
      /found aliases that expand to too many values \(an alias bomb\); allowed: at most 50 alias expansions/,
    );
  });

  it("bytes that are not UTF-8, with their line", () => {
    const text = devText();
    const at = text.indexOf("am-dashboard:namespace");
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(text.slice(at)),
    ]);
    const e = loadError(bytes);
    assert.ok(
      e.message.includes(
        `line ${lineOf(text, "am-dashboard:namespace")}: found a byte that is not UTF-8 (0xc3 at byte ${Buffer.byteLength(text.slice(0, at))}); allowed: a UTF-8 text file`,
      ),
      e.message,
    );
  });

  it("a file without config:, an empty file, config: that is not a map", () => {
    assert.match(
      loadError("environment:\n  - am-dashboard/dev\n").message,
      /line 1: found no config: section; allowed: a config: map/,
    );
    assert.match(loadError("").message, /found an empty file; allowed: a map with a config: section/);
    assert.match(loadError("config: am-dashboard\n").message, /line 1: found config: holding a scalar/);
    assert.match(loadError("- config\n").message, /found a list at the top level/);
  });

  it("a misspelt section, with a suggestion", () => {
    const e = loadError(devText().replace(/^config:/m, "confg:"));
    assert.ok(
      e.message.includes('found an unknown top-level section "confg"; allowed: did you mean "config"?'),
      e.message,
    );
    assert.ok(e.message.includes("found no config: section"), e.message);
  });

  it("an alias to an anchor that is not defined", () => {
    const text = devText().replace("roles: [master, data, ingest]", "roles: *roles");
    assert.ok(
      loadError(text).message.includes(
        `line ${lineOf(text, "roles: *roles")}, column`.replace(
          ", column",
          ": found an alias *roles to an anchor not defined before it",
        ),
      ),
    );
  });

  it("a second document, an empty value, a broken secure: value, a bracket left open", () => {
    assert.match(loadError(`${devText()}---\nconfig: {}\n`).message, /found a second YAML document/);
    const empty = devText().replace("am-dashboard:licence: basic", "am-dashboard:licence:");
    assert.ok(
      loadError(empty).message.includes(
        `line ${lineOf(empty, "am-dashboard:licence:")}: am-dashboard:licence: found an empty value; allowed: a value, or remove the key`,
      ),
    );
    const secure = `${devText()}  am-dashboard:plannerConnectorPassword:\n    secure: v1:abc\n    note: x\n`;
    assert.match(
      loadError(secure).message,
      /am-dashboard:plannerConnectorPassword: found a secure: value with other keys/,
    );
    const open = devText().replace("roles: [master, data, ingest]", "roles: [master, data, ingest");
    assert.match(
      loadError(open).message,
      /line \d+, column \d+: found invalid YAML \(.+\); allowed: valid YAML/,
    );
  });

  it("the synth exits 2 with the message and writes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "am-stackfile-"));
    const file = path.join(dir, "Pulumi.bad.yaml");
    fs.writeFileSync(file, devText().replace("  am-dashboard:namespace", "\tam-dashboard:namespace"));
    const result = await synthStack("bad", { stackFile: file, outDir: path.join(dir, "out"), env: {} });
    assert.equal(result.exitCode, 2);
    assert.match(
      result.summary,
      /^Cannot read Pulumi\.bad\.yaml, 1 problem\(s\):\n {2}- line \d+, column 1: found a tab/,
    );
    assert.doesNotMatch(result.summary, /\n\s+at /, "a stack trace");
    assert.equal(fs.existsSync(path.join(dir, "out")), false);
  });
});

describe("stack file: every key is owned", () => {
  const prodText = () => fs.readFileSync(path.join(REPO_ROOT, "Pulumi.prod.yaml"), "utf8");

  it("a misspelt project namespace (prod's kubeconfig context would be dropped) is refused with the fix", () => {
    const text = prodText().replace("  am-dashboard:kubernetes:", "  am-dashbord:kubernetes:");
    const e = loadError(text);
    assert.ok(
      e.message.includes(
        `line ${lineOf(text, "am-dashbord:kubernetes")}: am-dashbord:kubernetes: found a key of the unknown namespace "am-dashbord": nothing reads it; allowed: did you mean "am-dashboard:kubernetes"?`,
      ),
      e.message,
    );
  });

  it("provider keys, which only a default provider would read, are refused, naming where the setting goes", () => {
    const text = prodText().replace(
      "config:\n",
      "config:\n  kubernetes:context: am-dashboard-prod\n  kubernetes:contxt: x\n  elasticstack:elasticsearch: x\n",
    );
    const e = loadError(text);
    assert.ok(
      e.message.includes(
        "line 11: kubernetes:context: found a key of the Kubernetes provider's default instance, which this program disables: nothing reads it; allowed: set am-dashboard:kubernetes.context instead",
      ),
      e.message,
    );
    assert.ok(
      e.message.includes("line 12: kubernetes:contxt: found a key of the Kubernetes provider's default"),
      e.message,
    );
    assert.ok(
      e.message.includes(
        "line 13: elasticstack:elasticsearch: found a key of the Elastic provider's default",
      ),
    );
  });

  it("pulumi:disable-default-providers may be repeated but must keep kubernetes disabled", () => {
    const base = stackConfig("dev");
    const parse = (value: string) => () =>
      parseStackConfig(
        "Pulumi.dev.yaml",
        { ...base.config, "pulumi:disable-default-providers": value },
        (k) => base.secretKeys.includes(k),
      );
    assert.doesNotThrow(parse('["kubernetes"]'));
    assert.doesNotThrow(parse('["*"]'));
    assert.throws(
      parse("[]"),
      /pulumi:disable-default-providers: found a value that allows default providers; allowed: a list that includes "kubernetes"/,
    );
    assert.throws(
      () =>
        parseStackConfig(
          "Pulumi.dev.yaml",
          { ...base.config, "pulumi:disable-default-provider": "[]" },
          () => true,
        ),
      /pulumi:disable-default-provider: found a pulumi: key this project does not use; allowed: did you mean "pulumi:disable-default-providers"\?/,
    );
  });

  it("a key given twice under pulumi up (one in the file, one from the project default) is still one key", () => {
    // The CLI merges Pulumi.yaml's config into the stack's; the program sees the merged map.
    const base = stackConfig("dev");
    assert.doesNotThrow(() =>
      parseStackConfig(
        "Pulumi.dev.yaml",
        { ...base.config, "pulumi:disable-default-providers": '["kubernetes"]' },
        (k) => base.secretKeys.includes(k),
      ),
    );
  });
});

describe("the pulumi up path: a failure is one message without a stack trace", () => {
  it("a bad configuration is a pulumi.RunError, which the Node.js runtime prints without a stack trace", async () => {
    // @pulumi/pulumi@3.248.0 cmd/run/run.js uncaughtHandler: `if (RunError.isInstance(err)) log.error(err.message)`.
    const loaded = stackConfig("prod");
    const bad = { ...loaded, config: { ...loaded.config, "am-dashbord:kubernetes": '{"context":"x"}' } };
    const err = await runStack("prod", bad).then(
      () => assert.fail("accepted"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ProgramError);
    assert.ok(pulumi.RunError.isInstance(err.cause), "not a RunError: the CLI would print a stack trace");
    assert.deepEqual(err.resources, []);
  });

  it("a component that throws on a validated configuration becomes a CompositionError (a RunError naming it a bug)", () => {
    const e = new CompositionError("dev", new Error("connector image has tag 1.0"));
    assert.ok(pulumi.RunError.isInstance(e));
    assert.match(
      e.message,
      /^The program failed while composing stack "dev": connector image has tag 1\.0\n.*a bug/,
    );
  });
});

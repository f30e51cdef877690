/**
 * One module holds the project's name and labels (infra/naming): the names agree with Pulumi.yaml and package.json,
 * the program's objects and the operator manifests that deploy it are part of the same application, and no other
 * source file spells the names or the `part-of` label itself.
 */
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { parse } from "yaml";
import { pkoManifests } from "../../../delivery/pko/build";
import { environmentFor } from "../../../delivery/pko/render";
import { APPLICATION, commonLabels, deployLabels, PROJECT, STACK_LABEL } from "../../../infra/naming";
import { REPO_ROOT } from "../../../infra/paths";

const HOME = "infra/naming/index.ts";
/** Where a name is still spelled out, and why it stays (each is a known debt, not a second definition). */
const SPELLED_OUT: Record<string, string> = {
  // Every file under engines/<name>/ is part of that engine's recipe hash: editing it rebuilds the engine (the
  // Pulumi CLI, about half an hour). The path names the cache folder of engines/engine.ts.
  "engines/pulumi/engine.ts": "the engines cache folder, part of the pulumi engine's recipe",
};

/** String literals of a file that are exactly one of `values`, as TypeScript's scanner reads them. */
function literalsIn(file: string, values: Set<string>): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true);
  scanner.setText(fs.readFileSync(path.join(REPO_ROOT, file), "utf8"));
  const found: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      if (values.has(scanner.getTokenValue())) found.push(scanner.getTokenValue());
    }
  }
  return found;
}

describe("the project's name and labels (infra/naming)", () => {
  it("is Pulumi.yaml's name (the config namespace) and package.json's", () => {
    const project = parse(fs.readFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), "utf8")) as { name: string };
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { name: string };
    assert.equal(PROJECT, project.name);
    assert.equal(APPLICATION, pkg.name);
  });

  it("puts the program's objects and the operator manifests that deploy them in one application", () => {
    const program = commonLabels("dev", "planner-connector");
    const deploy = deployLabels("dev");
    assert.equal(program["app.kubernetes.io/part-of"], APPLICATION);
    assert.equal(deploy["app.kubernetes.io/part-of"], APPLICATION);
    assert.equal(program[STACK_LABEL], "dev");
    assert.equal(deploy[STACK_LABEL], "dev");
    for (const manifest of pkoManifests(environmentFor(REPO_ROOT, "dev"))) {
      const labels = (manifest.metadata as { labels?: Record<string, string> } | undefined)?.labels;
      if (labels) assert.equal(labels["app.kubernetes.io/part-of"], APPLICATION, JSON.stringify(manifest));
    }
  });

  it("is spelled out nowhere else in the code", () => {
    const names = new Set([PROJECT, APPLICATION, "app.kubernetes.io/part-of"]);
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    })
      .split("\n")
      .filter((f) => f !== "" && !f.startsWith("test/") && !f.startsWith("sdks/") && f !== HOME)
      .filter((f) => fs.existsSync(path.join(REPO_ROOT, f)));
    const spelled = files
      .filter((f) => !(f in SPELLED_OUT))
      .flatMap((f) => literalsIn(f, names).map((v) => `${f}: "${v}"`));
    assert.deepEqual(spelled, [], `import the name from ${HOME}`);
    for (const file of Object.keys(SPELLED_OUT)) {
      assert.ok(
        literalsIn(file, names).length > 0,
        `${file} no longer spells a name: drop it from SPELLED_OUT`,
      );
    }
  });
});

/**
 * The bundled policy pack (`policies/build.ts`, `npm run policies:build`) run by the real CLI and analyzer, from a
 * temp folder outside the repository: nothing can be resolved through `../`, so a preview that passes proves the
 * folder `pulumi policy publish` would ship is self-contained.
 *
 * Its `node_modules` holds only the dependencies its `package.json` declares, each a symlink to the root
 * `node_modules` copy of that package (checked to be the declared version). The root copy, because it is the one
 * installed (`policies/node_modules` is not, in CI or here); one link per declared package, not a link to the whole
 * root `node_modules`, so a package the bundle requires without declaring it (or carrying it) fails as it would after
 * `npm install` of the published pack. Node resolves a symlinked package by its real path, so `@pulumi/policy` and
 * the language host's `@pulumi/pulumi/cmd/run-policy-pack` find the same single `@pulumi/pulumi`.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../infra/paths";
import { buildPolicyPack, type BuiltPack } from "../../policies/build";
import { PACK_NAME, PACK_VERSION } from "../../policies/pack";
import { useControlPlane } from "../support/engines";
import { makeTempDir, removeTempDir } from "../support/engines/processes";
import { mandatoryViolations, policyArgs, stackWorkspace } from "../support/engines/stackPreview";

const PLANTED = path.join(__dirname, "fixtures", "planted");

/** Links each declared dependency of the built pack from the root node_modules into `<pack>/node_modules`. */
function linkDependencies(built: BuiltPack): void {
  for (const [name, version] of Object.entries(built.dependencies)) {
    const source = path.join(REPO_ROOT, "node_modules", name);
    const installed = (
      JSON.parse(fs.readFileSync(path.join(source, "package.json"), "utf8")) as { version: string }
    ).version;
    assert.equal(
      installed.replace(/^v/, ""),
      version,
      `root node_modules has ${name}@${installed}, the pack declares ${version}`,
    );
    const target = path.join(built.outDir, "node_modules", name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(source, target, "dir");
  }
}

describe("engines: the bundled policy pack runs on its own under the real CLI", function () {
  this.timeout(20 * 60_000);
  const cp = useControlPlane();
  let dir: string;
  let built: BuiltPack;

  before(async () => {
    dir = makeTempDir("am-policy-bundle-");
    assert.ok(path.relative(REPO_ROOT, dir).startsWith(".."), `${dir} is inside the repository`);
    built = await buildPolicyPack({ outDir: path.join(dir, "pack") });
    linkDependencies(built);
  });
  after(() => dir && removeTempDir(dir));

  it("is a folder of plain JavaScript whose only packages are @pulumi/policy and @pulumi/pulumi", () => {
    assert.deepEqual(fs.readdirSync(built.outDir).sort(), [
      "PulumiPolicy.yaml",
      "index.js",
      "node_modules",
      "package.json",
    ]);
    assert.deepEqual(Object.keys(built.dependencies).sort(), ["@pulumi/policy", "@pulumi/pulumi"]);
    // The repository modules the pack imports are inside index.js: the classification and the shared contracts,
    // nothing of the program.
    for (const file of ["anonymisation/model.ts", "contracts/annotations.ts", "contracts/syncRules.ts"])
      assert.ok(built.bundled.includes(file), `${file} is not in the bundle`);
    assert.deepEqual(
      built.bundled.filter((f) => !/^(policies|anonymisation|contracts)\//.test(f)),
      [],
      "repository files in the bundle from outside policies/, anonymisation/ and contracts/",
    );
    const manifest = fs.readFileSync(path.join(built.outDir, "PulumiPolicy.yaml"), "utf8");
    assert.match(manifest, /^runtime: nodejs$/m);
    assert.doesNotMatch(manifest, /tsx/);
    const js = fs.readFileSync(path.join(built.outDir, "index.js"), "utf8");
    assert.doesNotMatch(js, /require\("\.\.?\//, "the bundle requires a file by a relative path");
  });

  it("previews local with no mandatory violation, the bundle listed among the packs run", async () => {
    const ws = await stackWorkspace(cp(), "local", REPO_ROOT);
    try {
      const result = await ws.preview(policyArgs(built.outDir, "local"));
      assert.deepEqual(mandatoryViolations(result), [], result.output.slice(-4000));
      assert.match(
        result.output,
        new RegExp(
          `Policy Packs run:[\\s\\S]*${PACK_NAME}\\|local\\|\\S+\\s+${PACK_VERSION.replace(/\./g, "\\.")}`,
        ),
        result.output.slice(-2000),
      );
    } finally {
      await ws.dispose();
    }
  });

  it("refuses a planted index template without index.final_pipeline", async () => {
    // The fixture is the repo's project (same name, packages and config keys) with another entry point.
    const project = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), "utf8");
    fs.writeFileSync(path.join(PLANTED, "Pulumi.yaml"), project.replace(/^main: .*$/m, "main: index.ts"));
    const ws = await stackWorkspace(cp(), "local", PLANTED, {
      AM_PLANTED_VIOLATION: "template-without-final-pipeline",
    });
    try {
      const result = await ws.preview(policyArgs(built.outDir, "local"), { expectFailure: true });
      const lines = mandatoryViolations(result).filter((l) =>
        l.includes("templates-set-anonymisation-final-pipeline"),
      );
      assert.ok(lines.length > 0, `no mandatory violation:\n${result.output.slice(-4000)}`);
      assert.match(result.output, /final_pipeline/);
    } finally {
      await ws.dispose();
    }
  });
});

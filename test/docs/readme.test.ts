/** The generated parts of README.md match the code (regenerate with `npm run docs`). */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import "../../infra/docs/sections";
import { renderReadme, ROOT } from "../../infra/docs/readme";

describe("README", () => {
  it("is in step with the code (npm run docs)", () => {
    const current = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    assert.equal(renderReadme(current), current, "README.md is stale: run npm run docs");
  });

  it("shows the test command CI runs", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const ci = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    assert.match(ci, /^npm test$/m);
    assert.ok(readme.includes("npm ci && npm test"));
    assert.ok(readme.includes("npm ci && npm run synth -- dev"));
  });
});

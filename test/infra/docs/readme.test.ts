/** The generated parts of README.md and docs/ match the code (regenerate with `npm run docs`), and links resolve. */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import "../../../infra/docs/sections";
import { DOC_FILES, renderDoc, ROOT, unplacedSections } from "../../../infra/docs/readme";

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

describe("README and docs", function () {
  // The examples run the synth (and promote runs it twice).
  this.timeout(180_000);

  for (const file of DOC_FILES) {
    it(`${file} is in step with the code (npm run docs)`, async () => {
      const current = read(file);
      assert.equal(await renderDoc(file, current), current, `${file} is stale: run npm run docs`);
    });
  }

  it("shows every generated section somewhere", () => {
    assert.deepEqual(unplacedSections(), []);
  });

  it("is short, and shows the two set-up commands and the test command CI runs", () => {
    const readme = read("README.md");
    assert.ok(readme.split("\n").length <= 300, `README.md has ${readme.split("\n").length} lines`);
    const ci = read(".ci/run");
    assert.match(ci, /^npm test$/m);
    assert.ok(readme.includes("npm ci && npm test"));
    assert.ok(readme.includes("npm ci && npm run synth -- dev"));
    assert.doesNotMatch(readme, /npm ci[^\n]*&&[^\n]*npm ci(?! --prefix)/, "npm ci twice in one command");
  });

  it("links only to files that exist (docs other helpers write are listed as pending)", () => {
    // Written by other work in progress; the README links them already.
    const pending = new Set(["docs/engines.md"]);
    for (const file of [
      "README.md",
      ...fs
        .readdirSync(path.join(ROOT, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `docs/${f}`),
    ]) {
      for (const [, target] of read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const resolved = path.normalize(path.join(path.dirname(file), target));
        if (pending.has(resolved)) continue;
        assert.ok(
          fs.existsSync(path.join(ROOT, resolved)),
          `${file} links to ${target}, which does not exist`,
        );
      }
    }
  });
});

/**
 * The test tree mirrors the source tree (docs/architecture.md, the `test/` row), so a reader finds the test of a file
 * without searching: the test of `<dir>/<name>.ts` is `test/<dir>/<name>.test.ts`, and a test of a whole folder sits
 * in `test/<dir>/` under a name of its own. Every file under `test/` lies in `test/<dir>/` where `<dir>` is a folder
 * of the repository, except in the three folders that mirror nothing: `test/engines/` (the real engines run over the
 * whole program, and the tests of `engines/`), `test/support/` (helpers) and `test/fixtures/` (test data).
 */
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../infra/paths";

const EXEMPT = ["test/engines/", "test/support/", "test/fixtures/"];

/** Files of the working tree (tracked or not, minus what git ignores), repository-relative. */
function repositoryFiles(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\n")
    .filter((f) => f !== "" && fs.existsSync(path.join(REPO_ROOT, f)));
}

/** One line per file under `test/` that lies outside the mirror, naming the file and where it should go. */
export function misplaced(files: readonly string[]): string[] {
  const source = files.filter((f) => !f.startsWith("test/"));
  const folders = new Set(
    source.flatMap((f) =>
      f
        .split("/")
        .slice(0, -1)
        .map((_, i, p) => p.slice(0, i + 1).join("/")),
    ),
  );
  const problems: string[] = [];
  for (const file of files) {
    if (!file.startsWith("test/") || EXEMPT.some((p) => file.startsWith(p))) continue;
    const dir = path.posix.dirname(file.slice("test/".length));
    const name = path.posix.basename(file);
    if (dir === "." ? source.includes(name.replace(/\.test\.ts$/, ".ts")) : folders.has(dir)) continue;
    const tested = name.endsWith(".test.ts")
      ? source.filter((f) => path.posix.basename(f).replace(/\.(ts|mjs)$/, ".test.ts") === name)
      : [];
    const where =
      tested.length > 0
        ? tested.map((f) => `test/${f.replace(/\.(ts|mjs)$/, ".test.ts")}`).join(" or ")
        : name.endsWith(".test.ts")
          ? "test/<folder of the code it tests>/"
          : "beside the tests that use it, or test/support/ (helpers) or test/fixtures/ (data)";
    problems.push(
      `${file}: test/${dir === "." ? "" : `${dir}/`} mirrors no folder of the repository; move it to ${where}`,
    );
  }
  return problems;
}

describe("the test tree mirrors the source tree", () => {
  it("every file under test/ (but engines/, support/, fixtures/) lies in test/<folder of the repository>/", () => {
    assert.deepEqual(misplaced(repositoryFiles()), []);
  });

  it("names a misplaced test and where it should go", () => {
    const files = [
      "anonymisation/derive/mappings.ts",
      "stacks/milestone2.ts",
      "test/stacks/milestone2.test.ts",
    ];
    assert.deepEqual(misplaced(files), []);
    assert.deepEqual(
      misplaced([...files, "test/derive/mappings.test.ts", "test/milestone2/refusals.test.ts"]),
      [
        "test/derive/mappings.test.ts: test/derive/ mirrors no folder of the repository; move it to test/anonymisation/derive/mappings.test.ts",
        "test/milestone2/refusals.test.ts: test/milestone2/ mirrors no folder of the repository; move it to test/<folder of the code it tests>/",
      ],
    );
    assert.deepEqual(misplaced([...files, "test/engines/anything.test.ts", "test/support/x.ts"]), []);
  });
});

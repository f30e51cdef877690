/**
 * The policy pack imports nothing of the program: every file of `policies/` imports only files of `policies/`, the
 * classification (`anonymisation/`), the shared contracts (`contracts/`) and packages, so the pack builds and
 * publishes on its own (`policies/build.ts`). Imports are read the way the layers check reads them
 * (`test/infra/imports.ts`).
 */
import * as assert from "node:assert/strict";
import { importGraph, relativeImports, sourceFiles } from "../infra/imports";

/** The folders a file of the pack may import from (besides packages). */
const ALLOWED = ["policies/", "anonymisation/", "contracts/"];

const allowed = (p: string) => ALLOWED.some((folder) => p.startsWith(folder));

describe("the policy pack is self-contained (policies/ imports only anonymisation/ and contracts/)", () => {
  const packFiles = sourceFiles().filter((f) => f.startsWith("policies/"));

  it("finds the pack's files", () => {
    for (const f of ["policies/index.ts", "policies/rules/index.ts", "policies/rules/connector.ts"])
      assert.ok(packFiles.includes(f), `${f} not found`);
  });

  it("imports, from every file of policies/, nothing outside policies/, anonymisation/ and contracts/", () => {
    const outside = packFiles.flatMap((file) =>
      relativeImports(file)
        .filter((i) => !allowed(i.path))
        .map((i) => `${file}: "${i.specifier}" (${i.path})`),
    );
    assert.deepEqual(outside, [], "imports of the policy pack that leave its folders");
  });

  it("reaches, from policies/index.ts through every import, only those folders", () => {
    const { imports } = importGraph();
    const seen = new Set<string>();
    const queue = ["policies/index.ts"];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...(imports.get(file) ?? []));
    }
    assert.ok(seen.has("contracts/syncRules.ts"), "the walk did not reach the contracts");
    assert.deepEqual(
      [...seen].filter((f) => !allowed(f)).sort(),
      [],
      "files the pack reaches outside its folders",
    );
  });
});

/**
 * The annotation keys of `contracts/annotations.ts` are spelled out (the folder imports nothing of the program); they
 * still belong to the project: each starts with its name (`infra/naming` `PROJECT`) and is a valid annotation key.
 */
import * as assert from "node:assert/strict";
import * as annotations from "../../contracts/annotations";
import { PROJECT } from "../../infra/naming";

describe("contracts/annotations.ts", () => {
  const keys = Object.entries(annotations);

  it("names the three annotations the pack reads", () => {
    assert.deepEqual(keys.map(([name]) => name).sort(), [
      "ANONYMISATION_MODEL_ANNOTATION",
      "LOGIN_ANNOTATION",
      "WRITES_INDEX_ANNOTATION",
    ]);
  });

  for (const [name, key] of keys) {
    it(`${name} is a Kubernetes annotation key prefixed by the project's name`, () => {
      assert.ok(key.startsWith(`${PROJECT}.io/`) || key.startsWith(`${PROJECT}/`), key);
      // prefix (a DNS subdomain) / name (at most 63 characters: alphanumerics, '-', '_', '.').
      assert.match(key, /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/);
    });
  }
});

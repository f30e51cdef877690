import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { cachedJson, digest } from "../../../infra/validation/diskCache";
import { fieldTreeOf, unknownFields } from "../../../infra/validation/fieldTree";

describe("validation disk cache", () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "am-vcache-"));
    saved = process.env.AM_VALIDATION_CACHE;
    process.env.AM_VALIDATION_CACHE = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.AM_VALIDATION_CACHE;
    else process.env.AM_VALIDATION_CACHE = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("derives a value once, then reads it back; another key derives again", () => {
    let calls = 0;
    const compute = () => ({ n: ++calls });
    assert.deepEqual(cachedJson("t", digest("a"), compute), { n: 1 });
    assert.deepEqual(cachedJson("t", digest("a"), compute), { n: 1 });
    assert.deepEqual(cachedJson("t", digest("b"), compute), { n: 2 });
  });

  it("treats a corrupt entry as a miss and replaces it", () => {
    cachedJson("t", digest("a"), () => ({ n: 1 }));
    const [file] = fs.readdirSync(dir);
    fs.writeFileSync(path.join(dir, file), '{"n": 1'); // cut short, as by a crash
    assert.deepEqual(
      cachedJson("t", digest("a"), () => ({ n: 2 })),
      { n: 2 },
    );
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), { n: 2 });
  });

  it("derives everything afresh with AM_VALIDATION_CACHE=off", () => {
    process.env.AM_VALIDATION_CACHE = "off";
    let calls = 0;
    cachedJson("t", digest("a"), () => ++calls);
    cachedJson("t", digest("a"), () => ++calls);
    assert.equal(calls, 2);
  });

  it("a recursive field tree read back from disk finds the same unknown fields as the one derived", () => {
    // JSONSchemaProps refers to itself (properties): the encoding must keep the cycle.
    const models = path.dirname(createRequire(__filename).resolve("kubernetes-models/package.json"));
    const dts = path.join(models, "apiextensions.k8s.io", "v1", "CustomResourceDefinition.d.ts");
    const derived = fieldTreeOf(dts, "ICustomResourceDefinition");
    assert.equal(fs.readdirSync(dir).filter((f) => f.startsWith("fields-")).length, 1);
    const read = fieldTreeOf(dts, "ICustomResourceDefinition");
    const crd = {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: { name: "x" },
      spec: {
        versions: [
          {
            name: "v1",
            schema: {
              openAPIV3Schema: {
                properties: { a: { properties: { b: { tpye: "string" } } } },
              },
            },
          },
        ],
        scpoe: "Namespaced",
      },
    };
    const expected = [
      '/spec/versions/0/schema/openAPIV3Schema/properties/a/properties/b: unknown field "tpye"',
      '/spec: unknown field "scpoe"',
    ].sort();
    assert.deepEqual(unknownFields(crd, derived).sort(), expected);
    assert.deepEqual(unknownFields(crd, read).sort(), expected);
  });
});

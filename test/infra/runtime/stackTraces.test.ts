/**
 * Stack traces under ts-node registered as Pulumi's Node.js runtime registers it for this project (the options of
 * `@pulumi/pulumi/cmd/run/run.js`, the project's tsconfig.pulumi.json: swc, no type check), in a process of its own:
 * a program file whose stacks pass through the SDK's JavaScript, with ts-node's mapping of every frame and with
 * `mapOnlyProgramFrames`.
 */
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../../infra/paths";
import { formatStack, isProgramFrame } from "../../../infra/runtime/stackTraces";

const PROGRAM = path.join(REPO_ROOT, "test/fixtures/stack-traces/program.ts");

interface Captured {
  inApply: string;
  thrown: string;
}

/** Runs the fixture program in a Node.js process set up as `pulumi preview` runs the project. */
function captureStacks(narrowed: boolean): Captured {
  const script = `
    const tsutils = require("@pulumi/pulumi/tsutils");
    const compilerOptions = tsutils.loadTypeScriptCompilerOptions("tsconfig.pulumi.json");
    require("ts-node").register({
      transpileOnly: compilerOptions.noCheck,
      project: "tsconfig.pulumi.json",
      compilerOptions: { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true", ...compilerOptions },
    });
    if (${narrowed}) require("./infra/runtime/stackTraces.ts").mapOnlyProgramFrames();
    require(${JSON.stringify(PROGRAM)}).capture().then((c) => process.stdout.write(JSON.stringify(c)));
  `;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], { cwd: REPO_ROOT, encoding: "utf8" }),
  ) as Captured;
}

/** The 1-based line of the fixture that holds `marker`. */
function lineOf(marker: string): number {
  const lines = fs.readFileSync(PROGRAM, "utf8").split("\n");
  const index = lines.findIndex((l) => l.includes(marker));
  assert.ok(index >= 0, marker);
  return index + 1;
}

/** `file:line:column` of each frame line of a stack. */
function framePositions(stack: string): { file: string; line: number }[] {
  return stack
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .map((l) => /\(?([^()\s]+):(\d+):\d+\)?$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1], line: Number(m[2]) }));
}

describe("stack traces of the program under Pulumi's ts-node", function () {
  this.timeout(120_000);
  let everyFrame: Captured;
  let narrowed: Captured;
  before(() => {
    everyFrame = captureStacks(false);
    narrowed = captureStacks(true);
  });

  it("still map the program's own frames to its TypeScript lines", () => {
    for (const [captured, what] of [
      [everyFrame, "ts-node's mapping"],
      [narrowed, "mapOnlyProgramFrames"],
    ] as const) {
      const apply = framePositions(captured.inApply).find((f) => f.file === PROGRAM);
      assert.equal(apply?.line, lineOf("CAPTURE-IN-APPLY"), `${what}: ${captured.inApply}`);
      const thrown = framePositions(captured.thrown).find((f) => f.file === PROGRAM);
      assert.equal(thrown?.line, lineOf("CAPTURE-THROWN"), `${what}: ${captured.thrown}`);
    }
  });

  it("keep the message, every frame and their order", () => {
    assert.ok(narrowed.thrown.startsWith("Error: first line\nsecond line\n    at "), narrowed.thrown);
    for (const key of ["inApply", "thrown"] as const) {
      // A frame's function (an anonymous one prints its place alone, which the mapping changes).
      const names = (s: string) =>
        s
          .split("\n")
          .filter((l) => /^\s+at /.test(l))
          .map((l) => /^\s+at (.+) \(/.exec(l)?.[1] ?? "<anonymous>");
      assert.deepEqual(names(narrowed[key]), names(everyFrame[key]), key);
    }
  });

  it("name the SDK's JavaScript files that ran, where ts-node named TypeScript files the package does not ship", () => {
    const sdk = (s: string) =>
      framePositions(s).filter((f) => f.file.includes(`${path.sep}node_modules${path.sep}`));
    const mapped = sdk(everyFrame.inApply);
    assert.ok(
      mapped.some((f) => f.file.endsWith(".ts") && !fs.existsSync(f.file)),
      `the reason for the change is gone (ts-node no longer maps SDK frames to missing files?):\n${everyFrame.inApply}`,
    );
    const plain = sdk(narrowed.inApply);
    assert.ok(plain.length > 0, narrowed.inApply);
    for (const f of plain)
      assert.ok(f.file.endsWith(".js") && fs.existsSync(f.file), `${f.file}\n${narrowed.inApply}`);
  });
});

describe("formatStack", () => {
  const frame = (file: string, text: string) =>
    ({ getFileName: () => file, toString: () => text }) as unknown as NodeJS.CallSite;
  const calls: NodeJS.CallSite[][] = [];
  const mapFrames = (error: Error, frames: NodeJS.CallSite[]) => {
    calls.push(frames);
    return `${error.message}${frames.map((f) => `\n    at mapped ${f.toString()}`).join("")}`;
  };

  it("hands only the program's TypeScript frames to the mapper, one at a time", () => {
    const frames = [
      frame("/repo/stacks/index.ts", "program (/repo/stacks/index.ts:3:1)"),
      frame(
        "/repo/node_modules/@pulumi/pulumi/output.js",
        "apply (/repo/node_modules/@pulumi/pulumi/output.js:9:2)",
      ),
      frame("/repo/node_modules/x/index.ts", "x (/repo/node_modules/x/index.ts:1:1)"),
      frame(
        "node:internal/process/task_queues",
        "processTicksAndRejections (node:internal/process/task_queues:95:5)",
      ),
    ];
    assert.deepEqual(frames.map(isProgramFrame), [true, false, false, false]);
    const stack = formatStack(new Error("boom"), frames, mapFrames);
    assert.equal(
      stack,
      "boom" +
        "\n    at mapped program (/repo/stacks/index.ts:3:1)" +
        "\n    at apply (/repo/node_modules/@pulumi/pulumi/output.js:9:2)" +
        "\n    at x (/repo/node_modules/x/index.ts:1:1)" +
        "\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
    );
    assert.deepEqual(
      calls.map((c) => c.length),
      [0, 1],
    );
  });
});

/**
 * One measured run for bench/synth.ts: the synth of a stack, or an empty Pulumi program through the same mock
 * engine and process start-up. Prints one JSON line with the peak resident memory of this process (the parent
 * times the whole process itself, start-up included).
 */
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT } from "../infra/naming";
import { runUnderMocks } from "../infra/engine/mockEngine";

async function main(target: string): Promise<void> {
  if (target === "--empty") {
    await runUnderMocks({ project: PROJECT, stack: "empty", config: {} }, async () => ({}));
  } else {
    const { synthStack } = await import("../infra/synth/run.js");
    const result = await synthStack(target, {
      outDir: path.join(os.tmpdir(), `am-bench-${target}-${process.pid}`),
    });
    if (result.exitCode !== 0) throw new Error(`synth of ${target} failed:\n${result.summary}`);
  }
  // maxRSS is in kilobytes and covers the whole process, start-up included, for both variants alike.
  process.stdout.write(`${JSON.stringify({ target, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main(process.argv[2] ?? "--empty").then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  },
);

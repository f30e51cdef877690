/**
 * The dev stack's offline synth against an empty Pulumi program run the same way (same mock engine, same process
 * start-up through tsx), in one benchmark run, interleaved so machine noise hits both alike. Both are timed as
 * whole processes, start to exit, so module loading counts for both.
 * Prints the ratios of median wall time and median peak memory.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { REPO_ROOT as ROOT } from "../infra/paths";

interface Sample {
  target: string;
  wallMs: number;
  maxRssKb: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time is the whole process, start to exit, measured here; peak memory is reported by the child. */
function once(target: string): Sample {
  const started = process.hrtime.bigint();
  const child = path.join(ROOT, "bench", "synthChild.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", child, target], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { ...(JSON.parse(out.trim().split("\n").pop() ?? "{}") as Sample), wallMs };
}

export function main(
  stack = "dev",
  runs = Number(process.env.BENCH_RUNS ?? 5),
): { wall: number; memory: number } {
  const synth: Sample[] = [];
  const empty: Sample[] = [];
  once("--empty"); // warm the file system cache and tsx's transform cache for both variants
  once(stack);
  for (let i = 0; i < runs; i++) {
    empty.push(once("--empty"));
    synth.push(once(stack));
  }
  const wall = median(synth.map((s) => s.wallMs)) / median(empty.map((s) => s.wallMs));
  const memory = median(synth.map((s) => s.maxRssKb)) / median(empty.map((s) => s.maxRssKb));
  const fmt = (xs: Sample[], k: keyof Sample) => median(xs.map((s) => Number(s[k]))).toFixed(0);
  console.log(`synth of "${stack}" vs an empty Pulumi program, ${runs} interleaved runs each, medians:`);
  console.log(
    `  wall time   ${fmt(synth, "wallMs")} ms vs ${fmt(empty, "wallMs")} ms   ratio ${wall.toFixed(2)}`,
  );
  console.log(
    `  peak memory ${fmt(synth, "maxRssKb")} kB vs ${fmt(empty, "maxRssKb")} kB   ratio ${memory.toFixed(2)}`,
  );
  return { wall, memory };
}

if (require.main === module) main(process.argv[2] ?? "dev");

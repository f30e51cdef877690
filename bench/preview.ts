/**
 * `pulumi preview` of the dev stack by the real CLI, language host and providers (with the policy pack, as CI runs
 * it) against an empty program previewed the same way (the same command: the same pack and pack config), interleaved
 * in one run against one test control plane. Prints the ratio of median wall times, and beside it the ratio to the
 * empty program previewed without the pack, the stricter baseline the earlier runs reported: the pack's start-up (a
 * Node process loading `@pulumi/policy` and the rules, about 1.3 s here) is paid by any stack the pack checks.
 *
 * It also measures where dev's extra time goes. One untimed preview of dev records every request the program sends
 * the resource monitor (fixtures/replay/capture.cjs); a program that does nothing but send those requests again, each
 * once what it names has been answered (fixtures/replay), is previewed the same way: the floor that the engine, the
 * providers and the pack set for dev's resources whatever program declares them. Previewed again after loading the
 * SDKs dev loads, it tells the SDKs' share from the program's own.
 * Needs the engines (`npm run engines`).
 */
import * as path from "node:path";
import { REPO_ROOT } from "../infra/paths";
import { cpuTimes, stealSince } from "./host";
import { stackFilePath } from "../infra/synth/stackFile";
import {
  pulumiWorkspace,
  type PulumiResult,
  serviceCaConfigMap,
  setStackSecrets,
  startControlPlane,
  type ControlPlane,
} from "../test/support/engines";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function workspace(
  cp: ControlPlane,
  projectDir: string,
  stack: string,
  stackConfig?: string,
  env?: NodeJS.ProcessEnv,
) {
  const ws = pulumiWorkspace({ projectDir, stack, stackConfig, kubeconfig: cp.kubeconfig, env });
  await ws.stackInit();
  if (stackConfig) await setStackSecrets(ws, stackConfig);
  return ws;
}

/** The engine's summary of what a preview would do ("+ 55 to create"). */
function plan(result: PulumiResult): string {
  const summary = /Resources:\n((?: {4}.+\n?)+)/.exec(result.stdout)?.[1];
  if (!summary)
    throw new Error(`no resource summary in the preview's output:\n${result.stdout.slice(-2000)}`);
  return summary.trim().replace(/\s+/g, " ");
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function main(runs = Number(process.env.BENCH_RUNS ?? 5)): Promise<number> {
  const cp = await startControlPlane();
  try {
    // The dev stack reads OpenShift's service CA ConfigMap before it creates anything.
    await cp.createNamespace("assisted-migration");
    await cp.api.apply(serviceCaConfigMap());
    const devStack = stackFilePath(REPO_ROOT, "dev");
    const dev = await workspace(cp, REPO_ROOT, "dev", devStack);
    const empty = await workspace(cp, path.join(__dirname, "fixtures", "empty"), "empty");
    const replayDir = path.join(__dirname, "fixtures", "replay");
    const recording = path.join(cp.dir, "dev-requests.json"); // holds the bench stack's test secrets: a temp folder
    const capture = await workspace(cp, REPO_ROOT, "dev", devStack, {
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(path.join(replayDir, "capture.cjs"))}`.trim(),
      AM_BENCH_CAPTURE: recording,
    });
    const replayEnv = { AM_BENCH_REPLAY: recording };
    const replay = await workspace(cp, replayDir, "dev", undefined, replayEnv);
    const replaySdks = await workspace(cp, replayDir, "dev", undefined, {
      ...replayEnv,
      AM_BENCH_REPLAY_SDKS: "1",
    });
    const policies = path.join(REPO_ROOT, "policies");
    const devArgs = [
      "--policy-pack",
      policies,
      "--policy-pack-config",
      path.join(policies, "config", "dev.json"),
    ];
    try {
      await empty.preview(devArgs); // first runs compile and cache for each
      const planned = plan(await dev.preview(devArgs));
      await capture.preview(devArgs); // the recording the replays send
      // A replay that registered less than dev would make a floor of nothing: each must plan what dev plans.
      for (const r of [replay, replaySdks]) {
        const replayed = plan(await r.preview(devArgs));
        if (replayed !== planned) throw new Error(`the replay plans "${replayed}", dev plans "${planned}"`);
      }
      const host = cpuTimes();
      const d: number[] = [];
      const e: number[] = [];
      const bare: number[] = [];
      const floor: number[] = [];
      const sdks: number[] = [];
      for (let i = 0; i < runs; i++) {
        e.push(await timed(() => empty.preview(devArgs)));
        bare.push(await timed(() => empty.preview()));
        d.push(await timed(() => dev.preview(devArgs)));
        floor.push(await timed(() => replay.preview(devArgs)));
        sdks.push(await timed(() => replaySdks.preview(devArgs)));
      }
      const em = median(e);
      const ratio = median(d) / em;
      const timing = (xs: number[]) =>
        `${median(xs).toFixed(0).padStart(5)} ms (${Math.min(...xs).toFixed(0)} to ${Math.max(...xs).toFixed(0)})`;
      const row = (label: string, xs: number[]) =>
        console.log(`  ${label.padEnd(36)} ${timing(xs)}   ratio ${(median(xs) / em).toFixed(2)}`);
      console.log(
        `pulumi preview, ${runs} interleaved runs, medians (min to max), ratios to the empty program:`,
      );
      console.log(`  ${"the empty program, policy pack".padEnd(36)} ${timing(e)}`);
      row("dev, policy pack", d);
      row("dev's requests replayed, no program", floor);
      row("the same, dev's SDKs loaded first", sdks);
      console.log(
        "  (the replay is the floor: what the engine, the providers and the pack take for dev's resources whatever\n" +
          "  program declares them; dev's excess over it is the SDKs' loading and the program's own work)",
      );
      console.log(
        `  dev against the empty program previewed without the pack: ratio ${(median(d) / median(bare)).toFixed(2)}`,
      );
      const steal = stealSince(host);
      if (steal) console.log(`  ${steal}`);
      return ratio;
    } finally {
      for (const ws of [dev, empty, capture, replay, replaySdks]) await ws.dispose();
    }
  } finally {
    await cp.stop();
  }
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );

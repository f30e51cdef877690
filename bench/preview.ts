/**
 * `pulumi preview` of the dev stack by the real CLI, language host and providers (with the policy pack, as CI runs
 * it) against an empty program previewed the same way (the same command: the same pack and pack config), interleaved
 * in one run against one test control plane. Prints the ratio of median wall times, and beside it the ratio to the
 * empty program previewed without the pack, the stricter baseline the earlier runs reported: the pack's start-up (a
 * Node process loading `@pulumi/policy` and the rules, about 1.3 s here) is paid by any stack the pack checks.
 * Needs the engines (`npm run engines`).
 */
import * as path from "node:path";
import { REPO_ROOT } from "../infra/paths";
import { cpuTimes, stealSince } from "./host";
import { stackFilePath } from "../infra/synth/stackFile";
import {
  pulumiWorkspace,
  serviceCaConfigMap,
  setStackSecrets,
  startControlPlane,
  type ControlPlane,
} from "../test/support/engines";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function workspace(cp: ControlPlane, projectDir: string, stack: string, stackConfig?: string) {
  const ws = pulumiWorkspace({ projectDir, stack, stackConfig, kubeconfig: cp.kubeconfig });
  await ws.stackInit();
  if (stackConfig) await setStackSecrets(ws, stackConfig);
  return ws;
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
    const dev = await workspace(cp, REPO_ROOT, "dev", stackFilePath(REPO_ROOT, "dev"));
    const empty = await workspace(cp, path.join(__dirname, "fixtures", "empty"), "empty");
    const policies = path.join(REPO_ROOT, "policies");
    const devArgs = [
      "--policy-pack",
      policies,
      "--policy-pack-config",
      path.join(policies, "config", "dev.json"),
    ];
    try {
      await empty.preview(devArgs); // first runs compile and cache for both
      await dev.preview(devArgs);
      const host = cpuTimes();
      const d: number[] = [];
      const e: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < runs; i++) {
        e.push(await timed(() => empty.preview(devArgs)));
        bare.push(await timed(() => empty.preview()));
        d.push(await timed(() => dev.preview(devArgs)));
      }
      const ratio = median(d) / median(e);
      console.log(`pulumi preview of "dev" vs an empty program, ${runs} interleaved runs, medians:`);
      console.log(
        `  both with the policy pack   ${median(d).toFixed(0)} ms vs ${median(e).toFixed(0)} ms   ratio ${ratio.toFixed(2)}`,
      );
      console.log(
        `  the empty one without it    ${median(d).toFixed(0)} ms vs ${median(bare).toFixed(0)} ms   ratio ${(median(d) / median(bare)).toFixed(2)}`,
      );
      const steal = stealSince(host);
      if (steal) console.log(`  ${steal}`);
      return ratio;
    } finally {
      await dev.dispose();
      await empty.dispose();
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

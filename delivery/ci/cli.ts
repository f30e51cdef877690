/**
 * CI helpers, run by the workflows with `node --import tsx delivery/ci/cli.ts <command>`:
 *   stacks [--deployed]            JSON array of the stacks (from the Pulumi.<stack>.yaml files present)
 *   affected <base-sha> [<head>]   JSON array of the deployed stacks a pull request affects
 *   summary <out-dir> <commit>     Markdown PR comment of the offline synth results in <out-dir>
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { listStacks } from "../../infra/synth/stackFile";
import { affectedStacks, deployedStacks } from "./stacks";
import { readStackSynth, renderSummary } from "./summary";
import { REPO_ROOT as ROOT } from "../../infra/paths";

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const stacks = listStacks(ROOT);
  if (command === "stacks") {
    process.stdout.write(
      `${JSON.stringify(rest.includes("--deployed") ? deployedStacks(stacks) : stacks)}\n`,
    );
    return 0;
  }
  if (command === "affected" && rest[0]) {
    const head = rest[1] ?? "HEAD";
    // Three dots: what the pull request changed since it branched, not what main gained meanwhile.
    const changed = execFileSync("git", ["diff", "--name-only", `${rest[0]}...${head}`], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .split("\n")
      .filter(Boolean);
    process.stdout.write(`${JSON.stringify(affectedStacks(changed, stacks))}\n`);
    return 0;
  }
  if (command === "summary" && rest.length === 2) {
    const out = path.resolve(rest[0]);
    process.stdout.write(
      renderSummary(
        stacks.map((s) => readStackSynth(out, s)),
        rest[1],
      ),
    );
    return 0;
  }
  process.stderr.write(
    "usage: cli.ts stacks [--deployed] | affected <base-sha> [<head>] | summary <out-dir> <commit>\n",
  );
  return 2;
}

process.exit(main(process.argv.slice(2)));

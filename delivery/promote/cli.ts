/**
 * `npm run promote -- <from> <to> [--check] [--write] [--only key,key]`
 *
 * Without flags: plans the promotion of the release-pinned settings from one stack file to the other, renders the
 * target's desired state before and after with the offline synth, and prints the diff. `--write` then edits the
 * target's `Pulumi.<to>.yaml` in place. `--check` only compares the two stacks' pins.
 * Exit codes: 0 ok (or no drift), 1 drift found (--check), 2 refused or invalid input.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { listStacks, stackFilePath } from "../../infra/synth/stackFile";
import { LOCAL_ONLY_STACKS } from "../ci/stacks";
import { PromotionError } from "./pinned";
import {
  describePlan,
  parseStackDoc,
  pinDrift,
  planPromotion,
  promoteText,
  show,
  type StackDoc,
} from "./plan";
import { configProblems, RENDER_NOISE, REPO_ROOT, RenderError, synthRenderer, type Renderer } from "./render";
import { diffTrees } from "./textdiff";

export interface PromoteArgs {
  from: string;
  to: string;
  check: boolean;
  write: boolean;
  only?: string[];
}

const USAGE = "usage: npm run promote -- <from> <to> [--check] [--write] [--only <key>[,<key>...]]";

export function parseArgs(argv: string[]): PromoteArgs {
  const positional: string[] = [];
  let check = false;
  let write = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--check") check = true;
    else if (a === "--write") write = true;
    else if (a === "--only") {
      const v = argv[++i];
      if (!v || v.startsWith("--"))
        throw new PromotionError(`--only needs a comma-separated list of keys\n${USAGE}`);
      only = v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (a.startsWith("--")) throw new PromotionError(`unknown option ${a}\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 2)
    throw new PromotionError(`expected two stacks, got ${positional.length}\n${USAGE}`);
  if (check && write)
    throw new PromotionError(`--check reports drift only; it cannot be combined with --write`);
  return { from: positional[0], to: positional[1], check, write, only };
}

function loadStack(root: string, stack: string): StackDoc {
  const file = stackFilePath(root, stack);
  if (!fs.existsSync(file)) {
    const known = listStacks(root);
    throw new PromotionError(
      `unknown stack "${stack}": there is no ${path.basename(file)} in ${root}; stacks: ${known.join(", ") || "none"}`,
    );
  }
  return parseStackDoc(stack, path.basename(file), fs.readFileSync(file, "utf8"));
}

export interface PromoteIo {
  root: string;
  render: Renderer;
  out: (text: string) => void;
  /** Progress of the long steps (the two synth runs); the CLI prints it on standard error. */
  progress?: (step: string) => void;
}

/** What happens to a written stack file next: only deployed stacks have a workflow that applies them. */
export function afterWrite(stack: string): string {
  return LOCAL_ONLY_STACKS.includes(stack)
    ? `${stack} is a laptop stack that no workflow deploys: apply it yourself with pulumi up --stack ${stack}.`
    : "Review it and open a pull request; the deploy workflow applies it once merged.";
}

/** Runs the command; returns the exit code. Errors that refuse the promotion are PromotionError / RenderError. */
export async function promote(args: PromoteArgs, io: PromoteIo): Promise<number> {
  const from = loadStack(io.root, args.from);
  const to = loadStack(io.root, args.to);

  if (args.check) {
    const drift = pinDrift(from, to);
    if (drift.length === 0) {
      io.out(`${from.stack} and ${to.stack} pin the same release.\n`);
      return 0;
    }
    io.out(
      `${from.stack} and ${to.stack} pin different releases:\n` +
        drift
          .map((d) => `  ${d.key}: ${from.stack}=${show(d.left)} ${to.stack}=${show(d.right)}`)
          .join("\n") +
        "\n",
    );
    return 1;
  }

  const plan = planPromotion(from, to, args.only);
  io.out(describePlan(plan));
  if (plan.changes.length === 0) return 0;

  const promotedText = promoteText(to, plan);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `promote-${to.stack}-`));
  try {
    const candidate = path.join(work, to.file);
    fs.writeFileSync(candidate, promotedText);
    const invalid = configProblems(candidate, to.file);
    if (invalid) throw new PromotionError(`the promoted ${to.file} would be invalid:\n${invalid}`);

    const before = path.join(work, "before");
    const after = path.join(work, "after");
    io.progress?.(`rendering ${to.stack}'s desired state with its current file (offline synth)`);
    await io.render(to.stack, stackFilePath(io.root, to.stack), before);
    io.progress?.(`rendering ${to.stack}'s desired state with the promoted file (offline synth)`);
    const rendered = await io.render(to.stack, candidate, after);
    const diff = diffTrees(before, after, RENDER_NOISE);
    const counts = `${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed`;
    io.out(`\nDesired state of ${to.stack} (offline synth), ${counts}:\n${diff.patch}`);
    if (rendered.exitCode !== 0) {
      // Schema or mandatory policy violations: the deploy would fail on them, so the file is not changed.
      throw new PromotionError(
        `the promoted ${to.stack} fails the synth's checks (exit ${rendered.exitCode}); nothing written:\n` +
          rendered.output.trimEnd(),
      );
    }

    if (args.write) {
      fs.writeFileSync(stackFilePath(io.root, to.stack), promotedText);
      io.out(`\nWrote ${to.file}. ${afterWrite(to.stack)}\n`);
    } else {
      io.out(`\nDry run: nothing written. Run again with --write to update ${to.file}.\n`);
    }
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const io: PromoteIo = {
    root: REPO_ROOT,
    render: synthRenderer,
    out: (t) => process.stdout.write(t),
    progress: (step) => process.stderr.write(`${step}…\n`),
  };
  Promise.resolve()
    .then(() => promote(parseArgs(process.argv.slice(2)), io))
    .then(
      (code) => process.exit(code),
      (err: unknown) => {
        if (err instanceof PromotionError || err instanceof RenderError) {
          process.stderr.write(`promote: ${err.message}\n`);
          process.exit(2);
        }
        process.stderr.write(
          `promote failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
        );
        process.exit(2);
      },
    );
}

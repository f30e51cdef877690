/**
 * `npm run synth -- <stack> [--stack-file <file>] [--out <dir>] [--allow-unvalidated]`
 * Exit codes: 0 ok, 1 program error, 2 invalid configuration, 3 schema violations or objects that could not be
 * validated (unless --allow-unvalidated). The policy pack runs in `pulumi preview`, not here (docs/synth.md).
 */
import * as path from "node:path";
import { engineBuilt, ensureEngine } from "../../engines/ensure";
import { REPO_ROOT, synthStack } from "./run";
import { listStacks } from "./stackFile";

function usage(): never {
  const stacks = listStacks(REPO_ROOT).join(", ");
  process.stderr.write(
    `usage: npm run synth -- <stack> [--stack-file <file>] [--out <dir>] [--allow-unvalidated]\nstacks: ${stacks}\n`,
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  let allowUnvalidated = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--allow-unvalidated") allowUnvalidated = true;
    else if (a.startsWith("--")) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) usage();
      flags[a.slice(2)] = value;
      i++;
    } else positional.push(a);
  }
  if (positional.length !== 1 || Object.keys(flags).some((f) => !["stack-file", "out"].includes(f))) usage();
  const stack = positional[0];
  const started = Date.now();
  const progress = (step: string) =>
    process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${step}…\n`);
  if (!process.env.AM_SCHEMAS_DIR && !engineBuilt("schemas")) {
    // The CRD schemas come from their Go modules; without them ECK, Route and OLM objects cannot be validated.
    try {
      ensureEngine("schemas", progress);
    } catch (error) {
      progress(
        `the CRD schemas could not be built (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const result = await synthStack(stack, {
    stackFile: flags["stack-file"] ? path.resolve(flags["stack-file"]) : undefined,
    outDir: flags.out ? path.resolve(flags.out) : undefined,
    allowUnvalidated,
    progress,
  });
  (result.exitCode === 0 ? process.stdout : process.stderr).write(result.summary);
  if (result.exitCode === 0) {
    process.stdout.write(`Wrote ${result.files.length} files to ${flags.out ?? path.join("out", stack)}/\n`);
  }
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    // A program error is a bug, not bad input: one line, the stack trace only on request (it may quote values).
    const detail =
      err instanceof Error ? (process.env.AM_DEBUG ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(
      `synth failed (a bug in the program, not in the stack file): ${detail}\n` +
        (process.env.AM_DEBUG ? "" : "Set AM_DEBUG=1 for the stack trace.\n"),
    );
    process.exit(1);
  },
);

/**
 * Renders a stack's desired state with the offline synth (`infra/synth/cli.ts`), in a child process so that each
 * rendering gets a fresh Pulumi runtime, and validates a candidate stack file the way the program would.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { ConfigError, parseStackConfig } from "../../infra/config/load";
import { loadStackFile } from "../../infra/synth/stackFile";

import { REPO_ROOT } from "../../infra/paths";

export { REPO_ROOT };

/** What a rendering reports besides its files: the synth's exit code (3 schema, 4 policy) and its output. */
export interface RenderResult {
  exitCode: number;
  output: string;
}

/**
 * Writes the rendered desired state of `stack`, configured by `stackFile`, under `outDir`. Throws a RenderError
 * when nothing could be rendered; checks that failed on a rendered state are reported in the result.
 */
export type Renderer = (stack: string, stackFile: string, outDir: string) => Promise<RenderResult>;

/** Synth exit codes that still wrote the desired state: 3 schema violations. */
export const RENDERED_WITH_PROBLEMS = [3];

/** Files of the synth output that describe the run rather than the desired state. */
export const RENDER_NOISE = ["summary.txt"];

export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RenderError";
  }
}

/** The real synth as a renderer; `extraArgs` go to the synth CLI (the docs' example passes --allow-unvalidated). */
export function synthRendererWith(extraArgs: readonly string[]): Renderer {
  return (stack, stackFile, outDir) => renderWithSynth(stack, stackFile, outDir, extraArgs);
}

export const synthRenderer: Renderer = synthRendererWith([]);

async function renderWithSynth(
  stack: string,
  stackFile: string,
  outDir: string,
  extraArgs: readonly string[],
): Promise<RenderResult> {
  const cli = path.join(REPO_ROOT, "infra", "synth", "cli.ts");
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", cli, stack, "--stack-file", stackFile, "--out", outDir, ...extraArgs],
    { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw new RenderError(`could not run the synth: ${result.error.message}`);
  const output = `${result.stdout}${result.stderr}`;
  if (result.status === 0 || RENDERED_WITH_PROBLEMS.includes(result.status ?? -1)) {
    return { exitCode: result.status ?? 0, output };
  }
  throw new RenderError(
    `the synth of ${stack} with ${path.basename(stackFile)} failed (exit ${result.status}):\n` +
      `${result.stderr || result.stdout}`.trimEnd(),
  );
}

/**
 * Validates a candidate stack file with the program's own config schema and cross-field rules (secrets come from
 * the synth's placeholders, as no key can decrypt them here). Returns the problems, or null when valid.
 */
export function configProblems(stackFile: string, displayName: string): string | null {
  try {
    const loaded = loadStackFile(stackFile);
    const secret = new Set(loaded.secretKeys);
    parseStackConfig(displayName, loaded.config, (k) => secret.has(k), loaded.lineOf);
    return null;
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
}

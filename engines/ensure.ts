/**
 * For commands and tests that need an engine: its cache directory, building it first (through `npm run engines --
 * <name>`, in a child process so its progress and failure read exactly as on the command line) when it is missing.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { COMPLETE_MARKER, engineDir } from "./engine";
import { ENGINES } from "./registry";

export function engineBuilt(name: string): string | undefined {
  const engine = ENGINES.find((e) => e.name === name);
  if (!engine) throw new Error(`unknown engine "${name}"; known: ${ENGINES.map((e) => e.name).join(", ")}`);
  const dir = engineDir(engine);
  return fs.existsSync(path.join(dir, COMPLETE_MARKER)) ? dir : undefined;
}

export function ensureEngine(name: string, log: (line: string) => void = () => undefined): string {
  const built = engineBuilt(name);
  if (built) return built;
  log(`engine ${name} is not in the cache yet: building it (npm run engines -- ${name}), once per machine`);
  const repo = path.resolve(__dirname, "..");
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repo, "engines", "cli.ts"), name],
    {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const dir = engineBuilt(name);
  if (result.status !== 0 || !dir) {
    throw new Error(
      `building engine ${name} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`.trimEnd(),
    );
  }
  return dir;
}

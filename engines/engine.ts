/**
 * The contract every engine follows: what it is, which upstream module and version it comes from, and how it is
 * built into the cache. Engines are built from their published modules (Go module proxy, Maven Central) and cached
 * outside the repository by name and version, so a warm machine skips them and a cold one builds them once.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT } from "../infra/naming";

export interface BuildContext {
  /** The empty directory to build into; renamed to the engine's cache directory only when the build succeeds. */
  readonly outDir: string;
  /** The engines folder of this repository (wrapper modules live in `<repoEngines>/<name>/`). */
  readonly repoEngines: string;
  /** Prints one line of progress, prefixed with the engine's name. */
  log(message: string): void;
  /** Runs a command, streaming its output to the log; rejects with the command line and exit code on failure. */
  run(command: string, args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<void>;
  /** Runs a command and returns its standard output (trimmed). */
  output(
    command: string,
    args: string[],
    options?: { cwd?: string; env?: NodeJS.ProcessEnv },
  ): Promise<string>;
  /** The directory of another engine that this one needs (built first: list it in `needs`). */
  dirOf(name: string): string;
}

export interface Engine {
  /** Cache folder name and the name `npm run engines -- <name>` accepts. */
  readonly name: string;
  /** Cache key: a new version builds into a new folder, an old one stays until pruned. */
  readonly version: string;
  /** One line for progress and errors: the upstream module (or artifact) and version it is built from. */
  readonly source: string;
  /** What to do when the build fails (which module or version to check, which flag to try). */
  readonly remedy: string;
  /** Other engines that must be built first. */
  readonly needs?: readonly string[];
  /** Executables this engine provides, relative to its directory; linked into the shared `bin/` folder. */
  readonly binaries: readonly string[];
  build(ctx: BuildContext): Promise<void>;
}

/** `${XDG_CACHE_HOME:-$HOME/.cache}/am-dashboard/engines`, or `AM_ENGINES_CACHE` when set. */
export function enginesCacheRoot(): string {
  if (process.env.AM_ENGINES_CACHE) return path.resolve(process.env.AM_ENGINES_CACHE);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(cache, PROJECT, "engines");
}

/**
 * `<root>/<name>/<version>-<recipe>`: the recipe hash is part of the folder, so worktrees (or branches) with different
 * recipes of one engine keep separate builds instead of rebuilding over each other.
 */
export function engineDir(engine: Pick<Engine, "name" | "version">, root = enginesCacheRoot()): string {
  return path.join(root, engine.name, `${engine.version}-${recipeHash(engine.name)}`);
}

/** The folder on PATH for tests: one link per binary of every built engine. */
export function enginesBinDir(root = enginesCacheRoot()): string {
  return path.join(root, "bin");
}

/** Marker written last: a folder without it is a failed or interrupted build and is rebuilt. */
export const COMPLETE_MARKER = ".complete";

/** This repository's `engines/` folder (wrapper modules live in `engines/<name>/`). */
export const REPO_ENGINES = __dirname;

const recipes = new Map<string, string>();

/**
 * A hash of the engine's recipe: every file under `engines/<name>/` (wrapper go.mod/go.sum, our own Go and shell
 * sources, the engine's TypeScript). Part of the engine's folder name, so a changed pin or adapter builds anew even
 * when the upstream version stays the same. Computed once per process.
 */
export function recipeHash(name: string): string {
  const known = recipes.get(name);
  if (known) return known;
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        hash
          .update(path.relative(REPO_ENGINES, full))
          .update("\0")
          .update(fs.readFileSync(full))
          .update("\0");
      }
    }
  };
  walk(path.join(REPO_ENGINES, name));
  const recipe = hash.digest("hex").slice(0, 12);
  recipes.set(name, recipe);
  return recipe;
}

/** Whether an engine is built from its current recipe; `reason` says what is missing. */
export function engineStatus(
  engine: Pick<Engine, "name" | "version">,
  root = enginesCacheRoot(),
): { dir: string; ready: boolean; reason?: string } {
  const dir = engineDir(engine, root);
  if (fs.existsSync(path.join(dir, COMPLETE_MARKER))) return { dir, ready: true };
  return {
    dir,
    ready: false,
    reason: `${engine.name} ${engine.version} (recipe ${recipeHash(engine.name)}) is not built`,
  };
}

/** The engine's cache folder, or an error that says to run `npm run engines` (tests fail with it, never skip). */
export function requireEngine(engine: Pick<Engine, "name" | "version">, root = enginesCacheRoot()): string {
  const status = engineStatus(engine, root);
  if (!status.ready) throw new Error(`${status.reason} (${status.dir}): run npm run engines`);
  return status.dir;
}

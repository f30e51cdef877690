/**
 * `npm run engines [-- <name>…] [--force]`: builds every engine that is missing from the cache, in order, and links
 * their binaries into `<cache>/bin`. Idempotent: a complete engine is skipped; an interrupted build is started over.
 * On failure it names the engine, the upstream module and version, and what to try, then exits non-zero.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  COMPLETE_MARKER,
  engineDir,
  engineStatus,
  enginesBinDir,
  enginesCacheRoot,
  recipeHash,
  REPO_ENGINES,
  type BuildContext,
  type Engine,
} from "./engine";
import { ENGINES } from "./registry";

function stamp(): string {
  return new Date().toISOString().slice(11, 19);
}

function runner(log: (line: string) => void) {
  const exec = (
    command: string,
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
    capture = false,
  ) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let tail: string[] = [];
      const onData = (chunk: Buffer, isOut: boolean) => {
        const text = chunk.toString("utf8");
        if (capture && isOut) out += text;
        for (const line of text.split("\n").filter((l) => l.trim() !== "")) {
          tail = [...tail.slice(-19), line];
          if (!capture) log(`  ${line}`);
        }
      };
      child.stdout.on("data", (c: Buffer) => onData(c, true));
      child.stderr.on("data", (c: Buffer) => onData(c, false));
      child.on("error", reject);
      child.on("close", (code) => {
        if (code === 0) resolve(out.trim());
        else
          reject(
            new Error(
              `\`${command} ${args.join(" ")}\` exited with ${code}${capture ? `:\n${tail.join("\n")}` : ""}`,
            ),
          );
      });
    });
  return {
    run: async (c: string, a: string[], o?: { cwd?: string; env?: NodeJS.ProcessEnv }) => {
      await exec(c, a, o);
    },
    output: (c: string, a: string[], o?: { cwd?: string; env?: NodeJS.ProcessEnv }) => exec(c, a, o, true),
  };
}

function linkBinaries(engine: Engine, dir: string, binDir: string): void {
  fs.mkdirSync(binDir, { recursive: true });
  for (const rel of engine.binaries) {
    const link = path.join(binDir, path.basename(rel));
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(dir, rel), link);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One build of an engine at a time on this machine (several worktrees share the cache): `<dir>.lock` holds the
 * builder's pid; a lock whose process is gone is taken over. Resolves with a release function.
 */
async function lockEngine(dir: string, log: (line: string) => void): Promise<() => void> {
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lock, { force: true });
    } catch {
      const holder = Number(fs.readFileSync(lock, "utf8")) || 0;
      if (!holder || !alive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (!announced) log(`another build (pid ${holder}) is running; waiting for it`);
      announced = true;
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

async function buildOne(engine: Engine, root: string, force: boolean): Promise<"cached" | "built"> {
  const dir = engineDir(engine, root);
  const log = (line: string) => console.log(`[${stamp()}] ${engine.name}@${engine.version}: ${line}`);
  if (!force && engineStatus(engine, root).ready) {
    linkBinaries(engine, dir, enginesBinDir(root));
    return "cached";
  }
  const release = await lockEngine(dir, log);
  try {
    return await buildLocked(engine, root, force, dir, log);
  } finally {
    release();
  }
}

async function buildLocked(
  engine: Engine,
  root: string,
  force: boolean,
  dir: string,
  log: (line: string) => void,
): Promise<"cached" | "built"> {
  // Another process may have finished this engine while we waited for the lock.
  const status = engineStatus(engine, root);
  if (!force && status.ready) {
    linkBinaries(engine, dir, enginesBinDir(root));
    return "cached";
  }
  if (!force && status.reason) log(status.reason);
  const tmp = `${dir}.building-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const ctx: BuildContext = {
    outDir: tmp,
    repoEngines: REPO_ENGINES,
    log,
    ...runner(log),
    dirOf: (name) => {
      const other = ENGINES.find((e) => e.name === name);
      if (!other) throw new Error(`internal: engine ${engine.name} needs unknown engine ${name}`);
      return engineDir(other, root);
    },
  };
  const started = Date.now();
  // The recipe the folder is named after (hashed once, when the run started).
  const recipe = recipeHash(engine.name);
  log(`building from ${engine.source}`);
  try {
    await engine.build(ctx);
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  for (const rel of engine.binaries) {
    if (!fs.existsSync(path.join(tmp, rel))) throw new Error(`the build finished but produced no ${rel}`);
  }
  fs.writeFileSync(
    path.join(tmp, COMPLETE_MARKER),
    `${engine.source}\nrecipe ${recipe}\nbuilt ${new Date().toISOString()}\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  linkBinaries(engine, dir, enginesBinDir(root));
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  return "built";
}

/** The engines to build: the named ones and everything they need, in registry order. */
function selection(names: string[]): Engine[] {
  if (names.length === 0) return [...ENGINES];
  const wanted = new Set<string>();
  const add = (name: string) => {
    const engine = ENGINES.find((e) => e.name === name);
    if (!engine) throw new Error(`unknown engine "${name}"; known: ${ENGINES.map((e) => e.name).join(", ")}`);
    wanted.add(name);
    for (const need of engine.needs ?? []) add(need);
  };
  names.forEach(add);
  return ENGINES.filter((e) => wanted.has(e.name));
}

async function main(argv: string[]): Promise<number> {
  const force = argv.includes("--force");
  const root = enginesCacheRoot();
  const engines = selection(argv.filter((a) => !a.startsWith("--")));
  console.log(`Engines cache: ${root}`);
  for (const engine of engines) {
    try {
      const result = await buildOne(engine, root, force);
      if (result === "cached") console.log(`[${stamp()}] ${engine.name}@${engine.version}: cached`);
    } catch (error) {
      console.error(
        [
          ``,
          `Engine ${engine.name} ${engine.version} failed to build.`,
          `  from:  ${engine.source}`,
          `  error: ${error instanceof Error ? error.message : String(error)}`,
          `  to do: ${engine.remedy}`,
        ].join("\n"),
      );
      return 1;
    }
  }
  console.log(`Engines ready; put ${enginesBinDir(root)} on PATH (the engine tests do).`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

/**
 * Child processes of the test servers (etcd, kube-apiserver, the ECK operator): each writes its output to a log file
 * in its run folder, is killed with SIGTERM (then SIGKILL) by `stop()`, and is killed with SIGKILL when the test process
 * exits by any path, so no server outlives a run even when a test fails or mocha is interrupted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let guarded = false;

function guardExit(): void {
  if (guarded) return;
  guarded = true;
  const killAll = () => {
    for (const child of running) {
      try {
        child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", () => {
    killAll();
    if (process.env.AM_KEEP_TEST_DIRS) return;
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}

/**
 * A fresh folder under the OS temp dir, removed by `removeTempDir` or at process exit (kept when `AM_KEEP_TEST_DIRS`
 * is set, to read the servers' logs after a failure).
 */
export function makeTempDir(prefix: string): string {
  guardExit();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  tempDirs.delete(dir);
  if (!process.env.AM_KEEP_TEST_DIRS) fs.rmSync(dir, { recursive: true, force: true });
}

export interface Server {
  readonly name: string;
  readonly log: string;
  readonly child: ChildProcess;
  /** The last lines of the log (for error messages). */
  tail(lines?: number): string;
  /** Resolves when the process has exited (after SIGTERM, then SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export function startServer(
  name: string,
  command: string,
  args: string[],
  options: { log: string; env?: NodeJS.ProcessEnv; cwd?: string },
): Server {
  guardExit();
  const out = fs.openSync(options.log, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  running.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(child);
      resolve();
    });
    child.once("error", () => {
      running.delete(child);
      resolve();
    });
  });
  const tail = (lines = 20) => {
    try {
      return fs.readFileSync(options.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  };
  return {
    name,
    log: options.log,
    child,
    tail,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export { freePort } from "../../../engines/ports";

/** Polls `check` until it returns a value, failing with `describe()` when the server died or time ran out. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  options: { timeoutMs: number; server?: Server; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let last: unknown;
  for (;;) {
    if (
      options.server &&
      (options.server.child.exitCode !== null || options.server.child.signalCode !== null)
    ) {
      throw new Error(`${options.server.name} exited while waiting for ${what}:\n${options.server.tail()}`);
    }
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? ` (last error: ${last.message})` : "";
      const log = options.server ? `\n${options.server.tail()}` : "";
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}${detail}${log}`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 250));
  }
}

/**
 * The processes running an executable from under `dir` (read from /proc; none where there is no /proc). A test
 * workspace's engines all run from its temp folder, so after the CLI has exited anything listed here was left behind.
 */
export function processesUnder(dir: string): { pid: number; command: string }[] {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return [];
  }
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const found: { pid: number; command: string }[] = [];
  for (const pid of pids) {
    let command: string;
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
    } catch {
      continue; // exited meanwhile
    }
    if (command.startsWith(prefix)) found.push({ pid: Number(pid), command });
  }
  return found;
}

/**
 * Kills what `processesUnder(dir)` lists and waits (up to `timeoutMs`) until they are gone, since a killed process
 * is listed until it has exited; one still listed after that is left for the caller's `processesUnder` to report. The
 * dynamic Terraform bridge starts each Terraform provider as a child that nothing stops when the engine ends the
 * bridge (pulumi/pulumi-terraform-bridge#3349, open): without this every preview or up leaves
 * terraform-provider-elasticstack and terraform-provider-random running (about 33 MiB each).
 */
export async function reapProcessesUnder(dir: string, timeoutMs = 5_000): Promise<void> {
  for (const { pid } of processesUnder(dir)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await waitFor(
    `the processes under ${dir} to exit`,
    async () => (processesUnder(dir).length === 0 ? true : undefined),
    { timeoutMs, intervalMs: 50 },
  ).catch(() => undefined);
}

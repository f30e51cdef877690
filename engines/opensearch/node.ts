/**
 * Starts the cached OpenSearch node (building the engine first when the cache lacks it) on free loopback ports in a
 * fresh temp directory, and stops it again: `stop()` closes the node's standard input, which ends it, then deletes
 * its directory. A parent that dies closes that input too, so no server outlives the run that started it.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureEngine } from "../ensure";
import { OPENSEARCH_LAUNCHER, opensearchEngine } from "./engine";

export interface OpenSearchNode {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `version.number` and `version.distribution` from `GET /`. */
  readonly version: string;
  readonly distribution: string;
  stop(): Promise<void>;
}

const READY = /AM-OPENSEARCH READY (http:\/\/127\.0\.0\.1:\d+)/;

/** The launcher in the cache; builds the engine through `npm run engines -- opensearch` when it is missing. */
export function opensearchLauncher(log: (line: string) => void = () => undefined): string {
  return path.join(ensureEngine(opensearchEngine.name, log), OPENSEARCH_LAUNCHER);
}

export async function startOpenSearch(
  options: { log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<OpenSearchNode> {
  const log = options.log ?? (() => undefined);
  const launcher = opensearchLauncher(log);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "am-opensearch-"));
  const child = spawn(launcher, [home], { stdio: ["pipe", "pipe", "pipe"], detached: false });
  const tail: string[] = [];
  const onExit = () => child.kill("SIGKILL");
  process.once("exit", onExit);

  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`OpenSearch did not become ready in time:\n${tail.join("\n")}`)),
      options.timeoutMs ?? 180_000,
    );
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() === "") continue;
        tail.splice(0, Math.max(0, tail.length - 39), line);
        const m = READY.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`OpenSearch exited (${code}) before it was ready:\n${tail.join("\n")}`));
    });
  }).catch((e: unknown) => {
    child.kill("SIGKILL");
    fs.rmSync(home, { recursive: true, force: true });
    process.removeListener("exit", onExit);
    throw e;
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      child.stdin.end();
      const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      if (child.exitCode === null && child.signalCode === null) await exited;
      clearTimeout(killer);
      process.removeListener("exit", onExit);
      fs.rmSync(home, { recursive: true, force: true });
    })());

  try {
    const info = (await (await fetch(url)).json()) as {
      version?: { number?: string; distribution?: string };
    };
    log(`OpenSearch ${info.version?.number} ready at ${url}`);
    return {
      url,
      version: info.version?.number ?? "unknown",
      distribution: info.version?.distribution ?? "unknown",
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Runs a Ruby script under the cached JRuby (building the engine first when the cache lacks it). */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { ensureEngine } from "../ensure";
import { JRUBY_LAUNCHER, jrubyEngine } from "./engine";

/** The script's standard output; rejects with its standard error when it exits non-zero. */
export function runJRuby(script: string, stdin: string, args: string[] = []): Promise<string> {
  const launcher = path.join(ensureEngine(jrubyEngine.name), JRUBY_LAUNCHER);
  return new Promise((resolve, reject) => {
    const child = spawn(launcher, [script, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`JRuby ${path.basename(script)} exited ${code}:\n${err}`)),
    );
    child.stdin.end(stdin);
  });
}

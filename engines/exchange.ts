/**
 * The exchange of the engines that read one JSON request on standard input and answer with one JSON line per item
 * (am-promql, the JRuby runner of Logstash filters): start the program, send the request, parse the answer.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";

/** The parsed lines of `command`'s standard output; rejects with its standard error when it exits non-zero. */
export function exchangeJsonLines<T>(
  command: string,
  args: readonly string[],
  request: unknown,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const name = [command, ...args].map((a) => path.basename(a)).join(" ");
      if (code !== 0) return reject(new Error(`${name} exited ${code}:\n${err}`));
      resolve(
        out
          .split("\n")
          .filter((l) => l.trim().length > 0)
          .map((l) => JSON.parse(l) as T),
      );
    });
    child.stdin.end(JSON.stringify(request));
  });
}

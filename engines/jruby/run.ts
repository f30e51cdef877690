/** Runs a Ruby script under the cached JRuby (building the engine first when the cache lacks it). */
import * as path from "node:path";
import { ensureEngine } from "../ensure";
import { exchangeJsonLines } from "../exchange";
import { JRUBY_LAUNCHER, jrubyEngine } from "./engine";

/** Sends `request` to the script as JSON on its standard input; its answer is one JSON line per item. */
export function runJRubyJson<T>(script: string, request: unknown): Promise<T[]> {
  return exchangeJsonLines<T>(path.join(ensureEngine(jrubyEngine.name), JRUBY_LAUNCHER), [script], request);
}

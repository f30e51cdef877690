/** Evaluates PromQL with Prometheus's engine (the cached `promql` engine, built first when the cache lacks it). */
import * as path from "node:path";
import { ensureEngine } from "../ensure";
import { exchangeJsonLines } from "../exchange";
import { PROMQL_BINARY, promqlEngine } from "./engine";

export interface PromSeries {
  readonly labels: Readonly<Record<string, string>>;
  /** `[unix milliseconds, value]`, in time order. */
  readonly samples: ReadonlyArray<readonly [number, number]>;
}

export interface PromSelector {
  readonly name: string;
  readonly matchers: ReadonlyArray<{ name: string; type: string; value: string }>;
}

export interface PromResult {
  /** The parser's or the engine's error; `vector` is then null, and `selectors` too when the parser failed. */
  readonly error?: string;
  /** Every vector selector of the parsed expression (matrix selectors included), with its matchers. */
  readonly selectors: PromSelector[] | null;
  readonly vector: Array<{ metric: Record<string, string>; value: number }> | null;
  readonly scalar?: number;
}

/** Loads `series` into a fresh TSDB and runs each query as an instant query at its time, in one process. */
export function evaluatePromql(
  series: readonly PromSeries[],
  queries: ReadonlyArray<{ expr: string; time: number }>,
): Promise<PromResult[]> {
  const binary = path.join(ensureEngine(promqlEngine.name), PROMQL_BINARY);
  return exchangeJsonLines<PromResult>(binary, [], { series, queries });
}

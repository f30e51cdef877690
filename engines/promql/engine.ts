/**
 * Prometheus's PromQL parser and engine (`github.com/prometheus/prometheus` v0.316.0, the module of Prometheus 3.x),
 * behind our small main (`main.go`): series in, parsed selectors and instant-query results out. Red Hat Telemetry
 * answers PromQL through its own query service, which cannot run here; Prometheus's engine stands in for it, so the
 * telemetry collector's generated queries are parsed and evaluated by a real PromQL implementation.
 */
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const PROMETHEUS_MODULE_VERSION = "0.316.0";
export const PROMQL_BINARY = "bin/am-promql";

export const promqlEngine: Engine = {
  name: "promql",
  version: PROMETHEUS_MODULE_VERSION,
  source: `github.com/prometheus/prometheus@v${PROMETHEUS_MODULE_VERSION} promql, promql/parser, tsdb (wrapper engines/promql with our main.go)`,
  remedy: `check that the Go module proxy serves github.com/prometheus/prometheus@v${PROMETHEUS_MODULE_VERSION} and its dependencies (go mod download in engines/promql)`,
  binaries: [PROMQL_BINARY],
  async build(ctx) {
    await buildGoWrapper(ctx, { wrapper: "promql", programs: [{ pkg: ".", out: "am-promql" }] });
  },
};

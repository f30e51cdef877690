/**
 * The telemetry collector's generated PromQL, parsed and evaluated by Prometheus's own parser and engine
 * (engines/promql, Prometheus 3's `promql` and `tsdb`). Red Hat Telemetry's query service cannot run here; a real PromQL
 * implementation stands in for it, so what `promql.ts`'s small tokenizer and the k gate claim is decided by PromQL
 * itself, not by string checks:
 *  - every selector of every generated query carries the restriction to Assisted Migration clusters, as the real
 *    parser reads the query (for the stacks' queries and for generated expressions: functions, ranges, subqueries,
 *    binary operators with label lists, strings holding braces and commas);
 *  - the gate returns only figures of at least k distinct clusters, each the sum over Assisted Migration clusters
 *    alone, equal to a plain TypeScript computation over generated clusters (several series per cluster, lookalike
 *    tags), and nothing for an expression that already summed the clusters away.
 *
 * Seeded (fast-check): `FC_SEED=<n>` replays a run; the seed is printed on failure.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  assistedMigrationMatcher,
  generatedQuery,
  injectMatcher,
  PromqlError,
  type TelemetryQuery,
} from "../../../anonymisation/telemetry/promql";
import { CLUSTER_ID_LABEL } from "../../../anonymisation/telemetry/model";
import { evaluatePromql, type PromSelector, type PromSeries } from "../../../engines/promql/run";
import { listStacks, loadStackFile, stackFilePath } from "../../../infra/synth/stackFile";
import { REPO_ROOT } from "../../support/stacks";
import { propertySeed } from "../../support/seed";

const { seed: SEED, replay } = propertySeed(__filename);
const LABEL = "am_cluster_tags";
const K = 5;
const NOW = Date.UTC(2026, 11, 1);
const RESTRICTION = /^(\w+)=~"(.*)"$/.exec(assistedMigrationMatcher(LABEL))!;

/** Whether a parsed selector carries the restriction matcher exactly. */
const restricted = (s: PromSelector) =>
  s.matchers.some((m) => m.name === RESTRICTION[1] && m.type === "=~" && m.value === RESTRICTION[2]);

// ---- expressions ----------------------------------------------------------------------------------------------------

const metric = fc.constantFrom("mtv_migrated_vms_total", "mtv_plans", "up", "cluster:usage:ratio", "a_total");
const labelValue = fc.constantFrom("done", "a,b", "x}y", 'q\\"uote', "{x}", "", "by (z)");
const matcher = fc
  .tuple(
    fc.constantFrom("status", "provider", "mode", "job"),
    fc.constantFrom("=", "!=", "=~", "!~"),
    labelValue,
  )
  .map(([l, op, v]) => `${l}${op}"${v}"`);
const selector = fc
  .tuple(metric, fc.array(matcher, { maxLength: 2 }), fc.option(fc.constantFrom("[5m]", "[1h]", "[10m:1m]")))
  .map(([m, ms, range]) => ({ text: `${m}${ms.length ? `{${ms.join(", ")}}` : ""}`, range }));
const instant = selector.map((s) => s.text);
const ranged = selector.map((s) => `${s.text}${s.range ?? "[5m]"}`);
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    instant,
    ranged.map((r) => `rate(${r})`),
    ranged.map((r) => `max_over_time(${r}) offset 5m`),
    fc
      .tuple(
        fc.constantFrom("sum", "max", "count"),
        fc.constantFrom("", " by (status)", " without (job)"),
        tie("e"),
      )
      .map(([agg, by, e]) => `${agg}${by} (${e})`),
    fc
      .tuple(
        tie("e"),
        fc.constantFrom("+", "/", "and", "or", "unless", ">"),
        fc.constantFrom("", " on (status)", " ignoring (job)", " on (status) group_left (mode)"),
        tie("e"),
      )
      .map(
        ([a, op, mod, b]) =>
          `(${a}) ${op}${op === "and" || op === "or" || op === "unless" ? mod.replace(/ group_left.*/, "") : mod} (${b})`,
      ),
    tie("e").map((e) => `label_replace(${e}, "mode", "$1", "mode", "(.*)")`),
    tie("e")
      .map((e) => `(${e})[30m:5m]`)
      .map((s) => `max_over_time(${s})`),
  ),
})).e;

function stackQueries(): TelemetryQuery[] {
  return listStacks(REPO_ROOT).flatMap((stack) => {
    const config = loadStackFile(stackFilePath(REPO_ROOT, stack), {}).config["am-dashboard:collectors"];
    const collectors = config ? (JSON.parse(config) as { telemetry?: { queries?: TelemetryQuery[] } }) : {};
    return collectors.telemetry?.queries ?? [];
  });
}

// ---- clusters ---------------------------------------------------------------------------------------------------------

interface Cluster {
  id: string;
  tags: string;
  status: string;
  /** One value per series of this cluster (a cluster may report several series of one metric). */
  values: number[];
}

const cluster = fc.record({
  tags: fc.constantFrom(
    "assisted_migration",
    "ui_ocm,assisted_migration",
    "assisted_migration,x",
    "not_assisted_migration",
    "assisted_migration_old",
    "x, assisted_migration",
    "",
  ),
  status: fc.constantFrom("Succeeded", "Failed", "Canceled"),
  values: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3 }),
});
const clusters = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.array(cluster, { minLength: n, maxLength: n }))
  .map((cs) => cs.map((c, i): Cluster => ({ ...c, id: `cluster-${i}` })));

function seriesOf(cs: Cluster[]): PromSeries[] {
  return cs.flatMap((c) =>
    c.values.map((v, j) => ({
      labels: {
        __name__: "mtv_migrated_vms_total",
        [CLUSTER_ID_LABEL]: c.id,
        [LABEL]: c.tags,
        status: c.status,
        instance: `i${j}`,
      },
      samples: [[NOW - 60_000, v] as const],
    })),
  );
}

/** What the gate must return, computed plainly: per group, the sum over AM clusters, kept when at least k of them. */
function expected(cs: Cluster[], groupBy: "status" | undefined, k: number): Map<string, number> {
  const groups = new Map<string, { sum: number; ids: Set<string> }>();
  for (const c of cs) {
    if (!c.tags.split(",").includes("assisted_migration")) continue;
    const key = groupBy ? c.status : "";
    const g = groups.get(key) ?? { sum: 0, ids: new Set<string>() };
    g.sum += c.values.reduce((a, b) => a + b, 0);
    g.ids.add(c.id);
    groups.set(key, g);
  }
  return new Map([...groups].filter(([, g]) => g.ids.size >= k).map(([key, g]) => [key, g.sum]));
}

describe("milestone 2: telemetry queries under Prometheus's PromQL engine", function () {
  this.timeout(120_000);

  it("restricts every selector of the stacks' queries and of generated expressions, as the real parser reads them", async () => {
    const exprs = [
      ...stackQueries().map((q) => q.expr),
      ...fc.sample(expression, { seed: SEED, numRuns: 300 }),
    ];
    const originals = await evaluatePromql(
      [],
      exprs.map((expr) => ({ expr, time: NOW })),
    );
    const candidates = exprs.filter((_, i) => originals[i].error === undefined);
    assert.ok(
      candidates.length > exprs.length / 2,
      `only ${candidates.length} of ${exprs.length} expressions parse`,
    );
    const rewritten: string[] = [];
    let refused = 0;
    for (const e of candidates) {
      try {
        rewritten.push(generatedQuery({ name: "q", expr: e }, LABEL, K));
        rewritten.push(injectMatcher(e, LABEL));
      } catch (err) {
        if (!(err instanceof PromqlError)) throw err;
        refused++;
      }
    }
    const parsed = await evaluatePromql(
      [],
      rewritten.map((expr) => ({ expr, time: NOW })),
    );
    const problems = rewritten.flatMap((q, i) => {
      const r = parsed[i];
      if (r.error) return [`does not parse (${r.error}): ${q}`];
      const open = (r.selectors ?? []).filter((s) => !restricted(s));
      return open.length ? [`unrestricted selector ${JSON.stringify(open[0])} in: ${q}`] : [];
    });
    assert.deepEqual(problems.slice(0, 3), [], `${problems.length} problems\n${replay}`);
    assert.ok(
      refused < candidates.length / 2,
      `refused ${refused} of ${candidates.length}: the property tests little`,
    );
  });

  it("returns only sums over at least k distinct Assisted Migration clusters, equal to the plain computation", async () => {
    const cases = fc.sample(fc.tuple(clusters, fc.constantFrom<"status" | undefined>(undefined, "status")), {
      seed: SEED,
      numRuns: 60,
    });
    const problems: string[] = [];
    let nonEmpty = 0;
    for (const [cs, groupBy] of cases) {
      const q = generatedQuery({ name: "migrated", expr: "mtv_migrated_vms_total", groupBy }, LABEL, K);
      const [r] = await evaluatePromql(seriesOf(cs), [{ expr: q, time: NOW }]);
      if (r.error) {
        problems.push(`${q}: ${r.error}`);
        continue;
      }
      const got = new Map((r.vector ?? []).map((s) => [groupBy ? s.metric[groupBy] : "", s.value]));
      const want = expected(cs, groupBy, K);
      if (want.size > 0) nonEmpty++;
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...want].sort()))
        problems.push(
          `by ${groupBy ?? "nothing"}: Prometheus ${JSON.stringify([...got])}, expected ${JSON.stringify([...want])}\nclusters ${JSON.stringify(cs)}`,
        );
      for (const s of r.vector ?? []) {
        const extra = Object.keys(s.metric).filter((l) => l !== groupBy);
        if (extra.length)
          problems.push(`a figure carries labels ${extra.join(", ")}: ${JSON.stringify(s.metric)}`);
      }
    }
    assert.deepEqual(problems.slice(0, 2), [], `${problems.length} differences\n${replay}`);
    assert.ok(
      nonEmpty > 5 && nonEmpty < cases.length,
      `${nonEmpty} of ${cases.length} cases publish: both sides of k must occur`,
    );
  });

  it("fails closed when the expression already summed the clusters away", async () => {
    const cs: Cluster[] = Array.from({ length: 3 * K }, (_, i) => ({
      id: `c${i}`,
      tags: "assisted_migration",
      status: "Succeeded",
      values: [1],
    }));
    const queries = ["sum(mtv_migrated_vms_total)", "sum by (status) (mtv_migrated_vms_total)"].map(
      (expr) => ({
        expr: generatedQuery({ name: "q", expr }, LABEL, K),
        time: NOW,
      }),
    );
    const control = generatedQuery({ name: "q", expr: "mtv_migrated_vms_total" }, LABEL, K);
    const results = await evaluatePromql(seriesOf(cs), [...queries, { expr: control, time: NOW }]);
    assert.deepEqual(
      results.slice(0, 2).map((r) => [r.error, r.vector]),
      [
        [undefined, []],
        [undefined, []],
      ],
    );
    assert.deepEqual(
      results[2].vector,
      [{ metric: {}, value: 3 * K }],
      "the control publishes: the data is there",
    );
  });
});

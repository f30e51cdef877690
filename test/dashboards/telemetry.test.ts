import assert from "node:assert/strict";
import { indexMappings } from "../../anonymisation/derive/mappings";
import { dashboardFields, lowCardinalityFields } from "../../anonymisation/model";
import { telemetryDocument } from "../../anonymisation/telemetry/model";
import {
  allDashboards,
  dashboardNdjson,
  dashboardProblems,
  successRatios,
  telemetryDashboard,
  validateDashboard,
  type AnyDashboard,
  type AnyPanel,
} from "../../dashboards";
import { panelBreakdowns, panelMetrics } from "../../dashboards/language/panels";
import { TELEMETRY_PATTERN, TELEMETRY_QUERIES } from "./fixtures";

const dashboard = telemetryDashboard({ indexPattern: TELEMETRY_PATTERN, queries: TELEMETRY_QUERIES });
const byTitle = (title: string) => {
  const p = dashboard.panels.find((x) => x.title === title);
  assert.ok(p, `panel "${title}" exists; have ${dashboard.panels.map((x) => x.title).join(" | ")}`);
  return p as AnyPanel;
};

interface Column {
  operationType: string;
  sourceField?: string;
  filter?: { query: string };
  params?: { formula?: string };
}
function lensColumns(title: string): Record<string, Column> {
  const so = dashboardNdjson(dashboard)
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l))
    .find((o) => o.type === "dashboard");
  const panel = (
    JSON.parse(so.attributes.panelsJSON) as {
      title: string;
      embeddableConfig: {
        attributes: {
          state: { datasourceStates: { formBased: { layers: Record<string, { columns: object }> } } };
        };
      };
    }[]
  ).find((p) => p.title === title)!;
  const layers = panel.embeddableConfig.attributes.state.datasourceStates.formBased.layers;
  return Object.values(layers)[0].columns as Record<string, Column>;
}

describe("telemetry dashboard", () => {
  it("validates clean and only names fields the model lets a dashboard show, all mapped", () => {
    assert.deepEqual(dashboardProblems(dashboard), []);
    validateDashboard(dashboard, telemetryDocument);
    assert.equal(dashboard.dataView.timeField, "sampled_at");
    assert.equal(dashboard.dataView.indexPattern, TELEMETRY_PATTERN);
    const shown = new Set(dashboardFields(telemetryDocument));
    const mapped = indexMappings(telemetryDocument).properties ?? {};
    const json = dashboardNdjson(dashboard);
    for (const dropped of ["cluster_id", "labels"]) {
      assert.ok(!shown.has(dropped));
      assert.ok(!json.includes(`"sourceField":"${dropped}"`) && !json.includes(`${dropped} :`), dropped);
    }
    for (const panel of dashboard.panels) {
      for (const m of panelMetrics(panel)) {
        if (m.op === "ratio") assert.ok(m.sumOf && shown.has(m.sumOf) && m.sumOf in mapped);
        else if (m.op !== "count") assert.ok(shown.has(m.field) && m.field in mapped, m.field);
      }
      for (const b of panelBreakdowns(panel)) assert.ok(b.field in mapped, b.field);
    }
  });

  it("derives one metric tile per ungrouped query and per success ratio, and over-time panels per query", () => {
    const tiles = dashboard.panels.filter((p) => p.chart === "metric").map((p) => p.title);
    assert.deepEqual(tiles, [
      "Migrated vms",
      "Migrations succeeded",
      "Migrations failed",
      "Migrations: success ratio",
      "Migration plans by status: success ratio",
    ]);
    // The row fills the 48 columns without overlap.
    const row = dashboard.panels.filter((p) => p.chart === "metric").map((p) => p.grid);
    assert.deepEqual(
      row.map((g) => [g.x, g.w]),
      [
        [0, 9],
        [9, 10],
        [19, 9],
        [28, 10],
        [38, 10],
      ],
    );
    for (const q of TELEMETRY_QUERIES)
      byTitle(`${q.name[0].toUpperCase()}${q.name.slice(1).replace(/_/g, " ")} over time`);
    assert.equal(byTitle("Migration plans by status: share by status").chart, "donut");
    assert.equal(byTitle("Migrated vms by provider: share by provider").chart, "donut");
  });

  it("breaks down only by the low-cardinality group, and only within one metric", () => {
    const low = lowCardinalityFields(telemetryDocument);
    let grouped = 0;
    for (const panel of dashboard.panels) {
      for (const b of panelBreakdowns(panel)) {
        if (b.by === "date_histogram") {
          assert.equal(b.field, "sampled_at");
          continue;
        }
        assert.ok(low.includes(b.field), b.field);
        assert.equal(b.field, "group");
        grouped++;
        assert.ok(panel.filter && "is" in panel.filter && panel.filter.field === "metric", panel.title);
      }
    }
    assert.equal(grouped, 4);
  });

  it("compiles success ratios to Lens formulas over filtered sums of value", () => {
    const columns = lensColumns("Migration plans by status: success ratio");
    assert.equal(columns.m0.operationType, "formula");
    assert.equal(
      columns.m0.params?.formula,
      `sum(value, kql='(metric : "migration_plans_by_status") and (group : ("Succeeded"))') / ` +
        `sum(value, kql='(metric : "migration_plans_by_status") and (group : ("Succeeded" or "Failed"))')`,
    );
    for (const helper of ["m0X0", "m0X1"]) {
      assert.equal(columns[helper].operationType, "sum");
      assert.equal(columns[helper].sourceField, "value");
    }
    const pair = lensColumns("Migrations: success ratio over time");
    const formula = Object.values(pair).find((c) => c.operationType === "formula")!.params?.formula;
    assert.equal(
      formula,
      `sum(value, kql='metric : "migrations_succeeded"') / ` +
        `sum(value, kql='metric : ("migrations_succeeded" or "migrations_failed")')`,
    );
  });

  it("makes a pair ratio only when both halves exist, and a status ratio only for a status breakdown", () => {
    assert.deepEqual(successRatios([{ name: "migrations_succeeded" }]), []);
    assert.deepEqual(successRatios([{ name: "plans", groupBy: "version" }]), []);
    assert.deepEqual(successRatios([{ name: "_succeeded" }, { name: "_failed" }]), []);
    assert.deepEqual(
      successRatios([{ name: "plans", groupBy: "status" }]).map((r) => r.title),
      ["Plans: success ratio"],
    );
    // The prod config (one ungrouped query, one status breakdown) gives a valid dashboard.
    const prod = telemetryDashboard({
      indexPattern: "am-telemetry*",
      queries: [{ name: "migrated_vms" }, { name: "migration_plans_by_status", groupBy: "status" }],
    });
    assert.deepEqual(dashboardProblems(prod), []);
  });

  it("validateDashboard rejects a ratio summing a non-numeric or dropped field", () => {
    const withRatio = (sumOf: string) => ({
      ...(dashboard as unknown as AnyDashboard),
      panels: [
        {
          title: "r",
          chart: "metric" as const,
          grid: { x: 0, y: 0, w: 12, h: 6 },
          metric: {
            op: "ratio" as const,
            label: "r",
            sumOf,
            numerator: { field: "metric", is: "a" },
            denominator: { field: "metric", is: "b" },
          },
        },
      ],
    });
    assert.deepEqual(dashboardProblems(withRatio("value")), []);
    assert.match(dashboardProblems(withRatio("metric")).join("\n"), /"metric" is of type keyword/);
    assert.match(dashboardProblems(withRatio("cluster_id")).join("\n"), /"cluster_id" is dropped/);
  });

  it("refuses an empty or duplicated query list with the config key to fix", () => {
    assert.throws(
      () => telemetryDashboard({ indexPattern: "am-telemetry*", queries: [] }),
      /collectors\.telemetry\.queries is empty/,
    );
    assert.throws(
      () => telemetryDashboard({ indexPattern: "a*", queries: [{ name: "x" }, { name: "x", groupBy: "v" }] }),
      /"x" is configured twice/,
    );
    assert.throws(() => allDashboards({ telemetryIndexPattern: "am-telemetry*" }), /telemetryQueries/);
  });

  it("is in allDashboards only when its index pattern is given", () => {
    assert.ok(!allDashboards({ installationsIndexPattern: "i*" }).some((d) => d.id === "am-telemetry"));
    const all = allDashboards({ telemetryIndexPattern: "t*", telemetryQueries: TELEMETRY_QUERIES });
    assert.deepEqual(
      all.map((d) => d.id),
      ["am-overview", "am-telemetry"],
    );
    assert.equal(all[1].dataView.indexPattern, "t*");
  });
});

import assert from "node:assert/strict";
import { plannerDocument } from "../../anonymisation/planner/document";
import {
  dashboardProblems,
  dashboardSavedObject,
  DashboardValidationError,
  validateDashboard,
  type AnyDashboard,
  type AnyPanel,
} from "../../dashboards";
import { overviewDashboard } from "../../dashboards/overview";
import { everyKindDashboard } from "./fixtures";

/** The fixture with its panels replaced: the erased type lets a caller name any field, as a cast would. */
function withPanels(...panels: AnyPanel[]): AnyDashboard {
  return { ...(everyKindDashboard as AnyDashboard), panels };
}

const at = { x: 0, y: 0, w: 12, h: 8 };

describe("validateDashboard", () => {
  it("accepts the shipped dashboards and the every-kind fixture", () => {
    assert.deepEqual(dashboardProblems(everyKindDashboard), []);
    assert.deepEqual(dashboardProblems(overviewDashboard()), []);
  });

  it("rejects a terms breakdown on a high-cardinality field, naming dashboard, panel and field", () => {
    const bad = withPanels({
      title: "VMs by estate size",
      chart: "bar",
      grid: at,
      x: { by: "terms", field: "vms_total", size: 10 },
      metrics: [{ op: "count" }],
    });
    assert.throws(
      () => validateDashboard(bad),
      (e: unknown) => {
        assert.ok(e instanceof DashboardValidationError);
        assert.equal(e.dashboardId, "test-every-kind");
        assert.match(e.message, /dashboard "test-every-kind" is invalid/);
        assert.match(
          e.message,
          /panel "VMs by estate size": field "vms_total" is high-cardinality; .*terms breakdowns only accept/,
        );
        return true;
      },
    );
    // The compiler refuses it too, so nothing invalid reaches Kibana.
    assert.throws(() => dashboardSavedObject(bad), DashboardValidationError);
  });

  it("rejects dropped and pseudonymised fields wherever they appear", () => {
    const bad = withPanels(
      {
        title: "dropped metric",
        chart: "metric",
        grid: at,
        metric: { op: "unique_count", field: "vcenter_id" },
      },
      {
        title: "pseudonym filter",
        chart: "metric",
        grid: { ...at, x: 12 },
        metric: { op: "count" },
        filter: { not: { field: "org_ref", exists: true } },
      },
      {
        title: "pseudonym in ratio",
        chart: "metric",
        grid: { ...at, x: 24 },
        metric: {
          op: "ratio",
          label: "r",
          numerator: { field: "subject_ref", is: "x" },
          denominator: { field: "doc_kind", is: "summary" },
        },
      },
      {
        title: "unknown field",
        chart: "pie",
        grid: { ...at, x: 36 },
        slices: [{ by: "terms", field: "email_domain", size: 5 }],
        metric: { op: "count" },
      },
    );
    const problems = dashboardProblems(bad);
    assert.deepEqual(problems, [
      'panel "dropped metric": field "vcenter_id" is dropped in document model "planner"; dashboards may only show kept or generalised fields',
      'panel "pseudonym filter": field "org_ref" is dropped in document model "planner"; dashboards may only show kept or generalised fields',
      'panel "pseudonym in ratio": field "subject_ref" is dropped in document model "planner"; dashboards may only show kept or generalised fields',
      'panel "unknown field": field "email_domain" is not declared in document model "planner"',
    ]);
  });

  it("rejects wrong field types, bad shapes and bad layouts", () => {
    const bad = withPanels(
      { title: "sum of keyword", chart: "metric", grid: at, metric: { op: "sum", field: "os_family" } },
      {
        title: "histogram on keyword",
        chart: "line",
        grid: { x: 40, y: 0, w: 12, h: 8 },
        x: { by: "date_histogram", field: "os_family", interval: "M" },
        metrics: [{ op: "percentile", field: "vm_count", percentile: 100 }],
      },
      { title: "sum of keyword", chart: "metric", grid: { x: 6, y: 4, w: 4, h: 4 }, metric: { op: "count" } },
    );
    assert.deepEqual(dashboardProblems(bad), [
      'panel "sum of keyword": field "os_family" is of type keyword; a numeric (long/double) kept or generalised field is needed',
      'panel "histogram on keyword": field "os_family" is of type keyword; a date kept or generalised field is needed',
      'panel "histogram on keyword": percentile 100 is not between 0 and 100',
      'panel "histogram on keyword": grid x + w = 52 exceeds the 48-column grid',
      'panel "sum of keyword": title is used twice (panel ids derive from titles)',
      'panel "sum of keyword" overlaps panel "sum of keyword" on the grid',
    ]);
  });

  it("checks the data view's time field and the dashboard filters against the model", () => {
    const base = everyKindDashboard as AnyDashboard;
    const bad: AnyDashboard = {
      ...base,
      id: "Bad Id",
      dataView: { ...base.dataView, timeField: "vms_total" },
      filters: [{ label: "by org", filter: { field: "org_ref", is: "x" } }],
    };
    const problems = dashboardProblems(bad);
    assert.equal(problems[0], `id "Bad Id" must be a lower-case slug (a-z, 0-9, '-')`);
    assert.match(problems[1], /^data view "test-planner" time field: field "vms_total" is of type long/);
    assert.match(problems[2], /^dashboard filter "by org": field "org_ref" is dropped/);
  });

  it("refuses, over aggregate cells, every metric that reads documents one by one", () => {
    const cellsView = { ...(everyKindDashboard as AnyDashboard).dataView, model: plannerDocument };
    const at = { x: 0, y: 0, w: 8, h: 4 };
    const dashboard: AnyDashboard = {
      id: "cells",
      title: "cells",
      description: "",
      dataView: cellsView,
      panels: [
        { title: "count", chart: "metric", grid: at, metric: { op: "count" } },
        {
          title: "p95",
          chart: "metric",
          grid: { ...at, x: 8 },
          metric: { op: "percentile", field: "vms_total", percentile: 95 },
        },
        {
          title: "share",
          chart: "metric",
          grid: { ...at, x: 16 },
          metric: {
            op: "ratio",
            label: "s",
            numerator: { field: "doc_kind", is: "os" },
            denominator: { field: "doc_kind", exists: true },
          },
        },
        { title: "sum", chart: "metric", grid: { ...at, x: 24 }, metric: { op: "sum", field: "subjects" } },
      ],
    };
    const problems = dashboardProblems(dashboard);
    assert.equal(problems.length, 3, problems.join("\n"));
    assert.match(problems[0], /^panel "count": "count" reads documents one by one.*sum "subjects"/);
    assert.match(problems[1], /^panel "p95": "percentile" reads documents one by one/);
    assert.match(problems[2], /^panel "share": a ratio over model "planner" counts cells, not customers/);
  });
});

import assert from "node:assert/strict";
import { planDashboards } from "../../../components/kibana-dashboards/build";
import { allDashboards, type AnyDashboard } from "../../../dashboards";

const dashboards = allDashboards({ installationsIndexPattern: "am-installations*" });

describe("dashboards component builders (kibana-dashboards)", () => {
  it("plans one space, the distinct data views and one overwrite import per dashboard", () => {
    const plan = planDashboards("assisted-migration", "Assisted Migration", dashboards);
    assert.equal(plan.space.spaceId, "assisted-migration");
    assert.deepEqual(
      plan.dataViews.map((d) => d.dataView),
      [
        {
          id: "am-installations",
          title: "am-installations*",
          name: "Assisted Migration installations",
          timeFieldName: "month",
        },
        {
          id: "am-key-epochs",
          title: "am-key-epochs",
          name: "Assisted Migration key epochs",
          timeFieldName: "recorded_at",
        },
        {
          id: "am-planner",
          title: "am-planner*",
          name: "Assisted Migration planner",
          timeFieldName: "period_start",
        },
      ],
    );
    assert.deepEqual(
      plan.imports.map((i) => [i.dashboardId, i.dataViewIds, i.spec.overwrite]),
      [
        ["am-overview", ["am-planner"], true],
        // The key-epoch markers read their own data view, which must exist before the import too.
        ["am-installations", ["am-installations", "am-key-epochs"], true],
      ],
    );
    for (const i of plan.imports) {
      const lines = i.spec.fileContents
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        lines.map((o) => [o.type, o.id]),
        [["dashboard", i.dashboardId]],
        "imports carry the dashboard only",
      );
    }
  });

  it("refuses bad space ids, duplicate dashboards and conflicting data views", () => {
    assert.throws(
      () => planDashboards("Assisted Migration", "x", dashboards),
      /space id "Assisted Migration"/,
    );
    assert.throws(
      () => planDashboards("am", "x", [dashboards[0], dashboards[0]]),
      /dashboard id "am-overview" is used twice/,
    );
    const clash: AnyDashboard = {
      ...dashboards[0],
      id: "other",
      dataView: { ...dashboards[0].dataView, indexPattern: "elsewhere*" },
    };
    assert.throws(
      () => planDashboards("am", "x", [dashboards[0], clash]),
      /data view "am-planner" is declared differently/,
    );
    assert.throws(() => planDashboards("am", "x", []), /at least one dashboard/);
  });
});

/** dashboards-name-no-hidden-field, and how stack policies treat bridged resources a preview has not created. */
import * as assert from "node:assert/strict";
import {
  hiddenFields,
  dashboardsNameNoHiddenField,
  namedHiddenFields,
} from "../../../policies/rules/hiddenFields";
import { allPolicies } from "../../../policies/rules";
import { reported, resource, runResourcePolicy, runStackPolicy } from "../../support/policyHarness";
import { T } from "./fixtures";

describe("policy dashboards-name-no-hidden-field", () => {
  const p = dashboardsNameNoHiddenField("mandatory");
  const hidden = hiddenFields()[0];

  it("knows hidden fields, and none of them is a field some model shows", () => {
    assert.ok(hidden, "the classification hides no field");
  });

  it("refuses a data view whose time field the classification hides, and passes a shown one", async () => {
    const dv = (time: string) =>
      resource(
        T.dataView,
        { dataView: { id: "x", title: "am-planner*", timeFieldName: time } },
        { name: "dv" },
      );
    assert.deepEqual(reported(await runResourcePolicy(p, dv(hidden))), [
      `KibanaDataView "dv": names "${hidden}", a field the classification hides.`,
    ]);
    assert.deepEqual(await runResourcePolicy(p, dv("created_month")), []);
  });

  it("finds a hidden field named by a saved object as a value or in KQL, not as a JSON key", () => {
    assert.deepEqual(namedHiddenFields(`{"sourceField":"${hidden}"}`, [hidden]), [hidden]);
    assert.deepEqual(namedHiddenFields(`{"query":"${hidden} : x"}`, [hidden]), [hidden]);
    assert.deepEqual(namedHiddenFields(`{"${hidden}":1}`, [hidden]), []);
  });
});

describe("stack policies over bridged resources a preview has not created", () => {
  it("report the analyzer's can't-know error instead of concluding from missing outputs", async () => {
    const p = allPolicies().find((x) => x.name === "dashboards-use-shown-fields")!;
    await assert.rejects(
      runStackPolicy(p, [resource(T.dataView, {}, { name: "dv" })]),
      /can't be known during preview/,
    );
  });
});

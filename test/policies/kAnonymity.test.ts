/** aggregates-meet-k, and the cell checks of dashboards-use-shown-fields, on hand-built resources. */
import * as assert from "node:assert/strict";
import { aggregatesMeetK } from "../../policies/rules/kAnonymity";
import { reported, resource, runStackPolicy } from "../support/policyHarness";
import { T } from "./fixtures";

const readModel = (props: Record<string, unknown>) =>
  resource(T.readModel, {
    connectorRole: "am_dashboard_connector",
    excludedOrgIds: ["example"],
    excludedEmailDomains: [],
    ...props,
  });

describe("policy aggregates-meet-k", () => {
  const p = aggregatesMeetK("mandatory");

  it("passes a read model with k of at least 5", async () => {
    assert.deepEqual(reported(await runStackPolicy(p, [readModel({ k: 10 })])), []);
    assert.deepEqual(reported(await runStackPolicy(p, [readModel({ k: 5 })])), []);
  });

  it("flags a missing or small k, and a read model that still takes a key", async () => {
    assert.deepEqual(reported(await runStackPolicy(p, [readModel({})])), [
      'ReadModel "test": k is not set; every published cell must describe at least 5 customers.',
    ]);
    assert.deepEqual(reported(await runStackPolicy(p, [readModel({ k: 3 })])), [
      'ReadModel "test": k is 3; every published cell must describe at least 5 customers.',
    ]);
    assert.deepEqual(reported(await runStackPolicy(p, [readModel({ k: 10, pseudonymisationKey: "x" })])), [
      'ReadModel "test": the read model takes a pseudonymisation key; cells need none.',
    ]);
  });
});

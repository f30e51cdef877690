/** aggregates-meet-k, and the cell checks of dashboards-use-shown-fields, on hand-built resources. */
import * as assert from "node:assert/strict";
import { aggregatesMeetK } from "../../../policies/rules/kAnonymity";
import { appliedScript } from "../../../policies/rules/readModelJob";
import { reported, resource, runStackPolicy } from "../../support/policyHarness";
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

describe("policy aggregates-meet-k and connector-uses-read-model-role: the read model applied in the cluster", () => {
  const script = (k: number) =>
    [
      `EXECUTE 'INSERT INTO "am_read_private".settings (k, grace_days) VALUES (${k}, 7)';`,
      `EXECUTE 'GRANT SELECT ON "am_read"."planner_documents" TO "am_dashboard_connector"';`,
    ].join("\n");
  const configMap = (k: number) =>
    resource("kubernetes:core/v1:ConfigMap", {
      metadata: {
        name: "am-read-model-apply-0123456789",
        labels: { "app.kubernetes.io/name": "am-read-model-apply" },
        annotations: { "am-dashboard/connector-login": "am_dashboard_connector_r0" },
      },
      data: { "read-model.sql": script(k) },
    });

  it("reads k from the Job's script itself and flags a small one", async () => {
    const p = aggregatesMeetK("mandatory");
    assert.deepEqual(reported(await runStackPolicy(p, [configMap(10)])), []);
    assert.deepEqual(reported(await runStackPolicy(p, [configMap(3)])), [
      'ConfigMap "am-read-model-apply-0123456789": the read-model script stores k 3; every published cell must describe at least 5 customers.',
    ]);
  });

  it("counts the roles the script grants the view, and its login, as read-model roles", () => {
    const s = appliedScript(configMap(10).props);
    assert.deepEqual(s, {
      ks: [10],
      viewRoles: ["am_dashboard_connector"],
      login: "am_dashboard_connector_r0",
    });
  });
});

import * as assert from "node:assert/strict";
import {
  crossClusterKeysHideIdentifiers,
  licenceCoversFeatures,
  replicationFromAnonymisedLeaders,
} from "../../../policies/rules/replication";
import { reported, resource, runStackPolicy } from "../../support/policyHarness";
import { T } from "./fixtures";

const follower = (remoteCluster: string, leaderIndex: string) =>
  resource(T.follower, { name: "am-planner-follower", remoteCluster, leaderIndex }, { name: "follower" });
const leaders = {
  "replication-from-anonymised-leaders": {
    anonymisedLeaders: [{ cluster: "m1", indices: ["am-planner*"], model: "planner" }],
  },
};
const ccKey = (access: unknown) =>
  resource(T.apiKey, { name: "ccs", type: "cross_cluster", access: JSON.stringify(access) }, { name: "ccs" });

describe("policy replication-from-anonymised-leaders", () => {
  const p = replicationFromAnonymisedLeaders("mandatory");
  it("passes a follower of a declared leader", async () => {
    assert.deepEqual(await runStackPolicy(p, [follower("m1", "am-planner")], { config: leaders }), []);
  });
  it("flags an undeclared leader (default config) and an undeclared index of a declared cluster", async () => {
    assert.deepEqual(reported(await runStackPolicy(p, [follower("m1", "am-planner")])), [
      'ElasticsearchCcrFollowerIndex "follower" follows "am-planner" on remote cluster "m1", which is not declared anonymised at the source.',
    ]);
    assert.deepEqual(reported(await runStackPolicy(p, [follower("m1", "raw-events")], { config: leaders })), [
      'ElasticsearchCcrFollowerIndex "follower" follows "raw-events" on remote cluster "m1", which is not declared anonymised at the source.',
    ]);
  });
});

describe("policy cross-cluster-keys-hide-identifiers", () => {
  const p = crossClusterKeysHideIdentifiers("mandatory");
  it("passes a key granting only shown fields", async () => {
    const ok = ccKey({
      search: [{ names: ["am-planner*"], field_security: { grant: ["vm_count", "created_month"] } }],
    });
    assert.deepEqual(await runStackPolicy(p, [ok]), []);
  });
  it("flags a key without field security and one granting everything", async () => {
    assert.deepEqual(reported(await runStackPolicy(p, [ccKey({ search: [{ names: ["am-planner*"] }] })])), [
      'ElasticsearchSecurityApiKey "ccs" access.search[0] has no field_security: every field, pseudonyms included, is searchable remotely.',
    ]);
    const all = reported(
      await runStackPolicy(p, [
        ccKey({ search: [{ names: ["am-planner*"], field_security: { grant: ["*"] } }] }),
      ]),
    );
    assert.equal(all.length, 1);
    assert.match(
      all[0],
      /^ElasticsearchSecurityApiKey "ccs" access\.search\[0\] grants identifier field\(s\) .*doc_id/,
    );
  });
});

describe("policy licence-covers-features", () => {
  const p = licenceCoversFeatures("mandatory");
  it("passes CCR on platinum and flags it on basic (the schema default) and API-key remotes on platinum", async () => {
    const platinum = { "licence-covers-features": { licence: "platinum" } };
    assert.deepEqual(await runStackPolicy(p, [follower("m1", "am-planner")], { config: platinum }), []);
    assert.deepEqual(reported(await runStackPolicy(p, [follower("m1", "am-planner")])), [
      'ElasticsearchCcrFollowerIndex "follower" uses cross-cluster replication, which needs the platinum licence; the stack declares basic.',
    ]);
    const key = ccKey({ replication: [{ names: ["am-planner*"] }] });
    assert.deepEqual(reported(await runStackPolicy(p, [key], { config: platinum })), [
      'ElasticsearchSecurityApiKey "ccs" uses API-key remote clusters, which needs the enterprise licence; the stack declares platinum.',
    ]);
  });
});

/**
 * What the pack's rules assume of `@pulumi/policy`'s analyzer side: the sentinels of unknown preview values and the
 * proxy that guards them (proxy.ts of @pulumi/policy 1.21, loaded here from the installed package, not copied).
 */
import * as assert from "node:assert/strict";
import {
  apiKeyRoleDescriptors,
  knownPart,
  outputsKnown,
  recordPlannedInputs,
  UNKNOWN_SENTINELS,
  type PolicyResource,
} from "../../../policies/rules/common";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy") as Record<string, unknown> & {
  unknownCheckingProxy: (o: unknown) => Record<string, unknown>;
};

describe("policy rules: unknown preview values", () => {
  it("knows exactly the package's sentinels", () => {
    const theirs = Object.entries(proxy)
      .filter(([k, v]) => /^unknown[A-Z][a-z]+Value$/.test(k) && typeof v === "string")
      .map(([, v]) => v as string);
    assert.equal(theirs.length, 7);
    assert.deepEqual([...UNKNOWN_SENTINELS].sort(), theirs.sort());
  });

  it("reads the known part behind the analyzer's proxy, where touching an unknown value throws", () => {
    const outputs = proxy.unknownCheckingProxy({
      url: "https://es.example",
      ca: proxy.unknownStringValue,
      nested: { hosts: ["a", proxy.unknownStringValue], spec: proxy.unknownObjectValue },
    });
    assert.throws(() => outputs.ca, /can't be known during preview/);
    assert.deepEqual(knownPart(outputs), {
      url: "https://es.example",
      ca: undefined,
      nested: { hosts: ["a", undefined], spec: undefined },
    });
  });
});

describe("policy rules: a resource without outputs in a preview", () => {
  const resource = (urn: string): PolicyResource =>
    ({
      urn,
      type: "elasticstack:index/elasticsearchSecurityRole:ElasticsearchSecurityRole",
      name: urn.split("::").pop()!,
      props: proxy.unknownCheckingProxy({}),
    }) as unknown as PolicyResource;

  it("shows a stack policy the inputs it was registered with, unknown ones still unknown", () => {
    const urn =
      "urn:pulumi:dev::p::elasticstack:index/elasticsearchSecurityRole:ElasticsearchSecurityRole::planned";
    recordPlannedInputs(
      urn,
      proxy.unknownCheckingProxy({
        name: "viewer",
        indices: [{ names: ["*"] }],
        id: proxy.unknownStringValue,
      }),
    );
    const seen = outputsKnown(resource(urn));
    assert.deepEqual(seen.props.indices, [{ names: ["*"] }]);
    assert.throws(() => seen.props.id, /can't be known during preview/);
  });

  it("throws the analyzer's unknown-value error when no inputs were recorded", () => {
    const seen = outputsKnown(resource("urn:pulumi:dev::p::elasticstack:index/x:X::never-registered"));
    assert.throws(() => seen.props, /can't be known during preview/);
  });
});

describe("policy rules: API keys' role descriptors", () => {
  it("reads a key's own role descriptors, and none for a cross-cluster key, whose are computed from access", () => {
    const own = proxy.unknownCheckingProxy({ type: "rest", roleDescriptors: '{"r":{}}' });
    assert.equal(apiKeyRoleDescriptors(own), '{"r":{}}');
    const crossCluster = proxy.unknownCheckingProxy({
      type: "cross_cluster",
      access: { replications: [{ names: ["am-planner"] }] },
      roleDescriptors: proxy.unknownStringValue,
    });
    assert.throws(() => crossCluster.roleDescriptors, /can't be known during preview/);
    assert.equal(apiKeyRoleDescriptors(crossCluster), undefined);
  });
});

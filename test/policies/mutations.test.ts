/**
 * Mutations of the real dev and prod stacks, one per class a careless or hostile change could introduce (issue 15,
 * "Policies that never look"): each must add its own mandatory violation to the pack's result (the baseline is
 * subtracted, as in stacks.test.ts, so a known finding cannot mask it).
 */
import * as assert from "node:assert/strict";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { policyConfigFor, runPack, stackPolicyValues, type Violation } from "../support/policyHarness";
import { runStack, setPath, stackConfig } from "../support/stacks";
import { holderOf, mutateRecorded } from "../support/policyHarness";

const show = (vs: Violation[]) => vs.map((v) => `${v.policyName}: ${v.message.split("\n")[1]}`).join("\n");

function mutationsOf(stack: string) {
  let base: RecordedResource[] = [];
  let baseline = new Set<string>();
  const config = () => policyConfigFor(stack, stackPolicyValues(stackConfig(stack).config));
  const mandatory = async (rs: RecordedResource[]) =>
    (await runPack(rs, { config: config() })).filter((v) => v.enforcementLevel === "mandatory");
  before(async () => {
    base = (await runStack(stack)).resources;
    baseline = new Set((await mandatory(base)).map((v) => v.message));
  });
  /** The violations a mutation adds, after checking the policy named reports one matching `expected`. */
  return async (
    match: (r: RecordedResource) => boolean,
    edit: (inputs: Record<string, any>) => void, // eslint-disable-line @typescript-eslint/no-explicit-any
    policy: string,
    expected: RegExp,
  ) => {
    const vs = (await mandatory(mutateRecorded(base, match, edit))).filter((v) => !baseline.has(v.message));
    assert.ok(
      vs.some((v) => v.policyName === policy && expected.test(v.message)),
      show(vs) || "no new violation",
    );
    return vs;
  };
}

const typeIs = (suffix: string) => (r: RecordedResource) => r.type.endsWith(suffix);

describe("hostile mutations of the dev stack fail the pack", function () {
  this.timeout(120_000);
  const mutate = mutationsOf("dev");

  it("a viewer role that reads the connector's system indices", async () => {
    await mutate(
      typeIs(":ElasticsearchSecurityRole"),
      (i) => i.indices[0].names.push(".elastic-connectors*"),
      "viewers-read-anonymised-only",
      /reads "\.elastic-connectors\*": a system index/,
    );
  });

  it("a viewer role that reads every index", async () => {
    await mutate(
      typeIs(":ElasticsearchSecurityRole"),
      (i) => i.indices.push({ names: ["*"], privileges: ["read"] }),
      "viewers-read-anonymised-only",
      /reads "\*": every index/,
    );
  });

  it("Discover for the viewers", async () => {
    await mutate(
      typeIs(":KibanaSecurityRole"),
      (i) => i.kibanas[0].features.push({ name: "discover_v2", privileges: ["read"] }),
      "viewers-read-anonymised-only",
      /grants the Kibana feature "discover_v2"/,
    );
  });

  it("a sync-rule query with a second relation after a comma", async () => {
    await mutate(
      typeIs(":ConnectorSyncRules"),
      (i) => {
        const rules = holderOf(i, "rules");
        rules[0].query = `${rules[0].query}, public.users`;
      },
      "connector-reads-read-model-only",
      /a second relation after a comma/,
    );
  });

  it("a final-pipeline rename that moves a dropped field into a kept one", async () => {
    await mutate(
      (r) => r.type.endsWith(":ElasticsearchIngestPipeline") && r.name.includes("planner"),
      (i) =>
        i.processors.unshift(
          JSON.stringify({ rename: { field: "vcenter_id", target_field: "agent_version" } }),
        ),
      "pipelines-keep-only-classified-fields",
      /renames "vcenter_id" \(drop in model planner\) into "agent_version"/,
    );
  });

  it("the connector image on its default path with another tag", async () => {
    await mutate(
      (r) => r.type === "kubernetes:apps/v1:Deployment",
      (i) => {
        i.spec.template.spec.containers[0].image = "docker.elastic.co/integrations/elastic-connectors:9.4.0";
      },
      "connector-runs-stack-version",
      /tagged 9\.4\.0, but the stack's Elasticsearch runs 9\.5\.2/,
    );
  });

  it("a key in a Deployment's plain env", async () => {
    await mutate(
      (r) => r.type === "kubernetes:apps/v1:Deployment",
      (i) => {
        const c = i.spec.template.spec.containers[0];
        c.env = [...(c.env ?? []), { name: "HASH_KEY", value: "k".repeat(40) }];
      },
      "no-plaintext-credentials",
      /env HASH_KEY holds/,
    );
  });

  it("a NetworkPolicy peer of every namespace", async () => {
    await mutate(
      (r) => r.type.endsWith(":NetworkPolicy") && r.name.includes("elasticsearch"),
      (i) => {
        i.spec.ingress[0].from[0].namespaceSelector = {};
      },
      "network-peers-are-specific",
      /has namespaceSelector \{\}: it selects every namespace/,
    );
  });
});

describe("hostile mutations of the prod stack fail the pack", function () {
  this.timeout(120_000);
  const mutate = mutationsOf("prod");
  const collectorKey = (r: RecordedResource) =>
    r.type.endsWith(":ElasticsearchSecurityApiKey") && r.name.includes("ai-collector");

  it("manage on the collector key's own index (it could unset index.final_pipeline)", async () => {
    await mutate(
      collectorKey,
      (i) => {
        const d = JSON.parse(i.roleDescriptors);
        d["am-collector-writer"].indices[0].privileges.push("manage");
        i.roleDescriptors = JSON.stringify(d);
      },
      "writers-cannot-change-anonymisation",
      /writes "am-staging-installations\*" and holds manage/,
    );
  });

  it("search access on the cross-cluster key without field security, under the SDK's name", async () => {
    await mutate(
      (r) => r.type.endsWith(":ElasticsearchSecurityApiKey") && r.name.includes("cross-cluster"),
      (i) => {
        i.access.searches = [{ names: ["am-planner"] }];
      },
      "cross-cluster-keys-hide-identifiers",
      /access\.searches\[0\] has no field_security/,
    );
  });

  it("a Logstash fingerprint without its key", async () => {
    await mutate(
      (r) => r.type === "kubernetes:core/v1:Secret" && r.name.includes("pipelines"),
      (i) => {
        const data = holderOf(i, "stringData");
        const key = Object.keys(data)[0];
        const text = String(holderOf(data, key));
        const without = text.replace(/\n\s*key => "\$\{AM_PSEUDONYM_KEY\}"/g, "");
        assert.notEqual(without, text, "no fingerprint key found");
        if (typeof data[key] === "string") data[key] = without;
        else data[key].value = without;
      },
      "collector-hashes-are-keyed",
      /it has no key: SHA256 without a key is a plain hash/,
    );
  });

  it("a collector image tagged latest", async () => {
    await mutate(
      (r) => r.type.includes("logstash.k8s.elastic.co"),
      (i) => {
        i.spec.image = "registry.example.internal/am-dashboard/logstash:latest";
      },
      "images-are-pinned",
      /spec\.image: image .* is tagged latest/,
    );
  });

  it("a leader declared by pattern does not crash the pack", async () => {
    const config = setPath(
      stackConfig("prod"),
      "replication",
      ["indices"],
      [{ pattern: "am-planner*", model: "planner", classificationRevision: 2, anonymisedAtSource: true }],
    );
    const run = await runStack("prod", config);
    const vs = await runPack(run.resources, {
      config: policyConfigFor("prod", stackPolicyValues(config.config)),
    });
    assert.ok(Array.isArray(vs));
  });
});

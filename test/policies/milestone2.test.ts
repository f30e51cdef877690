/**
 * Mutations of the recorded milestone-2 stacks (prod: ECK + API-key CCR + Kafka collector; stage: existing
 * deployment + OpenSearch collector, no CCR) that must each fail the pack with their own violation.
 */
import * as assert from "node:assert/strict";
import { parse, stringify } from "yaml";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { NOT_AGGREGATED } from "../../policies/rules/telemetryAggregation";
import { policyConfigFor, runPack, stackPolicyValues, type Violation } from "../support/policyHarness";
import { holderOf, mutateRecorded } from "../support/policyHarness";
import { runStack, setPath, stackConfig } from "../support/stacks";

const mandatory = (vs: Violation[]) => vs.filter((v) => v.enforcementLevel === "mandatory");
const show = (vs: Violation[]) => vs.map((v) => `${v.policyName}: ${v.message.split("\n")[1]}`).join("\n");
/** The violation text without the description line the analyzer prepends. */
const text = (v: Violation) => v.message.split("\n").slice(1).join("\n");

for (const stack of ["prod", "stage"]) {
  describe(`mutations of the ${stack} stack fail the pack`, () => {
    const loaded = stackConfig(stack);
    const replication = loaded.config["am-dashboard:replication"];
    const alias = replication ? (JSON.parse(replication) as { alias: string }).alias : undefined;
    // Replication mutations exist only for stacks that replicate (stage has no leader it could work with).
    const ifReplicating = (title: string, fn: () => Promise<void>) => {
      if (replication) it(title, fn);
    };
    let base: RecordedResource[];
    let baseline: Set<string>;
    const violations = async (rs: RecordedResource[], values = stackPolicyValues(loaded.config)) =>
      mandatory(await runPack(rs, { config: policyConfigFor(stack, values) }));
    // Each mutation must add its own violation; the baseline is subtracted so a known finding cannot mask it.
    const added = async (rs: RecordedResource[], values?: ReturnType<typeof stackPolicyValues>) =>
      (await violations(rs, values)).filter((v) => !baseline.has(v.message));
    const has = (vs: Violation[], policy: string, message: string) =>
      assert.ok(
        vs.some((v) => v.policyName === policy && text(v) === message),
        `expected ${policy}: ${message}\ngot:\n${show(vs)}`,
      );

    before(async () => {
      base = (await runStack(stack)).resources;
      baseline = new Set((await violations(base)).map((v) => v.message));
    });

    ifReplicating("a follower of a leader index not declared anonymised", async () => {
      const rs = mutateRecorded(
        base,
        (r) => r.type.endsWith(":ElasticsearchCcrFollowerIndex"),
        (i) => {
          i.leaderIndex = "am-planner-raw";
        },
      );
      has(
        await added(rs),
        "replication-from-anonymised-leaders",
        `ElasticsearchCcrFollowerIndex "am-dashboard-ccr-follow-am-planner" follows "am-planner-raw" on remote cluster "${alias}", which is not declared anonymised at the source.`,
      );
    });

    ifReplicating("the stack file no longer declaring the leader anonymised at the source", async () => {
      const mutated = setPath(loaded, "replication", ["indices", 0, "anonymisedAtSource"], false);
      const values = stackPolicyValues(mutated.config);
      assert.deepEqual(values.leaders, []);
      has(
        await added(base, values),
        "replication-from-anonymised-leaders",
        `ElasticsearchCcrFollowerIndex "am-dashboard-ccr-follow-am-planner" follows "am-planner" on remote cluster "${alias}", which is not declared anonymised at the source.`,
      );
    });

    it("the Assisted Installer pipeline without the tag filter", async () => {
      const rs = mutateRecorded(
        base,
        (r) => r.type === "kubernetes:core/v1:Secret" && r.name.endsWith("-ai-collector-pipelines"),
        (i) => {
          const data = holderOf(i, "stringData");
          const pipelines = parse(data["pipelines.yml"]) as Record<string, string>[];
          const before = pipelines[0]["config.string"];
          pipelines[0]["config.string"] = before
            .split("\n")
            .filter((l) => !l.includes("am-tag-filter"))
            .join("\n");
          assert.notEqual(pipelines[0]["config.string"], before, "no tag filter line found");
          data["pipelines.yml"] = stringify(pipelines);
        },
      );
      const vs = await added(rs);
      has(
        vs,
        "collectors-select-assisted-migration",
        'Logstash "am-ai-collector" pipeline "am-installations" (Secret "am-ai-collector-pipelines") does not drop ' +
          'events whose [cluster][tags] lack "assisted_migration": the generated tag filter is missing from the top ' +
          "level of its filter section.",
      );
    });

    it("a Metricbeat query without the Assisted Migration matcher", async () => {
      const rs = mutateRecorded(
        base,
        (r) => r.type.endsWith(":Beat"),
        (i) => {
          const q = i.spec.config["metricbeat.modules"][0].queries[0];
          assert.equal(q.name, "migrated_vms");
          q.params.query = "sum(mtv_migrated_vms_total)";
        },
      );
      has(
        await added(rs),
        "collectors-select-assisted-migration",
        'Beat "am-telemetry-collector" prometheus query "migrated_vms": no series selector carries the Assisted Migration matcher.',
      );
    });

    it("a Metricbeat query without the outer sum (one series per cluster)", async () => {
      const rs = mutateRecorded(
        base,
        (r) => r.type.endsWith(":Beat"),
        (i) => {
          const q = i.spec.config["metricbeat.modules"][0].queries[0];
          assert.equal(q.name, "migrated_vms");
          const before: string = q.params.query;
          assert.ok(before.startsWith("sum(") && before.endsWith(")"), "not the generated aggregate");
          q.params.query = before.slice("sum(".length, -1);
        },
      );
      const vs = await added(rs);
      has(
        vs,
        "telemetry-queries-aggregate",
        `Beat "am-telemetry-collector" prometheus query "migrated_vms": ${NOT_AGGREGATED}.`,
      );
      // Still restricted: the selection policy has nothing to say, which is why aggregation needs its own check.
      assert.ok(!vs.some((v) => v.policyName === "collectors-select-assisted-migration"), show(vs));
    });

    it("licence-gated features (CCR follower, FLS role, cross-cluster key on api-key stacks) with the licence basic", async () => {
      const vs = await added(base, { ...stackPolicyValues(loaded.config), licence: "basic" });
      if (replication)
        has(
          vs,
          "licence-covers-features",
          'ElasticsearchCcrFollowerIndex "am-dashboard-ccr-follow-am-planner" uses cross-cluster replication, which needs the platinum licence; the stack declares basic.',
        );
      has(
        vs,
        "licence-covers-features",
        'ElasticsearchSecurityRole "am-dashboard-viewers-data" uses field-level security, which needs the platinum licence; the stack declares basic.',
      );
      if (replication?.includes('"api-key"'))
        has(
          vs,
          "licence-covers-features",
          'ElasticsearchSecurityApiKey "am-dashboard-ccr-credentials-cross-cluster-key" uses API-key remote clusters, which needs the enterprise licence; the stack declares basic.',
        );
    });
  });
}

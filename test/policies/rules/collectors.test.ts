import * as assert from "node:assert/strict";
import { stringify } from "yaml";
import { compileEventRules } from "../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../anonymisation/assisted-installer/installation";
import { buildLogstash, pipelinesYaml } from "../../../components/collectors/assisted-installer/build";
import { renderPipeline } from "../../../components/collectors/assisted-installer/logstash";
import { buildBeat, metricbeatConfig } from "../../../components/collectors/telemetry/build";
import { gate } from "../../../anonymisation/telemetry/promql";
import {
  collectorsSelectAssistedMigration,
  hasTagFilter,
  queryRestrictionProblem,
} from "../../../policies/rules/collectorScope";
import {
  NOT_AGGREGATED,
  queryAggregationProblem,
  telemetryQueriesAggregate,
} from "../../../policies/rules/telemetryAggregation";
import { reported, resource, runStackPolicy } from "../../support/policyHarness";
import { T } from "./fixtures";

const LOGSTASH = "kubernetes:logstash.k8s.elastic.co/v1alpha1:Logstash";
const BEAT = "kubernetes:beat.k8s.elastic.co/v1beta1:Beat";

const pipelineText = () =>
  renderPipeline(compileEventRules(installationDocument), {
    source: {
      kind: "kafka",
      bootstrapServers: "kafka:9096",
      topic: "events",
      groupId: "am",
      saslMechanism: "PLAIN",
      username: "collector",
    },
    index: "am-installations",
    lookupPattern: "am-installations*",
    target: { url: "https://es:9200" },
    graceDays: 7,
  });
/** The pipeline text without the generated tag filter line. */
const withoutTagFilter = (text: string) => {
  const out = text
    .split("\n")
    .filter((l) => !l.includes("am-tag-filter"))
    .join("\n");
  assert.notEqual(out, text, "the generated pipeline has no tag filter line");
  return out;
};

const logstash = (spec: Record<string, unknown> = {}) => {
  const cr = buildLogstash({
    name: "am-ai-collector",
    namespace: "ns",
    labels: {},
    annotations: {},
    version: "9.5.2",
    pipelinesSecret: "am-ai-collector-pipelines",
    keystoreSecret: "am-ai-collector-keystore",
    memory: "1Gi",
    cpu: "250m",
  });
  return resource(LOGSTASH, { ...cr, spec: { ...cr.spec, ...spec } }, { name: "logstash" });
};
const pipelinesSecret = (stringData: Record<string, unknown>) =>
  resource(
    T.secret,
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "am-ai-collector-pipelines", namespace: "ns" },
      stringData,
    },
    { name: "pipelines" },
  );

const queries = [
  { name: "migrated_vms", expr: "mtv_migrated_vms_total" },
  { name: "plans", expr: "mtv_plans_total / on(status) mtv_plan_count", groupBy: "status" },
];
const beat = (edit: (config: Record<string, unknown>) => void = () => {}) => {
  const config = metricbeatConfig({
    url: "https://telemetry",
    period: "5m",
    clusterLabel: "am_cluster_tags",
    k: 10,
    queries,
    index: "am-telemetry",
    target: { url: "https://es:9200" },
  });
  edit(config);
  const cr = buildBeat({
    name: "am-telemetry-collector",
    namespace: "ns",
    labels: {},
    annotations: {},
    version: "9.5.2",
    config,
    keystoreSecret: "ks",
    memory: "256Mi",
  });
  return resource(BEAT, cr, { name: "beat" });
};
type Module = { queries: { name: string; params: { query: string } }[]; metricsets: string[] };
const promModule = (c: Record<string, unknown>) => (c["metricbeat.modules"] as Module[])[0];

describe("policy collectors-select-assisted-migration", () => {
  const p = collectorsSelectAssistedMigration("mandatory");

  it("passes the generated pipeline (Secret via pipelinesRef, data or stringData, or inline) and Beat", async () => {
    const yml = pipelinesYaml("am-installations", pipelineText());
    assert.deepEqual(
      await runStackPolicy(p, [logstash(), pipelinesSecret({ "pipelines.yml": yml }), beat()]),
      [],
    );
    const encoded = resource(
      T.secret,
      {
        metadata: { name: "am-ai-collector-pipelines", namespace: "ns" },
        data: { "pipelines.yml": Buffer.from(yml).toString("base64") },
      },
      { name: "pipelines" },
    );
    assert.deepEqual(await runStackPolicy(p, [logstash(), encoded]), []);
    const inline = logstash({
      pipelinesRef: undefined,
      pipelines: [{ "pipeline.id": "main", "config.string": pipelineText() }],
    });
    assert.deepEqual(await runStackPolicy(p, [inline]), []);
  });

  it("flags a secret-wrapped pipelines Secret whose pipeline lacks the tag filter, without echoing it", async () => {
    const leaky = withoutTagFilter(pipelineText()).replace("${AM_KAFKA_PASSWORD}", "hunter22-kafka");
    const ds = await runStackPolicy(p, [
      logstash(),
      pipelinesSecret({ "pipelines.yml": pipelinesYaml("am-installations", leaky) }),
    ]);
    assert.deepEqual(reported(ds), [
      'Logstash "am-ai-collector" pipeline "am-installations" (Secret "am-ai-collector-pipelines") does not drop ' +
        'events whose [cluster][tags] lack "assisted_migration": the generated tag filter is missing from the top ' +
        "level of its filter section.",
    ]);
    assert.ok(ds.every((d) => !d.message.includes("hunter22")));
  });

  it("flags an inline pipeline whose tag filter is commented out or nested in another condition", async () => {
    const text = pipelineText();
    const commented = text.replace(/^(\s*)(if !\[cluster\]\[tags\])/m, "$1# $2");
    const nested = text.replace(/^(\s*)(if !\[cluster\]\[tags\].*)$/m, '$1if [x] == "y" { $2 }');
    assert.notEqual(commented, text);
    assert.notEqual(nested, text);
    assert.ok(hasTagFilter(text));
    assert.ok(!hasTagFilter(commented));
    assert.ok(!hasTagFilter(nested));
    const ds = await runStackPolicy(p, [
      logstash({
        pipelinesRef: undefined,
        pipelines: [{ "pipeline.id": "main", "config.string": commented }],
      }),
    ]);
    assert.deepEqual(reported(ds), [
      'Logstash "am-ai-collector" pipeline "main" (inline) does not drop events whose [cluster][tags] lack ' +
        '"assisted_migration": the generated tag filter is missing from the top level of its filter section.',
    ]);
  });

  it("flags a pipelinesRef to a Secret the stack does not define, and invalid pipelines.yml", async () => {
    assert.deepEqual(reported(await runStackPolicy(p, [logstash()])), [
      'Logstash "am-ai-collector" reads its configuration from Secret "am-ai-collector-pipelines", which this stack does not define.',
    ]);
    const ds = await runStackPolicy(p, [
      logstash(),
      pipelinesSecret({ "pipelines.yml": "- [unclosed: s3cret" }),
    ]);
    assert.deepEqual(reported(ds), [
      'pipelines.yml of Secret "am-ai-collector-pipelines", referenced by Logstash "am-ai-collector", is not valid YAML.',
    ]);
  });

  it("flags a Beat query without the matcher, with it on one selector only, and an unfiltered metricset", async () => {
    const ds = await runStackPolicy(p, [
      beat((c) => {
        const m = promModule(c);
        m.queries[0].params.query = "sum(mtv_migrated_vms_total)";
        // Keeps the matcher on the first selector only.
        m.queries[1].params.query = m.queries[1].params.query.replace(
          /mtv_plan_count\{[^}]*\}/,
          "mtv_plan_count",
        );
        m.metricsets = ["query", "collector"];
      }),
    ]);
    assert.deepEqual(reported(ds), [
      'Beat "am-telemetry-collector" uses the prometheus metricset "collector", which is not restricted to Assisted Migration clusters.',
      'Beat "am-telemetry-collector" prometheus query "migrated_vms": no series selector carries the Assisted Migration matcher.',
      'Beat "am-telemetry-collector" prometheus query "plans": not every series selector starts with the Assisted Migration matcher on "am_cluster_tags".',
    ]);
  });

  it("checks queries the way promql.ts generates them", () => {
    const m = 'am_cluster_tags=~"(.*,)?assisted_migration(,.*)?"';
    assert.equal(queryRestrictionProblem(`sum(a{${m}, job="x"} / b{${m}})`), undefined);
    assert.equal(
      queryRestrictionProblem(`sum(a{${m}, am_cluster_tags=~".*"})`),
      'the query names the restriction label "am_cluster_tags"; the program adds that matcher itself',
    );
    assert.equal(
      queryRestrictionProblem(`sum(a{${m}}) or b{${m.replace("am_cluster_tags", "other")}}`),
      "the Assisted Migration matcher is on several labels (am_cluster_tags, other)",
    );
  });
});

describe("policy telemetry-queries-aggregate", () => {
  const p = telemetryQueriesAggregate("mandatory");
  const m = 'am_cluster_tags=~"(.*,)?assisted_migration(,.*)?"';

  it("passes the generated queries, inline or in a secret configRef Secret", async () => {
    assert.deepEqual(await runStackPolicy(p, [beat()]), []);
    const cr = beat();
    const config = (cr.props.spec as { config: unknown }).config;
    const ref = resource(
      BEAT,
      {
        ...cr.props,
        spec: { ...(cr.props.spec as object), config: undefined, configRef: { secretName: "bc" } },
      },
      { name: "beat" },
    );
    const s = resource(
      T.secret,
      { metadata: { name: "bc", namespace: "ns" }, stringData: { "beat.yml": stringify(config) } },
      { name: "bc" },
    );
    assert.deepEqual(await runStackPolicy(p, [ref, s]), []);
    const perCluster = structuredClone(config) as Record<string, unknown>;
    const q = promModule(perCluster).queries[0].params;
    // Still restricted to Assisted Migration clusters, but one series per cluster.
    q.query = `mtv_migrated_vms_total{${m}}`;
    const edited = resource(
      T.secret,
      {
        metadata: { name: "bc", namespace: "ns" },
        stringData: { "beat.yml": stringify(perCluster) },
      },
      { name: "bc" },
    );
    assert.deepEqual(reported(await runStackPolicy(p, [ref, edited])), [
      `Beat "am-telemetry-collector" prometheus query "migrated_vms": ${NOT_AGGREGATED}.`,
    ]);
  });

  it("flags a per-cluster query, a breakdown off the allow-list and a copied label, echoing no secret", async () => {
    const ds = await runStackPolicy(p, [
      beat((c) => {
        const mod = promModule(c) as Module & { headers: Record<string, string> };
        mod.headers.Authorization = "Bearer hunter22-token";
        const [vms, plans] = mod.queries;
        // Still restricted to Assisted Migration clusters, but one series per cluster.
        vms.params.query = `mtv_migrated_vms_total{${m}}`;
        plans.params.query = plans.params.query.replaceAll("status", "cluster");
        mod.queries.push({
          name: "copied",
          params: { query: `sum by (status) (label_replace(up{${m}}, "status", "$1", "hunter22", "(.*)"))` },
        });
      }),
    ]);
    assert.deepEqual(reported(ds), [
      `Beat "am-telemetry-collector" prometheus query "migrated_vms": ${NOT_AGGREGATED}.`,
      'Beat "am-telemetry-collector" prometheus query "plans": "cluster" is not an allowed breakdown label (its ' +
        'values would be stored in "group"); the allowed labels are mode, provider, status, target, version ' +
        "(BREAKDOWN_LABELS in anonymisation/telemetry/model.ts).",
      'Beat "am-telemetry-collector" prometheus query "copied": a string argument names a label that is not an ' +
        'allowed breakdown label; label_replace / label_join could copy it into the "status" breakdown; the allowed ' +
        "labels are mode, provider, status, target, version (BREAKDOWN_LABELS in anonymisation/telemetry/model.ts).",
    ]);
    assert.ok(ds.every((d) => !d.message.includes("hunter22") && !d.message.includes("mtv_")));
  });

  it("recognises the aggregate the way generatedQuery writes it, k gate included", () => {
    assert.equal(queryAggregationProblem(gate(`a{${m}} / b{${m}}`, undefined, 10)), undefined);
    assert.equal(queryAggregationProblem(gate(`a{${m}}`, "version", 5)), undefined);
    assert.match(queryAggregationProblem(`sum(a{${m}} / b{${m}})`)!, /^it has no k gate/);
    assert.match(queryAggregationProblem(gate(`a{${m}}`, "version", 3))!, /^it has a k gate of 3/);
    assert.equal(queryAggregationProblem(`sum(a{${m}}) or b{${m}}`), NOT_AGGREGATED);
    assert.equal(queryAggregationProblem(`max(a{${m}})`), NOT_AGGREGATED);
    assert.equal(queryAggregationProblem(`sum without (version) (a{${m}})`), NOT_AGGREGATED);
    assert.match(queryAggregationProblem(`sum by (am_cluster_tags) (a{${m}})`)!, /not an allowed breakdown/);
    assert.match(
      queryAggregationProblem(`sum by (status, _id) (a{${m}})`)!,
      /^the breakdown is not one label name/,
    );
    assert.match(
      queryAggregationProblem(`sum by (status) (count_values("status", a{${m}}))`)!,
      /count_values/,
    );
  });
});

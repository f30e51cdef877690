import * as assert from "node:assert/strict";
import {
  pipelinesKeepOnlyClassifiedFields,
  templatesSetFinalPipeline,
  writtenIndicesHaveFinalPipeline,
} from "../../../policies/rules/anonymisation";
import { connectorReadsReadModelOnly, connectorUsesReadModelRole } from "../../../policies/rules/connector";
import { everyDataPathAnonymised } from "../../../policies/rules/dataPaths";
import { reported, resource, runResourcePolicy, runStackPolicy } from "../../support/policyHarness";
import {
  configurationProps,
  goodDataPath,
  pipelineProps,
  syncRulesProps,
  T,
  templateProps,
} from "./fixtures";

const without = (rs: ReturnType<typeof goodDataPath>, name: string) => rs.filter((r) => r.name !== name);

describe("policy pipelines-keep-only-classified-fields", () => {
  const p = pipelinesKeepOnlyClassifiedFields("mandatory");
  it("passes the derived pipeline", async () => {
    assert.deepEqual(await runResourcePolicy(p, resource(T.pipeline, pipelineProps())), []);
  });
  it("flags a pipeline without its keep step and one naming no classification", async () => {
    const props = pipelineProps();
    const cut = { ...props, processors: props.processors.filter((s) => !s.includes('"keep"')) };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.pipeline, cut))), [
      'ElasticsearchIngestPipeline "test" (model planner): no remove processor with `keep`: fields the classification does not know would be indexed.',
    ]);
    assert.deepEqual(
      reported(await runResourcePolicy(p, resource(T.pipeline, { ...props, metadata: "{}" }))),
      [
        'ElasticsearchIngestPipeline "test" does not name a known classification in its metadata (_meta.model), so nothing proves it anonymises.',
      ],
    );
  });
});

describe("policy templates-set-anonymisation-final-pipeline", () => {
  const p = templatesSetFinalPipeline("mandatory");
  it("passes the derived template and flags one without final pipeline", async () => {
    assert.deepEqual(await runResourcePolicy(p, resource(T.template, templateProps())), []);
    const t = {
      ...templateProps(),
      template: { settings: JSON.stringify({ index: { number_of_replicas: 1 } }) },
    };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.template, t))), [
      'ElasticsearchIndexTemplate "test" does not set index.final_pipeline: documents would reach its indices unfiltered.',
    ]);
    const noMeta = { ...templateProps(), metadata: JSON.stringify({ model: "nobody" }) };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.template, noMeta))), [
      'ElasticsearchIndexTemplate "test" does not name a known classification in its metadata (_meta.model).',
    ]);
  });
});

describe("policy written-indices-have-final-pipeline", () => {
  const p = writtenIndicesHaveFinalPipeline("mandatory");
  it("passes the connector path and flags a missing template or pipeline", async () => {
    assert.deepEqual(await runStackPolicy(p, goodDataPath()), []);
    assert.deepEqual(reported(await runStackPolicy(p, without(goodDataPath(), "template"))), [
      'ElasticsearchConnector "connector" writes "am-planner", but no index template of this stack matches "am-planner".',
    ]);
    assert.deepEqual(reported(await runStackPolicy(p, without(goodDataPath(), "pipeline"))), [
      'ElasticsearchConnector "connector" writes "am-planner", but index template "am-planner" names final pipeline "am-planner-anonymise", which this stack does not define.',
    ]);
  });
});

describe("policy connector-reads-read-model-only", () => {
  const p = connectorReadsReadModelOnly("mandatory");
  it("passes the built sync rules and configuration", async () => {
    assert.deepEqual(await runResourcePolicy(p, resource(T.syncRules, syncRulesProps())), []);
    assert.deepEqual(await runResourcePolicy(p, resource(T.configuration, configurationProps())), []);
  });
  it("flags a raw table in the sync rules and tables: * in the configuration", async () => {
    const rules = [{ tables: ["assessments"], query: "SELECT * FROM public.assessments" }];
    assert.deepEqual(
      reported(await runResourcePolicy(p, resource(T.syncRules, { connectorId: "planner", rules: rules }))),
      [
        'ConnectorSyncRules "test": rule 0: table "assessments" is not the read-model view planner_documents.',
        'ConnectorSyncRules "test": rule 0: query reads "public.assessments", outside schema am_read.',
      ],
    );
    assert.deepEqual(
      reported(
        await runResourcePolicy(
          p,
          resource(T.configuration, configurationProps({ tables: "*", schema: "public" })),
        ),
      ),
      [
        'ConnectorConfiguration "test": schema is not the read-model schema am_read.',
        'ConnectorConfiguration "test": tables is "*": the connector would read every table.',
      ],
    );
  });
});

describe("policy connector-uses-read-model-role", () => {
  const p = connectorUsesReadModelRole("mandatory");
  it("passes the read-model role and flags another role and missing sync rules", async () => {
    assert.deepEqual(await runStackPolicy(p, goodDataPath()), []);
    const rs = goodDataPath().map((r) =>
      r.name === "configuration"
        ? resource(T.configuration, configurationProps({ username: "postgres" }), { name: "configuration" })
        : r,
    );
    const ds = await runStackPolicy(p, rs);
    assert.deepEqual(reported(ds), [
      'ElasticsearchConnector "connector" logs in to PostgreSQL as a role that is not a read-model role of this stack.',
    ]);
    assert.deepEqual(reported(await runStackPolicy(p, without(goodDataPath(), "sync-rules"))), [
      'ElasticsearchConnector "connector" has no advanced sync rules: it would read whole tables instead of the read model.',
    ]);
  });
});

describe("policy every-data-path-anonymised", () => {
  const p = everyDataPathAnonymised("mandatory");
  const beat = (annotations: Record<string, string>) =>
    resource(
      "kubernetes:beat.k8s.elastic.co/v1beta1:Beat",
      { kind: "Beat", metadata: { name: "events", annotations } },
      { name: "beat" },
    );
  it("passes the connector path and an annotated collector with its final pipeline", async () => {
    assert.deepEqual(await runStackPolicy(p, goodDataPath()), []);
    const ok = beat({
      "am-dashboard.io/anonymisation-model": "planner",
      "am-dashboard.io/writes-index": "am-planner",
    });
    assert.deepEqual(await runStackPolicy(p, [...goodDataPath(), ok]), []);
  });
  it("flags an Elastic Agent, an undeclared Beat and a key writing a raw index", async () => {
    const agent = resource(
      "kubernetes:agent.k8s.elastic.co/v1alpha1:Agent",
      { kind: "Agent", metadata: { name: "fleet" } },
      { name: "agent" },
    );
    const key = resource(
      T.apiKey,
      {
        name: "loader",
        roleDescriptors: JSON.stringify({
          w: { indices: [{ names: ["raw-events"], privileges: ["write"] }] },
        }),
      },
      { name: "loader" },
    );
    assert.deepEqual(reported(await runStackPolicy(p, [...goodDataPath(), agent, beat({}), key])), [
      'Agent "fleet" is an Elastic Agent: it writes integrations\' data with no anonymisation point.',
      'Beat "events" declares no known anonymisation model (am-dashboard.io/anonymisation-model).',
      'Beat "events" does not declare the index it writes (am-dashboard.io/writes-index).',
      'ElasticsearchSecurityApiKey "loader" can write to "raw-events", which no anonymised connector or collector owns.',
    ]);
  });
});

/**
 * The PlannerConnector under the Pulumi SDK's mock engine: what it registers, with which inputs and secrets.
 * Nothing is created anywhere: no cluster, no Elasticsearch, no Pulumi CLI.
 */
import assert from "node:assert/strict";
import * as elasticstack from "@pulumi/elasticstack";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { Deployment } from "kubernetes-models/apps/v1";
import { Secret } from "kubernetes-models/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { parse } from "yaml";
import { indexMappings, pipelineKeepsOnly } from "../../../anonymisation/derive";
import { plannerDocument } from "../../../anonymisation/planner/document";
import {
  isSecretValue,
  plainValue,
  redacted,
  runUnderMocks,
  type RecordedResource,
} from "../../../infra/engine/mockEngine";
import { PlannerConnector, type PlannerConnectorArgs } from "../../../components/planner-connector";
import type { PostgresAdvancedRule } from "../../../contracts/syncRules";
import { plannerWithFieldDropped } from "../../support/models";

const PASSWORD = "pg-password-value";

function args(overrides: Partial<PlannerConnectorArgs> = {}): PlannerConnectorArgs {
  return {
    namespace: "am",
    elasticsearch: { name: "am", version: "9.4.3" },
    indexName: "planner-anonymised",
    schedule: "0 0 * * * ?",
    postgres: {
      host: "planner-db.planner.svc",
      database: "planner",
      sslMode: "verify",
      caPem: "-----BEGIN CERTIFICATE-----",
      peer: {
        kind: "pods",
        podSelector: { app: "planner-db" },
        namespaceSelector: { "kubernetes.io/metadata.name": "planner" },
      },
    },
    connectorRole: { name: "am_connector", password: pulumi.secret(PASSWORD) },
    apiKeyExpiration: "90d",
    ...overrides,
  };
}

/** The component's providers come through its resource options (create them inside the mock run). */
function options(): pulumi.ComponentResourceOptions {
  return { providers: [new k8s.Provider("k8s", {}), new elasticstack.Provider("es", {})] };
}

async function synth(overrides: Partial<PlannerConnectorArgs> = {}) {
  const run = await runUnderMocks({ project: "am", stack: "test", config: {} }, () => {
    new PlannerConnector("planner", args(overrides), options());
  });
  const one = (suffix: string): RecordedResource => {
    const found = run.resources.filter((r) => r.type.endsWith(suffix));
    assert.equal(found.length, 1, `${suffix}: ${found.length} registered`);
    return found[0];
  };
  const byName = (name: string): RecordedResource => {
    const r = run.resources.find((x) => x.name === name);
    assert.ok(r, `no resource ${name}`);
    return r;
  };
  return { ...run, one, byName };
}

describe("planner connector component (mock engine)", () => {
  it("registers pipeline, template, connector, sync rules, configuration, API key and the k8s objects", async () => {
    const s = await synth();
    const component = s.resources.find((r) => r.type === "am-dashboard:connector:PlannerConnector");
    assert.ok(component);
    // The anonymisation point is an AnonymisedIndex of the connector's name, its children keep their names (and,
    // through aliases, the URNs they had as the connector's own children).
    const guard = s.resources.find((r) => r.type === "am-dashboard:anonymisation:AnonymisedIndex");
    assert.equal(guard?.name, "planner");
    assert.equal(guard?.parent, component.urn);
    for (const name of ["pipeline", "template"]) {
      const child = s.byName(`planner-${name}`);
      assert.equal(child.parent, guard.urn, `${name} is not a child of the AnonymisedIndex`);
      assert.deepEqual(child.aliases, [
        `${component.urn.split("::").slice(0, -1).join("::")}$${child.type}::planner-${name}`,
      ]);
    }
    for (const name of [
      "connector",
      "service-key",
      "sync-rules",
      "configuration",
      "config",
      "service",
      "egress",
    ]) {
      const child = s.byName(`planner-${name}`);
      assert.equal(child.parent, component.urn, `${name} is not a child of the component`);
    }
    for (const name of ["pipeline", "template", "connector", "service-key"]) {
      assert.match(
        s.byName(`planner-${name}`).provider ?? "",
        /::es$/,
        `${name} not on the elasticstack provider`,
      );
    }
    for (const name of ["config", "service", "egress"]) {
      assert.match(s.byName(`planner-${name}`).provider ?? "", /::k8s$/, `${name} not on the k8s provider`);
    }
  });

  it("the pipeline and template are the derived bodies, with index.final_pipeline", async () => {
    const s = await synth();
    const p = plainValue<{ name: string; processors: string[]; metadata: string }>(
      s.byName("planner-pipeline").inputs,
    );
    assert.equal(p.name, "planner-anonymised-anonymise");
    const body = { processors: p.processors.map((x) => JSON.parse(x)), _meta: JSON.parse(p.metadata) };
    assert.deepEqual(pipelineKeepsOnly(body, plannerDocument), []);
    const t = plainValue<{ indexPatterns: string[]; template: { settings: string; mappings: string } }>(
      s.byName("planner-template").inputs,
    );
    assert.deepEqual(t.indexPatterns, ["planner-anonymised"]);
    assert.equal(JSON.parse(t.template.settings).index.final_pipeline, "planner-anonymised-anonymise");
    assert.deepEqual(JSON.parse(t.template.mappings), indexMappings(plannerDocument));
  });

  it("the connector record: postgresql, self-managed, index, Quartz schedule, no configuration values", async () => {
    const c = plainValue<Record<string, unknown>>((await synth()).byName("planner-connector").inputs);
    assert.equal(c.serviceType, "postgresql");
    assert.equal(c.isNative, false);
    assert.equal(c.indexName, "planner-anonymised");
    assert.deepEqual(c.scheduling, { full: { enabled: true, interval: "0 0 * * * ?" } });
    assert.equal((c.pipeline as { name: string }).name, "planner-anonymised-anonymise");
    assert.equal(c.configurationValues, undefined);
    await assert.rejects(synth({ schedule: "0 * * * *" }), /not a Quartz cron/);
  });

  it("sync rules hold no key (plain inputs), configuration is secret; tables is the view, never *", async () => {
    const s = await synth();
    const rules = s.byName("planner-sync-rules").inputs.rules;
    assert.ok(!isSecretValue(rules), "sync rules need no secrecy: they hold no key");
    const [rule] = plainValue<PostgresAdvancedRule[]>(rules);
    assert.equal(rule.query.includes("'"), false, "no literal (no key) in the query");
    assert.deepEqual(rule.tables, ["planner_documents"]);
    const values = s.byName("planner-configuration").inputs.values;
    assert.ok(isSecretValue(values), "configuration (with the password) is not secret");
    const v = plainValue<Record<string, unknown>>(values);
    assert.deepEqual(
      {
        schema: v.schema,
        tables: v.tables,
        password: v.password,
        ssl_enabled: v.ssl_enabled,
        username: v.username,
      },
      {
        schema: "am_read",
        tables: "planner_documents",
        password: PASSWORD,
        ssl_enabled: true,
        username: "am_connector",
      },
    );
  });

  it("the API key has the documented least privilege and an expiration", async () => {
    const k = plainValue<{ roleDescriptors: string; expiration: string; metadata: string }>(
      (await synth()).byName("planner-service-key").inputs,
    );
    assert.equal(k.expiration, "90d");
    assert.deepEqual(JSON.parse(k.roleDescriptors), {
      "planner-anonymised-connector-service": {
        cluster: ["monitor", "manage_connector"],
        indices: [
          {
            names: ["planner-anonymised", ".search-acl-filter-planner-anonymised", ".elastic-connectors*"],
            privileges: ["all"],
            allow_restricted_indices: false,
          },
        ],
      },
    });
    assert.equal(JSON.parse(k.metadata).revision, plannerDocument.revision);
  });

  it("Secret, Deployment and NetworkPolicy validate; config.yml is secret and never plain text", async () => {
    const s = await synth();
    const secret = s.byName("planner-config").inputs;
    const stringData = secret.stringData as Record<string, unknown>;
    assert.ok(
      isSecretValue(stringData) || isSecretValue(stringData["config.yml"]),
      "config.yml is recorded in plain text",
    );
    // What a reader of the recorded inputs sees once secrets are masked: the key must not be in it.
    const recorded = JSON.stringify(s.resources.map((r) => redacted(r.inputs)));
    assert.ok(!recorded.includes("synth-placeholder"), "the API key appears outside a secret");
    const config = parse(plainValue<Record<string, string>>(stringData)["config.yml"]);
    assert.equal(config["elasticsearch.host"], "https://am-es-http.am.svc:9200");
    assert.equal(config["elasticsearch.ca_certs"], "/etc/es-ca/ca.crt");
    assert.deepEqual(config.connectors, [{ connector_id: "planner", service_type: "postgresql" }]);
    new Secret({ ...plainValue<object>(secret) }).validate();
    const dep = plainValue<{ spec: { template: { spec: { containers: Array<{ image: string }> } } } }>(
      s.byName("planner-service").inputs,
    );
    new Deployment(JSON.parse(JSON.stringify(dep))).validate();
    assert.equal(
      dep.spec.template.spec.containers[0].image,
      "docker.elastic.co/integrations/elastic-connectors:9.4.3",
    );
    new NetworkPolicy(JSON.parse(JSON.stringify(plainValue(s.byName("planner-egress").inputs)))).validate();
  });

  it("a connector image that does not match the Elastic version is refused", async () => {
    await assert.rejects(
      synth({ image: "docker.elastic.co/integrations/elastic-connectors:9.5.2" }),
      /tag 9\.5\.2, but the Elastic stack runs 9\.4\.3/,
    );
  });

  it("follows a classification change: mappings, pipeline, sync rules and key metadata", async () => {
    const model = plannerWithFieldDropped("org_ref");
    const s = await synth({ model });
    const t = plainValue<{ template: { mappings: string } }>(s.byName("planner-template").inputs);
    assert.equal(JSON.parse(t.template.mappings).properties.org_ref, undefined);
    const p = plainValue<{ processors: string[]; metadata: string }>(s.byName("planner-pipeline").inputs);
    const body = { processors: p.processors.map((x) => JSON.parse(x)), _meta: JSON.parse(p.metadata) };
    assert.deepEqual(pipelineKeepsOnly(body, model), []);
    assert.ok(
      body.processors.some((x: { fail?: { if?: string } }) => x.fail?.if === "ctx.containsKey('org_ref')"),
    );
    const [rule] = plainValue<PostgresAdvancedRule[]>(s.byName("planner-sync-rules").inputs.rules);
    assert.ok(!rule.query.includes('"org_ref"'));
    const k = plainValue<{ metadata: string }>(s.byName("planner-service-key").inputs);
    assert.equal(JSON.parse(k.metadata).revision, 2);
  });

  it("exposes the connector pods' selector for the Elasticsearch NetworkPolicy", async () => {
    let component: PlannerConnector | undefined;
    await runUnderMocks({ project: "am", stack: "test", config: {} }, () => {
      component = new PlannerConnector("planner", args(), options());
    });
    assert.deepEqual(component?.podSelector, {
      "app.kubernetes.io/name": "elastic-connectors",
      "app.kubernetes.io/instance": "planner-connector",
    });
    assert.match(component?.postgresPrerequisite ?? "", /track_commit_timestamp = on/);
  });
});

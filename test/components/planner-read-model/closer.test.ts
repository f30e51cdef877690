/** The closer job's builders and component under the mock engine: what runs, as whom, reaching what. */
import assert from "node:assert/strict";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { closerQuery } from "../../../anonymisation/planner/contract";
import { PlannerCloser } from "../../../components/planner-read-model/closer";
import { buildCloserCronJob, closerScript } from "../../../components/planner-read-model/closerJob";
import { isSecretValue, plainValue, runUnderMocks } from "../../../infra/engine/mockEngine";

const spec = {
  name: "am-closer",
  namespace: "am",
  labels: { a: "b" },
  selector: { "app.kubernetes.io/name": "am-read-closer" },
  image: "docker.elastic.co/integrations/elastic-connectors:9.5.2",
  schedule: "17 * * * *",
  postgres: {
    host: "db.planner.svc",
    port: 5432,
    database: "planner",
    user: "am_connector",
    verifyTls: true,
  },
  secretName: "am-closer",
};

describe("planner read model: the closer job", () => {
  it("runs am_read.close_periods() with no argument, and reads the password from its Secret only", () => {
    assert.ok(closerScript().includes(JSON.stringify(closerQuery())));
    assert.equal(closerQuery(), "SELECT am_read.close_periods()");
    const job = buildCloserCronJob(spec);
    assert.equal(job.spec.concurrencyPolicy, "Forbid");
    const pod = job.spec.jobTemplate.spec.template.spec;
    const env = pod.containers[0].env;
    assert.deepEqual(
      env.find((e) => e.name === "PGPASSWORD"),
      { name: "PGPASSWORD", valueFrom: { secretKeyRef: { name: "am-closer", key: "password" } } },
    );
    assert.ok(env.every((e) => e.name === "PGPASSWORD" || !("valueFrom" in e)));
    assert.ok(!JSON.stringify(job).match(/password=|PGPASSWORD']/), "no password in the command");
    assert.equal(pod.containers[0].securityContext.readOnlyRootFilesystem, true);
    assert.deepEqual(
      env.find((e) => e.name === "PGSSLROOTCERT"),
      { name: "PGSSLROOTCERT", value: "/etc/planner-ca/ca.crt" },
    );
    assert.throws(() => buildCloserCronJob({ ...spec, schedule: "0 0 * * * ?" }), /five-field cron/);
  });

  it("registers a secret password, the CronJob and an egress policy to PostgreSQL only", async () => {
    const run = await runUnderMocks({ project: "p", stack: "dev", config: {} }, () => {
      new PlannerCloser(
        "am-read-model",
        {
          namespace: "am",
          image: spec.image,
          postgres: {
            host: "db.planner.svc",
            database: "planner",
            sslMode: "verify",
            caPem: "-----BEGIN CERTIFICATE-----",
            peer: { kind: "pods", podSelector: { app: "planner-db" } },
          },
          role: { name: "am_connector", password: pulumi.secret("p".repeat(20)) },
        },
        { provider: new k8s.Provider("k8s", {}) },
      );
    });
    const secret = run.resources.find((r) => r.type === "kubernetes:core/v1:Secret");
    assert.ok(secret);
    const data = secret.inputs.stringData;
    assert.ok(
      isSecretValue(data) || isSecretValue((data as Record<string, unknown>).password),
      "the password is recorded as a secret",
    );
    assert.equal(plainValue<Record<string, string>>(data).password, "p".repeat(20));
    const job = run.resources.find((r) => r.type === "kubernetes:batch/v1:CronJob");
    assert.ok(job);
    assert.equal(plainValue<{ schedule: string }>(job.inputs.spec).schedule, "17 * * * *");
    const policy = run.resources.find((r) => r.type === "kubernetes:networking.k8s.io/v1:NetworkPolicy");
    const egress = JSON.stringify(plainValue(policy!.inputs.spec));
    assert.match(egress, /planner-db/);
    assert.ok(!egress.includes("9200"), "the closer never reaches Elasticsearch");
    await assert.rejects(
      runUnderMocks({ project: "p", stack: "dev", config: {} }, () => {
        new PlannerCloser(
          "x",
          {
            namespace: "am",
            image: spec.image,
            postgres: {
              host: "h",
              database: "d",
              sslMode: "verify",
              peer: { kind: "cidr", cidr: "10.0.0.0/8" },
            },
            role: { name: "r", password: "p" },
          },
          { provider: new k8s.Provider("k8s", {}) },
        );
      }),
      /has no CA/,
    );
  });
});

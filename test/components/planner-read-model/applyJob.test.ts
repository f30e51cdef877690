/**
 * The in-cluster apply's builders, component and stack wiring under the mock engine: what the Job runs, as whom,
 * what is in the ConfigMap (the script, never a password), and when its name (so the Job) changes.
 */
import assert from "node:assert/strict";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { applyCommand, applyJobName, buildApplyJob } from "../../../components/planner-read-model/applyJob";
import { SQL_KEY } from "../../../contracts/readModelJob";
import { DEFAULT_APPLY_IMAGE } from "../../../infra/config/areas/capabilities";
import { PlannerReadModelJob } from "../../../components/planner-read-model/inCluster";
import { imageProblem } from "../../../infra/config/formats";
import {
  isSecretValue,
  plainValue,
  runUnderMocks,
  type RecordedResource,
} from "../../../infra/engine/mockEngine";
import { runStack, setPath, stackConfig } from "../../support/stacks";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PASSWORD = "Connector-password-0123456789";
const ADMIN_PASSWORD = "admin-secret-9876543210";

async function register(over: { password?: string; k?: number; verify?: boolean } = {}) {
  const run = await runUnderMocks({ project: "p", stack: "dev", config: {} }, () => {
    new PlannerReadModelJob(
      "am-read-model",
      {
        namespace: "am",
        options: { connectorRole: "am_dashboard_connector", k: over.k ?? 10 },
        loginRole: "am_dashboard_connector_r0",
        connectorPassword: pulumi.secret(over.password ?? PASSWORD),
        adminUrl: pulumi.secret(`postgres://admin:${ADMIN_PASSWORD}@localhost:15432/postgres`),
        postgres: {
          host: "db.planner.svc",
          database: "planner",
          sslMode: over.verify === false ? "disable" : "verify",
          caPem:
            over.verify === false
              ? undefined
              : "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
          peer: { kind: "pods", podSelector: { app: "planner-db" } },
        },
      },
      { provider: new k8s.Provider("k8s", {}) },
    );
  });
  const of = (kind: string) => run.resources.filter((r) => r.type === `kubernetes:${kind}`);
  return { run, of };
}
const plain = (r: RecordedResource): Obj => plainValue<Obj>(r.inputs);

describe("planner read model applied in the cluster: the Job", () => {
  it("runs psql over the two files in one transaction, stopping at the first error", () => {
    assert.deepEqual(applyCommand(), [
      "psql",
      "-X",
      "-v",
      "ON_ERROR_STOP=1",
      "-1",
      "-f",
      "/etc/am-read-model/sql/read-model.sql",
      "-f",
      "/etc/am-read-model/credentials/password.sql",
    ]);
    assert.equal(imageProblem(DEFAULT_APPLY_IMAGE), undefined, "the default image is pinned");
    assert.throws(() => applyJobName("am-read-model-apply", "not hex"), /hex/);
  });

  it("meets the restricted Pod Security level and takes every credential from its Secret", () => {
    const job = buildApplyJob({
      name: "am-read-model-apply-0123456789",
      namespace: "am",
      labels: {},
      selector: { "app.kubernetes.io/name": "am-read-model-apply" },
      image: DEFAULT_APPLY_IMAGE,
      configMapName: "cm",
      secretName: "s",
      postgres: { host: "db", port: 5432, database: "planner", verifyTls: true },
      runAsUser: 10001,
    });
    const pod = job.spec.template.spec;
    const c = pod.containers[0];
    assert.deepEqual(pod.securityContext, {
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
      runAsUser: 10001,
      runAsGroup: 10001,
    });
    assert.equal(c.securityContext.allowPrivilegeEscalation, false);
    assert.deepEqual(c.securityContext.capabilities, { drop: ["ALL"] });
    assert.equal(pod.automountServiceAccountToken, false);
    assert.ok(
      pod.volumes.every((v) => "configMap" in v || "secret" in v),
      "no hostPath or other volume",
    );
    assert.deepEqual(
      c.env.filter((e) => "valueFrom" in e).map((e) => e.name),
      ["PGUSER", "PGPASSWORD"],
    );
    assert.equal(c.env.find((e) => e.name === "PGSSLMODE")?.value, "verify-full");
    assert.equal(job.metadata.annotations, undefined, "awaited unless the stack says reconciled");
    assert.deepEqual(buildApplyJob({ ...jobSpec(), skipAwait: true }).metadata.annotations, {
      "pulumi.com/skipAwait": "true",
    });
  });

  it("puts the script in the ConfigMap and every password, as verifiers only, in the Secret", async () => {
    const { of } = await register();
    const [cm] = of("core/v1:ConfigMap").map(plain);
    const script: string = cm.data[SQL_KEY];
    assert.match(script, /DO \$am_apply\$/);
    assert.ok(
      !script.includes(PASSWORD) && !script.includes(ADMIN_PASSWORD) && !script.includes("SCRAM-SHA-256$"),
    );
    const [secret] = of("core/v1:Secret");
    assert.ok(
      isSecretValue(secret.inputs.stringData) ||
        isSecretValue((secret.inputs.stringData as Obj)["password.sql"]),
    );
    const data = plain(secret).stringData as Record<string, string>;
    assert.match(data["password.sql"], /PASSWORD 'SCRAM-SHA-256\$4096:/);
    assert.ok(!data["password.sql"].includes(PASSWORD), "the connector password is sent as a verifier only");
    assert.equal(data["admin-password"], ADMIN_PASSWORD);
    assert.equal(data["admin-user"], "admin");
    const [job] = of("batch/v1:Job").map(plain);
    assert.match(job.metadata.name, /^am-read-model-apply-[0-9a-f]{10}$/);
    assert.equal(cm.metadata.name, job.metadata.name);
    assert.equal(plain(secret).metadata.name, job.metadata.name);
    assert.equal(
      job.spec.template.spec.containers[0].env.find((e: Obj) => e.name === "PGHOST").value,
      "db.planner.svc",
    );
    const [policy] = of("networking.k8s.io/v1:NetworkPolicy").map(plain);
    assert.match(JSON.stringify(policy.spec), /planner-db/);
  });

  it("is the same Job for the same inputs, and a new one for a new password, k or TLS setting", async () => {
    const name = async (over: Parameters<typeof register>[0]) =>
      plain((await register(over)).of("batch/v1:Job")[0]).metadata.name as string;
    const base = await name({});
    assert.equal(await name({}), base);
    assert.notEqual(await name({ password: "Another-password-0123456789" }), base);
    assert.notEqual(await name({ k: 12 }), base);
    assert.notEqual(await name({ verify: false }), base);
  });

  it("dev applies the read model in the cluster and connects nothing from the runner", async () => {
    const rs = (await runStack("dev")).resources;
    assert.ok(!rs.some((r) => r.type.includes("planner:ReadModel")), "no runner-side read model");
    assert.ok(!rs.some((r) => r.type.includes("secrets:ConnectorLogin")), "no runner-side login");
    const jobs = rs.filter((r) => r.type === "kubernetes:batch/v1:Job").map(plain);
    assert.equal(jobs.length, 1);
    // OpenShift's restricted-v2 assigns the UID: none is named on dev.
    assert.equal(jobs[0].spec.template.spec.securityContext.runAsUser, undefined);
    const runner = await runStack(
      "dev",
      setPath(stackConfig("dev"), "planner", ["readModel", "applyFrom"], "runner"),
    );
    assert.ok(runner.resources.some((r) => r.type.includes("planner:ReadModel")));
    assert.ok(!runner.resources.some((r) => r.type === "kubernetes:batch/v1:Job"));
  });
});

function jobSpec() {
  return {
    name: "am-read-model-apply-0123456789",
    namespace: "am",
    labels: {},
    selector: {},
    image: DEFAULT_APPLY_IMAGE,
    configMapName: "cm",
    secretName: "s",
    postgres: { host: "db", port: 5432, database: "planner", verifyTls: false },
  };
}

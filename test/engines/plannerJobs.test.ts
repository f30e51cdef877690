/**
 * The read model's in-cluster pods (the apply Job of `planner.readModel.applyFrom: cluster`, and the closer CronJob)
 * as the dev stack renders them, handed to a real kube-apiserver with Pod Security admission and a real
 * kube-controller-manager, in a namespace that enforces `restricted` (the nearest real admission to OpenShift's
 * `restricted-v2`). The Job controller creates each Job's pod, and admission admits or refuses it: that is what is
 * checked. No kubelet runs here, so the pods never start and psql never runs in them; what psql does with the script
 * is checked on real PostgreSQL with the real psql (test/components/planner-read-model/inCluster.test.ts).
 *
 * A CronJob creates its Jobs only on schedule, so its Job is created here from its own `jobTemplate`, as the CronJob
 * controller would (and the CronJob itself is applied too, so the API server validates it).
 */
import * as assert from "node:assert/strict";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { plainValue } from "../../infra/engine/mockEngine";
import { synthStack } from "../../infra/synth/run";
import { startControlPlane, waitFor, type ControlPlane, type KubeObject } from "../support/engines";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RESTRICTED = {
  "pod-security.kubernetes.io/enforce": "restricted",
  "pod-security.kubernetes.io/enforce-version": "latest",
};

function manifest(r: RecordedResource): Obj {
  const m = plainValue<Obj>(r.inputs);
  // Pulumi's own annotations (skipAwait) mean nothing to the API server; drop nothing else.
  return JSON.parse(JSON.stringify(m)) as Obj;
}

describe("engines: the read model's Job and CronJob pods under restricted Pod Security (real API server and controllers)", function () {
  this.timeout(10 * 60_000);
  let cp: ControlPlane;
  let jobs: Obj[] = [];
  let cronJobs: Obj[] = [];

  before(async () => {
    const synth = await synthStack("dev", { outDir: null, allowUnvalidated: true });
    assert.equal(synth.exitCode, 0, synth.summary);
    jobs = synth.resources.filter((r) => r.type === "kubernetes:batch/v1:Job").map(manifest);
    cronJobs = synth.resources.filter((r) => r.type === "kubernetes:batch/v1:CronJob").map(manifest);
    cp = await startControlPlane();
  });
  after(async () => {
    await cp?.stop();
  });

  it("dev renders the read model's apply Job (applyFrom: cluster) and the closer CronJob", () => {
    assert.deepEqual(
      jobs.map((j) => String(j.metadata.name).replace(/-[0-9a-f]{10}$/, "-<hash>")),
      ["am-dashboard-read-model-apply-<hash>"],
    );
    assert.equal(cronJobs.length, 1, "the closer CronJob");
  });

  it("the Job controller's pods for both are admitted by the restricted level (none refused)", async () => {
    const fromCron = cronJobs.map((c) => ({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: `${String(c.metadata.name)}-manual`, namespace: c.metadata.namespace },
      spec: c.spec.jobTemplate.spec,
    }));
    const namespaces = new Set([...jobs, ...cronJobs].map((o) => String(o.metadata.namespace)));
    for (const ns of namespaces) await cp.createNamespace(ns, RESTRICTED);
    for (const c of cronJobs) await cp.api.apply(c as KubeObject);
    for (const job of [...jobs, ...fromCron]) {
      await cp.api.apply(job as KubeObject);
      const ns = String(job.metadata.namespace);
      const name = String(job.metadata.name);
      // Either the pod exists (admitted) or the Job controller recorded why it could not create it.
      const outcome = await waitFor(
        `a pod or a FailedCreate event for Job ${name}`,
        async () => {
          const pods = await cp.api.list<Obj>(`/api/v1/namespaces/${ns}/pods`);
          const mine = pods.filter((p) => p.metadata.labels?.["job-name"] === name);
          const events = await cp.api.list<Obj>(`/api/v1/namespaces/${ns}/events`);
          const refused = events
            .filter((e) => e.reason === "FailedCreate" && e.involvedObject?.name === name)
            .map((e) => String(e.message));
          return mine.length > 0 || refused.length > 0 ? { pods: mine, refused } : undefined;
        },
        { timeoutMs: 120_000, intervalMs: 1000 },
      );
      assert.deepEqual(outcome.refused, [], `Job ${name}: pods refused`);
      assert.equal(outcome.pods.length, 1, `Job ${name}: one pod created`);
    }
  });
});

/**
 * What the `restricted` Pod Security level (and OpenShift's restricted-v2 SCC, which is stricter) admits, checked on
 * the pods the program describes, for what the real-engine deployment test cannot reach: pods of milestone-2
 * collectors (ECK turns a Beat into a Deployment) and the image USER the kubelet would refuse.
 */
import * as assert from "node:assert/strict";
import { plainValue, type RecordedResource } from "../../infra/engine/mockEngine";
import { runStack } from "../support/stacks";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const objects = (rs: RecordedResource[], kind: string): Obj[] =>
  rs
    .filter((r) => r.custom && !r.read && r.type.startsWith("kubernetes:"))
    .map((r) => plainValue(r.inputs) as Obj)
    .filter((o) => o.kind === kind);

describe("pods the restricted level admits", () => {
  it("the telemetry Beat gives ECK's beat-data volume an emptyDir, so ECK adds no hostPath", async () => {
    // ECK adds a hostPath `beat-data` volume unless the pod template has one of that name (cloud-on-k8s v3.5.0
    // pkg/controller/beat/common/pod.go createDataVolume + defaults/pod_template.go WithVolumes).
    for (const stack of ["stage", "prod"]) {
      const beats = objects((await runStack(stack)).resources, "Beat");
      assert.ok(beats.length > 0, `${stack} has no Beat`);
      for (const beat of beats) {
        const volumes = beat.spec.deployment.podTemplate.spec.volumes as Obj[];
        assert.deepEqual(
          volumes.find((v) => v.name === "beat-data"),
          { name: "beat-data", emptyDir: {} },
        );
        assert.ok(!volumes.some((v) => v.hostPath), `${stack}: a hostPath volume`);
      }
    }
  });

  it("the Beat and the Logstash are awaited like Elasticsearch and Kibana", async () => {
    const rs = (await runStack("prod")).resources;
    for (const kind of ["Beat", "Logstash"]) {
      for (const o of objects(rs, kind))
        assert.equal(o.metadata.annotations["pulumi.com/waitFor"], "jsonpath={.status.health}=green", kind);
    }
  });

  it("the connector pod names a non-root UID where no SCC assigns one (its image runs as root)", async () => {
    const [local] = objects((await runStack("local")).resources, "Deployment");
    const sc = local.spec.template.spec.securityContext;
    assert.equal(sc.runAsNonRoot, true);
    assert.ok(Number.isInteger(sc.runAsUser) && sc.runAsUser > 0, `runAsUser ${sc.runAsUser}`);
    // On OpenShift the SCC assigns the UID from the namespace's range; a fixed one would be refused there.
    const [dev] = objects((await runStack("dev")).resources, "Deployment");
    assert.equal(dev.spec.template.spec.securityContext.runAsUser, undefined);
  });
});

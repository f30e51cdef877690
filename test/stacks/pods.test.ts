/**
 * What the `restricted` Pod Security level (and OpenShift's restricted-v2 SCC, which is stricter) admits, checked on
 * the pods the program describes, for what the real-engine deployment test cannot reach: pods of milestone-2
 * collectors (ECK turns a Beat into a Deployment) and the image USER the kubelet would refuse.
 */
import * as assert from "node:assert/strict";
import { plainValue, type RecordedResource } from "../../infra/engine/mockEngine";
import { runStack } from "../support/stacks";
import { logstashHeapOptions } from "../../components/collectors/assisted-installer/build";

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

  it("the telemetry Beat sets the restricted security context ECK leaves out for Beats", async () => {
    const beats = objects((await runStack("prod")).resources, "Beat");
    assert.ok(beats.length > 0);
    for (const beat of beats) {
      const pod = beat.spec.deployment.podTemplate.spec as Obj;
      assert.deepEqual(pod.securityContext.seccompProfile, { type: "RuntimeDefault" });
      assert.equal(pod.securityContext.runAsNonRoot, true);
      for (const c of pod.containers as Obj[]) {
        assert.equal(c.securityContext.allowPrivilegeEscalation, false, c.name);
        assert.deepEqual(c.securityContext.capabilities.drop, ["ALL"], c.name);
      }
    }
  });

  it("Logstash gets half its container memory as heap, never the image's fixed 1 GiB", async () => {
    assert.equal(logstashHeapOptions("2Gi"), "-Xms1024m -Xmx1024m");
    assert.equal(logstashHeapOptions("3072Mi"), "-Xms1536m -Xmx1536m");
    assert.throws(() => logstashHeapOptions("512Mi"), /below 1Gi/);
    assert.throws(() => logstashHeapOptions("2 GB"), /not a Kubernetes memory quantity/);
    const rs = (await runStack("prod")).resources;
    const logstashes = objects(rs, "Logstash");
    assert.ok(logstashes.length > 0, "prod has no Logstash");
    for (const ls of logstashes) {
      const container = (ls.spec.podTemplate.spec.containers as Obj[])[0];
      const memory = container.resources.limits.memory as string;
      assert.deepEqual(container.env, [{ name: "LS_JAVA_OPTS", value: logstashHeapOptions(memory) }]);
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

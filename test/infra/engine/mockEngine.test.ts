/** The mock engine the synth and the tests share: what it records, and that it fails closed. */
import * as assert from "node:assert/strict";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import {
  isSecretValue,
  plainValue,
  ProgramError,
  redacted,
  runUnderMocks,
} from "../../../infra/engine/mockEngine";

const options = { project: "am-dashboard", stack: "engine", config: {} };

describe("mock engine", () => {
  it("fails closed on an invoke the program was not allowed to make", async () => {
    const err = await runUnderMocks(options, async () => {
      const out = await pulumi.runtime.invoke("kubernetes:yaml:decode", { text: "a: 1" });
      return { out };
    }).then(
      () => assert.fail("the invoke was answered"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ProgramError);
    assert.match(err.message, /unexpected invoke kubernetes:yaml:decode/);
  });

  it("fails the run even when the program swallows the invoke's error", async () => {
    const err = await runUnderMocks(options, async () => {
      await pulumi.runtime.invoke("aws:index:getRegion", {}).catch(() => undefined);
      return {};
    }).then(
      () => assert.fail("the swallowed invoke went unnoticed"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ProgramError);
    assert.match(err.message, /unexpected invoke aws:index:getRegion: the program may only call none/);
  });

  it("answers only the invokes it is given", async () => {
    const run = await runUnderMocks(
      { ...options, invokes: { "test:index:echo": (_t, inputs) => ({ echoed: inputs.value }) } },
      async () => pulumi.runtime.invoke("test:index:echo", { value: 42 }),
    );
    assert.deepEqual((run.outputs as { echoed: number }).echoed, 42);
  });

  it("records parents, dependencies, providers and secret inputs as the engine received them", async () => {
    const run = await runUnderMocks(options, async () => {
      const provider = new k8s.Provider("p", { context: "c" });
      const ns = new k8s.core.v1.Namespace("ns", { metadata: { name: "am" } }, { provider });
      new k8s.core.v1.Secret(
        "s",
        { metadata: { name: "s", namespace: "am" }, stringData: { password: pulumi.secret("hunter2") } },
        { provider, dependsOn: [ns] },
      );
      return {};
    });
    const secret = run.resources.find((r) => r.name === "s")!;
    assert.ok(secret.dependencies.some((d) => d.endsWith("::ns")));
    assert.match(secret.provider ?? "", /pulumi:providers:kubernetes::p$/);
    assert.ok(isSecretValue(secret.inputs.stringData));
    assert.deepEqual(plainValue(secret.inputs.stringData), { password: "hunter2" });
    assert.deepEqual(redacted(secret.inputs.stringData), { password: "[secret]" });
    assert.ok(!JSON.stringify(redacted(secret.inputs)).includes("hunter2"));
  });
});

describe("mock engine: a resource whose inputs fail", () => {
  it("fails the run instead of rendering a desired state without it", async () => {
    const err = await runUnderMocks({ project: "p", stack: "s", config: {} }, () => {
      const provider = new k8s.Provider("k", {});
      new k8s.core.v1.ConfigMap(
        "c",
        {
          data: {
            a: pulumi.output("x").apply((): string => {
              throw new Error("boom in apply");
            }),
          },
        },
        { provider },
      );
      return {};
    }).then(
      () => assert.fail("the run succeeded without the ConfigMap"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ProgramError);
    assert.match(String((err.cause as Error).message), /boom in apply/);
  });
});

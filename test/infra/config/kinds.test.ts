/**
 * The narrowing of a validated configuration to its stack kind (infra/config/kinds.ts): each shipped stack narrows
 * to the kind it is, with what that kind needs; every key the narrowing requires is one the rules refuse to leave
 * out, so the narrowing cannot fail for a configuration the loader accepted (test/infra/config/properties.test.ts
 * narrows every mutated configuration the loader accepts, too).
 */
import * as assert from "node:assert/strict";
import { wantedGeneratedSecrets } from "../../../infra/config/generated";
import type { StackKindName } from "../../../infra/config/kinds";
import { ConfigError } from "../../../infra/config/load";
import type { LoadedStackFile } from "../../../infra/synth/stackFile";
import { narrow } from "../../support/kinds";
import { setPath, stackConfig, withKey } from "../../support/stacks";

const EXPECTED: Record<string, StackKindName> = {
  dev: "milestone1",
  local: "milestone1",
  prod: "milestone2-eck",
  stage: "milestone2-existing",
};

describe("stack kinds", () => {
  for (const [stack, expected] of Object.entries(EXPECTED)) {
    it(`narrows Pulumi.${stack}.yaml to ${expected}, asking for the generated secrets the synth lists`, () => {
      const { kind, parsed, asked, calls } = narrow(stack, stackConfig(stack));
      assert.equal(kind.kind, expected);
      assert.deepEqual(asked, wantedGeneratedSecrets(parsed));
      assert.ok(calls <= 1, "the generator registers one component: it is asked at most once");
    });
  }

  it("carries each capability with what it needs, exactly when it is configured", () => {
    const dev = narrow("dev", stackConfig("dev")).kind;
    assert.ok(dev.kind === "milestone1");
    assert.ok(dev.plannerConnector, "dev runs the planner connector");
    assert.ok(Object.keys(dev.plannerConnector.planner.podSelector).length > 0);

    const off = narrow("dev", setPath(stackConfig("dev"), "features", ["plannerConnector"], false));
    assert.ok(off.kind.kind === "milestone1" && off.kind.plannerConnector === undefined);
    assert.deepEqual(off.asked, [], "no connector, no generated password");

    const prod = narrow("prod", stackConfig("prod")).kind;
    assert.ok(prod.kind === "milestone2-eck");
    assert.equal(prod.replication?.securityModel, "api-key");
    assert.ok(
      prod.replication?.securityModel === "api-key" && "secret" in prod.replication.leader.remoteClusterCa,
    );
    assert.equal(prod.collectors?.assistedInstaller?.source.kind, "kafka");
    assert.equal(prod.collectors?.assistedInstaller?.pseudonymisationKey.source, "generated");
    assert.ok(prod.collectors?.telemetry?.token);

    const stage = narrow("stage", stackConfig("stage")).kind;
    assert.ok(stage.kind === "milestone2-existing");
    assert.equal(stage.replication, undefined, "stage replicates nothing (see Pulumi.stage.yaml)");
    assert.equal(stage.collectors?.assistedInstaller?.source.kind, "opensearch");
    assert.match(stage.target.elasticsearchUrl, /^https:\/\//);
    assert.ok(!("elasticsearch" in stage), "an existing deployment carries no ECK settings");
  });

  /** Each key the narrowing requires (a `ruleMissing` in kinds.ts), left out of a stack that needs it. */
  const needed: {
    stack: string;
    key: string;
    /** What the issue says was found, when the key has several rules. */
    found?: string;
    mutate: (c: LoadedStackFile) => LoadedStackFile;
  }[] = [
    { stack: "dev", key: "elasticsearch", mutate: (c) => withKey(c, "elasticsearch", undefined) },
    { stack: "dev", key: "kibana", mutate: (c) => withKey(c, "kibana", undefined) },
    { stack: "dev", key: "exposure", mutate: (c) => withKey(c, "exposure", undefined) },
    { stack: "prod", key: "exposure", mutate: (c) => withKey(c, "exposure", undefined) },
    { stack: "dev", key: "planner", mutate: (c) => withKey(c, "planner", undefined) },
    {
      stack: "dev",
      key: "planner.podSelector",
      mutate: (c) => setPath(c, "planner", ["podSelector"], undefined),
    },
    { stack: "dev", key: "plannerAdminUrl", mutate: (c) => withKey(c, "plannerAdminUrl", undefined) },
    { stack: "prod", key: "target", mutate: (c) => withKey(c, "target", undefined) },
    {
      stack: "stage",
      key: "target.elasticsearchUrl",
      mutate: (c) => setPath(c, "target", ["elasticsearchUrl"], undefined),
    },
    {
      stack: "stage",
      key: "target.kibanaUrl",
      mutate: (c) => setPath(c, "target", ["kibanaUrl"], undefined),
    },
    { stack: "stage", key: "targetPassword", mutate: (c) => withKey(c, "targetPassword", undefined) },
    { stack: "prod", key: "leaderPassword", mutate: (c) => withKey(c, "leaderPassword", undefined) },
    {
      stack: "prod",
      key: "replication.leader.remoteClusterCa",
      mutate: (c) => setPath(c, "replication", ["leader", "remoteClusterCa"], undefined),
    },
    {
      // The API-key model needs the keystore ECK manages: only the certificate model on an existing deployment.
      stack: "stage",
      key: "replication.securityModel",
      found: 'target.mode "existing"',
      mutate: (c) =>
        withKey(c, "replication", JSON.parse(stackConfig("prod").config["am-dashboard:replication"])),
    },
    {
      stack: "prod",
      key: "collectors.assistedInstaller.kafka",
      mutate: (c) => setPath(c, "collectors", ["assistedInstaller", "kafka"], undefined),
    },
    {
      stack: "stage",
      key: "collectors.assistedInstaller.opensearch",
      mutate: (c) => setPath(c, "collectors", ["assistedInstaller", "opensearch"], undefined),
    },
    { stack: "prod", key: "kafkaPassword", mutate: (c) => withKey(c, "kafkaPassword", undefined) },
    { stack: "stage", key: "opensearchPassword", mutate: (c) => withKey(c, "opensearchPassword", undefined) },
    { stack: "prod", key: "telemetryToken", mutate: (c) => withKey(c, "telemetryToken", undefined) },
  ];
  for (const { stack, key, found, mutate } of needed) {
    it(`the rules refuse ${stack} without ${key}, naming it, before the narrowing could miss it`, () => {
      assert.throws(
        () => narrow(stack, mutate(stackConfig(stack))),
        (e: unknown) =>
          e instanceof ConfigError &&
          e.issues.some((i) => i.path === key && i.found.includes(found ?? "")) &&
          e.message.startsWith(`Invalid stack configuration in Pulumi.${stack}.yaml`),
      );
    });
  }
});

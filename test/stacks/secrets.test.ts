/**
 * The rotation keepers through the whole program (every stack's own configuration, under the Pulumi SDK's mock
 * engine): unset, every stack that uses a generatable secret generates it at generation 0; a keeper changes exactly
 * the generator it keys, the connector's login name, the API key's name and the key-epoch record, and nothing
 * credential-bearing is replaced delete-before-replace. Every API key's consumer Secret depends on it explicitly, so a
 * rotated key exists before the Secret moves and the replaced one is deleted only after.
 */
import assert from "node:assert/strict";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { plainValue } from "../../infra/engine/mockEngine";
import { runStack, setPath, stackConfig, withKey } from "../support/stacks";

const byType = (rs: RecordedResource[], suffix: string) => rs.filter((r) => r.type.endsWith(suffix));
const input = (r: RecordedResource, key: string) => plainValue<unknown>(r.inputs[key]);
// dev ships `planner.readModel.applyFrom: cluster` (a psql Job creates the login); the login resource this file checks
// belongs to the runner path, so these cases run dev's configuration on that path.
const devOnRunner = () => setPath(stackConfig("dev"), "planner", ["readModel", "applyFrom"], "runner");

describe("generated secrets and rotation keepers through the program", function () {
  this.timeout(120_000);

  it("dev (milestone 1) generates the connector password at generation 0, and no key (the planner path has none)", async () => {
    const { resources } = await runStack("dev", devOnRunner());
    const generators = resources.filter((r) => r.type.startsWith("random:index/"));
    assert.deepEqual(generators.map((g) => [g.type, input(g, "keepers")]).sort(), [
      ["random:index/password:Password", { rotation: "0" }],
    ]);
    assert.deepEqual(byType(resources, ":KeyEpoch"), []);
    const [login] = byType(resources, ":ConnectorLogin");
    assert.equal(input(login, "loginRole"), "am_dashboard_connector_r0");
    const [configuration] = byType(resources, ":ConnectorConfiguration");
    assert.equal(
      (input(configuration, "values") as { username: string }).username,
      "am_dashboard_connector_r0",
    );
    assert.ok(configuration.dependencies.includes(login.urn), "the configuration waits for the login");
    const [key] = byType(resources, ":ElasticsearchSecurityApiKey");
    assert.equal(input(key, "name"), "am-planner-connector-service");
  });

  it("keepers change the generator, the login and the API key of dev, and the key and its epoch record of prod", async () => {
    const rotated = withKey(devOnRunner(), "rotation", {
      plannerConnectorPassword: "2026-09-01",
      connectorApiKey: 3,
    });
    const { resources } = await runStack("dev", rotated);
    const keepers = Object.fromEntries(
      resources.filter((r) => r.type.startsWith("random:index/")).map((g) => [g.type, input(g, "keepers")]),
    );
    assert.deepEqual(keepers, { "random:index/password:Password": { rotation: "2026-09-01" } });
    assert.equal(
      input(byType(resources, ":ConnectorLogin")[0], "loginRole"),
      "am_dashboard_connector_r20260901",
    );
    assert.equal(
      input(byType(resources, ":ElasticsearchSecurityApiKey")[0], "name"),
      "am-planner-connector-service-r3",
    );
    for (const r of resources)
      assert.ok(!r.deleteBeforeReplace, `${r.type} ${r.name} is delete-before-replace`);
    const prod = await runStack("prod", withKey(stackConfig("prod"), "rotation", { pseudonymisationKey: 2 }));
    const bytes = prod.resources.filter((r) => r.type === "random:index/bytes:Bytes");
    assert.deepEqual(
      bytes.map((b) => input(b, "keepers")),
      [{ rotation: "2" }],
    );
    assert.equal(input(byType(prod.resources, ":KeyEpoch")[0], "epoch"), "2");
  });

  it("a stack that supplies its own secrets generates nothing", async () => {
    const supplied = stackConfig("dev");
    supplied.config["am-dashboard:plannerConnectorPassword"] = "Supplied-Password-0123456789";
    supplied.config["am-dashboard:pseudonymisationKey"] = "supplied-key-".padEnd(48, "k");
    supplied.secretKeys.push("am-dashboard:plannerConnectorPassword", "am-dashboard:pseudonymisationKey");
    const { resources } = await runStack("dev", supplied);
    assert.deepEqual(
      resources.filter((r) => r.type.startsWith("random:")),
      [],
    );
  });

  it("a milestone-2 stack with the Assisted Installer collector generates its key and records its epoch", async () => {
    const { resources } = await runStack("prod");
    assert.deepEqual(
      resources.filter((r) => r.type.startsWith("random:index/")).map((r) => r.type),
      ["random:index/bytes:Bytes"],
    );
    const [epoch] = byType(resources, ":KeyEpoch");
    assert.deepEqual(input(epoch, "indices"), ["am-staging-installations"]);
    assert.equal(input(epoch, "source"), "generated");
  });

  it("API-key keepers name new collector and cross-cluster keys, replaced create-first, each before its Secret", async () => {
    const keyNames = (rs: RecordedResource[]) =>
      Object.fromEntries(byType(rs, ":ElasticsearchSecurityApiKey").map((k) => [k.name, input(k, "name")]));
    const before = await runStack("prod");
    const rotated = withKey(stackConfig("prod"), "rotation", {
      assistedInstallerCollectorApiKey: 2,
      telemetryCollectorApiKey: "2026-09-01",
      crossClusterApiKey: 7,
    });
    const { resources } = await runStack("prod", rotated);
    const old = keyNames(before.resources);
    const renamed = keyNames(resources);
    // The same resources (same Pulumi names), each with a new Elasticsearch name: what replaces them.
    assert.deepEqual(Object.keys(renamed).sort(), Object.keys(old).sort());
    assert.equal(Object.keys(renamed).length, 3, "the two collector keys and the cross-cluster key");
    for (const [name, base] of Object.entries(old)) {
      const suffix = name.includes("ccr") ? "-r7" : name.includes("telemetry") ? "-r2026-09-01" : "-r2";
      assert.equal(renamed[name], `${String(base)}${suffix}`, name);
    }
    const secrets = byType(resources, "kubernetes:core/v1:Secret");
    for (const key of byType(resources, ":ElasticsearchSecurityApiKey")) {
      assert.deepEqual(key.replaceOnChanges, ["name"], `${key.name} is replaced when its name changes`);
      assert.ok(!key.deleteBeforeReplace, `${key.name} is delete-before-replace`);
      const consumers = secrets.filter((s) => s.dependencies.includes(key.urn));
      assert.equal(consumers.length, 1, `${key.name}: exactly one Secret carries it, and depends on it`);
      assert.match(consumers[0].name, /keystore$/);
    }
    // Nothing but the keys' names differs from the unrotated stack.
    const changed = resources.filter((r) => {
      const was = before.resources.find((b) => b.urn === r.urn);
      return JSON.stringify(plainValue(was?.inputs)) !== JSON.stringify(plainValue(r.inputs));
    });
    assert.deepEqual(
      changed.map((r) => r.type).sort(),
      Array(3).fill("elasticstack:index/elasticsearchSecurityApiKey:ElasticsearchSecurityApiKey"),
    );
  });
});

/**
 * The rotation keepers through the whole program (every stack's own configuration, under the Pulumi SDK's mock
 * engine): unset, every stack that uses a generatable secret generates it at generation 0; a keeper changes exactly
 * the generator it keys, the connector's login name, the API key's name and the key-epoch record, and nothing
 * credential-bearing is replaced delete-before-replace.
 */
import assert from "node:assert/strict";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { plainValue } from "../../infra/engine/mockEngine";
import { runStack, stackConfig, withKey } from "../support/stacks";

const byType = (rs: RecordedResource[], suffix: string) => rs.filter((r) => r.type.endsWith(suffix));
const input = (r: RecordedResource, key: string) => plainValue<unknown>(r.inputs[key]);

describe("generated secrets and rotation keepers through the program", function () {
  this.timeout(120_000);

  it("dev (milestone 1) generates the connector password at generation 0, and no key (the planner path has none)", async () => {
    const { resources } = await runStack("dev");
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
    const rotated = withKey(stackConfig("dev"), "rotation", {
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
});

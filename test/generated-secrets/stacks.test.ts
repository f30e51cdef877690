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

  it("dev (milestone 1) generates the connector password and the key at generation 0", async () => {
    const { resources } = await runStack("dev");
    const generators = resources.filter((r) => r.type.startsWith("random:index/"));
    assert.deepEqual(generators.map((g) => [g.type, input(g, "keepers")]).sort(), [
      ["random:index/bytes:Bytes", { rotation: "0" }],
      ["random:index/password:Password", { rotation: "0" }],
    ]);
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
    assert.equal(input(byType(resources, ":KeyEpoch")[0], "epoch"), "0");
  });

  it("keepers change the generators, the login, the API key and the epoch record", async () => {
    const rotated = withKey(stackConfig("dev"), "rotation", {
      plannerConnectorPassword: "2026-09-01",
      pseudonymisationKey: 2,
      connectorApiKey: 3,
    });
    const { resources } = await runStack("dev", rotated);
    const keepers = Object.fromEntries(
      resources.filter((r) => r.type.startsWith("random:index/")).map((g) => [g.type, input(g, "keepers")]),
    );
    assert.deepEqual(keepers, {
      "random:index/password:Password": { rotation: "2026-09-01" },
      "random:index/bytes:Bytes": { rotation: "2" },
    });
    assert.equal(
      input(byType(resources, ":ConnectorLogin")[0], "loginRole"),
      "am_dashboard_connector_r20260901",
    );
    assert.equal(
      input(byType(resources, ":ElasticsearchSecurityApiKey")[0], "name"),
      "am-planner-connector-service-r3",
    );
    assert.equal(input(byType(resources, ":KeyEpoch")[0], "epoch"), "2");
    for (const r of resources)
      assert.ok(!r.deleteBeforeReplace, `${r.type} ${r.name} is delete-before-replace`);
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
    assert.equal(input(byType(resources, ":KeyEpoch")[0], "source"), "supplied");
  });

  it("a milestone-2 stack with the Assisted Installer collector generates its key and records its epoch", async () => {
    const { resources } = await runStack("prod");
    assert.deepEqual(
      resources.filter((r) => r.type.startsWith("random:index/")).map((r) => r.type),
      ["random:index/bytes:Bytes"],
    );
    const [epoch] = byType(resources, ":KeyEpoch");
    assert.deepEqual(input(epoch, "indices"), ["am-installations"]);
    assert.equal(input(epoch, "source"), "generated");
  });
});

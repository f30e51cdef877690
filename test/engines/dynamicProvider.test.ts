/**
 * The program's dynamic resources moved from Pulumi's default provider of dynamic resources to the program's explicit
 * one (infra/providers/dynamic.ts, registered first by index.ts). A deployed stack must keep them: the connector's
 * configuration, a login or a key-epoch record replaced would be written again, or dropped. Whether the engine
 * replaces a resource whose provider changed is the engine's decision, so the real CLI decides it here.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { pulumiWorkspace, type PulumiWorkspace } from "../support/engines";

describe("engines: dynamic resources keep their state when they move to the program's explicit provider", function () {
  this.timeout(10 * 60_000);
  let ws: PulumiWorkspace;

  before(async () => {
    ws = pulumiWorkspace({
      projectDir: path.join(__dirname, "fixtures", "dynamic-provider"),
      stack: "dynamic",
      engines: [],
    });
    await ws.stackInit();
  });
  after(async () => {
    await ws?.destroy().catch(() => undefined);
    await ws?.dispose();
  });

  const ids = async () => {
    const result = await ws.run(["stack", "output", "--json", "--stack", "dynamic", "--non-interactive"]);
    return JSON.parse(result.stdout) as { recordedId: string; controlId: string };
  };

  it("keeps the resource (same id) and plans nothing more after the move", async () => {
    await ws.configSet("explicit", "false");
    await ws.up();
    const before = await ids();
    assert.match(before.recordedId, /^[0-9a-f-]{36}$/);
    await ws.configSet("explicit", "true");
    // As in the project's Pulumi.yaml from this move on: the old default provider is only in the state.
    await ws.configSet("pulumi:disable-default-providers[0]", "pulumi-nodejs", { path: true });
    await ws.up();
    const after = await ids();
    assert.equal(
      after.recordedId,
      before.recordedId,
      "the dynamic resource was replaced when its provider changed",
    );
    assert.notEqual(after.controlId, before.controlId, "the control, replaced on purpose, kept its id");
    // Nothing left to do: the next preview of the same program plans no change (the CLI exits non-zero otherwise).
    await ws.preview(["--expect-no-changes"]);
  });
});

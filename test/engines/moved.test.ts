/**
 * AnonymisedIndex adopted pipelines and templates that used to be children of its parent (or of the stack). Their
 * URNs changed with the parent; `movedInto` (components/anonymised-index/moved.ts) aliases the old parent. Whether the
 * engine adopts the deployed objects instead of replacing them is the engine's decision, so the real CLI decides it
 * here: Elasticsearch objects cannot be created here (no Elasticsearch), so the same options move auto-named
 * ConfigMaps on the real API server, whose uid changes if, and only if, an object is replaced. A control moved
 * without the alias must be replaced, or the test could not fail.
 *
 * The other way round: ElasticStack creates the ECK Elasticsearch and Kibana custom resources itself, which were each
 * the only child of a component that no longer exists; `liftedOutOf` (components/elastic-stack/moved.ts) aliases that
 * removed parent by its URN. Replacing the Elasticsearch resource would replace the cluster and lose its data, so
 * the same shape (stack component, one-child wrapper, custom resource) is moved here with the program's helper.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { pulumiWorkspace, useControlPlane, type PulumiWorkspace } from "../support/engines";

const namespace = "engines-moved";

describe("engines: children moved into or out of a component keep their state through the program's alias", function () {
  this.timeout(10 * 60_000);
  const cp = useControlPlane();
  let ws: PulumiWorkspace;

  /** uid of each ConfigMap by its `data.name` (the Pulumi name it was created under). */
  async function uids(): Promise<Record<string, string>> {
    const list = await cp().api.get<{ items: { data: { name: string }; metadata: { uid: string } }[] }>(
      `/api/v1/namespaces/${namespace}/configmaps`,
    );
    return Object.fromEntries(
      (list?.items ?? []).filter((i) => i.data?.name).map((i) => [i.data.name, i.metadata.uid]),
    );
  }

  before(async () => {
    ws = pulumiWorkspace({
      projectDir: path.join(__dirname, "fixtures", "moved"),
      stack: "moved",
      kubeconfig: cp().kubeconfig,
    });
    await ws.stackInit();
    await ws.configSet("namespace", namespace);
    await ws.configSet("moved", "false");
  });
  after(async () => {
    await ws?.destroy().catch(() => undefined);
    await ws?.dispose();
  });

  it("adopts the aliased ConfigMaps (same uid) and replaces only the control moved without an alias", async () => {
    await ws.up();
    const before = await uids();
    assert.deepEqual(Object.keys(before).sort(), [
      "control-cm",
      "lifted-control-es-cluster",
      "lifted-es-cluster",
      "nested-cm",
      "top-cm",
    ]);
    await ws.configSet("moved", "true");
    await ws.up();
    const after = await uids();
    assert.equal(
      after["top-cm"],
      before["top-cm"],
      "top-cm was replaced: its alias (no parent before) did not hold",
    );
    assert.equal(
      after["nested-cm"],
      before["nested-cm"],
      "nested-cm was replaced: its alias (outer) did not hold",
    );
    assert.ok(after["control-cm"], "the control ConfigMap exists after the move");
    assert.notEqual(
      after["control-cm"],
      before["control-cm"],
      "the control moved without an alias kept its uid",
    );
    assert.equal(
      after["lifted-es-cluster"],
      before["lifted-es-cluster"],
      "lifted-es-cluster was replaced: its alias (the removed wrapper's URN) did not hold",
    );
    assert.ok(after["lifted-control-es-cluster"], "the lifted control ConfigMap exists after the move");
    assert.notEqual(
      after["lifted-control-es-cluster"],
      before["lifted-control-es-cluster"],
      "the control lifted out of its wrapper without an alias kept its uid",
    );
  });
});

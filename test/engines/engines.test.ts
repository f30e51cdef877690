/**
 * The engines end to end: the real Pulumi CLI, Node language host (behind our RunPlugin adapter), Kubernetes provider
 * 4.25.0 and control plane (etcd, kube-apiserver, kube-controller-manager 1.35.4). Fails with "run npm run engines"
 * when an engine is missing.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { pulumiWorkspace, useControlPlane, type PulumiWorkspace } from "../support/engines";

const FIXTURES = path.join(__dirname, "fixtures");

describe("engines: pulumi up / up / destroy through the real Kubernetes provider", function () {
  this.timeout(10 * 60_000);
  const cp = useControlPlane();
  let ws: PulumiWorkspace;
  const namespace = "engines-fixture";

  before(async () => {
    ws = pulumiWorkspace({
      projectDir: path.join(FIXTURES, "kubernetes"),
      stack: "test",
      kubeconfig: cp().kubeconfig,
    });
    await ws.stackInit();
    await ws.configSet("namespace", namespace);
    await ws.configSet("labels", JSON.stringify({ owner: "engines-test" }));
  });
  after(async () => ws?.dispose());

  it("creates the Namespace and the ConfigMap in the API server", async () => {
    await ws.up();
    const cm = await cp().api.get<{
      data: Record<string, string>;
      metadata: { labels: Record<string, string> };
    }>(`/api/v1/namespaces/${namespace}/configmaps/greeting`);
    assert.deepEqual(cm?.data, { greeting: "hello" });
    assert.equal(cm?.metadata.labels.owner, "engines-test");
  });

  it("reports no changes on a second up", async () => {
    const again = await ws.up(["--expect-no-changes"]);
    assert.match(again.stdout, /3 unchanged/);
  });

  it("destroys everything it created (garbage collector and namespace controller finish the deletes)", async () => {
    await ws.destroy();
    assert.equal(await cp().api.get(`/api/v1/namespaces/${namespace}`), undefined);
  });
});

describe("engines: pulumi preview --policy-pack runs a Node pack through the language host", function () {
  this.timeout(10 * 60_000);
  const cp = useControlPlane();
  let ws: PulumiWorkspace;

  before(async () => {
    ws = pulumiWorkspace({
      projectDir: path.join(FIXTURES, "kubernetes"),
      stack: "policy",
      kubeconfig: cp().kubeconfig,
    });
    await ws.stackInit();
    await ws.configSet("namespace", "engines-policy");
  });
  after(async () => ws?.dispose());

  it("fails the preview with the mandatory policy's own message when the ConfigMap has no owner", async () => {
    const result = await ws.preview(["--policy-pack", path.join(FIXTURES, "policy-pack")], {
      expectFailure: true,
    });
    assert.match(result.output, /\[mandatory\]\s+configmap-owner-label/);
    assert.match(result.output, /ConfigMap greeting has no owner label/);
  });

  it("passes the same preview once the ConfigMap names its owner", async () => {
    await ws.configSet("labels", JSON.stringify({ owner: "engines-test" }));
    const result = await ws.preview(["--policy-pack", path.join(FIXTURES, "policy-pack")]);
    assert.match(result.output, /Policy Packs run:[\s\S]*engines-fixture-pack\|local\|\S+\s+0\.0\.1/);
    assert.doesNotMatch(result.output, /\[mandatory\]/);
  });
});

describe("engines: the generated elasticstack SDK through the dynamic bridge and the seeded provider", function () {
  this.timeout(10 * 60_000);
  let ws: PulumiWorkspace;

  before(async () => {
    ws = pulumiWorkspace({ projectDir: path.join(FIXTURES, "elasticstack"), stack: "test" });
    await ws.stackInit();
  });
  after(async () => ws?.dispose());

  it("previews an index template planned by terraform-provider-elasticstack 0.16.2 (parameterized package)", async () => {
    const result = await ws.preview();
    assert.match(result.stdout, /\+ pulumi:providers:elasticstack: \(create\)/);
    assert.match(result.stdout, /version\s*: "0\.16\.2"/);
    assert.match(
      result.stdout,
      /\+ elasticstack:index\/elasticsearchIndexTemplate:ElasticsearchIndexTemplate: \(create\)/,
    );
    // The plan went through the provider's schema: the template settings came back as its JSON attribute.
    assert.match(result.stdout, /index\.final_pipeline: "engines-fixture"/);
  });
});

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseAllDocuments } from "yaml";
import { parseStackConfig } from "../../../infra/config/load";
import { loadStackFile } from "../../../infra/synth/stackFile";
import { validateK8sObject, type K8sObject } from "../../../infra/validation";
import { buildElasticsearchPolicy } from "../../../components/network-policies/build";
import { selectorPeer } from "../../../components/network-policies/peer";
import { DEPLOY_NAMESPACE, elasticsearchPeer, workspacePodLabels } from "../../../delivery/pko/build";
import { expectedFiles, PKO_DIR } from "../../../delivery/pko/render";

const REPO = path.resolve(__dirname, "..", "..", "..");
const objects = (file: string) =>
  parseAllDocuments(fs.readFileSync(path.join(PKO_DIR, file), "utf8"))
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);

describe("delivery: Pulumi Kubernetes Operator manifests", () => {
  const expected = expectedFiles(REPO);

  it("the committed manifests are what delivery/pko/render.ts writes (rerun it after changing a stack)", () => {
    for (const [file, text] of expected) {
      assert.equal(fs.readFileSync(path.join(PKO_DIR, file), "utf8"), text, file);
    }
  });

  for (const file of expected.keys()) {
    it(`${file}: core objects pass the Kubernetes API schemas; the Stack has the fields PKO v2 needs`, () => {
      const objs = objects(file);
      const stack = objs.find((o) => o.kind === "Stack")!;
      for (const o of objs.filter((x) => x.kind !== "Stack")) {
        const result = validateK8sObject(o);
        assert.equal(result.ok, true, `${o.kind}: ${JSON.stringify(result)}`);
      }
      assert.deepEqual(
        objs.map((o) => o.kind),
        ["ServiceAccount", "ClusterRoleBinding", "Role", "RoleBinding", "NetworkPolicy", "Stack"],
      );
      const env = file.replace(/^stack-|\.yaml$/g, "");
      const spec = stack.spec as Record<string, unknown>;
      assert.equal(stack.apiVersion, "pulumi.com/v1");
      assert.match(String(spec.stack), new RegExp(`^[^/]+/am-dashboard/${env}$`));
      assert.equal(spec.destroyOnFinalize, false);
      assert.equal(spec.serviceAccountName, objs[0].metadata!.name);
      assert.deepEqual(spec.envRefs, {
        PULUMI_ACCESS_TOKEN: { type: "Secret", secret: { name: "pulumi-access-token", key: "accessToken" } },
      });
      assert.deepEqual((spec.config as Record<string, unknown>)["am-dashboard:access"], {
        mode: "in-cluster",
      });
      assert.ok(spec.projectRepo && spec.branch, "a git source");
      const role = objs.find((o) => o.kind === "Role")!;
      assert.equal(role.metadata!.namespace, objs.find((o) => o.kind === "RoleBinding")!.metadata!.namespace);
    });
  }

  it("the allowFrom peer is valid stack config and admits the workspace pod to Elasticsearch on 9200", () => {
    // What the operator runs: dev's checked-in file plus the Stack's inline config and the documented peer.
    const loaded = loadStackFile(path.join(REPO, "Pulumi.dev.yaml"), {});
    const config = {
      ...loaded.config,
      "am-dashboard:access": JSON.stringify({ mode: "in-cluster" }),
      "am-dashboard:networkPolicy": JSON.stringify({ allowFrom: [elasticsearchPeer("dev")] }),
    };
    const secret = new Set(loaded.secretKeys);
    const parsed = parseStackConfig("Pulumi.dev.yaml", config, (k) => secret.has(k));
    assert.deepEqual(parsed.networkPolicy?.allowFrom, [elasticsearchPeer("dev")]);

    const policy = buildElasticsearchPolicy("es", {
      namespace: parsed.namespace,
      labels: {},
      esPodLabels: { "elasticsearch.k8s.elastic.co/cluster-name": "am-dashboard" },
      kibanaPodLabels: { "kibana.k8s.elastic.co/name": "am-dashboard" },
      operator: { namespace: "openshift-operators", podLabels: { "control-plane": "elastic-operator" } },
      ingressPeer: null,
      elasticsearchExposed: false,
      elasticsearchPeers: parsed.networkPolicy!.allowFrom.map(selectorPeer),
    });
    const admitted = policy.spec.ingress.filter((rule) =>
      rule.from.some((peer) => {
        const p = peer as {
          namespaceSelector?: { matchLabels: object };
          podSelector?: { matchLabels: object };
        };
        return (
          JSON.stringify(p.namespaceSelector?.matchLabels) ===
            JSON.stringify({ "kubernetes.io/metadata.name": DEPLOY_NAMESPACE }) &&
          JSON.stringify(p.podSelector?.matchLabels) === JSON.stringify(workspacePodLabels("dev"))
        );
      }),
    );
    assert.equal(admitted.length, 1);
    assert.deepEqual(admitted[0].ports, [{ protocol: "TCP", port: 9200 }]);
  });
});

/**
 * `pulumi up` of the `local` stack by the real CLI and providers against a real control plane, with the ECK operator
 * the program installs from its Helm chart (the chart inside the cloud-on-k8s v3.5.0 module) and the real ECK 3.5.0
 * operator reconciling. No kubelet runs here: pods are created and admitted (Pod Security, `restricted`) but never
 * start, so Elasticsearch and Kibana are awaited as `reconciled` and the Elastic-side steps (templates, connector,
 * dashboards) are switched off. What this proves and what stays unproven is listed in docs/deploying.md.
 */
import * as assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import YAML from "yaml";
import { REPO_ROOT } from "../../infra/paths";
import { eckNames, serviceDns } from "../../infra/naming";
import { stackFilePath } from "../../infra/synth/stackFile";
import {
  eckChartDir,
  pulumiWorkspace,
  serviceCaConfigMap,
  setStackSecrets,
  startControlPlane,
  startEckOperator,
  waitFor,
  type ControlPlane,
  type EckOperator,
  type PulumiWorkspace,
} from "../support/engines";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const OPERATOR_NS = "elastic-system";
const ES = "am-dashboard";
const KB = "am-dashboard";

interface Deployment {
  stack: "local" | "dev";
  /** The stack's namespace (its stack file's `am-dashboard:namespace`). */
  namespace: string;
  /** How ECK gets there: the program's chart (`local`), or an operator an admin runs (`dev`, where OLM would). */
  operator: "chart" | "existing";
  /** Objects the cluster has before the program runs (what OpenShift publishes in every namespace). */
  preconditions?: Obj[];
}

const DEPLOYMENTS: Deployment[] = [
  { stack: "local", namespace: "am-dashboard", operator: "chart" },
  {
    stack: "dev",
    namespace: "assisted-migration-dashboard",
    operator: "existing",
    preconditions: [serviceCaConfigMap()],
  },
];

/**
 * The stack file made fit for a node-less control plane: ECK awaited as `reconciled`, the Elastic-side steps off
 * (nothing answers on Elasticsearch's or Kibana's API), and ECK from the chart on disk or from an existing operator.
 */
function adaptStackFile(file: string, d: Deployment): void {
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  const eck = doc.getIn(["config", "am-dashboard:eck"]) as YAML.YAMLMap;
  eck.delete("olm");
  eck.delete("helm");
  if (d.operator === "chart") eck.set("helm", { chart: eckChartDir(), operatorNamespace: OPERATOR_NS });
  else
    eck.set("existing", {
      operatorNamespace: OPERATOR_NS,
      podLabels: { "control-plane": "elastic-operator" },
    });
  doc.setIn(["config", "am-dashboard:kubernetes"], { await: "reconciled" });
  doc.setIn(["config", "am-dashboard:features"], { plannerConnector: false, dashboards: false });
  fs.writeFileSync(file, doc.toString());
}

const decode = (s: Obj, key: string) => Buffer.from(String(s.data[key]), "base64").toString("utf8");

for (const d of DEPLOYMENTS) {
  const NS = d.namespace;
  describe(`engines: pulumi up of ${d.stack} against a real control plane and the real ECK operator (${d.operator === "chart" ? "installed by the program from its chart" : "run as an existing operator, where OpenShift would install it through OLM"})`, function () {
    this.timeout(30 * 60_000);
    let cp: ControlPlane;
    let ws: PulumiWorkspace;
    let operator: EckOperator | undefined;
    let upOutput = "";

    before(async function () {
      // A control plane of its own: with the chart, the program installs ECK's CRDs itself, so none may be there.
      cp = await startControlPlane({ eckCrds: d.operator !== "chart" });
      for (const object of d.preconditions ?? []) {
        await cp.createNamespace(object.metadata.namespace as string);
        await cp.api.apply(object as never);
      }
      if (d.operator === "existing") await cp.createNamespace(OPERATOR_NS);
      ws = pulumiWorkspace({
        projectDir: REPO_ROOT,
        stack: d.stack,
        stackConfig: stackFilePath(REPO_ROOT, d.stack),
        kubeconfig: cp.kubeconfig,
      });
      adaptStackFile(ws.configFile, d);
      await ws.stackInit();
      await setStackSecrets(ws, stackFilePath(REPO_ROOT, d.stack));

      // An existing operator runs before the stack is deployed, as an admin's would.
      if (d.operator === "existing")
        operator = await startEckOperator(cp, {
          operatorNamespace: OPERATOR_NS,
          namespaces: [NS],
          createNamespaces: false,
        });
      const up = ws.up();
      // The chart's operator pod never runs without a kubelet: once its CRDs exist, the same operator binary runs
      // outside the cluster, as the chart would run it inside.
      try {
        if (d.operator === "chart") {
          await waitFor(
            "the chart's Elasticsearch CRD",
            async () =>
              (await cp.api.get(
                "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/elasticsearches.elasticsearch.k8s.elastic.co",
              ))
                ? true
                : undefined,
            { timeoutMs: 10 * 60_000, intervalMs: 1000 },
          );
          operator = await startEckOperator(cp, {
            operatorNamespace: OPERATOR_NS,
            namespaces: [NS],
            createNamespaces: false,
          });
        }
      } finally {
        upOutput = (await up).output;
      }
    });

    after(async () => {
      await operator?.stop();
      await ws?.dispose();
      await cp?.stop();
    });

    it("creates the stack and ECK reconciles it into the objects the program reads", async () => {
      assert.match(upOutput, /Resources:[\s\S]*created/);
      for (const path of [
        `/api/v1/namespaces/${NS}/secrets/${eckNames.esElasticUserSecret(ES)}`,
        `/api/v1/namespaces/${NS}/secrets/${eckNames.esHttpCertsPublic(ES)}`,
        `/api/v1/namespaces/${NS}/secrets/${eckNames.kbHttpCertsPublic(KB)}`,
        `/api/v1/namespaces/${NS}/services/${eckNames.esHttpService(ES)}`,
      ]) {
        assert.ok(await cp.api.get(path), `${path} is missing`);
      }
    });

    it("Elasticsearch's HTTP certificate is signed by the CA the program trusts and names the in-cluster Service", async () => {
      const pub = (await cp.api.get<Obj>(
        `/api/v1/namespaces/${NS}/secrets/${eckNames.esHttpCertsPublic(ES)}`,
      ))!;
      const ca = new X509Certificate(decode(pub, "ca.crt"));
      const cert = new X509Certificate(decode(pub, "tls.crt"));
      assert.ok(cert.verify(ca.publicKey), "tls.crt is not signed by ca.crt");
      assert.ok(cert.checkHost(serviceDns(eckNames.esHttpService(ES), NS)), cert.subjectAltName);
      // Kibana has a CA of its own: the program must trust that one for Kibana, never Elasticsearch's.
      const kb = (await cp.api.get<Obj>(
        `/api/v1/namespaces/${NS}/secrets/${eckNames.kbHttpCertsPublic(KB)}`,
      ))!;
      assert.notEqual(decode(kb, "ca.crt"), decode(pub, "ca.crt"));
    });

    if (d.stack === "dev")
      it("each Route passes TLS through to a Service ECK created (Route CRD of the real API server)", async () => {
        const routes = await cp.api.list<Obj>(`/apis/route.openshift.io/v1/namespaces/${NS}/routes`);
        assert.ok(routes.length >= 2, `routes: ${routes.map((r) => r.metadata.name).join(", ")}`);
        for (const route of routes) {
          assert.equal(route.spec.tls.termination, "passthrough", route.metadata.name);
          const service = await cp.api.get(`/api/v1/namespaces/${NS}/services/${route.spec.to.name}`);
          assert.ok(service, `${route.metadata.name}: no Service ${route.spec.to.name}`);
        }
      });

    if (d.stack === "local")
      it("each Ingress serves a certificate Secret that ECK created in the stack namespace", async () => {
        const ingresses = await cp.api.list<Obj>(`/apis/networking.k8s.io/v1/namespaces/${NS}/ingresses`);
        assert.ok(ingresses.length >= 2, `ingresses: ${ingresses.map((i) => i.metadata.name).join(", ")}`);
        for (const ingress of ingresses) {
          for (const tls of ingress.spec.tls as Obj[]) {
            const secret = await cp.api.get<Obj>(`/api/v1/namespaces/${NS}/secrets/${tls.secretName}`);
            assert.ok(
              secret?.data?.["tls.crt"],
              `${ingress.metadata.name}: secret ${tls.secretName} has no tls.crt`,
            );
          }
        }
      });

    it("the restricted Pod Security level admits every pod the controllers create (none refused)", async () => {
      const ns = (await cp.api.get<Obj>(`/api/v1/namespaces/${NS}`))!;
      assert.equal(ns.metadata.labels["pod-security.kubernetes.io/enforce"], "restricted");
      const where = d.operator === "chart" ? [NS, OPERATOR_NS] : [NS];
      for (const namespace of where) {
        const pods = await waitFor(
          `pods in ${namespace}`,
          async () => {
            const list = await cp.api.list<Obj>(`/api/v1/namespaces/${namespace}/pods`);
            return list.length > 0 ? list : undefined;
          },
          { timeoutMs: 120_000, intervalMs: 1000 },
        );
        const events = await cp.api.list<Obj>(`/api/v1/namespaces/${namespace}/events`);
        const refused = events.filter((e) => e.reason === "FailedCreate").map((e) => String(e.message));
        assert.deepEqual(refused, [], `pods refused in ${namespace}`);
        assert.ok(pods.length > 0);
      }
      // The StatefulSet controller created Elasticsearch's pod, and the ReplicaSet controller Kibana's once ECK had
      // configured its association: both admitted. They never run (no kubelet).
      const pods = await cp.api.list<Obj>(`/api/v1/namespaces/${NS}/pods`);
      const types = pods.map((p) => p.metadata.labels?.["common.k8s.elastic.co/type"]);
      for (const type of ["elasticsearch", "kibana"])
        assert.ok(types.includes(type), `no ${type} pod: ${pods.map((p) => p.metadata.name).join(", ")}`);
    });

    it("every NetworkPolicy selects real pods, and its peers name pods that exist", async () => {
      const policies = await cp.api.list<Obj>(`/apis/networking.k8s.io/v1/namespaces/${NS}/networkpolicies`);
      assert.ok(policies.length > 0);
      const podsIn = async (ns: string) => cp.api.list<Obj>(`/api/v1/namespaces/${ns}/pods`);
      const matches = (selector: Obj | undefined, labels: Record<string, string> = {}) =>
        Object.entries((selector?.matchLabels ?? {}) as Record<string, string>).every(
          ([k, v]) => labels[k] === v,
        );
      const local = await podsIn(NS);
      for (const policy of policies) {
        const selected = local.filter((p) => matches(policy.spec.podSelector, p.metadata.labels));
        assert.ok(selected.length > 0, `${policy.metadata.name} selects no pod`);
        for (const rule of (policy.spec.ingress ?? []) as Obj[]) {
          for (const peer of (rule.from ?? []) as Obj[]) {
            if (!peer.podSelector || !peer.namespaceSelector) continue;
            const nsName = peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"] as
              | string
              | undefined;
            // Peers are checked where this cluster has the pods: the stack's own and the chart's operator. No ingress
            // controller, router or planner database runs here, and an existing operator runs outside the cluster.
            const populated = d.operator === "chart" ? [NS, OPERATOR_NS] : [NS];
            if (!nsName || !populated.includes(nsName)) continue;
            const peers = (await podsIn(nsName)).filter((p) => matches(peer.podSelector, p.metadata.labels));
            assert.ok(
              peers.length > 0,
              `${policy.metadata.name}: no pod in ${nsName} matches a peer selector`,
            );
          }
        }
      }
    });

    it("a second up changes nothing", async () => {
      // This failed while the language host did not answer GetRequiredPackages: the engine then re-versioned the
      // explicit elasticstack provider on every up ([diff: ~version]; docs/engines.md, the adapter). The CLI itself fails the run on any change; the listing says which.
      const result = await ws.up(["--expect-no-changes"]);
      const changed = result.output
        .split("\n")
        .filter((l) => /^\s*[~+-]{1,2}\s+\S+:\S+/.test(l) && !/^\s*\+\s+pulumi:pulumi:Stack/.test(l));
      assert.deepEqual(changed, [], result.output.slice(-3000));
    });

    it("destroys the stack", async () => {
      await operator?.stop();
      operator = undefined;
      await ws.destroy();
      const left = await cp.api.get<Obj>(
        `/apis/elasticsearch.k8s.elastic.co/v1/namespaces/${NS}/elasticsearches/${ES}`,
      );
      assert.equal(left, undefined);
    });
  });
}

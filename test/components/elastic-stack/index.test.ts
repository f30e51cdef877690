/** The platform component under the mock engine: what it registers, and with which settings. */
import type { OlmInstall } from "../../../components/eck-operator";
import * as assert from "node:assert/strict";
import { ElasticStack } from "../../../components/elastic-stack";
import { runUnderMocks, type RecordedResource } from "../../../infra/engine/mockEngine";
import { kubernetesArgs, openshiftArgs, testK8sProvider } from "../../support/platformArgs";
import type { ElasticStackArgs } from "../../../components/elastic-stack";

async function render(args: () => ElasticStackArgs): Promise<RecordedResource[]> {
  const run = await runUnderMocks({ project: "am-dashboard", stack: "test", config: {} }, async () => {
    const stack = new ElasticStack("am", args(), { provider: testK8sProvider() });
    return { ca: stack.elasticsearchCa };
  });
  return run.resources;
}

const ofKind = (rs: RecordedResource[], kind: string) =>
  rs.filter((r) => !r.read && (r.inputs as { kind?: string }).kind === kind);
const one = (rs: RecordedResource[], kind: string) => {
  const found = ofKind(rs, kind);
  assert.equal(found.length, 1, `expected one ${kind}, found ${found.length}`);
  return found[0].inputs as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

describe("ElasticStack on OpenShift", () => {
  let rs: RecordedResource[];
  before(async () => {
    rs = await render(() => openshiftArgs());
  });

  it("subscribes to the certified ECK package with a pinned CSV and manual approval", () => {
    const sub = one(rs, "Subscription");
    assert.equal(sub.spec.name, "elasticsearch-eck-operator-certified");
    assert.equal(sub.spec.source, "certified-operators");
    assert.equal(sub.spec.startingCSV, "elasticsearch-eck-operator-certified.v3.5.0");
    assert.equal(sub.spec.installPlanApproval, "Manual");
    const group = one(rs, "OperatorGroup");
    assert.deepEqual(group.spec.targetNamespaces, ["am"]);
    assert.equal(ofKind(rs, "Secret").length, 0, "no trial licence unless opted in");
  });

  it("renders Elasticsearch with memory requests = limits, TLS on and no fixed UID", () => {
    const es = one(rs, "Elasticsearch");
    assert.equal(es.spec.version, "9.5.2");
    assert.equal(es.metadata.annotations["pulumi.com/waitFor"], "jsonpath={.status.phase}=Ready");
    assert.deepEqual(
      es.spec.http.tls.selfSignedCertificate.subjectAltNames.map((s: { dns: string }) => s.dns),
      ["es.apps.example.internal", "am-es-es-http.am.svc"],
    );
    assert.equal(es.spec.http.tls.selfSignedCertificate.disabled, undefined);
    for (const set of es.spec.nodeSets) {
      const c = set.podTemplate.spec.containers[0];
      assert.equal(c.resources.requests.memory, c.resources.limits.memory);
      // preconfigured: an admin raised vm.max_map_count; no label asks for a profile OpenShift no longer ships.
      assert.equal(set.podTemplate.metadata.labels["tuned.openshift.io/elasticsearch"], undefined);
      assert.equal(set.config["node.store.allow_mmap"], undefined);
      assert.equal(JSON.stringify(set.podTemplate).match(/runAsUser|fsGroup/), null);
      assert.equal(set.volumeClaimTemplates[0].metadata.name, "elasticsearch-data");
    }
    assert.deepEqual(
      es.spec.nodeSets.map((s: { config: Record<string, unknown> }) => s.config["node.roles"]),
      [["master"], ["data", "ingest"]],
    );
    assert.equal(es.spec.nodeSets[1].volumeClaimTemplates[0].spec.storageClassName, "gp3");
  });

  it("binds Kibana to it with the public base URL and no anonymous access", () => {
    const kb = one(rs, "Kibana");
    assert.deepEqual(kb.spec.elasticsearchRef, { name: "am-es" });
    assert.equal(kb.spec.config["server.publicBaseUrl"], "https://kibana.apps.example.internal");
    assert.equal(JSON.stringify(kb.spec.config).includes("anonymous"), false);
  });

  it("exposes both through passthrough Routes, never edge", () => {
    const routes = ofKind(rs, "Route").map((r) => r.inputs as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(routes.map((r) => r.spec.host).sort(), [
      "es.apps.example.internal",
      "kibana.apps.example.internal",
    ]);
    for (const r of routes) {
      assert.equal(r.spec.tls.termination, "passthrough");
      assert.equal(r.spec.tls.insecureEdgeTerminationPolicy, "Redirect");
    }
    assert.equal(ofKind(rs, "Ingress").length, 0);
  });

  it("guards Elasticsearch with a NetworkPolicy admitting only its peers", () => {
    const policies = ofKind(rs, "NetworkPolicy").map((r) => r.inputs as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    const es = policies.find(
      (p) => p.spec.podSelector.matchLabels["elasticsearch.k8s.elastic.co/cluster-name"] === "am-es",
    );
    assert.ok(es, "no policy selects the Elasticsearch pods");
    const froms = es.spec.ingress
      .flatMap((rule: { from: unknown[] }) => rule.from)
      .map((f: unknown) => JSON.stringify(f));
    assert.ok(froms.some((f: string) => f.includes("kibana.k8s.elastic.co/name") && f.includes("am-kb")));
    assert.ok(froms.some((f: string) => f.includes("elastic-operator")));
    assert.ok(froms.some((f: string) => f.includes("policy-group.network.openshift.io/ingress")));
    assert.ok(froms.some((f: string) => f.includes('"app":"connector"')));
    assert.equal(froms.length, 5);
  });

  it("parents every child under the component and passes the explicit provider", () => {
    const byUrn = new Map(rs.map((r) => [r.urn, r]));
    const root = (r: RecordedResource): RecordedResource =>
      r.parent && byUrn.has(r.parent) ? root(byUrn.get(r.parent)!) : r;
    for (const r of rs.filter((x) => x.custom && !x.type.startsWith("pulumi:providers:"))) {
      assert.equal(root(r).type, "am-dashboard:platform:ElasticStack", `${r.urn} is not under the component`);
      assert.match(
        r.provider ?? "",
        /pulumi:providers:kubernetes::k8s$/,
        `${r.name} lacks the explicit provider`,
      );
    }
  });

  it("creates the ECK resources itself, each aliased to the URN it had under its removed one-child component", () => {
    // The real engine's URNs carry the whole parent type chain (the mock's only the parent's own type): the alias
    // names the old URN as the CLI stored it, and test/engines/moved.test.ts proves the CLI adopts by it.
    const stack = "urn:pulumi:test::am-dashboard::am-dashboard:platform:ElasticStack";
    for (const [kind, type, wrapper, name] of [
      [
        "Elasticsearch",
        "kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch",
        "Elasticsearch",
        "am-es-cluster",
      ],
      ["Kibana", "kubernetes:kibana.k8s.elastic.co/v1:Kibana", "Kibana", "am-kb-kibana"],
    ]) {
      const r = rs.find((x) => !x.read && (x.inputs as { kind?: string }).kind === kind)!;
      assert.equal(r.parent, `${stack}::am`);
      assert.equal(r.name, name);
      assert.deepEqual(r.aliases, [`${stack}$am-dashboard:eck:${wrapper}$${type}::${name}`]);
    }
    assert.ok(
      !rs.some(
        (r) => r.type.startsWith("am-dashboard:eck:Elasticsearch") || r.type === "am-dashboard:eck:Kibana",
      ),
    );
  });

  it("reads each owner's CA and the bootstrap secret, named as ECK names them", () => {
    // ECK issues one CA per owner (cloud-on-k8s v3.5.0 pkg/controller/common/certificates: `<name>-<es|kb>-http-
    // certs-public`), so Kibana's connection must trust Kibana's. Preview skips these reads (their ids come from the
    // custom resources' ids); the real-engine preview tests show that, the mock engine cannot.
    const reads = rs.filter((r) => r.read && r.type === "kubernetes:core/v1:Secret");
    assert.deepEqual(reads.map((r) => r.id).sort(), [
      "am/am-es-es-elastic-user",
      "am/am-es-es-http-certs-public",
      "am/am-kb-kb-http-certs-public",
    ]);
  });
});

describe("ElasticStack variants", () => {
  it("on Kubernetes installs the pinned eck-operator chart and an HTTPS Ingress", async () => {
    const rs = await render(() => kubernetesArgs());
    const chart = rs.find((r) => r.type === "kubernetes:helm.sh/v4:Chart");
    assert.ok(chart);
    assert.equal(chart.inputs.chart, "eck-operator");
    assert.equal(chart.inputs.version, "3.5.0");
    assert.deepEqual((chart.inputs.values as { managedNamespaces: string[] }).managedNamespaces, ["am"]);
    // One Ingress per host, each serving its owner's ECK certificate (never the controller's default one, which a
    // client pinning ECK's CA rejects).
    const ingresses = ofKind(rs, "Ingress").map((r) => r.inputs as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(
      ingresses.map((i) => [i.spec.tls[0].hosts, i.spec.tls[0].secretName]),
      [
        [["kibana.apps.example.internal"], "am-kb-kb-http-certs-internal"],
        [["es.apps.example.internal"], "am-es-es-http-certs-internal"],
      ],
    );
    for (const ing of ingresses)
      assert.equal(ing.metadata.annotations["nginx.ingress.kubernetes.io/backend-protocol"], "HTTPS");
    assert.equal(ofKind(rs, "Route").length, 0);
    assert.equal(ofKind(rs, "Subscription").length, 0);
    for (const set of one(rs, "Elasticsearch").spec.nodeSets)
      assert.equal(set.config["node.store.allow_mmap"], false);
  });

  it("with reencrypt uses OpenShift service-CA certificates instead of ECK's", async () => {
    const base = openshiftArgs();
    const rs = await render(() =>
      openshiftArgs({ exposure: { ...base.exposure, routeTermination: "reencrypt" } }),
    );
    const es = one(rs, "Elasticsearch");
    assert.equal(es.spec.http.tls.certificate.secretName, "am-es-es-http-serving");
    assert.equal(
      es.spec.http.service.metadata.annotations["service.beta.openshift.io/serving-cert-secret-name"],
      "am-es-es-http-serving",
    );
    for (const r of ofKind(rs, "Route")) assert.equal((r.inputs as any).spec.tls.termination, "reencrypt"); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it("creates the enterprise trial secret only when opted in", async () => {
    const base = openshiftArgs();
    const rs = await render(() => openshiftArgs({ operator: { ...base.operator, enterpriseTrial: true } }));
    const secret = one(rs, "Secret");
    assert.equal(secret.metadata.labels["license.k8s.elastic.co/type"], "enterprise_trial");
    assert.equal(secret.metadata.namespace, "am");
  });

  it("a cluster-scoped OLM install uses openshift-operators and no OperatorGroup", async () => {
    const base = openshiftArgs();
    const rs = await render(() =>
      openshiftArgs({
        operator: {
          ...base.operator,
          install: { ...(base.operator.install as OlmInstall), scope: "cluster" },
        },
      }),
    );
    assert.equal(one(rs, "Subscription").metadata.namespace, "openshift-operators");
    assert.equal(ofKind(rs, "OperatorGroup").length, 0);
  });
});

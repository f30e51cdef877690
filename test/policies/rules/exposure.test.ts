import * as assert from "node:assert/strict";
import {
  elasticsearchBehindNetworkPolicy,
  noAnonymousAccess,
  tlsEndToEnd,
} from "../../../policies/rules/exposure";
import {
  buildRemoteClusterIngress,
  buildRemoteClusterRoute,
  HTTPS_BACKEND_ANNOTATIONS,
} from "../../../components/exposure/build";
import { reported, resource, runResourcePolicy, runStackPolicy } from "../../support/policyHarness";
import { buildElasticsearchPolicy, buildIngress, insecureRoute, route, T } from "./fixtures";

const tls = tlsEndToEnd("mandatory");
const backend = {
  role: "kibana" as const,
  host: "kb.example",
  serviceName: "am-kb-http",
  port: 5601,
  tlsSecretName: "am-kb-kb-http-certs-internal",
};

describe("policy tls-end-to-end", () => {
  it("passes passthrough and reencrypt Routes and an HTTPS-backend Ingress", async () => {
    assert.deepEqual(await runResourcePolicy(tls, resource(T.route, route("passthrough"))), []);
    assert.deepEqual(await runResourcePolicy(tls, resource(T.route, route("reencrypt"))), []);
    assert.deepEqual(
      await runResourcePolicy(tls, resource(T.ingress, buildIngress("i", "ns", {}, "nginx", backend))),
      [],
    );
  });

  it("flags an edge-terminated Route and one that allows plain HTTP", async () => {
    const edge = await runResourcePolicy(tls, resource(T.route, insecureRoute("edge", "Redirect")));
    assert.deepEqual(reported(edge), [
      'Route "kb" uses edge termination: only passthrough or reencrypt keep TLS to the pod.',
    ]);
    assert.equal(edge[0].enforcementLevel, "mandatory");
    const allow = await runResourcePolicy(tls, resource(T.route, insecureRoute("passthrough", "Allow")));
    assert.deepEqual(reported(allow), [
      'Route "kb" allows plain HTTP (insecureEdgeTerminationPolicy Allow): use None or Redirect.',
    ]);
  });

  it("flags an Ingress to Kibana without backend-protocol HTTPS, and disabled ECK TLS", async () => {
    const ing = buildIngress("i", "ns", {}, "nginx", backend);
    const plain = { ...ing, metadata: { ...ing.metadata, annotations: {} } };
    assert.deepEqual(reported(await runResourcePolicy(tls, resource(T.ingress, plain))), [
      'Ingress "i" forwards to am-kb-http without backend-protocol HTTPS: the hop to the pod would be plain HTTP.',
    ]);
    const es = {
      kind: "Elasticsearch",
      metadata: { name: "am" },
      spec: { http: { tls: { selfSignedCertificate: { disabled: true } } }, nodeSets: [] },
    };
    assert.deepEqual(reported(await runResourcePolicy(tls, resource(T.elasticsearch, es))), [
      'Elasticsearch "am" disables HTTP TLS (http.tls.selfSignedCertificate.disabled: true).',
    ]);
  });

  it("accepts the remote cluster server only through passthrough", async () => {
    const rc = { host: "rc.example", serviceName: "am-es-remote-cluster" };
    const ok = buildRemoteClusterRoute("rc", "ns", {}, rc);
    assert.deepEqual(await runResourcePolicy(tls, resource(T.route, ok)), []);
    const reencrypt = { ...ok, spec: { ...ok.spec, tls: { termination: "reencrypt" } } };
    assert.deepEqual(reported(await runResourcePolicy(tls, resource(T.route, reencrypt))), [
      'Route "rc" routes to am-es-remote-cluster with reencrypt termination: only passthrough.',
    ]);
    const ing = buildRemoteClusterIngress("rc", "ns", {}, "nginx", rc);
    assert.deepEqual(await runResourcePolicy(tls, resource(T.ingress, ing)), []);
    const terminated = {
      ...ing,
      metadata: { ...ing.metadata, annotations: { ...HTTPS_BACKEND_ANNOTATIONS } },
    };
    assert.deepEqual(reported(await runResourcePolicy(tls, resource(T.ingress, terminated))), [
      'Ingress "rc" forwards to am-es-remote-cluster without nginx.ingress.kubernetes.io/ssl-passthrough: "true": the controller would terminate TLS.',
    ]);
  });
});

describe("policy no-anonymous-access", () => {
  const p = noAnonymousAccess("mandatory");
  it("passes Kibana without anonymous providers and flags ES and Kibana with them", async () => {
    assert.deepEqual(
      await runResourcePolicy(
        p,
        resource(T.kibana, {
          kind: "Kibana",
          metadata: { name: "kb" },
          spec: { config: { "server.publicBaseUrl": "https://x" } },
        }),
      ),
      [],
    );
    const es = {
      kind: "Elasticsearch",
      metadata: { name: "am" },
      spec: { nodeSets: [{ config: { "xpack.security.authc.anonymous.roles": "viewer" } }] },
    };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.elasticsearch, es))), [
      'Elasticsearch "am" enables anonymous access (xpack.security.authc.anonymous.roles).',
    ]);
    const kb = {
      kind: "Kibana",
      metadata: { name: "kb" },
      spec: {
        config: {
          xpack: { security: { authc: { providers: { anonymous: { anonymous1: { order: 0 } } } } } },
        },
      },
    };
    assert.deepEqual(reported(await runResourcePolicy(p, resource(T.kibana, kb))), [
      'Kibana "kb" enables anonymous access (xpack.security.authc.providers.anonymous.anonymous1.order).',
    ]);
  });
});

describe("policy elasticsearch-behind-network-policy", () => {
  const p = elasticsearchBehindNetworkPolicy("mandatory");
  const es = resource(
    T.elasticsearch,
    { kind: "Elasticsearch", metadata: { name: "am-es", namespace: "ns" }, spec: {} },
    { name: "es" },
  );
  const guard = (labels: Record<string, string>, namespace = "ns") =>
    resource(
      T.networkPolicy,
      buildElasticsearchPolicy("guard", {
        namespace,
        labels: {},
        esPodLabels: labels,
        kibanaPodLabels: { "kibana.k8s.elastic.co/name": "kb" },
        operator: { namespace: "op", podLabels: { "control-plane": "elastic-operator" } },
        ingressPeer: null,
        elasticsearchExposed: false,
        elasticsearchPeers: [],
      }),
      { name: "guard" },
    );
  it("passes when a NetworkPolicy selects the cluster's pods", async () => {
    assert.deepEqual(
      await runStackPolicy(p, [es, guard({ "elasticsearch.k8s.elastic.co/cluster-name": "am-es" })]),
      [],
    );
  });
  it("flags a policy for another cluster and one in another namespace", async () => {
    for (const g of [
      guard({ "elasticsearch.k8s.elastic.co/cluster-name": "other" }),
      guard({ "elasticsearch.k8s.elastic.co/cluster-name": "am-es" }, "elsewhere"),
    ]) {
      assert.deepEqual(reported(await runStackPolicy(p, [es, g])), [
        'Elasticsearch "am-es" has no ingress NetworkPolicy selecting its pods.',
      ]);
    }
  });
});

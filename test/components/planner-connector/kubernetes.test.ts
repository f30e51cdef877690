/**
 * The connector service's Kubernetes objects, validated against the real API schemas (kubernetes-models, directly
 * and through infra/validation, which also reports unknown fields). No cluster runs here.
 */
import assert from "node:assert/strict";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { parse } from "yaml";
import { validateK8sObject } from "../../../infra/validation";
import {
  buildDeployment,
  buildNetworkPolicy,
  connectorConfigYaml,
  type PolicySpec,
  type ServiceSpec,
} from "../../../components/planner-connector/kubernetes";
import { connectorImage } from "../../../components/planner-connector/version";

const selector = {
  "app.kubernetes.io/name": "elastic-connectors",
  "app.kubernetes.io/instance": "planner-connector",
};
const spec: ServiceSpec = {
  name: "planner-connector",
  namespace: "am",
  labels: { "app.kubernetes.io/part-of": "assisted-migration-dashboard" },
  selector,
  image: connectorImage("9.4.3"),
  configSecretName: "planner-connector-config",
  esName: "am",
  esNamespace: "am",
  configRevision: "key-1",
  resources: { memory: "512Mi", cpuRequest: "100m" },
};
const policy: PolicySpec = {
  name: "planner-connector",
  namespace: "am",
  labels: {},
  selector,
  esName: "am",
  esNamespace: "am",
  postgres: { port: 5432, peer: { kind: "pods", podSelector: { app: "postgres" } } },
};

describe("planner connector: kubernetes objects", () => {
  it("the Deployment validates and is OpenShift-safe", () => {
    const d = buildDeployment(spec);
    // JSON round trip: the validators take plain API objects, exactly what the provider would send.
    new Deployment(JSON.parse(JSON.stringify(d))).validate();
    assert.equal(validateK8sObject(d).ok, true, JSON.stringify(validateK8sObject(d)));
    const pod = d.spec.template.spec;
    const c = pod.containers[0];
    assert.equal(d.spec.replicas, 1);
    assert.equal(c.image, "docker.elastic.co/integrations/elastic-connectors:9.4.3");
    assert.deepEqual(c.command, ["/app/bin/elastic-ingest", "-c", "/config/config.yml"]);
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal("runAsUser" in pod.securityContext, false);
    assert.equal("fsGroup" in pod.securityContext, false);
    assert.deepEqual(pod.securityContext.seccompProfile, { type: "RuntimeDefault" });
    assert.deepEqual(c.securityContext, {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
    });
    assert.equal(c.resources.requests.memory, c.resources.limits.memory);
    assert.ok(c.volumeMounts.some((m) => m.mountPath === "/tmp"));
    const ca = pod.volumes.find((v) => v.name === "es-ca");
    assert.equal(ca?.secret?.secretName, "am-es-http-certs-public");
  });

  it("refuses a resource value that is not a quantity", () => {
    assert.throws(
      () => buildDeployment({ ...spec, resources: { memory: "lots", cpuRequest: "1" } }),
      /quantity/,
    );
  });

  it("the NetworkPolicy validates: no ingress, egress only to ES 9200, PostgreSQL and DNS", () => {
    const np = buildNetworkPolicy(policy);
    new NetworkPolicy(JSON.parse(JSON.stringify(np))).validate();
    assert.equal(validateK8sObject(np).ok, true, JSON.stringify(validateK8sObject(np)));
    assert.deepEqual(np.spec.policyTypes, ["Ingress", "Egress"]);
    assert.deepEqual(np.spec.ingress, []);
    const [es, pg, dns] = np.spec.egress;
    assert.deepEqual(es.to[0], {
      podSelector: { matchLabels: { "elasticsearch.k8s.elastic.co/cluster-name": "am" } },
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "am" } },
    });
    assert.deepEqual(es.ports, [{ protocol: "TCP", port: 9200 }]);
    assert.deepEqual(pg.ports, [{ protocol: "TCP", port: 5432 }]);
    assert.deepEqual(pg.to[0], {
      podSelector: { matchLabels: { app: "postgres" } },
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "am" } },
    });
    assert.deepEqual(new Set(dns.ports.map((p) => p.port)), new Set([53, 5353]));
    const cidr = buildNetworkPolicy({
      ...policy,
      postgres: { port: 5433, peer: { kind: "cidr", cidr: "10.0.0.5/32" } },
    });
    new NetworkPolicy(JSON.parse(JSON.stringify(cidr))).validate();
    assert.deepEqual(cidr.spec.egress[1].to[0], { ipBlock: { cidr: "10.0.0.5/32" } });
    assert.throws(() =>
      buildNetworkPolicy({ ...policy, postgres: { port: 5432, peer: { kind: "cidr", cidr: "db" } } }),
    );
    assert.throws(
      () =>
        buildNetworkPolicy({ ...policy, postgres: { port: 5432, peer: { kind: "pods", podSelector: {} } } }),
      /admit every pod/,
    );
  });

  it("config.yml carries host, key, CA path and the connector", () => {
    const text = connectorConfigYaml({
      esUrl: "https://am-es-http.am.svc:9200",
      apiKey: "abc==",
      connectorId: "pc",
    });
    assert.deepEqual(parse(text), {
      "elasticsearch.host": "https://am-es-http.am.svc:9200",
      "elasticsearch.api_key": "abc==",
      "elasticsearch.ca_certs": "/etc/es-ca/ca.crt",
      "elasticsearch.verify_certs": true,
      "service.log_level": "INFO",
      connectors: [{ connector_id: "pc", service_type: "postgresql" }],
    });
    assert.throws(
      () => connectorConfigYaml({ esUrl: "http://x:9200", apiKey: "a", connectorId: "pc" }),
      /https/,
    );
    assert.throws(
      () => connectorConfigYaml({ esUrl: "https://x", apiKey: "a$b", connectorId: "pc" }),
      /'\$'/,
    );
  });

  it("the image tag must equal the Elastic version", () => {
    assert.equal(
      connectorImage("9.4.3", "mirror.local:5000/elastic-connectors:9.4.3"),
      "mirror.local:5000/elastic-connectors:9.4.3",
    );
    assert.throws(
      () => connectorImage("9.4.3", "docker.elastic.co/integrations/elastic-connectors:9.5.2"),
      /tag 9\.5\.2.*runs 9\.4\.3/,
    );
    assert.throws(() => connectorImage("9.4.3", "mirror.local:5000/elastic-connectors"), /tag \(none\)/);
    assert.throws(() => connectorImage("9.4"), /three-part/);
    assert.throws(() => connectorImage("8.15.0"), /too old/);
  });
});

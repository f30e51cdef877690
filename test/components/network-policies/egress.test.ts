/**
 * The collectors' NetworkPolicies: the prod (ECK target, Kafka) and stage (existing target, OpenSearch) stack files
 * run under the Pulumi mock engine; each collector's pods are confined to DNS, the target Elasticsearch and the
 * source's ports, to the configured CIDRs when given. Nothing enforces the policies here (no cluster): the objects
 * are validated against the Kubernetes API schema and their rules read back. The pure builders and the one peer
 * vocabulary they share with the Elasticsearch and Kibana guards are tested at the end.
 */
import assert from "node:assert/strict";
import { brokerPorts, urlPort } from "../../../components/collectors/egress";
import { buildElasticsearchPolicy, type GuardArgs } from "../../../components/network-policies/build";
import { buildEgressPolicy } from "../../../components/network-policies/egress";
import { peerRule, selectorPeer } from "../../../components/network-policies/peer";
import { cidrProblem } from "../../../infra/config/formats";
import { plainValue, type RecordedResource } from "../../../infra/engine/mockEngine";
import { validateK8sObject, type K8sObject } from "../../../infra/validation";
import { runStack, setPath, stackConfig } from "../../support/stacks";

interface Port {
  protocol: string;
  port: number;
}
interface Rule {
  to: Record<string, unknown>[];
  ports: Port[];
}
interface Policy extends K8sObject {
  metadata: { name: string; namespace: string };
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    policyTypes: string[];
    ingress: unknown[];
    egress: Rule[];
  };
}

const input = (r: RecordedResource) => plainValue(r.inputs) as Record<string, unknown>;
const ANY = [{ ipBlock: { cidr: "0.0.0.0/0" } }, { ipBlock: { cidr: "::/0" } }];
const DNS: Rule = {
  to: [
    {
      namespaceSelector: {
        matchExpressions: [
          { key: "kubernetes.io/metadata.name", operator: "In", values: ["kube-system", "openshift-dns"] },
        ],
      },
    },
  ],
  ports: [53, 5353].flatMap((port) => [
    { protocol: "UDP", port },
    { protocol: "TCP", port },
  ]),
};
const tcp = (...ports: number[]) => ports.map((port) => ({ protocol: "TCP", port }));

/** The collector policies and the pod labels of the ECK resources they must select. */
function collectors(rs: RecordedResource[]) {
  const policies = rs.filter((r) => r.type === "kubernetes:networking.k8s.io/v1:NetworkPolicy");
  const policy = (suffix: string) => {
    const found = policies.filter((r) => r.name.endsWith(suffix));
    assert.equal(found.length, 1, `one NetworkPolicy named *${suffix}`);
    return input(found[0]) as unknown as Policy;
  };
  const cr = (kind: string) => {
    const found = rs.map(input).filter((i) => i.kind === kind);
    assert.equal(found.length, 1, `one ${kind}`);
    return found[0] as { metadata: { namespace: string }; spec: Record<string, unknown> };
  };
  const logstash = cr("Logstash");
  const beat = cr("Beat");
  const podLabels = (template: unknown) =>
    (template as { metadata: { labels: Record<string, string> } }).metadata.labels;
  return {
    ai: {
      policy: policy("ai-collector-egress"),
      namespace: logstash.metadata.namespace,
      pods: podLabels(logstash.spec.podTemplate),
    },
    telemetry: {
      policy: policy("telemetry-egress"),
      namespace: beat.metadata.namespace,
      pods: podLabels((beat.spec.deployment as { podTemplate: unknown }).podTemplate),
    },
  };
}

function assertConfines(
  c: { policy: Policy; namespace: string; pods: Record<string, string> },
  otherPods: Record<string, string>,
) {
  const v = validateK8sObject(c.policy);
  assert.equal(v.ok, true, JSON.stringify(v));
  assert.equal(c.policy.metadata.namespace, c.namespace);
  const selector = Object.entries(c.policy.spec.podSelector.matchLabels);
  assert.ok(selector.length > 0);
  for (const [k, val] of selector) assert.equal(c.pods[k], val, `collector pods carry ${k}=${val}`);
  assert.ok(
    selector.some(([k, val]) => otherPods[k] !== val),
    "the selector does not also select the other collector",
  );
  assert.deepEqual(c.policy.spec.policyTypes, ["Ingress", "Egress"]);
  assert.deepEqual(c.policy.spec.ingress, []);
  assert.deepEqual(c.policy.spec.egress.at(-1), DNS);
}

const ES_PODS = {
  podSelector: { matchLabels: { "elasticsearch.k8s.elastic.co/cluster-name": "am-dashboard" } },
  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "assisted-migration-dashboard" } },
};

describe("collector NetworkPolicies under mocks", function () {
  this.timeout(60_000);

  it("prod (ECK target, Kafka): ES pods on 9200, the brokers' port anywhere, DNS; nothing else", async () => {
    const rs = (await runStack("prod")).resources;
    const { ai, telemetry } = collectors(rs);
    assertConfines(ai, telemetry.pods);
    assertConfines(telemetry, ai.pods);
    // The target's pods are the Elasticsearch the stack creates, by its ECK cluster label and namespace.
    const es = rs.map(input).find((i) => i.kind === "Elasticsearch") as { metadata: Record<string, string> };
    assert.equal(es.metadata.name, "am-dashboard");
    assert.equal(es.metadata.namespace, "assisted-migration-dashboard");
    assert.deepEqual(ai.policy.spec.egress, [
      { to: [ES_PODS], ports: tcp(9200) },
      { to: ANY, ports: tcp(9096) },
      DNS,
    ]);
    assert.deepEqual(telemetry.policy.spec.egress, [
      { to: [ES_PODS], ports: tcp(9200) },
      { to: ANY, ports: tcp(443) },
      DNS,
    ]);
  });

  it("stage (existing target, OpenSearch): the URLs' port 443 to any address, DNS; nothing else", async () => {
    const { ai, telemetry } = collectors((await runStack("stage")).resources);
    assertConfines(ai, telemetry.pods);
    assertConfines(telemetry, ai.pods);
    assert.equal(ai.namespace, "am-dashboard-collectors");
    for (const c of [ai, telemetry])
      assert.deepEqual(c.policy.spec.egress, [{ to: ANY, ports: tcp(443) }, DNS]);
  });

  it("configured CIDRs replace 'any address' for the source and an existing target", async () => {
    let prod = setPath(
      stackConfig("prod"),
      "collectors",
      ["assistedInstaller", "egressCidrs"],
      ["10.40.0.0/16"],
    );
    prod = setPath(prod, "collectors", ["telemetry", "egressCidrs"], ["192.0.2.10/32", "2001:db8::/48"]);
    const p = collectors((await runStack("prod", prod)).resources);
    assert.deepEqual(p.ai.policy.spec.egress[1], {
      to: [{ ipBlock: { cidr: "10.40.0.0/16" } }],
      ports: tcp(9096),
    });
    assert.deepEqual(p.ai.policy.spec.egress[0].to, [ES_PODS]);
    assert.deepEqual(p.telemetry.policy.spec.egress[1].to, [
      { ipBlock: { cidr: "192.0.2.10/32" } },
      { ipBlock: { cidr: "2001:db8::/48" } },
    ]);
    const stage = setPath(
      stackConfig("stage"),
      "collectors",
      ["assistedInstaller", "egressCidrs"],
      ["10.1.0.0/24"],
    );
    const s = collectors((await runStack("stage", stage)).resources);
    assert.deepEqual(s.ai.policy.spec.egress, [
      { to: [{ ipBlock: { cidr: "10.1.0.0/24" } }], ports: tcp(443) },
      DNS,
    ]);
    assert.deepEqual(s.telemetry.policy.spec.egress[0].to, ANY, "the other collector keeps its own setting");
  });
});

describe("egress policy builders", () => {
  it("cidrProblem accepts IPv4 and IPv6 ranges and says what is wrong with others", () => {
    for (const ok of ["10.0.0.0/8", "0.0.0.0/0", "::/0", "fd00:10::/64", "192.0.2.1/32"])
      assert.equal(cidrProblem(ok), undefined, ok);
    assert.match(cidrProblem("10.0.0.0")!, /address\/prefix length/);
    assert.match(cidrProblem("10.0.0.0/33")!, /IPv4 prefix length is at most 32/);
    assert.match(cidrProblem("fd00::/129")!, /IPv6 prefix length is at most 128/);
    assert.match(cidrProblem("kafka.example/24")!, /"kafka.example" is not an IP address/);
    assert.match(cidrProblem("10.0.0.256/24")!, /not an IP address/);
  });

  it("ports come from the URLs and the bootstrap list", () => {
    assert.equal(urlPort("https://os.example.internal"), 443);
    assert.equal(urlPort("https://os.example.internal:9201/x"), 9201);
    assert.deepEqual(brokerPorts("a.example:9096, b.example:9096,c.example:9093"), [9096, 9093]);
    assert.throws(() => brokerPorts("a.example"), /"a.example" is not host:port/);
  });

  it("refuses a policy that would select every pod, a bad CIDR and a bad port", () => {
    const base = { name: "x", namespace: "ns", labels: {}, selector: { app: "x" }, rules: [] };
    assert.throws(() => buildEgressPolicy({ ...base, selector: {} }), /selects no pods/);
    assert.throws(
      () =>
        buildEgressPolicy({
          ...base,
          rules: [{ what: "Kafka", to: [{ kind: "cidr", cidr: "h/8" }], ports: [1] }],
        }),
      /Kafka peer "h\/8" is not a CIDR/,
    );
    assert.throws(
      () =>
        buildEgressPolicy({
          ...base,
          rules: [{ what: "Kafka", to: [{ kind: "cidr", cidr: "::/0" }], ports: [0] }],
        }),
      /Kafka port 0 is not a TCP port/,
    );
  });
});

describe("network peers (one vocabulary for ingress and egress)", () => {
  it("pods, namespaces and address ranges become NetworkPolicyPeers; pods alone are the policy's namespace", () => {
    assert.deepEqual(peerRule({ kind: "pods", podSelector: { app: "a" } }, "ns", "a"), {
      podSelector: { matchLabels: { app: "a" } },
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ns" } },
    });
    assert.deepEqual(
      peerRule({ kind: "pods", podSelector: { app: "a" }, namespaceSelector: { t: "o" } }, "ns", "a"),
      {
        podSelector: { matchLabels: { app: "a" } },
        namespaceSelector: { matchLabels: { t: "o" } },
      },
    );
    assert.deepEqual(peerRule({ kind: "namespaces", namespaceSelector: { t: "o" } }, "ns", "o"), {
      namespaceSelector: { matchLabels: { t: "o" } },
    });
    assert.deepEqual(peerRule({ kind: "cidr", cidr: "10.0.0.0/8" }, "ns", "net"), {
      ipBlock: { cidr: "10.0.0.0/8" },
    });
  });

  it("refuses namespaceSelector {} (every namespace) in either direction", () => {
    assert.throws(
      () => peerRule({ kind: "namespaces", namespaceSelector: {} }, "ns", "router"),
      /the router namespace selector is empty/,
    );
    const every = { kind: "pods" as const, podSelector: { app: "x" }, namespaceSelector: {} };
    assert.throws(
      () =>
        buildEgressPolicy({
          name: "x",
          namespace: "ns",
          labels: {},
          selector: { app: "x" },
          rules: [{ what: "PostgreSQL", to: [every], ports: [5432] }],
        }),
      /the PostgreSQL namespace selector is empty/,
    );
    assert.throws(
      () => buildElasticsearchPolicy("es", guard({ elasticsearchPeers: [{ ...every, name: "x" }] })),
      /the x namespace selector is empty/,
    );
  });

  it("the ingress guards refuse every address; egress refuses an empty pod selector and whole namespaces", () => {
    assert.throws(
      () =>
        buildElasticsearchPolicy(
          "es",
          guard({ elasticsearchPeers: [{ kind: "cidr", name: "all", cidr: "::/0" }] }),
        ),
      /network peer "all" is every address/,
    );
    const egress = (to: Parameters<typeof buildEgressPolicy>[0]["rules"][number]["to"]) =>
      buildEgressPolicy({
        name: "x",
        namespace: "ns",
        labels: {},
        selector: { app: "x" },
        rules: [{ what: "PostgreSQL", to, ports: [5432] }],
      });
    assert.throws(() => egress([{ kind: "pods", podSelector: {} }]), /PostgreSQL pod selector is empty/);
    assert.throws(
      () => egress([{ kind: "namespaces", namespaceSelector: { t: "o" } }]),
      /PostgreSQL peer selects namespaces, not pods/,
    );
  });

  it("a configured peer (networkPolicy.allowFrom) selects pods when it names them, else namespaces, never nothing", () => {
    assert.deepEqual(selectorPeer({ name: "a", podSelector: { app: "a" } }), {
      kind: "pods",
      name: "a",
      podSelector: { app: "a" },
    });
    assert.deepEqual(selectorPeer({ name: "a", namespaceSelector: { t: "o" }, podSelector: { app: "a" } }), {
      kind: "pods",
      name: "a",
      namespaceSelector: { t: "o" },
      podSelector: { app: "a" },
    });
    assert.deepEqual(selectorPeer({ name: "a", namespaceSelector: { t: "o" } }), {
      kind: "namespaces",
      name: "a",
      namespaceSelector: { t: "o" },
    });
    assert.throws(() => selectorPeer({ name: "a" }), /network peer "a" selects nothing/);
  });
});

function guard(overrides: Partial<GuardArgs>): GuardArgs {
  return {
    namespace: "ns",
    labels: {},
    esPodLabels: { es: "x" },
    kibanaPodLabels: { kb: "x" },
    operator: { namespace: "op", podLabels: { "control-plane": "elastic-operator" } },
    ingressPeer: null,
    elasticsearchExposed: false,
    elasticsearchPeers: [],
    ...overrides,
  };
}

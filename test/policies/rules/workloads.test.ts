/**
 * What runs and what it holds: pinned images, the connector on the stack's version, NetworkPolicy peers that select
 * something specific, no secret in a container's plain env (Deployments and ECK pod templates), keyed Logstash
 * fingerprints, and no credential in the stack outputs. Policies are called with `@pulumi/policy`'s own argument
 * types; the good form passes and each bad form is refused.
 */
import * as assert from "node:assert/strict";
import { collectorHashesAreKeyed, fingerprintBlocks } from "../../../policies/rules/collectorHashing";
import { K8S } from "../../../policies/rules/common";
import { noPlaintextCredentials, stackOutputsHoldNoCredentials } from "../../../policies/rules/secrets";
import {
  connectorRunsStackVersion,
  imagesArePinned,
  networkPeersAreSpecific,
} from "../../../policies/rules/workloads";
import { policyResource, resourceViolations, stackViolations } from "../../support/policyArgs";

const DEPLOYMENT = "kubernetes:apps/v1:Deployment";
const LOGSTASH = "kubernetes:logstash.k8s.elastic.co/v1alpha1:Logstash";
const BEAT = "kubernetes:beat.k8s.elastic.co/v1beta1:Beat";

const deployment = (containers: Record<string, unknown>[]) =>
  policyResource(DEPLOYMENT, {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "am-connector", namespace: "ns" },
    spec: { template: { spec: { containers } } },
  });

describe("policy images-are-pinned", () => {
  const run = (r: ReturnType<typeof policyResource>) => resourceViolations(imagesArePinned("mandatory"), r);

  it("passes tags and digests, and ECK resources that leave spec.image to spec.version", async () => {
    assert.deepEqual(
      await run(
        deployment([{ name: "c", image: "docker.elastic.co/integrations/elastic-connectors:9.5.2" }]),
      ),
      [],
    );
    assert.deepEqual(
      await run(deployment([{ name: "c", image: `registry.example/x@sha256:${"a".repeat(64)}` }])),
      [],
    );
    assert.deepEqual(
      await run(
        policyResource(LOGSTASH, { kind: "Logstash", metadata: { name: "ls" }, spec: { version: "9.5.2" } }),
      ),
      [],
    );
  });

  it("refuses a collector image tagged latest and an untagged one", async () => {
    const ls = policyResource(LOGSTASH, {
      kind: "Logstash",
      metadata: { name: "am-ai-collector" },
      spec: { version: "9.5.2", image: "registry.example/logstash-opensearch:latest" },
    });
    assert.deepEqual(await run(ls), [
      'Logstash "am-ai-collector" spec.image: image "registry.example/logstash-opensearch:latest" is tagged latest.',
    ]);
    const beat = policyResource(BEAT, {
      kind: "Beat",
      metadata: { name: "am-telemetry" },
      spec: {
        deployment: {
          podTemplate: {
            spec: { containers: [{ name: "metricbeat", image: "docker.elastic.co/beats/metricbeat" }] },
          },
        },
      },
    });
    assert.deepEqual(await run(beat), [
      'Beat "am-telemetry" container "metricbeat": image "docker.elastic.co/beats/metricbeat" has no tag (it means latest).',
    ]);
  });
});

describe("policy connector-runs-stack-version", () => {
  const es = policyResource(K8S.elasticsearch, {
    kind: "Elasticsearch",
    metadata: { name: "es" },
    spec: { version: "9.5.2" },
  });
  const run = (image: string) =>
    stackViolations(connectorRunsStackVersion("mandatory"), [es, deployment([{ name: "connector", image }])]);

  it("passes the connector on the stack's version, on the default path or a mirror", async () => {
    assert.deepEqual(await run("docker.elastic.co/integrations/elastic-connectors:9.5.2"), []);
    assert.deepEqual(await run("mirror.example/elastic/elastic-connectors:9.5.2"), []);
  });

  it("refuses another tag on the default path, latest, and no tag", async () => {
    for (const image of [
      "docker.elastic.co/integrations/elastic-connectors:9.4.0",
      "docker.elastic.co/integrations/elastic-connectors:latest",
      "docker.elastic.co/integrations/elastic-connectors",
    ]) {
      const vs = await run(image);
      assert.equal(vs.length, 1, image);
      assert.match(
        vs[0],
        /runs the connector service .*but the stack's Elasticsearch runs 9\.5\.2: the connector must run the same version/,
      );
    }
  });
});

describe("policy network-peers-are-specific", () => {
  const np = (spec: Record<string, unknown>) =>
    policyResource(K8S.networkPolicy, {
      kind: "NetworkPolicy",
      metadata: { name: "np" },
      spec: { podSelector: { matchLabels: { a: "b" } }, ...spec },
    });
  const run = (spec: Record<string, unknown>) =>
    resourceViolations(networkPeersAreSpecific("mandatory"), np(spec));

  it("passes peers that name their namespace and pods, and egress to address ranges", async () => {
    const peer = {
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "x" } },
      podSelector: { matchLabels: { app: "db" } },
    };
    const dns = {
      namespaceSelector: {
        matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: ["kube-system"] }],
      },
    };
    assert.deepEqual(
      await run({
        ingress: [{ from: [peer] }],
        egress: [{ to: [peer, dns, { ipBlock: { cidr: "0.0.0.0/0" } }] }],
      }),
      [],
    );
  });

  it("refuses namespaceSelector {} (every namespace), an empty peer, a rule without from, and ingress from everywhere", async () => {
    const vs = await run({
      ingress: [
        { ports: [{ port: 9200 }] },
        {
          from: [
            { namespaceSelector: {}, podSelector: { matchLabels: { app: "x" } } },
            {},
            { ipBlock: { cidr: "0.0.0.0/0" } },
          ],
        },
      ],
      egress: [{ to: [{ namespaceSelector: {} }] }],
    });
    assert.deepEqual(vs, [
      'NetworkPolicy "np" ingress[0] has no from: it admits every source.',
      'NetworkPolicy "np" ingress[1].from[0] has namespaceSelector {}: it selects every namespace of the cluster.',
      'NetworkPolicy "np" ingress[1].from[1] is empty: it selects every pod of every namespace.',
      'NetworkPolicy "np" ingress[1].from[2] admits 0.0.0.0/0: every address.',
      'NetworkPolicy "np" egress[0].to[0] has namespaceSelector {}: it selects every namespace of the cluster.',
    ]);
  });
});

describe("policy no-plaintext-credentials: container env", () => {
  const run = (r: ReturnType<typeof policyResource>) =>
    resourceViolations(noPlaintextCredentials("mandatory"), r);

  it("refuses a key under a *_KEY name (the real analyzer cannot see secret-ness)", async () => {
    const d = deployment([
      { name: "c", image: "x:1", env: [{ name: "AM_PSEUDONYM_KEY", value: "9f2c4e1a7b" }] },
    ]);
    assert.match(
      (await run(d)).join("\n"),
      /env AM_PSEUDONYM_KEY holds a value under the credential-like name/,
    );
  });

  it("looks into ECK pod templates (Logstash, Beat)", async () => {
    const ls = policyResource(LOGSTASH, {
      kind: "Logstash",
      metadata: { name: "ls" },
      spec: {
        podTemplate: {
          spec: {
            containers: [{ name: "logstash", env: [{ name: "KAFKA_PASSWORD", value: "hunter2-plain" }] }],
          },
        },
      },
    });
    assert.deepEqual(await run(ls), [
      'Logstash "ls": container "logstash" env KAFKA_PASSWORD holds a value under the credential-like key "KAFKA_PASSWORD"; use valueFrom.secretKeyRef.',
    ]);
  });

  it("passes references (valueFrom, ${VAR}) and key ids", async () => {
    const d = deployment([
      {
        name: "c",
        image: "x:1",
        env: [
          { name: "AM_KEY", valueFrom: { secretKeyRef: { name: "s", key: "k" } } },
          { name: "ES_API_KEY_ID", value: "abc" },
          { name: "PASSWORD", value: "${KEYSTORE_PASSWORD}" },
        ],
      },
    ]);
    assert.deepEqual(await run(d), []);
  });
});

describe("policy collector-hashes-are-keyed", () => {
  const pipeline = (fingerprint: string) =>
    [
      "input { kafka { topics => ['t'] } }",
      "filter {",
      "  # fingerprint { method => 'MURMUR3' } in a comment does not count",
      fingerprint,
      "}",
      "output { stdout {} }",
    ].join("\n");
  const logstash = (fingerprint: string) =>
    policyResource(LOGSTASH, {
      kind: "Logstash",
      metadata: { name: "am-ai-collector" },
      spec: { pipelines: [{ "pipeline.id": "events", "config.string": pipeline(fingerprint) }] },
    });
  const run = (fp: string) => stackViolations(collectorHashesAreKeyed("mandatory"), [logstash(fp)]);
  const where = 'Logstash "am-ai-collector" pipeline "events" (inline) fingerprint';

  it("passes the generated form: SHA256 with the key from the keystore", async () => {
    assert.deepEqual(
      await run(
        'fingerprint { id => "am-cluster" source => ["[cluster][id]"] method => "SHA256" key => "${AM_PSEUDONYM_KEY}" }',
      ),
      [],
    );
  });

  it("refuses a fingerprint without a key (a plain SHA-256 anyone can recompute)", async () => {
    assert.deepEqual(
      await run('fingerprint { id => "am-cluster" source => "[cluster][id]" method => "SHA256" }'),
      [
        `${where} "am-cluster": it has no key: SHA256 without a key is a plain hash anyone can recompute and link.`,
      ],
    );
  });

  it("refuses keyless methods and a key written into the pipeline", async () => {
    assert.match(
      (await run('fingerprint { method => "MURMUR3" key => "${K}" }')).join(),
      /method MURMUR3 takes no key/,
    );
    const literal = await run('fingerprint { method => "SHA256" key => "not-from-the-keystore" }');
    assert.match(literal.join(), /its key is written into the pipeline text/);
    assert.ok(!literal.join().includes("not-from-the-keystore"), "the message quotes the key");
  });

  it("reads settings the way Logstash writes them, ignoring strings and comments", () => {
    assert.deepEqual(
      fingerprintBlocks(pipeline("fingerprint { method => 'SHA1' key => '${K}' target => \"[x]\" }")),
      [{ method: "SHA1", key: "${K}", target: "[x]" }],
    );
  });
});

describe("policy stack-outputs-hold-no-credentials", () => {
  const stack = (outputs: Record<string, unknown>) =>
    policyResource("pulumi:pulumi:Stack", outputs, { name: "am-dashboard-prod" });

  it("refuses a password inside an output URL (secret or not: the analyzer sees it decrypted)", async () => {
    const outputs = {
      elasticsearchUrl: "https://elastic:planted-pw@es.example.internal",
      kibanaUrl: "https://kb.example.internal",
    };
    assert.deepEqual(await stackViolations(stackOutputsHoldNoCredentials("mandatory"), [stack(outputs)]), [
      'stack output "elasticsearchUrl" contains a URL with a password in clear.',
    ]);
  });

  it("decides on the known outputs of a preview, whatever the unknown ones become", async () => {
    const outputs = {
      elasticsearchUrl: "https://elastic:planted-pw@es.example.internal",
      elasticsearchCa: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // @pulumi/policy's unknownStringValue
    };
    assert.deepEqual(await stackViolations(stackOutputsHoldNoCredentials("mandatory"), [stack(outputs)]), [
      'stack output "elasticsearchUrl" contains a URL with a password in clear.',
    ]);
  });
});

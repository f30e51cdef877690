/**
 * The Assisted Installer collector's Kafka input: always TLS (SASL_SSL), and a private CA given as
 * `collectors.assistedInstaller.kafka.caPem` becomes a PEM truststore mounted from a Secret.
 */
import assert from "node:assert/strict";
import { compileEventRules } from "../../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../../anonymisation/assisted-installer/installation";
import { buildLogstash } from "../../../../components/collectors/assisted-installer/build";
import {
  KAFKA_CA_FILE,
  renderPipeline,
  type CollectorSource,
} from "../../../../components/collectors/assisted-installer/logstash";
import { plainValue } from "../../../../infra/engine/mockEngine";
import { runStack, setPath, stackConfig } from "../../../support/stacks";

const PEM = "-----BEGIN CERTIFICATE-----\nMIIBkafkaCA\n-----END CERTIFICATE-----\n";
const kafka = (caPem?: string): CollectorSource => ({
  kind: "kafka",
  bootstrapServers: "broker-1.example.internal:9096",
  topic: "events-stream-production",
  groupId: "am-dashboard-collector",
  saslMechanism: "SCRAM-SHA-512",
  username: "am",
  ...(caPem ? { caPem } : {}),
});
const render = (source: CollectorSource) =>
  renderPipeline(compileEventRules(installationDocument), {
    source,
    index: "am-installations",
    lookupPattern: "am-installations*",
    target: { url: "https://es:9200" },
    graceDays: 7,
  });
const kafkaInput = (text: string) => /\n {2}kafka \{\n([\s\S]*?)\n {2}\}/.exec(text)?.[1] ?? "";

describe("assisted-installer collector: Kafka over TLS", () => {
  it("always speaks SASL_SSL; without a CA it trusts the JVM's default truststore", () => {
    const input = kafkaInput(render(kafka()));
    assert.match(input, /security_protocol => "SASL_SSL"/);
    assert.doesNotMatch(input, /PLAINTEXT/);
    assert.doesNotMatch(input, /ssl_truststore/);
  });

  it("gives a private CA to the input as a PEM truststore at the mounted path", () => {
    const input = kafkaInput(render(kafka(PEM)));
    assert.match(input, /security_protocol => "SASL_SSL"/);
    assert.match(input, /ssl_truststore_type => "PEM"/);
    assert.ok(input.includes(`ssl_truststore_location => "${KAFKA_CA_FILE}"`));
    assert.ok(!render(kafka(PEM)).includes("MIIBkafkaCA"), "the PEM is mounted, not inlined in the pipeline");
    const ls = buildLogstash({
      name: "am-ai-collector",
      namespace: "am",
      labels: {},
      annotations: {},
      version: "9.1.2",
      pipelinesSecret: "p",
      keystoreSecret: "k",
      caSecret: "t",
      kafkaCaSecret: "am-ai-collector-kafka-ca",
      memory: "1Gi",
      cpu: "250m",
    });
    const pod = ls.spec.podTemplate.spec as { volumes: { name: string; secret: { secretName: string } }[] };
    const mounts = ls.spec.podTemplate.spec.containers[0].volumeMounts as {
      name: string;
      mountPath: string;
    }[];
    assert.deepEqual(
      pod.volumes.map((v) => v.secret.secretName),
      ["t", "am-ai-collector-kafka-ca"],
    );
    assert.ok(mounts.some((m) => KAFKA_CA_FILE.startsWith(`${m.mountPath}/`)));
  });

  it("prod: the CA in config becomes a Secret the Logstash pod mounts", async () => {
    const loaded = setPath(stackConfig("prod"), "collectors", ["assistedInstaller", "kafka", "caPem"], PEM);
    const rs = (await runStack("prod", loaded)).resources;
    const secret = rs.find((r) => r.type === "kubernetes:core/v1:Secret" && r.name.endsWith("-kafka-ca"));
    assert.ok(secret, "no Kafka CA Secret");
    assert.equal(plainValue<{ stringData: Record<string, string> }>(secret.inputs).stringData["ca.crt"], PEM);
  });

  it("refuses a CA that is not a PEM certificate, naming the key", async () => {
    const loaded = setPath(
      stackConfig("prod"),
      "collectors",
      ["assistedInstaller", "kafka", "caPem"],
      "not a pem",
    );
    await assert.rejects(runStack("prod", loaded), (e: Error) => {
      assert.match(
        e.message,
        /collectors\.assistedInstaller\.kafka\.caPem: found .*; allowed: a PEM certificate/,
      );
      return true;
    });
  });
});

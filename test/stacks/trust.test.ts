/**
 * Which CA each Elastic connection trusts. ECK issues one self-signed CA per owner (cloud-on-k8s v3.5.0,
 * pkg/controller/common/certificates/ca_reconcile.go: a CA per Elasticsearch and per Kibana, published in
 * `<es>-es-http-certs-public` and `<kb>-kb-http-certs-public`), so Kibana calls must trust Kibana's CA.
 * The mock engine names each Secret it is asked to read in the value it returns, which is what lets this test tell
 * the two CAs apart; the real-engine deployment test checks the same Secrets exist under these names.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { isRpcSecret, unwrapRpcSecret } from "@pulumi/pulumi/runtime/rpc";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { runStack } from "../support/stacks";

function elasticProviderOf(resources: RecordedResource[]): Record<string, unknown> {
  const provider = resources.find((r) => r.type === "pulumi:providers:elasticstack");
  assert.ok(provider, "no elasticstack provider registered");
  return provider.inputs;
}

/** Provider blocks arrive JSON-encoded, and secret as a whole (they hold the password). */
function block(value: unknown): Record<string, unknown> {
  const plain = isRpcSecret(value) ? unwrapRpcSecret(value) : value;
  const parsed = typeof plain === "string" ? (JSON.parse(plain) as unknown) : plain;
  return (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown>;
}

for (const stack of ["dev", "local"]) {
  describe(`${stack}: the Elastic provider trusts each endpoint's own CA`, () => {
    let inputs: Record<string, unknown>;
    before(async () => {
      inputs = elasticProviderOf((await runStack(stack)).resources);
    });

    it("Elasticsearch's connection pins the Elasticsearch CA", () => {
      const es = block(inputs.elasticsearches);
      assert.match(String(es.caData), /\/am-dashboard-es-http-certs-public$/);
    });

    it("Kibana's connection reads Kibana's CA, not Elasticsearch's", () => {
      const kb = block(inputs.kibanas);
      const files = kb.caCerts as string[];
      assert.equal(files.length, 1);
      const pem = fs.readFileSync(files[0], "utf8");
      assert.match(pem, /\/am-dashboard-kb-http-certs-public$/);
    });
  });
}

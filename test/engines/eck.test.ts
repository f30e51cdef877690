/**
 * The real ECK operator 3.5.0 against the test control plane: it reconciles an Elasticsearch resource into the
 * objects the program later reads (the `elastic` user Secret, the HTTP Service and its CA). No kubelet runs, so the
 * pods never start and health stays unknown: only what the operator writes to the API server is asserted.
 */
import * as assert from "node:assert/strict";
import { startEckOperator, useControlPlane, waitFor, type EckOperator } from "../support/engines";

describe("engines: the ECK operator reconciles against the real API server", function () {
  this.timeout(5 * 60_000);
  const cp = useControlPlane();
  let operator: EckOperator | undefined;
  const ns = "engines-eck";

  before(async () => {
    operator = await startEckOperator(cp(), { operatorNamespace: "engines-eck-system", namespaces: [ns] });
  });
  after(async () => operator?.stop());

  it("creates the elastic user Secret, the HTTP Service and the HTTP CA of an Elasticsearch", async () => {
    await cp().api.apply({
      apiVersion: "elasticsearch.k8s.elastic.co/v1",
      kind: "Elasticsearch",
      metadata: { name: "es", namespace: ns },
      spec: {
        version: "9.1.0",
        nodeSets: [{ name: "default", count: 1, config: { "node.store.allow_mmap": false } }],
      },
    });
    for (const path of [
      `/api/v1/namespaces/${ns}/secrets/es-es-elastic-user`,
      `/api/v1/namespaces/${ns}/services/es-es-http`,
      `/api/v1/namespaces/${ns}/secrets/es-es-http-certs-public`,
    ]) {
      await waitFor(path, async () => ((await cp().api.get(path)) ? true : undefined), {
        timeoutMs: 120_000,
        server: operator!.server,
      });
    }
    const secret = await cp().api.get<{ data: Record<string, string> }>(
      `/api/v1/namespaces/${ns}/secrets/es-es-elastic-user`,
    );
    assert.ok(Buffer.from(secret!.data.elastic, "base64").length >= 16, "the operator generated a password");
  });
});

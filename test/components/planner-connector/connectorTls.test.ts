/**
 * The connector's TLS to PostgreSQL. connectors 9.5.2 declare `ssl_ca` as depending on `ssl_enabled` and required
 * (elastic/connectors connectors/sources/postgresql.py get_default_configuration; the framework's fields are required
 * unless they say otherwise), so `ssl_enabled: true` without a CA is refused by the service itself ("'SSL
 * certificate' cannot be empty") while `pulumi up` stays green. The program refuses it first, in config.
 */
import * as assert from "node:assert/strict";
import { connectorConfigurationValues } from "../../../components/planner-connector/elastic";
import { ConfigError } from "../../../infra/config/load";
import { plainValue, ProgramError } from "../../../infra/engine/mockEngine";
import { runStack, setPath, stackConfig } from "../../support/stacks";
import { TEST_CA_PEM } from "../../support/tls";

const base = { host: "db", port: 5432, database: "planner", username: "u", password: "p" };

async function configError(mutate: Parameters<typeof setPath>[2], value: unknown): Promise<string> {
  const err = await runStack("dev", setPath(stackConfig("dev"), "planner", mutate, value)).then(
    () => assert.fail("accepted"),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ProgramError && err.cause instanceof ConfigError, String(err));
  assert.deepEqual(err.resources, []);
  return err.cause.message;
}

describe("connector TLS to PostgreSQL", () => {
  it("never sends ssl_enabled without ssl_ca", () => {
    assert.throws(
      () => connectorConfigurationValues({ ...base, sslEnabled: true }),
      /no CA is given: set planner\.sslCa/,
    );
    const values = connectorConfigurationValues({ ...base, sslEnabled: true, caPem: TEST_CA_PEM });
    assert.equal(values.ssl_enabled, true);
    assert.equal(values.ssl_ca, TEST_CA_PEM);
  });

  it("refuses sslMode verify without a CA, naming the key and what is allowed", async () => {
    const message = await configError(["sslCa"], undefined);
    assert.match(
      message,
      /am-dashboard:planner\.sslCa: found nothing; allowed: exactly one of pem, configMap/,
    );
  });

  it("refuses a PEM that does not parse as a certificate", async () => {
    // Still shaped like a PEM block, but the DER inside is cut short.
    const lines = TEST_CA_PEM.trim().split("\n");
    const broken = [lines[0], lines[1], lines[lines.length - 1]].join("\n");
    const message = await configError(["sslCa"], { pem: broken });
    assert.match(message, /planner\.sslCa\.pem: found a certificate that does not parse/);
  });

  it("refuses two CA sources at once", async () => {
    const message = await configError(["sslCa"], {
      pem: TEST_CA_PEM,
      secret: { namespace: "a", name: "b", key: "ca.crt" },
    });
    assert.match(message, /planner\.sslCa: found pem and secret/);
  });

  it("dev reads OpenShift's service CA and gives it to the connector configuration", async () => {
    const run = await runStack("dev");
    const read = run.resources.find((r) => r.read && r.type === "kubernetes:core/v1:ConfigMap");
    assert.equal(read?.id, "assisted-migration/openshift-service-ca.crt");
    const conf = run.resources.find((r) => r.type.endsWith(":ConnectorConfiguration"));
    assert.ok(conf, "no connector configuration");
    const values = plainValue(conf.inputs.values) as Record<string, unknown>;
    assert.equal(values.ssl_enabled, true);
    assert.ok(typeof values.ssl_ca === "string", "no ssl_ca");
  });

  it("a given PEM goes to the connector as is", async () => {
    const run = await runStack(
      "dev",
      setPath(stackConfig("dev"), "planner", ["sslCa"], { pem: TEST_CA_PEM }),
    );
    const conf = run.resources.find((r) => r.type.endsWith(":ConnectorConfiguration"))!;
    assert.equal((plainValue(conf.inputs.values) as Record<string, unknown>).ssl_ca, TEST_CA_PEM);
  });
});

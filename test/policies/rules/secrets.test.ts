import * as assert from "node:assert/strict";
import { credentialsGeneratedAndReplacedSafely } from "../../../policies/rules/credentialLifecycle";
import { credentialsAreSecrets, noPlaintextCredentials } from "../../../policies/rules/secrets";
import { connectorUsesReadModelRole } from "../../../policies/rules/connector";
import { reported, resource, runResourcePolicy, runStackPolicy } from "../../support/policyHarness";
import { configurationProps, goodDataPath, syncRulesProps, T } from "./fixtures";
import { buildSyncRules } from "../../../components/planner-connector/syncRules";
import { plannerDocument } from "../../../anonymisation/planner/document";

const creds = credentialsAreSecrets("mandatory");
const plain = noPlaintextCredentials("mandatory");

describe("policy credentials-are-secrets", () => {
  it("passes sync rules and configuration whose credential props are declared secret outputs", async () => {
    // The analyzer decrypts secrets and keeps no trace: only additionalSecretOutputs proves secret-ness.
    const opts = { additionalSecretOutputs: ["rules", "values", "connection"] };
    assert.deepEqual(await runResourcePolicy(creds, resource(T.syncRules, syncRulesProps(), { opts })), []);
    assert.deepEqual(
      await runResourcePolicy(creds, resource(T.configuration, configurationProps(), { opts })),
      [],
    );
  });

  it("accepts plain sync rules: they hold no key (a literal in the query is refused by the connector policy)", async () => {
    const ds = await runResourcePolicy(
      creds,
      resource(T.syncRules, { connectorId: "planner", rules: buildSyncRules(plannerDocument) }),
    );
    assert.deepEqual(reported(ds), []);
  });

  it("flags undecidable secret-ness under the analyzer and a clear database URL on any resource", async () => {
    const values = configurationProps().values;
    const ds = await runResourcePolicy(creds, resource(T.configuration, { connectorId: "planner", values }));
    assert.deepEqual(reported(ds), [
      'ConnectorConfiguration "test": "values" holds a credential but is not provably a Pulumi secret.',
    ]);
    const rm = await runResourcePolicy(
      creds,
      resource(T.readModel, { connectorRole: "r", adminUrl: "postgres://admin:pw@db/planner" }),
    );
    assert.deepEqual(reported(rm), [
      'ReadModel "test": "adminUrl" holds a credential but is not provably a Pulumi secret.',
    ]);
    assert.ok(rm.every((d) => !d.message.includes("pw@")));
  });
});

describe("policy no-plaintext-credentials", () => {
  it("passes a ConfigMap of settings and a Secret built from Pulumi secrets", async () => {
    assert.deepEqual(
      await runResourcePolicy(
        plain,
        resource(T.configMap, {
          kind: "ConfigMap",
          metadata: { name: "cm" },
          data: { "kibana.yml": "server.name: kb\n" },
        }),
      ),
      [],
    );
    assert.deepEqual(
      await runResourcePolicy(
        plain,
        resource(T.secret, {
          kind: "Secret",
          metadata: { name: "s" },
          stringData: { password: "x".repeat(20) },
        }),
      ),
      [],
    );
  });

  it("flags a password and a PEM key in a ConfigMap, without echoing them", async () => {
    const cm = {
      kind: "ConfigMap",
      metadata: { name: "cm" },
      data: { "app.yml": "password: hunter22\n", "tls.key": "x", ca: "-----BEGIN RSA PRIVATE KEY-----\nabc" },
    };
    assert.deepEqual(reported(await runResourcePolicy(plain, resource(T.configMap, cm))), [
      'ConfigMap "cm": data.app.yml holds a credential assignment; ConfigMaps are not encrypted and readable by anyone with view rights.',
      'ConfigMap "cm": data.ca holds a PEM private key; ConfigMaps are not encrypted and readable by anyone with view rights.',
    ]);
    const ds = await runResourcePolicy(plain, resource(T.configMap, cm));
    assert.ok(ds.every((d) => !d.message.includes("hunter22")));
  });

  it("flags a clear credential in a container's environment", async () => {
    const dep = {
      kind: "Deployment",
      metadata: { name: "d" },
      spec: {
        template: { spec: { containers: [{ name: "c", env: [{ name: "ES_API_KEY", value: "abcdef" }] }] } },
      },
    };
    assert.deepEqual(
      reported(await runResourcePolicy(plain, resource("kubernetes:apps/v1:Deployment", dep))),
      [
        'Deployment "d": container "c" env ES_API_KEY holds a value under the credential-like key "ES_API_KEY"; use valueFrom.secretKeyRef.',
      ],
    );
  });
});

describe("policy credentials-generated-and-replaced-safely", () => {
  const lifecycle = credentialsGeneratedAndReplacedSafely("mandatory");
  const password = "random:index/password:Password";
  const login = "pulumi-nodejs:dynamic/secrets:ConnectorLogin";
  const loginProps = {
    groupRole: "am_connector",
    loginRole: "am_connector_r0",
    password: "p".repeat(32),
  };

  it("passes the program's generators, keys and logins", async () => {
    for (const r of [
      resource(password, { length: 32, special: false, keepers: { rotation: "2026-09-01" } }),
      resource("random:index/bytes:Bytes", { length: 32, keepers: { rotation: "0" } }),
      resource(T.apiKey, { name: "am-planner-connector-service-r3" }),
      resource(login, loginProps),
    ])
      assert.deepEqual(reported(await runResourcePolicy(lifecycle, r)), [], r.type);
  });

  it("flags a generator whose result is not sensitive, and one that cannot rotate", async () => {
    assert.deepEqual(
      reported(await runResourcePolicy(lifecycle, resource("random:index/string:String", { length: 32 }))),
      [
        'String "test": random String\'s result is not sensitive (plain in state, previews and outputs); use random.Password or random.Bytes for anything secret.',
      ],
    );
    assert.deepEqual(reported(await runResourcePolicy(lifecycle, resource(password, { length: 32 }))), [
      'Password "test": no keepers.rotation, so a config change can never rotate it.',
    ]);
  });

  it("flags an API key or a login replaced delete-before-replace", async () => {
    const dbr = { opts: { deleteBeforeReplace: true } };
    assert.equal(
      reported(await runResourcePolicy(lifecycle, resource(T.apiKey, { name: "k" }, dbr))).length,
      1,
    );
    assert.match(
      reported(await runResourcePolicy(lifecycle, resource(login, loginProps, dbr)))[0],
      /deleteBeforeReplace would remove the credential before its consumers move/,
    );
  });
});

describe("policy connector-uses-read-model-role: rotating logins", () => {
  const p = connectorUsesReadModelRole("mandatory");
  const withLogin = (group: string, username: string) => [
    ...goodDataPath().map((r) =>
      r.name === "configuration"
        ? resource(T.configuration, configurationProps({ username }), { name: "configuration" })
        : r,
    ),
    resource(
      "pulumi-nodejs:dynamic/secrets:ConnectorLogin",
      { groupRole: group, loginRole: username, password: "p".repeat(32) },
      { name: "login" },
    ),
  ];

  it("accepts a login whose group is the read model's role, refuses one of another group", async () => {
    assert.deepEqual(
      reported(await runStackPolicy(p, withLogin("am_read_connector", "am_read_connector_r3"))),
      [],
    );
    assert.deepEqual(reported(await runStackPolicy(p, withLogin("postgres", "postgres_r3"))), [
      'ElasticsearchConnector "connector" logs in to PostgreSQL as a role that is not a read-model role of this stack.',
    ]);
  });
});

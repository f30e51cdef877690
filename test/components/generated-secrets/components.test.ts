/**
 * The generated-secrets components: names derived from rotation keepers, the login SQL (only a SCRAM verifier, never
 * the password), the key-epoch record (nothing derived from the key), what the components register under the
 * Pulumi SDK's mock engine (generators only for what the stack does not supply, every value secret), and the
 * key-epoch provider against a loopback recorder of our requests (a recorder, NOT an Elasticsearch).
 */
import assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import {
  apiKeyName,
  ConnectorLogin,
  GeneratedSecrets,
  generationDigits,
  loginRoleName,
} from "../../../components/generated-secrets";
import {
  createKeyEpoch,
  diffKeyEpoch,
  keyEpochDocument,
  keyEpochProvider,
  type KeyEpochInputs,
  type KeyEpochOutputs,
} from "../../../components/generated-secrets/keyEpoch";
import { keyEpochMetadata } from "../../../anonymisation/metadata/keyEpoch";
import { createLoginStatements, retireLoginStatements } from "../../../components/generated-secrets/login";
import { scramSecret } from "../../../components/planner-read-model/apply";
import { isSecretValue, plainValue, runUnderMocks } from "../../../infra/engine/mockEngine";

describe("generated secrets: names from rotation keepers", () => {
  it("derives login names and API key names from a date or a counter", () => {
    assert.equal(generationDigits(undefined), "0");
    assert.equal(generationDigits("2026-09-01"), "20260901");
    assert.equal(loginRoleName("am_dashboard_connector", undefined), "am_dashboard_connector_r0");
    assert.equal(loginRoleName("am_dashboard_connector", "12"), "am_dashboard_connector_r12");
    assert.equal(apiKeyName("am-planner-connector-service", undefined), "am-planner-connector-service");
    assert.equal(apiKeyName("am-planner-connector-service", "0"), "am-planner-connector-service");
    assert.equal(
      apiKeyName("am-planner-connector-service", "2026-09-01"),
      "am-planner-connector-service-r2026-09-01",
    );
    assert.throws(() => loginRoleName("r".repeat(53), "1"), /longer than 52 characters/);
    assert.equal(loginRoleName("r".repeat(52), "999999999").length, 63);
  });
});

describe("generated secrets: login SQL", () => {
  it("carries only a SCRAM verifier, and refuses a plain password or odd names", () => {
    const password = "Plain-Password-That-Must-Not-Appear-1";
    const sql = createLoginStatements("am_c_r1", "am_c", scramSecret(password)).join("\n");
    assert.ok(!sql.includes(password));
    assert.match(sql, /PASSWORD 'SCRAM-SHA-256\$4096:/);
    assert.match(sql, /GRANT "?am_c"? TO "?am_c_r1"?/);
    assert.match(sql, /LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS/);
    assert.throws(() => createLoginStatements("am_c_r1", "am_c", password), /SCRAM-SHA-256 verifier/);
    assert.throws(() => createLoginStatements("Robert'); DROP", "am_c", scramSecret(password)), /identifier/);
    assert.throws(() => createLoginStatements("am_c", "am_c", scramSecret(password)), /must differ/);
    assert.match(
      retireLoginStatements("am_c_r0").join("\n"),
      /NOLOGIN PASSWORD NULL;[\s\S]*DROP ROLE "am_c_r0"/,
    );
  });
});

const epochInputs: KeyEpochInputs = {
  index: "am-key-epochs",
  stack: "dev",
  keyName: "pseudonymisationKey",
  epoch: "2026-09-01",
  indices: ["am-planner"],
  source: "generated",
};

describe("generated secrets: key-epoch record", () => {
  it("names the generation and the indices, nothing derived from the key", () => {
    const doc = keyEpochDocument(epochInputs, "2026-09-01T10:00:00.000Z");
    // Exactly the fields of the index's classification (its final pipeline keeps those, its mapping is strict).
    assert.deepEqual(Object.keys(doc).sort(), Object.keys(keyEpochMetadata.fields).sort());
    assert.equal(doc.epoch, "2026-09-01");
    assert.match(String(doc.message), /do not continue across this point/);
  });

  it("a new epoch replaces the record create-first; deleting keeps the history", async () => {
    const olds: KeyEpochOutputs = { ...epochInputs, epoch: "0", recordedAt: "t" };
    const diff = await diffKeyEpoch("id", olds, epochInputs);
    assert.deepEqual(diff.replaces, ["epoch"]);
    assert.equal(diff.deleteBeforeReplace, false);
    assert.equal(await keyEpochProvider.delete!("id", olds), undefined);
  });

  it("writes one document with op_type create, and keeps the first record on a re-run", async () => {
    const requests: { method: string; path: string; body: unknown }[] = [];
    let exists = false;
    const server = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        const path = (req.url ?? "").split("?")[0];
        requests.push({ method: req.method ?? "", path, body: raw ? JSON.parse(raw) : undefined });
        const headers = { "content-type": "application/json", "x-elastic-product": "Elasticsearch" };
        if (req.method === "PUT" && path.includes("/_create/")) {
          res.writeHead(exists ? 409 : 201, headers);
          res.end(
            JSON.stringify(
              exists ? { error: { type: "version_conflict_engine_exception" } } : { result: "created" },
            ),
          );
          exists = true;
        } else if (req.method === "GET") {
          res.writeHead(200, headers);
          res.end(JSON.stringify({ found: true, _source: { recorded_at: "2026-09-01T00:00:00.000Z" } }));
        } else {
          res.writeHead(404, headers);
          res.end("{}");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const inputs = { ...epochInputs, connection: { url, username: "elastic", password: "pw" } };
      const first = await createKeyEpoch(inputs);
      assert.equal(first.id, "dev-pseudonymisationKey-2026-09-01");
      assert.equal(requests[0].method, "PUT");
      assert.equal(requests[0].path, "/am-key-epochs/_create/dev-pseudonymisationKey-2026-09-01");
      assert.equal((requests[0].body as { key_name: string }).key_name, "pseudonymisationKey");
      const again = await createKeyEpoch(inputs);
      assert.equal((again.outs as KeyEpochOutputs).recordedAt, "2026-09-01T00:00:00.000Z");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("generated secrets: components under the mock engine", () => {
  it("generates what is not supplied, with the rotation keeper, and keeps every value secret", async () => {
    const run = await runUnderMocks({ project: "p", stack: "dev", config: {} }, () => {
      const s = new GeneratedSecrets("am-secrets", {
        wanted: ["plannerConnectorPassword", "pseudonymisationKey"],
        supplied: { pseudonymisationKey: "supplied-key-".padEnd(40, "k") },
        rotation: { plannerConnectorPassword: "2026-09-01" },
      });
      const login = new ConnectorLogin("am-login", {
        adminUrl: "postgres://admin:pw@db/postgres",
        database: "planner",
        groupRole: "am_c",
        keeper: "2026-09-01",
        password: s.values.plannerConnectorPassword!,
      });
      return {
        password: s.values.plannerConnectorPassword,
        key: s.values.pseudonymisationKey,
        login: login.loginRole,
      };
    });
    const generators = run.resources.filter((r) => r.type.startsWith("random:"));
    assert.deepEqual(
      generators.map((g) => [g.type, g.name, plainValue(g.inputs.keepers)]),
      [
        [
          "random:index/password:Password",
          "am-secrets-planner-connector-password",
          { rotation: "2026-09-01" },
        ],
      ],
      "only the password is generated: the key is supplied",
    );
    const outputs = run.outputs as Record<string, unknown>;
    assert.ok(isSecretValue(outputs.password) && isSecretValue(outputs.key));
    assert.equal(outputs.login, "am_c_r20260901");
    const login = run.resources.find((r) => r.type === "pulumi-nodejs:dynamic/secrets:ConnectorLogin")!;
    assert.ok(isSecretValue(login.inputs.password) && isSecretValue(login.inputs.adminUrl));
    assert.equal(login.deleteBeforeReplace, undefined);
    assert.deepEqual(login.additionalSecretOutputs, ["adminUrl", "password"]);
  });
});

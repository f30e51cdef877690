/**
 * The dynamic providers' CRUD, run against a loopback HTTP server that records our requests.
 * That server is a recorder for what we send, NOT an Elasticsearch: it answers with canned bodies and the one
 * header the official client insists on (`x-elastic-product`). Whether Elasticsearch accepts the bodies is
 * covered by their client types, not by this test.
 */
import assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as pulumi from "@pulumi/pulumi";
import { plannerDocument } from "../../../anonymisation/planner/document";
import {
  configurationProvider,
  type ConfigurationInputs,
} from "../../../components/planner-connector/configurationResource";
import {
  syncRulesProvider,
  type SyncRulesInputs,
  type SyncRulesOutputs,
} from "../../../components/planner-connector/syncRulesResource";
import { buildSyncRules } from "../../../components/planner-connector/syncRules";

interface Recorded {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}
type Reply = { status: number; body: unknown };
type Route = (method: string, path: string) => Reply | undefined;

async function recorder(route: Route) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0];
      requests.push({
        method: req.method ?? "",
        path,
        body: raw ? JSON.parse(raw) : undefined,
        authorization: req.headers.authorization,
      });
      const reply = route(req.method ?? "", path) ?? {
        status: 404,
        body: { error: { type: "resource_not_found_exception" } },
      };
      res.writeHead(reply.status, {
        "content-type": "application/json",
        "x-elastic-product": "Elasticsearch",
      });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const ID = "planner";
const rules = buildSyncRules(plannerDocument);
const notValidated = {
  status: 400,
  body: {
    error: {
      type: "status_exception",
      reason: "Filtering draft needs to be validated by the connector service",
    },
  },
};

describe("planner connector: sync-rules dynamic provider (loopback recorder, not Elasticsearch)", () => {
  it("create PUTs the draft advanced snippet, then asks to activate it", async () => {
    const srv = await recorder((m) =>
      m === "PUT" ? { status: 200, body: { result: "updated" } } : undefined,
    );
    try {
      const inputs: SyncRulesInputs = {
        connectorId: ID,
        rules,
        connection: { url: srv.url, apiKey: "admin-key" },
      };
      const res = await syncRulesProvider.create(inputs);
      assert.equal(res.id, ID);
      assert.equal(res.outs?.activation, "active");
      assert.deepEqual(
        srv.requests.map((r) => [r.method, r.path]),
        [
          ["PUT", `/_connector/${ID}/_filtering`],
          ["PUT", `/_connector/${ID}/_filtering/_activate`],
        ],
      );
      assert.deepEqual(srv.requests[0].body, { advanced_snippet: { value: rules } });
      assert.equal(srv.requests[0].authorization, "ApiKey admin-key");
    } finally {
      await srv.close();
    }
  });

  it("a not-yet-validated draft is left for the connector service, not treated as an error", async () => {
    const srv = await recorder((m, p) =>
      p.endsWith("_activate")
        ? notValidated
        : m === "PUT"
          ? { status: 200, body: { result: "updated" } }
          : undefined,
    );
    try {
      const res = await syncRulesProvider.create({
        connectorId: ID,
        rules,
        connection: { url: srv.url, apiKey: "k" },
      });
      assert.equal(res.outs?.activation, "awaiting-service-validation");
    } finally {
      await srv.close();
    }
  });

  it("other failures propagate and invalid rules are never sent", async () => {
    const srv = await recorder(() => ({ status: 500, body: { error: "boom" } }));
    try {
      await assert.rejects(
        syncRulesProvider.create({ connectorId: ID, rules, connection: { url: srv.url, apiKey: "k" } }),
      );
      const before = srv.requests.length;
      const bad = [{ tables: ["*"], query: "SELECT * FROM public.sources" }];
      await assert.rejects(
        syncRulesProvider.create({ connectorId: ID, rules: bad, connection: { url: srv.url, apiKey: "k" } }),
        /refusing to send sync rules/,
      );
      assert.equal(srv.requests.length, before, "an invalid rule reached the server");
      const checked = await syncRulesProvider.check!({} as SyncRulesInputs, { connectorId: ID, rules: bad });
      assert.ok((checked.failures ?? []).length >= 2);
    } finally {
      await srv.close();
    }
  });

  it("diff: rule changes update, a connector change replaces, same inputs do nothing", async () => {
    const olds = { connectorId: ID, rules, activation: "active" } as SyncRulesOutputs;
    const other = [{ ...rules[0], query: rules[0].query.replace('"vm_count", ', "") }];
    assert.equal((await syncRulesProvider.diff!(ID, olds, { connectorId: ID, rules })).changes, false);
    const changed = await syncRulesProvider.diff!(ID, olds, { connectorId: ID, rules: other });
    assert.deepEqual([changed.changes, changed.replaces], [true, []]);
    const moved = await syncRulesProvider.diff!(ID, olds, { connectorId: "elsewhere", rules });
    assert.deepEqual(moved.replaces, ["connectorId"]);
  });

  it("update re-sends; read returns the draft; delete empties the snippet; read of a missing connector is empty", async () => {
    const stored = {
      filtering: [
        {
          domain: "DEFAULT",
          active: { advanced_snippet: { value: [] } },
          draft: { advanced_snippet: { value: rules } },
        },
      ],
    };
    const srv = await recorder((m, p) => {
      if (m === "GET" && p === `/_connector/${ID}`) return { status: 200, body: { id: ID, ...stored } };
      if (p.endsWith("_activate")) return notValidated;
      if (m === "PUT") return { status: 200, body: { result: "updated" } };
      return undefined;
    });
    try {
      const connection = { url: srv.url, apiKey: "k" };
      const olds = { connectorId: ID, rules, connection, activation: "active" } as SyncRulesOutputs;
      const upd = await syncRulesProvider.update!(ID, olds, { connectorId: ID, rules, connection });
      assert.equal(upd.outs?.activation, "awaiting-service-validation");
      const read = await syncRulesProvider.read!(ID, olds);
      assert.equal(read.id, ID);
      assert.deepEqual(read.props?.rules, rules);
      assert.equal(read.props?.activation, "awaiting-service-validation", "active differs from draft");
      await syncRulesProvider.delete!(ID, olds);
      const last = srv.requests.at(-1)!;
      assert.deepEqual(
        [last.method, last.path, last.body],
        ["PUT", `/_connector/${ID}/_filtering`, { advanced_snippet: { value: [] } }],
      );
      const gone = await syncRulesProvider.read!("missing", olds);
      assert.equal(gone.id, undefined);
      await syncRulesProvider.delete!("missing", olds); // 404: already gone is fine
    } finally {
      await srv.close();
    }
  });

  it("serialises without capturing a client or a secret", async () => {
    const text = await pulumi.runtime.serializeFunction(() => syncRulesProvider, { allowSecrets: false });
    assert.ok(!/secret-key/.test(text.text));
    assert.ok(/require\("@elastic\/elasticsearch"\)/.test(text.text));
  });
});

describe("planner connector: configuration dynamic provider (loopback recorder, not Elasticsearch)", () => {
  const values = { host: "pg", port: 5432, schema: "am_read", tables: "planner_documents", password: "pw" };

  it("waits until the service registered the schema, then PUTs the values", async () => {
    let gets = 0;
    const schema = Object.fromEntries(
      Object.keys(values).map((k) => [k, { value: "", sensitive: k === "password" }]),
    );
    const srv = await recorder((m) => {
      if (m === "GET") return { status: 200, body: { id: ID, configuration: ++gets < 3 ? {} : schema } };
      if (m === "PUT") return { status: 200, body: { result: "updated" } };
      return undefined;
    });
    try {
      const inputs: ConfigurationInputs = {
        connectorId: ID,
        values,
        connection: { url: srv.url, username: "elastic", password: "x" },
        pollSeconds: 0.01,
      };
      await configurationProvider.create(inputs);
      assert.deepEqual(
        srv.requests.map((r) => [r.method, r.path]),
        [
          ["GET", `/_connector/${ID}`],
          ["GET", `/_connector/${ID}`],
          ["GET", `/_connector/${ID}`],
          ["PUT", `/_connector/${ID}/_configuration`],
        ],
      );
      assert.deepEqual(srv.requests[3].body, { values });
      assert.match(srv.requests[0].authorization ?? "", /^Basic /);
      await configurationProvider.delete!(ID, inputs);
      assert.deepEqual(srv.requests.at(-1)?.body, { values: { password: "" } });
    } finally {
      await srv.close();
    }
  });

  it("gives up with a clear error when the service never registers, and refuses unknown fields", async () => {
    const srv = await recorder((m) =>
      m === "GET" ? { status: 200, body: { id: ID, configuration: {} } } : undefined,
    );
    try {
      const conn = { url: srv.url, apiKey: "k" };
      await assert.rejects(
        configurationProvider.create({
          connectorId: ID,
          values,
          connection: conn,
          waitSeconds: 0.05,
          pollSeconds: 0.01,
        }),
        /did not register its configuration within/,
      );
      assert.ok(
        srv.requests.every((r) => r.method === "GET"),
        "values were sent before the schema existed",
      );
    } finally {
      await srv.close();
    }
    const srv2 = await recorder((m) =>
      m === "GET" ? { status: 200, body: { id: ID, configuration: { host: {} } } } : undefined,
    );
    try {
      await assert.rejects(
        configurationProvider.create({ connectorId: ID, values, connection: { url: srv2.url, apiKey: "k" } }),
        /has no configuration field\(s\) port/,
      );
    } finally {
      await srv2.close();
    }
  });
});

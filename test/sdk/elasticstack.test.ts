/**
 * The committed local SDK must register exactly what the generated `@pulumi/elasticstack` 0.16.3 SDK registers:
 * the bridged type tokens, the input names, the explicit provider, secrets, and the parameterized package.
 * Runs under the Pulumi SDK's mock engine; no bridge plugin, Elasticsearch or Kibana is involved.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import { parse } from "yaml";
import {
  isSecretValue,
  plainValue,
  runUnderMocks,
  type RecordedResource,
} from "../../infra/engine/mockEngine";
import { getPackage } from "../../sdks/elasticstack/utilities";

const SDK_DIR = path.join(__dirname, "..", "..", "sdks", "elasticstack");
const MOCKS = { project: "am-dashboard", stack: "test", config: {} };

type RegisterFn = (
  req: { getType(): string; getAdditionalsecretoutputsList(): string[]; getPackageref(): string },
  cb: (err: unknown, resp: unknown) => void,
) => void;

function only(resources: RecordedResource[], type: string): RecordedResource {
  const found = resources.filter((r) => r.type === type);
  assert.equal(found.length, 1, `expected one ${type}, got ${found.length}`);
  return found[0];
}

describe("sdks/elasticstack (local parameterized SDK)", () => {
  it("registers the provider under pulumi:providers:elasticstack with JSON-encoded connection blocks", async () => {
    const { resources } = await runUnderMocks(MOCKS, () => {
      new elasticstack.Provider("es", {
        elasticsearches: [
          { endpoints: ["https://es:9200"], username: "elastic", password: "pw", caData: "PEM" },
        ],
        kibanas: [{ endpoints: ["https://kb:5601"], apiKey: "k", caCerts: ["/tmp/ca.pem"], insecure: false }],
      });
    });
    const provider = only(resources, "pulumi:providers:elasticstack");
    // Provider inputs of non-string type travel as JSON strings, as in every generated provider class.
    assert.deepEqual(JSON.parse(plainValue<string>(provider.inputs.elasticsearches)), [
      { endpoints: ["https://es:9200"], username: "elastic", password: "pw", caData: "PEM" },
    ]);
    assert.deepEqual(JSON.parse(plainValue<string>(provider.inputs.kibanas)), [
      { endpoints: ["https://kb:5601"], apiKey: "k", caCerts: ["/tmp/ca.pem"], insecure: false },
    ]);
    assert.equal(provider.inputs.fleets, undefined);
  });

  it("registers every resource with its bridged token, its inputs and the explicit provider", async () => {
    const cases: Array<
      [string, (p: elasticstack.Provider) => pulumi.CustomResource, Record<string, unknown>]
    > = [
      [
        "elasticstack:index/elasticsearchIndexTemplate:ElasticsearchIndexTemplate",
        (provider) =>
          new elasticstack.ElasticsearchIndexTemplate(
            "t",
            {
              name: "planner",
              indexPatterns: ["planner-*"],
              composedOfs: ["planner-mappings"],
              template: { aliases: [{ name: "planner" }], settings: "{}" },
              dataStream: {},
            },
            { provider },
          ),
        {
          name: "planner",
          indexPatterns: ["planner-*"],
          composedOfs: ["planner-mappings"],
          template: { aliases: [{ name: "planner" }], settings: "{}" },
          dataStream: {},
        },
      ],
      [
        "elasticstack:index/elasticsearchComponentTemplate:ElasticsearchComponentTemplate",
        (provider) =>
          new elasticstack.ElasticsearchComponentTemplate(
            "c",
            { name: "m", template: { mappings: "{}" } },
            { provider },
          ),
        { name: "m", template: { mappings: "{}" } },
      ],
      [
        "elasticstack:index/elasticsearchIngestPipeline:ElasticsearchIngestPipeline",
        (provider) =>
          new elasticstack.ElasticsearchIngestPipeline(
            "p",
            { name: "anon", processors: ['{"remove":{"field":"x"}}'], onFailures: ['{"drop":{}}'] },
            { provider },
          ),
        { name: "anon", processors: ['{"remove":{"field":"x"}}'], onFailures: ['{"drop":{}}'] },
      ],
      [
        "elasticstack:index/elasticsearchIndex:ElasticsearchIndex",
        (provider) =>
          new elasticstack.ElasticsearchIndex(
            "i",
            { name: "planner-v1", numberOfShards: 1, deletionProtection: true, mappings: "{}" },
            { provider },
          ),
        { name: "planner-v1", numberOfShards: 1, deletionProtection: true, mappings: "{}" },
      ],
      [
        "elasticstack:index/elasticsearchConnector:ElasticsearchConnector",
        (provider) =>
          new elasticstack.ElasticsearchConnector(
            "conn",
            { serviceType: "postgresql", indexName: "planner", connectorId: "pg" },
            { provider },
          ),
        { serviceType: "postgresql", indexName: "planner", connectorId: "pg" },
      ],
      [
        "elasticstack:index/elasticsearchSecurityApiKey:ElasticsearchSecurityApiKey",
        (provider) =>
          new elasticstack.ElasticsearchSecurityApiKey(
            "k",
            {
              name: "ccr",
              type: "cross_cluster",
              access: { searches: [{ names: ["planner-*"] }], replications: [{ names: ["planner-*"] }] },
            },
            { provider },
          ),
        {
          name: "ccr",
          type: "cross_cluster",
          access: { searches: [{ names: ["planner-*"] }], replications: [{ names: ["planner-*"] }] },
        },
      ],
      [
        "elasticstack:index/elasticsearchSecurityRole:ElasticsearchSecurityRole",
        (provider) =>
          new elasticstack.ElasticsearchSecurityRole(
            "r",
            {
              name: "viewer",
              clusters: ["monitor"],
              indices: [{ names: ["planner-*"], privileges: ["read"], fieldSecurity: { grants: ["*"] } }],
              remoteIndices: [{ clusters: ["m1"], names: ["planner-*"], privileges: ["read"] }],
            },
            { provider },
          ),
        {
          name: "viewer",
          clusters: ["monitor"],
          indices: [{ names: ["planner-*"], privileges: ["read"], fieldSecurity: { grants: ["*"] } }],
          remoteIndices: [{ clusters: ["m1"], names: ["planner-*"], privileges: ["read"] }],
        },
      ],
      [
        "elasticstack:index/elasticsearchSecurityUser:ElasticsearchSecurityUser",
        (provider) =>
          new elasticstack.ElasticsearchSecurityUser(
            "u",
            { username: "viewer", roles: ["viewer"], fullName: "Viewer" },
            { provider },
          ),
        { username: "viewer", roles: ["viewer"], fullName: "Viewer" },
      ],
      [
        "elasticstack:index/elasticsearchClusterSettings:ElasticsearchClusterSettings",
        (provider) =>
          new elasticstack.ElasticsearchClusterSettings(
            "cs",
            { persistent: { settings: [{ name: "cluster.remote.m1.mode", value: "proxy" }] } },
            { provider },
          ),
        { persistent: { settings: [{ name: "cluster.remote.m1.mode", value: "proxy" }] } },
      ],
      [
        "elasticstack:index/elasticsearchCcrAutoFollowPattern:ElasticsearchCcrAutoFollowPattern",
        (provider) =>
          new elasticstack.ElasticsearchCcrAutoFollowPattern(
            "afp",
            {
              name: "m1",
              remoteCluster: "m1",
              leaderIndexPatterns: ["planner-*"],
              followIndexPattern: "{{leader_index}}",
            },
            { provider },
          ),
        {
          name: "m1",
          remoteCluster: "m1",
          leaderIndexPatterns: ["planner-*"],
          followIndexPattern: "{{leader_index}}",
        },
      ],
      [
        "elasticstack:index/elasticsearchCcrFollowerIndex:ElasticsearchCcrFollowerIndex",
        (provider) =>
          new elasticstack.ElasticsearchCcrFollowerIndex(
            "fi",
            { name: "planner-copy", remoteCluster: "m1", leaderIndex: "planner-v1" },
            { provider },
          ),
        { name: "planner-copy", remoteCluster: "m1", leaderIndex: "planner-v1" },
      ],
      [
        "elasticstack:index/elasticsearchIndexLifecycle:ElasticsearchIndexLifecycle",
        (provider) =>
          new elasticstack.ElasticsearchIndexLifecycle(
            "ilm",
            { name: "keep-90d", delete: { minAge: "90d", delete: { deleteSearchableSnapshot: true } } },
            { provider },
          ),
        { name: "keep-90d", delete: { minAge: "90d", delete: { deleteSearchableSnapshot: true } } },
      ],
      [
        "elasticstack:index/kibanaSpace:KibanaSpace",
        (provider) =>
          new elasticstack.KibanaSpace("s", { spaceId: "migration", name: "Migration" }, { provider }),
        { spaceId: "migration", name: "Migration" },
      ],
      [
        "elasticstack:index/kibanaDataView:KibanaDataView",
        (provider) =>
          new elasticstack.KibanaDataView(
            "dv",
            { spaceId: "migration", dataView: { title: "planner-*", timeFieldName: "@timestamp" } },
            { provider },
          ),
        { spaceId: "migration", dataView: { title: "planner-*", timeFieldName: "@timestamp" } },
      ],
      [
        "elasticstack:index/kibanaImportSavedObjects:KibanaImportSavedObjects",
        (provider) =>
          new elasticstack.KibanaImportSavedObjects(
            "so",
            { spaceId: "migration", fileContents: "{}\n", overwrite: true },
            { provider },
          ),
        { spaceId: "migration", fileContents: "{}\n", overwrite: true },
      ],
      [
        "elasticstack:index/kibanaSecurityRole:KibanaSecurityRole",
        (provider) =>
          new elasticstack.KibanaSecurityRole(
            "kr",
            {
              name: "viewer",
              elasticsearch: {
                clusters: ["monitor"],
                indices: [{ names: ["planner-*"], privileges: ["read"] }],
              },
              kibanas: [{ spaces: ["migration"], bases: ["read"] }],
            },
            { provider },
          ),
        {
          name: "viewer",
          elasticsearch: { clusters: ["monitor"], indices: [{ names: ["planner-*"], privileges: ["read"] }] },
          kibanas: [{ spaces: ["migration"], bases: ["read"] }],
        },
      ],
    ];
    const { resources } = await runUnderMocks(MOCKS, () => {
      const provider = new elasticstack.Provider("es", {
        elasticsearches: [{ endpoints: ["https://es:9200"] }],
      });
      for (const [, make] of cases) make(provider);
    });
    const providerUrn = only(resources, "pulumi:providers:elasticstack").urn;
    for (const [token, , inputs] of cases) {
      const r = only(resources, token);
      assert.equal(r.custom, true, token);
      assert.equal(r.provider, providerUrn, `${token} must use the explicit provider`);
      const recorded = plainValue<Record<string, unknown>>(r.inputs);
      for (const [key, value] of Object.entries(inputs))
        assert.deepEqual(recorded[key], value, `${token}.${key}`);
    }
    assert.equal(resources.length, cases.length + 1);
  });

  it("marks the schema's secret inputs as secret and asks the engine to keep secret outputs secret", async () => {
    // The mock monitor does not apply additionalSecretOutputs (a real engine does), so capture what the SDK asks for.
    const requested = new Map<string, string[]>();
    const packageRefs = new Map<string, string>();
    const { resources, outputs } = await runUnderMocks(MOCKS, () => {
      const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: RegisterFn };
      const original = monitor.registerResource.bind(monitor);
      monitor.registerResource = (req, cb) => {
        requested.set(req.getType(), req.getAdditionalsecretoutputsList());
        packageRefs.set(req.getType(), req.getPackageref());
        original(req, cb);
      };
      const provider = new elasticstack.Provider("es", {});
      const user = new elasticstack.ElasticsearchSecurityUser(
        "u",
        { username: "svc", roles: ["r"], password: "s3cret" },
        { provider },
      );
      new elasticstack.ElasticsearchSecurityApiKey("k", { name: "k" }, { provider });
      new elasticstack.ElasticsearchIndex("i", { name: "i" }, { provider });
      return { password: user.password, username: user.username };
    });
    const user = only(resources, "elasticstack:index/elasticsearchSecurityUser:ElasticsearchSecurityUser");
    assert.equal(isSecretValue(user.inputs.password), true);
    assert.equal(plainValue(user.inputs.password), "s3cret");
    assert.equal(isSecretValue(user.inputs.username), false);
    assert.equal(isSecretValue(outputs.password), true);
    assert.equal(isSecretValue(outputs.username), false);
    assert.deepEqual(
      requested.get("elasticstack:index/elasticsearchSecurityUser:ElasticsearchSecurityUser"),
      ["password", "passwordHash", "passwordWo"],
    );
    assert.deepEqual(
      requested.get("elasticstack:index/elasticsearchSecurityApiKey:ElasticsearchSecurityApiKey"),
      ["apiKey", "encoded"],
    );
    assert.deepEqual(requested.get("elasticstack:index/elasticsearchIndex:ElasticsearchIndex"), []);
    // Every registration, the provider's included, carries the parameterized package's ref.
    assert.equal(packageRefs.size, 4);
    for (const [type, ref] of packageRefs) assert.equal(ref, "mock-uuid", type);
  });

  it("fails before registration when a required input is missing", async () => {
    await assert.rejects(
      runUnderMocks(MOCKS, () => {
        new elasticstack.ElasticsearchIngestPipeline("p", {} as elasticstack.ElasticsearchIngestPipelineArgs);
      }),
      /Missing required property 'processors'/,
    );
  });

  it("registers the parameterized package with the monitor and returns its ref", async () => {
    await runUnderMocks(MOCKS, async () => {
      // The SDK's mock monitor answers RegisterPackage with a fixed ref; a real engine answers with a UUID.
      assert.equal(await getPackage(), "mock-uuid");
    });
  });

  it("declares the same parameterized package as Pulumi.yaml", () => {
    const project = parse(fs.readFileSync(path.join(SDK_DIR, "..", "..", "Pulumi.yaml"), "utf8")) as {
      packages: Record<string, { source: string; version: string; parameters: string[] }>;
    };
    const declared = project.packages.elasticstack;
    const pkg = JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8")) as {
      name: string;
      version: string;
      pulumi: {
        resource: boolean;
        name: string;
        version: string;
        parameterization: { name: string; version: string; value: string };
      };
    };
    const [providerAddress, providerVersion] = declared.parameters;
    assert.equal(pkg.name, "@pulumi/elasticstack");
    assert.equal(pkg.pulumi.resource, true);
    assert.equal(pkg.pulumi.name, declared.source);
    assert.equal(pkg.pulumi.version, declared.version);
    assert.equal(pkg.pulumi.parameterization.name, "elasticstack");
    assert.equal(pkg.pulumi.parameterization.version, providerVersion);
    assert.equal(pkg.version, providerVersion);
    // The bridge's parameter value: the provider's registry address and exact version, base64-encoded JSON.
    const value = JSON.parse(Buffer.from(pkg.pulumi.parameterization.value, "base64").toString("utf8"));
    assert.deepEqual(value, {
      remote: { url: `registry.opentofu.org/${providerAddress}`, version: providerVersion },
    });
    // utilities.ts registers the package with the same identity (compared without Prettier's line breaks).
    const utilities = fs.readFileSync(path.join(SDK_DIR, "utilities.ts"), "utf8").replace(/:\s+/g, ": ");
    for (const expected of [
      `baseProviderName: "${declared.source}"`,
      `baseProviderVersion: "${declared.version}"`,
      `packageName: "elasticstack"`,
      `packageVersion: "${providerVersion}"`,
      `base64Parameter: "${pkg.pulumi.parameterization.value}"`,
    ]) {
      assert.ok(utilities.includes(expected), `utilities.ts lacks ${expected}`);
    }
  });
});

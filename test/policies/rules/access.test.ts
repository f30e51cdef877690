/**
 * What roles and API keys let their holders do: viewers read anonymised indices and dashboards only; writers cannot
 * take the anonymisation away; cross-cluster keys are read under the names the bridged SDK really sends. Each
 * policy is called with `@pulumi/policy`'s own argument types; the good form passes and each bad form is refused.
 */
import * as assert from "node:assert/strict";
import { buildElasticsearchRole, buildKibanaRole } from "../../../components/viewer-access/build";
import { collectorRoleDescriptors } from "../../../components/collectors/elastic";
import { connectorServiceRoleDescriptors } from "../../../components/planner-connector/elastic";
import { overviewDashboard } from "../../../dashboards";
import { viewersReadAnonymisedOnly, writersCannotChangeAnonymisation } from "../../../policies/rules/access";
import {
  crossClusterKeysHideIdentifiers,
  replicationFromAnonymisedLeaders,
} from "../../../policies/rules/replication";
import { policyResource, stackViolations, type TestResource } from "../../support/policyArgs";
import { connectorProps, INDEX, pipelineProps, T, templateProps } from "./fixtures";

const ROLE = "elasticstack:index/elasticsearchSecurityRole:ElasticsearchSecurityRole";
const KIBANA_ROLE = "elasticstack:index/kibanaSecurityRole:KibanaSecurityRole";

/** The anonymised planner index: its template and pipeline, and the connector that writes it. */
const anonymised = (): TestResource[] => [
  policyResource(T.pipeline, pipelineProps(), { name: "pipeline" }),
  policyResource(T.template, templateProps(), { name: "template" }),
  policyResource(T.connector, connectorProps(), { name: "connector" }),
];

const viewerRole = (mutate: (r: ReturnType<typeof buildElasticsearchRole>) => void = () => undefined) => {
  const role = structuredClone(buildElasticsearchRole("am-viewer-data", [overviewDashboard({})], false));
  mutate(role);
  return policyResource(ROLE, role as unknown as Record<string, unknown>, { name: "viewer" });
};
const kibanaRole = (mutate: (r: ReturnType<typeof buildKibanaRole>) => void = () => undefined) => {
  const role = structuredClone(buildKibanaRole("am-viewer-kibana", "assisted-migration", 9));
  mutate(role);
  return policyResource(KIBANA_ROLE, role as unknown as Record<string, unknown>, { name: "viewer-kibana" });
};

describe("policy viewers-read-anonymised-only", () => {
  const run = (...rs: TestResource[]) =>
    stackViolations(viewersReadAnonymisedOnly("mandatory"), [...anonymised(), ...rs]);

  it("passes the program's viewer roles", async () => {
    assert.deepEqual(await run(viewerRole(), kibanaRole()), []);
  });

  it("refuses a viewer role that reads every index", async () => {
    const vs = await run(
      viewerRole((r) =>
        r.indices.push({ names: ["*"], privileges: ["read"], allowRestrictedIndices: false }),
      ),
    );
    assert.deepEqual(vs, ['ElasticsearchSecurityRole "viewer" indices[1] reads "*": every index.']);
  });

  it("refuses a viewer role that reads the connector's system indices (its sync rules hold the key)", async () => {
    const vs = await run(viewerRole((r) => r.indices[0].names.push(".elastic-connectors*")));
    assert.match(vs.join("\n"), /indices\[0\] reads "\.elastic-connectors\*": a system index/);
  });

  it("refuses a viewer role over an index no anonymisation covers, and restricted indices", async () => {
    const vs = await run(
      viewerRole((r) => {
        r.indices.push({ names: ["planner-raw"], privileges: ["read"], allowRestrictedIndices: false });
        (r.indices[0] as unknown as Record<string, unknown>).allowRestrictedIndices = true;
      }),
    );
    assert.ok(
      vs.includes(
        'ElasticsearchSecurityRole "viewer" indices[0] reads restricted indices (allow_restricted_indices).',
      ),
      vs.join("\n"),
    );
    assert.ok(
      vs.some((v) => /indices\[1\] reads "planner-raw", which is not anonymised: no index template/.test(v)),
      vs.join("\n"),
    );
  });

  it("refuses Discover, a base privilege, all spaces and write access to dashboards", async () => {
    const vs = await run(
      kibanaRole((r) => {
        const k = r.kibanas[0] as unknown as {
          spaces: string[];
          bases: string[];
          features: { name: string; privileges: string[] }[];
        };
        k.features.push({ name: "discover_v2", privileges: ["read"] });
        k.features[0].privileges = ["all"];
        k.bases.push("read");
        k.spaces.push("*");
      }),
    );
    assert.deepEqual(vs, [
      'KibanaSecurityRole "viewer-kibana" kibana[0] grants the base privilege(s) read: every feature, Discover included.',
      'KibanaSecurityRole "viewer-kibana" kibana[0] applies to every space (*).',
      'KibanaSecurityRole "viewer-kibana" kibana[0] grants "dashboard_v2" with all: viewers may only read dashboards.',
      'KibanaSecurityRole "viewer-kibana" kibana[0] grants the Kibana feature "discover_v2": viewers get dashboards only (Discover would list single documents).',
    ]);
  });

  it("reads a Kibana role's own Elasticsearch index privileges too", async () => {
    const vs = await run(
      kibanaRole((r) => {
        (r.elasticsearch as Record<string, unknown>).indices = [
          { names: [".elastic-connectors*"], privileges: ["read"] },
        ];
      }),
    );
    assert.match(vs.join("\n"), /elasticsearch\.indices\[0\] reads "\.elastic-connectors\*": a system index/);
  });

  it("lets the connector service key read its own bookkeeping indices (Elastic's documented key)", async () => {
    const key = policyResource(T.apiKey, {
      name: "svc",
      roleDescriptors: JSON.stringify(connectorServiceRoleDescriptors(INDEX)),
    });
    assert.deepEqual(await run(key), []);
  });
});

describe("policy writers-cannot-change-anonymisation", () => {
  const collectorKey = (mutate: (privileges: string[], cluster: string[]) => void = () => undefined) => {
    const d = collectorRoleDescriptors(INDEX);
    const writer = d["am-collector-writer"] as { cluster: string[]; indices: { privileges: string[] }[] };
    mutate(writer.indices[0].privileges, writer.cluster);
    return policyResource(
      T.apiKey,
      { name: "collector", roleDescriptors: JSON.stringify(d) },
      { name: "collector-key" },
    );
  };
  const run = (...rs: TestResource[]) =>
    stackViolations(writersCannotChangeAnonymisation("mandatory"), [...anonymised(), ...rs]);

  it("passes the collector's key and the connector service's documented key", async () => {
    const svc = policyResource(T.apiKey, {
      name: "svc",
      roleDescriptors: JSON.stringify(connectorServiceRoleDescriptors(INDEX)),
    });
    assert.deepEqual(await run(collectorKey(), svc), []);
  });

  it("refuses manage on the index a key writes: it could unset index.final_pipeline", async () => {
    assert.deepEqual(await run(collectorKey((p) => p.push("manage"))), [
      'ElasticsearchSecurityApiKey "collector-key" role descriptor "am-collector-writer" indices[0] writes "am-planner*" and holds manage: it could unset index.final_pipeline (or create the index without it).',
    ]);
  });

  it("refuses create_index (explicit creation overrides the template's settings) and all", async () => {
    const vs = await run(collectorKey((p) => p.push("create_index", "all")));
    assert.match(vs[0], /holds create_index, all: it could unset index\.final_pipeline/);
  });

  it("refuses cluster privileges over templates and pipelines for a writer", async () => {
    const vs = await run(collectorKey((_p, c) => c.push("manage_index_templates", "manage_pipeline")));
    assert.deepEqual(vs, [
      'ElasticsearchSecurityApiKey "collector-key" writes documents and holds the cluster privilege(s) manage_index_templates, manage_pipeline: it could rewrite the template or pipeline that anonymises them.',
    ]);
  });

  it("reads roles as well as keys", async () => {
    const role = policyResource(
      ROLE,
      {
        name: "w",
        clusters: ["manage"],
        indices: [{ names: ["am-installations"], privileges: ["index", "manage"] }],
      },
      { name: "writer-role" },
    );
    const vs = await run(role);
    assert.equal(vs.length, 2, vs.join("\n"));
  });
});

describe("policy cross-cluster-keys-hide-identifiers, under the SDK's names", () => {
  const key = (access: unknown) =>
    policyResource(T.apiKey, { name: "ccs", type: "cross_cluster", access }, { name: "ccs-key" });
  const run = (r: TestResource) => stackViolations(crossClusterKeysHideIdentifiers("mandatory"), [r]);

  it("checks access.searches (the bridged name) with fieldSecurity sent as JSON", async () => {
    const vs = await run(
      key({ searches: [{ names: ["am-planner"], fieldSecurity: JSON.stringify({ grant: ["*"] }) }] }),
    );
    assert.equal(vs.length, 1, vs.join("\n"));
    assert.match(vs[0], /access\.searches\[0\] grants identifier field\(s\) /);
  });

  it("refuses a search entry without field security, over every index or with restricted indices", async () => {
    const vs = await run(key({ searches: [{ names: ["*"], allowRestrictedIndices: true }] }));
    assert.deepEqual(vs, [
      'ElasticsearchSecurityApiKey "ccs-key" access.searches[0] allows restricted indices.',
      'ElasticsearchSecurityApiKey "ccs-key" access.searches[0] searches every index or a system index.',
      'ElasticsearchSecurityApiKey "ccs-key" access.searches[0] has no field_security: every field, pseudonyms included, is searchable remotely.',
    ]);
  });

  it("passes replication-only access (the program's key)", async () => {
    assert.deepEqual(await run(key({ replications: [{ names: ["am-planner"] }] })), []);
  });
});

describe("policy replication-from-anonymised-leaders with a leader pattern", () => {
  it("does not crash on a leader given by pattern, and judges the pattern", async () => {
    const follow = policyResource(
      "elasticstack:index/elasticsearchCcrAutoFollowPattern:ElasticsearchCcrAutoFollowPattern",
      {
        name: "af",
        remoteCluster: "migration-prod",
        leaderIndexPatterns: ["am-planner-*"],
      },
    );
    const policy = replicationFromAnonymisedLeaders("mandatory");
    const declared = [{ cluster: "migration-prod", indices: ["am-planner-*"], model: "planner" }];
    assert.deepEqual(await stackViolations(policy, [follow], { anonymisedLeaders: declared }), []);
    // A config whose leader has no index (what a pattern-only leader used to produce): refused, not a crash.
    const broken = [{ cluster: "migration-prod", indices: [undefined], model: "planner" }];
    assert.equal((await stackViolations(policy, [follow], { anonymisedLeaders: broken })).length, 1);
  });
});

/**
 * Replication as shipped must be able to connect. Facts it rests on: ECK points the remote cluster client at the
 * transport CA bundle (which merges `transport.tls.certificateAuthorities`) only for remotes it manages itself
 * (cloud-on-k8s v3.5.0 pkg/controller/elasticsearch/settings/merged_config.go, `remoteClusterClientEnabled` from
 * `spec.remoteClusters[].apiKey`); a keystore or trusted-CA change rolls every node; the leader's remote cluster
 * server presents a certificate of its transport CA (merged_config.go, remote_cluster_server.ssl.*).
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { leaderRole } from "../../../components/ccr-link/build";
import { ConfigError, parseStackConfig } from "../../../infra/config/load";
import { replicationPairProblems } from "../../../infra/config/pairs";
import type { ParsedConfig } from "../../../infra/config/schema";
import { plainValue, ProgramError, type RecordedResource } from "../../../infra/engine/mockEngine";
import { loadStackFile, stackFilePath } from "../../../infra/synth/stackFile";
import { REPO_ROOT, runStack, setPath, stackConfig } from "../../support/stacks";

const STACKS = ["local", "dev", "stage", "prod"];

function parsed(stack: string, mutate = (c: ReturnType<typeof stackConfig>) => c): ParsedConfig {
  const loaded = mutate(loadStackFile(stackFilePath(REPO_ROOT, stack), {}));
  const secret = new Set(loaded.secretKeys);
  return parseStackConfig(path.basename(stackFilePath(REPO_ROOT, stack)), loaded.config, (k) =>
    secret.has(k),
  );
}

describe("replication pairs", () => {
  it("no shipped stack file declares a link its leader cannot serve", () => {
    const all = Object.fromEntries(STACKS.map((s) => [s, parsed(s)]));
    assert.deepEqual(replicationPairProblems(all), []);
  });

  it("refuses a certificate-model link to a leader of this repository, and one to a leader that exposes nothing", () => {
    const follower = parsed("prod", (c) =>
      setPath(
        setPath(
          c,
          "replication",
          ["leader", "elasticsearchUrl"],
          "https://am-dashboard-es.apps.dev.example.internal",
        ),
        "replication",
        ["securityModel"],
        "certificate",
      ),
    );
    const problems = replicationPairProblems({ dev: parsed("dev"), prod: follower }).map((p) => p.problem);
    assert.ok(
      problems.some((p) =>
        /securityModel "certificate": a leader stack of this repository serves only/.test(p),
      ),
    );
    assert.ok(problems.some((p) => /dev declares no replicationLeader/.test(p)));
    assert.ok(
      problems.some((p) => /leader\.licence is "enterprise" but dev declares licence "basic"/.test(p)),
    );
  });

  it("an API-key link needs the leader's transport CA, naming the key", async () => {
    const loaded = setPath(stackConfig("prod"), "replication", ["leader", "remoteClusterCa"], undefined);
    const err = await runStack("prod", loaded).then(
      () => assert.fail("accepted"),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ProgramError && err.cause instanceof ConfigError);
    assert.match(
      err.cause.message,
      /replication\.leader\.remoteClusterCa: found nothing; allowed: exactly one of pem or secret/,
    );
  });
});

describe("prod's follower trusts and reaches its leader without racing a restart", () => {
  let rs: RecordedResource[];
  before(async () => {
    rs = (await runStack("prod")).resources;
  });
  const byType = (t: string) => rs.filter((r) => r.type === t);
  const es = () => byType("kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch")[0];

  it("reads the leader's transport CA on the leader's cluster and trusts it on the transport layer", () => {
    const read = rs.find((r) => r.read && r.type === "kubernetes:core/v1:Secret");
    assert.equal(read?.id, "assisted-migration-dashboard/am-dashboard-es-transport-certs-public");
    const spec = plainValue(es().inputs) as { spec: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(spec.spec.transport.tls.certificateAuthorities.configMapName, "am-remote-migration-prod-ca");
    for (const set of spec.spec.nodeSets)
      assert.deepEqual(set.config["xpack.security.remote_cluster_client.ssl.certificate_authorities"], [
        "/usr/share/elasticsearch/config/transport-certs/ca.crt",
      ]);
  });

  it("creates the keystore Secret and the CA ConfigMap before the follower's nodes first start", () => {
    const keystore = byType("kubernetes:core/v1:Secret").find((r) =>
      r.name.endsWith("ccr-credentials-keystore"),
    );
    const ca = byType("kubernetes:core/v1:ConfigMap").find((r) =>
      r.name.endsWith("ccr-credentials-leader-ca"),
    );
    assert.ok(keystore && ca);
    assert.ok(
      es().dependencies.includes(keystore.urn),
      "Elasticsearch does not wait for the keystore Secret",
    );
    assert.ok(es().dependencies.includes(ca.urn), "Elasticsearch does not wait for the CA ConfigMap");
  });
});

describe("the leader role of the certificate model", () => {
  it("grants monitor, read and the retention-lease actions, never manage", () => {
    const role = leaderRole([
      { index: "am-planner", model: "planner", classificationRevision: 1, anonymisedAtSource: true },
    ]);
    const privileges = role.indices![0].privileges;
    assert.ok(!privileges.includes("manage"));
    assert.deepEqual(privileges, [
      "monitor",
      "read",
      "indices:admin/seq_no/add_retention_lease",
      "indices:admin/seq_no/renew_retention_lease",
      "indices:admin/seq_no/remove_retention_lease",
    ]);
  });
});

/**
 * The schemas engine copies real upstream CRDs: each file it names must be a CustomResourceDefinition of the group
 * and kind the program relies on (a wrong path or a renamed upstream file fails here, not in a preview).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import YAML from "yaml";
import { schemaPaths } from "../../engines/schemas";

function crds(file: string): Array<{ group: string; kind: string }> {
  return YAML.parseAllDocuments(fs.readFileSync(file, "utf8"))
    .map((d) => d.toJS() as { kind?: string; spec?: { group: string; names: { kind: string } } } | null)
    .filter((d) => d?.kind === "CustomResourceDefinition")
    .map((d) => ({ group: d!.spec!.group, kind: d!.spec!.names.kind }));
}

describe("engines: schemas (CRDs from their Go modules)", () => {
  const paths = schemaPaths();

  it("holds every ECK CRD in all-crds.yaml, the Route CRD and the four OLM CRDs", () => {
    const eck = crds(paths.eckAllCrds).map((c) => c.kind);
    for (const kind of ["Elasticsearch", "Kibana", "Beat", "Logstash", "Agent"])
      assert.ok(eck.includes(kind), kind);
    assert.deepEqual(crds(paths.route), [{ group: "route.openshift.io", kind: "Route" }]);
    assert.deepEqual(Object.values(paths.olm).flatMap(crds), [
      { group: "operators.coreos.com", kind: "Subscription" },
      { group: "operators.coreos.com", kind: "OperatorGroup" },
      { group: "operators.coreos.com", kind: "ClusterServiceVersion" },
      { group: "operators.coreos.com", kind: "InstallPlan" },
    ]);
  });

  it("keeps the per-kind ECK CRDs in the layout infra/validation reads", () => {
    assert.deepEqual(crds(paths.eckCrd("kibana.k8s.elastic.co_kibanas")), [
      { group: "kibana.k8s.elastic.co", kind: "Kibana" },
    ]);
    assert.equal(paths.controlPlaneCrds.length, 6);
    for (const f of paths.controlPlaneCrds) assert.ok(fs.statSync(f).size > 0, f);
  });
});

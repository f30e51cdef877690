import assert from "node:assert/strict";
import { dashboardFields } from "../../../anonymisation/model";
import { installationCells } from "../../../anonymisation/assisted-installer/cells";
import { keyEpochMetadata } from "../../../anonymisation/metadata/keyEpoch";
import { plannerDocument } from "../../../anonymisation/planner/document";
import { buildElasticsearchRole, buildKibanaRole } from "../../../components/viewer-access/build";
import { allDashboards, type AnyDashboard } from "../../../dashboards";

const dashboards = allDashboards({ installationsIndexPattern: "am-installations*" });

describe("dashboards component builders (viewer-access)", () => {
  it("grants read + view_index_metadata on the anonymised indices, with FLS only when licensed", () => {
    const plain = buildElasticsearchRole("viewer-data", dashboards, false);
    assert.deepEqual(plain, {
      name: "viewer-data",
      clusters: [],
      indices: [
        {
          names: ["am-installations*"],
          privileges: ["read", "view_index_metadata"],
          allowRestrictedIndices: false,
        },
        // The key-epoch markers: program metadata (keyEpochMetadata), no customer data.
        {
          names: ["am-key-epochs"],
          privileges: ["read", "view_index_metadata"],
          allowRestrictedIndices: false,
        },
        {
          names: ["am-planner*"],
          privileges: ["read", "view_index_metadata"],
          allowRestrictedIndices: false,
        },
      ],
    });
    const fls = buildElasticsearchRole("viewer-data", dashboards, true);
    assert.deepEqual(fls.indices[0].fieldSecurity, { grants: dashboardFields(installationCells) });
    assert.deepEqual(fls.indices[1].fieldSecurity, { grants: dashboardFields(keyEpochMetadata) });
    assert.deepEqual(fls.indices[2].fieldSecurity, { grants: dashboardFields(plannerDocument) });
    assert.ok(!fls.indices[2].fieldSecurity!.grants.includes("org_ref"), "pseudonyms are not granted");
    const broad: AnyDashboard = {
      ...dashboards[0],
      dataView: { ...dashboards[0].dataView, indexPattern: "am-planner*,*" },
    };
    assert.throws(() => buildElasticsearchRole("r", [broad], false), /too broad/);
  });

  it("gives the Kibana role dashboard read in the dashboards space only", () => {
    assert.deepEqual(buildKibanaRole("viewer-kibana", "assisted-migration", 9), {
      name: "viewer-kibana",
      elasticsearch: { clusters: [] },
      kibanas: [
        {
          spaces: ["assisted-migration"],
          bases: [],
          features: [{ name: "dashboard_v2", privileges: ["read"] }],
        },
      ],
    });
    assert.equal(buildKibanaRole("r", "s", 8).kibanas[0].features[0].name, "dashboard");
  });
});

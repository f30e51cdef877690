/**
 * Compile-time tests, checked by the root `tsc --noEmit` (this file is in tsconfig's `include`, never run): the
 * forms policies viewers-read-anonymised-only and writers-cannot-change-anonymisation refuse cannot even be written
 * with the builders' types. Each `@ts-expect-error` line must be a type error, or tsc reports an unused directive.
 */
import { writerIndexGrant } from "../../../components/collectors/elastic";
import type { ElasticsearchRoleSpec, KibanaRoleSpec } from "../../../components/viewer-access/build";

// A writer's grant: writes and reads, nothing that changes settings.
export const writer = writerIndexGrant(["am-installations*"], ["auto_configure", "create_doc", "read"]);
// @ts-expect-error manage could unset index.final_pipeline
writerIndexGrant(["am-installations*"], ["create_doc", "manage"]);
// @ts-expect-error an explicit create-index request overrides the template's settings
writerIndexGrant(["am-installations*"], ["create_index"]);
// @ts-expect-error all includes manage
writerIndexGrant(["am-installations*"], ["all"]);

// A viewer's Kibana role: dashboards, read, one space, no base privilege.
export const viewer: KibanaRoleSpec = {
  name: "v",
  elasticsearch: { clusters: [] },
  kibanas: [
    { spaces: ["assisted-migration"], bases: [], features: [{ name: "dashboard_v2", privileges: ["read"] }] },
  ],
};
export const discover: KibanaRoleSpec = {
  name: "v",
  elasticsearch: { clusters: [] },
  // @ts-expect-error Discover lists single documents
  kibanas: [{ spaces: ["s"], bases: [], features: [{ name: "discover_v2", privileges: ["read"] }] }],
};
export const base: KibanaRoleSpec = {
  name: "v",
  elasticsearch: { clusters: [] },
  // @ts-expect-error a base privilege grants every feature
  kibanas: [{ spaces: ["s"], bases: ["read"], features: [] }],
};
export const allDashboards: KibanaRoleSpec = {
  name: "v",
  elasticsearch: { clusters: [] },
  // @ts-expect-error viewers read dashboards, they do not edit them
  kibanas: [{ spaces: ["s"], bases: [], features: [{ name: "dashboard_v2", privileges: ["all"] }] }],
};
export const writes: ElasticsearchRoleSpec = {
  name: "v",
  clusters: [],
  // @ts-expect-error a viewer's index privileges: read and view_index_metadata only
  indices: [{ names: ["x"], privileges: ["write"] }],
};

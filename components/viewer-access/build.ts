/**
 * Pure builders for the read-only viewer roles.
 *
 * - An Elasticsearch role that can only `read` + `view_index_metadata` the anonymised indices behind the
 *   dashboards' data views. With `fieldLevelSecurity` (Platinum or Enterprise licence, or a trial: research
 *   elastic.md §1.4, §3.5) it also grants only the fields the dashboards may show (kept / generalised), hiding
 *   pseudonyms such as `doc_id` from aggregations and `_source`. On a Basic licence Elasticsearch rejects a role
 *   with `field_security`, so the flag defaults to off; the indices hold no identifiers either way.
 * - A Kibana role with read access to dashboards in the dashboards space only: no Discover (which would show
 *   single documents), no Visualize library, no management.
 */
import { dashboardFields } from "../../anonymisation/model";
import type { AnyDashboard, AnyDataView } from "../../dashboards/language/types";
import { checkSpaceId, distinctDataViews } from "../kibana-dashboards/build";

/** What a viewer may do on an index: search it and read its field capabilities, nothing that writes or manages. */
export type ViewerIndexPrivilege = "read" | "view_index_metadata";

export interface IndexPrivilegeSpec {
  names: string[];
  privileges: ViewerIndexPrivilege[];
  /**
   * Always false, and said: the provider computes the attribute when it is left out, so a preview would not know it
   * and the pack's viewer policies could not decide until `up`.
   */
  allowRestrictedIndices: false;
  fieldSecurity?: { grants: string[] };
}

/** Kibana features a viewer may hold (dashboards, read only): Discover and the others are not representable. */
export type ViewerKibanaFeature = { name: "dashboard" | "dashboard_v2"; privileges: ["read"] };

/** Property names follow the bridged SDK (`clusters`, `grants`, `bases`: list attributes are pluralised). */
export interface ElasticsearchRoleSpec {
  name: string;
  clusters: string[];
  indices: IndexPrivilegeSpec[];
}

export interface KibanaRoleSpec {
  name: string;
  elasticsearch: { clusters: string[] };
  /** One named space, no base privilege (a base grants every feature, Discover included). */
  kibanas: { spaces: [string]; bases: []; features: ViewerKibanaFeature[] }[];
}

/** Index privileges a dashboard viewer needs: search and field capabilities, nothing that writes or manages. */
export const VIEWER_INDEX_PRIVILEGES: readonly ViewerIndexPrivilege[] = ["read", "view_index_metadata"];

/** Kibana feature ids of dashboards: versioned since 9.0 (`dashboard_v2`); 8.x still uses `dashboard`. */
export function dashboardFeature(kibanaMajor: 8 | 9): ViewerKibanaFeature["name"] {
  return kibanaMajor >= 9 ? "dashboard_v2" : "dashboard";
}

function checkRoleName(name: string): string {
  if (!/^[a-zA-Z0-9_.-]{1,507}$/.test(name)) {
    throw new Error(`role name "${name}" may only contain letters, digits, '_', '.' and '-'`);
  }
  return name;
}

/** One index entry per data view; its grant is the model's dashboard fields (what the dashboards can show). */
export function viewerIndexPrivileges(
  dataViews: readonly AnyDataView[],
  fieldLevelSecurity: boolean,
): IndexPrivilegeSpec[] {
  return dataViews.map((dv) => ({
    names: dv.indexPattern.split(",").map((p) => p.trim()),
    privileges: [...VIEWER_INDEX_PRIVILEGES],
    allowRestrictedIndices: false as const,
    ...(fieldLevelSecurity ? { fieldSecurity: { grants: dashboardFields(dv.model) } } : {}),
  }));
}

export function buildElasticsearchRole(
  name: string,
  dashboards: readonly AnyDashboard[],
  fieldLevelSecurity: boolean,
): ElasticsearchRoleSpec {
  const dataViews = distinctDataViews(dashboards);
  for (const dv of dataViews) {
    if (dv.indexPattern.split(",").some((p) => p.trim() === "*" || p.trim().startsWith("."))) {
      throw new Error(
        `data view "${dv.id}" index pattern "${dv.indexPattern}" is too broad for a viewer role`,
      );
    }
  }
  return {
    name: checkRoleName(name),
    clusters: [],
    indices: viewerIndexPrivileges(dataViews, fieldLevelSecurity),
  };
}

export function buildKibanaRole(name: string, spaceId: string, kibanaMajor: 8 | 9): KibanaRoleSpec {
  return {
    name: checkRoleName(name),
    elasticsearch: { clusters: [] },
    kibanas: [
      {
        spaces: [checkSpaceId(spaceId)],
        bases: [],
        features: [{ name: dashboardFeature(kibanaMajor), privileges: ["read"] }],
      },
    ],
  };
}

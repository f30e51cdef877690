/**
 * Pure builders for the dashboards component: the space, the data views and one saved-objects import per
 * dashboard, all derived from the typed dashboard definitions (dashboards/).
 */
import { dataViewAttributes, dashboardSavedObject, toNdjson } from "../../dashboards/compile/savedObjects";
import type { AnyDashboard, AnyDataView } from "../../dashboards/language/types";

export interface SpaceSpec {
  spaceId: string;
  name: string;
  description: string;
  disabledFeatures: string[];
  solution: "classic";
}

export interface DataViewSpec {
  spaceId: string;
  /** Replace a data view with the same id instead of failing: the id is ours, fixed by the code. */
  override: true;
  dataView: { id: string; title: string; name: string; timeFieldName: string };
}

export interface ImportSpec {
  spaceId: string;
  /** ndjson with the dashboard object only; its data view is managed as its own resource. */
  fileContents: string;
  /** Replace the dashboard of the same id, so a re-deploy updates rather than duplicates. */
  overwrite: true;
}

/** Kibana space ids: lower-case letters, digits, `_` and `-` (Spaces API). */
export function checkSpaceId(spaceId: string): string {
  if (!/^[a-z0-9_-]{1,100}$/.test(spaceId)) {
    throw new Error(`Kibana space id "${spaceId}" may only contain a-z, 0-9, '_' and '-'`);
  }
  return spaceId;
}

export function buildSpace(spaceId: string, name: string, disabledFeatures: string[] = []): SpaceSpec {
  return {
    spaceId: checkSpaceId(spaceId),
    name,
    description:
      "Anonymised, aggregated Assisted Migration dashboards. Managed by Pulumi: edits here are overwritten.",
    disabledFeatures: [...disabledFeatures].sort(),
    solution: "classic",
  };
}

/**
 * The distinct data views of the dashboards. Two dashboards may share a data view only if they declare it
 * identically; a conflicting redefinition of one id would make the last writer win silently, so it throws.
 */
export function distinctDataViews(dashboards: readonly AnyDashboard[]): AnyDataView[] {
  const byId = new Map<string, { dv: AnyDataView; key: string; owner: string }>();
  for (const d of dashboards)
    for (const dv of dashboardDataViews(d)) {
      const key = JSON.stringify(dataViewAttributes(dv)) + dv.model.name;
      const seen = byId.get(dv.id);
      if (seen && seen.key !== key) {
        throw new Error(
          `data view "${dv.id}" is declared differently by dashboards "${seen.owner}" and "${d.id}"; give one of them another id`,
        );
      }
      if (!seen) byId.set(dv.id, { dv, key, owner: d.id });
    }
  return [...byId.values()].map((v) => v.dv).sort((a, b) => a.id.localeCompare(b.id));
}

export function buildDataView(spaceId: string, dataView: AnyDataView): DataViewSpec {
  return { spaceId, override: true, dataView: { id: dataView.id, ...dataViewAttributes(dataView) } };
}

/** Every data view a dashboard reads: its own, then those of its annotation layers. */
export function dashboardDataViews(dashboard: AnyDashboard): AnyDataView[] {
  return [dashboard.dataView, ...(dashboard.annotations ?? []).map((a) => a.dataView)];
}

/** Validates and compiles one dashboard into the import of its saved object. */
export function buildImport(spaceId: string, dashboard: AnyDashboard): ImportSpec {
  return { spaceId, fileContents: toNdjson([dashboardSavedObject(dashboard)]), overwrite: true };
}

export interface DashboardsPlan {
  space: SpaceSpec;
  dataViews: DataViewSpec[];
  /** `dataViewIds`: every data view the import references, which must exist before it. */
  imports: { dashboardId: string; dataViewIds: string[]; spec: ImportSpec }[];
}

/** Everything the component creates, checked up front so a bad dashboard fails before any resource exists. */
export function planDashboards(
  spaceId: string,
  spaceName: string,
  dashboards: readonly AnyDashboard[],
  disabledFeatures?: string[],
): DashboardsPlan {
  if (dashboards.length === 0) throw new Error("the dashboards component needs at least one dashboard");
  const ids = dashboards.map((d) => d.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`dashboard id "${dup}" is used twice`);
  return {
    space: buildSpace(spaceId, spaceName, disabledFeatures),
    dataViews: distinctDataViews(dashboards).map((dv) => buildDataView(spaceId, dv)),
    imports: dashboards.map((d) => ({
      dashboardId: d.id,
      dataViewIds: [...new Set(dashboardDataViews(d).map((dv) => dv.id))],
      spec: buildImport(spaceId, d),
    })),
  };
}

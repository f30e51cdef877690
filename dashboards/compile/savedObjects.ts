/**
 * Pure compiler from typed dashboards to Kibana saved objects (8.x ndjson import format, research elastic.md §5.1):
 * an `index-pattern` object per data view and a `dashboard` object whose panels are Lens visualisations by value.
 * Ids derive from names, so the output is byte-for-byte deterministic and a re-import overwrites.
 */
import { renderKql, toQueryDsl } from "../language/kql";
import type { AnyDashboard, AnyDataView } from "../language/types";
import { validateDashboard } from "../validate";
import { stableUuid } from "./ids";
import { panelAnnotations } from "../language/panels";
import { annotationLayerRefName, layerRefName, lensAttributes } from "./lens";

/** Migration versions of the 8.x export the shapes follow; Kibana migrates newer-format objects up on import. */
export const CORE_MIGRATION_VERSION = "8.8.0";
export const DASHBOARD_MIGRATION_VERSION = "10.2.0";
export const DATA_VIEW_MIGRATION_VERSION = "8.0.0";

export interface SavedObjectReference {
  type: string;
  id: string;
  name: string;
}

export interface SavedObject<A extends object = object> {
  type: "index-pattern" | "dashboard";
  id: string;
  attributes: A;
  references: SavedObjectReference[];
  coreMigrationVersion: string;
  typeMigrationVersion: string;
}

/** Attributes of a data view saved object, also the body fields of `POST /api/data_views/data_view`. */
export interface DataViewAttributes {
  title: string;
  name: string;
  timeFieldName: string;
}

export interface DashboardAttributes {
  title: string;
  description: string;
  timeRestore: boolean;
  timeFrom: string;
  timeTo: string;
  refreshInterval: { pause: boolean; value: number };
  optionsJSON: string;
  kibanaSavedObjectMeta: { searchSourceJSON: string };
  panelsJSON: string;
}

export function dataViewAttributes(dataView: AnyDataView): DataViewAttributes {
  return { title: dataView.indexPattern, name: dataView.name, timeFieldName: dataView.timeField };
}

export function dataViewSavedObject(dataView: AnyDataView): SavedObject<DataViewAttributes> {
  return {
    type: "index-pattern",
    id: dataView.id,
    attributes: dataViewAttributes(dataView),
    references: [],
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: DATA_VIEW_MIGRATION_VERSION,
  };
}

/** Id of an annotation layer on a panel, derived from the dashboard id, the panel title and the layer's name. */
export function annotationLayerId(dashboardId: string, panelTitle: string, layerName: string): string {
  return stableUuid("annotations", dashboardId, panelTitle, layerName);
}

/** Ids of a panel and its single Lens layer, derived from the dashboard id and the panel title. */
export function panelIds(dashboardId: string, panelTitle: string): { panelIndex: string; layerId: string } {
  return {
    panelIndex: stableUuid("panel", dashboardId, panelTitle),
    layerId: stableUuid("layer", dashboardId, panelTitle),
  };
}

function filterRefName(i: number): string {
  return `kibanaSavedObjectMeta.searchSourceJSON.filter[${i}].meta.index`;
}

/** Validates and compiles a dashboard into its `dashboard` saved object. */
export function dashboardSavedObject(dashboard: AnyDashboard): SavedObject<DashboardAttributes> {
  validateDashboard(dashboard);
  const dv = dashboard.dataView;
  const references: SavedObjectReference[] = [];

  const filters = (dashboard.filters ?? []).map((f, i) => {
    references.push({ type: "index-pattern", id: dv.id, name: filterRefName(i) });
    const query = toQueryDsl(f.filter);
    return {
      meta: {
        alias: f.label,
        negate: false,
        disabled: false,
        type: "custom",
        key: "query",
        value: JSON.stringify(query),
        indexRefName: filterRefName(i),
      },
      query,
      $state: { store: "appState" },
    };
  });

  const panels = dashboard.panels.map((panel) => {
    const { panelIndex, layerId } = panelIds(dashboard.id, panel.title);
    references.push({ type: "index-pattern", id: dv.id, name: `${panelIndex}:${layerRefName(layerId)}` });
    const annotations = panelAnnotations(dashboard, panel).map((layer) => ({
      layerId: annotationLayerId(dashboard.id, panel.title, layer.name),
      layer,
    }));
    for (const a of annotations) {
      references.push({
        type: "index-pattern",
        id: a.layer.dataView.id,
        name: `${panelIndex}:${annotationLayerRefName(a.layerId)}`,
      });
    }
    return {
      type: "lens",
      panelIndex,
      gridData: { ...panel.grid, i: panelIndex },
      embeddableConfig: {
        attributes: lensAttributes(dv.model, dv.id, panel, layerId, annotations),
        enhancements: {},
      },
      title: panel.title,
    };
  });

  const timeRange = dashboard.timeRange ?? { from: "now-1y", to: "now" };
  return {
    type: "dashboard",
    id: dashboard.id,
    attributes: {
      title: dashboard.title,
      description: dashboard.description,
      timeRestore: true,
      timeFrom: timeRange.from,
      timeTo: timeRange.to,
      refreshInterval: { pause: true, value: 0 },
      optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, hidePanelTitles: false }),
      kibanaSavedObjectMeta: {
        searchSourceJSON: JSON.stringify({ query: { query: "", language: "kuery" }, filter: filters }),
      },
      panelsJSON: JSON.stringify(panels),
    },
    references,
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: DASHBOARD_MIGRATION_VERSION,
  };
}

/** One JSON object per line, newline-terminated: the `_import` file format. */
export function toNdjson(objects: readonly SavedObject[]): string {
  return objects.map((o) => JSON.stringify(o)).join("\n") + "\n";
}

/**
 * A self-contained import file: the data view, those of its annotation layers, then the dashboard (for manual
 * import and the golden files).
 */
export function dashboardNdjson(dashboard: AnyDashboard): string {
  const views = [dashboard.dataView, ...(dashboard.annotations ?? []).map((a) => a.dataView)];
  const distinct = views.filter((v, i) => views.findIndex((w) => w.id === v.id) === i);
  return toNdjson([...distinct.map(dataViewSavedObject), dashboardSavedObject(dashboard)]);
}

/** The KQL a dashboard's filters amount to, for people reading the preview. */
export function dashboardFilterKql(dashboard: AnyDashboard): string[] {
  return (dashboard.filters ?? []).map((f) => renderKql(f.filter));
}

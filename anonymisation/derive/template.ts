/**
 * The composable index template for a document model: strict mappings plus `index.final_pipeline`, so the index is
 * created with both whoever creates it first (the connector creates indices with a bare `indices.create`).
 */
import type { estypes } from "@elastic/elasticsearch";
import type { DocumentModel } from "../model";
import { indexMappings } from "./mappings";

export interface IndexTemplateOptions {
  name: string;
  indexPatterns: string[];
  /** The anonymisation pipeline; runs last on every write, whatever pipeline the writer requested. */
  finalPipelineName: string;
  priority?: number;
  /** Further index settings (replicas, refresh interval...). May not set the final or default pipeline. */
  settings?: estypes.IndicesIndexSettings;
}

const PIPELINE_SETTINGS = ["final_pipeline", "default_pipeline"];

function pipelineSettingsIn(settings: estypes.IndicesIndexSettings): string[] {
  const flat = Object.keys(settings).filter((k) =>
    PIPELINE_SETTINGS.some((p) => k === p || k === `index.${p}`),
  );
  const nested = Object.keys(settings.index ?? {}).filter((k) => PIPELINE_SETTINGS.includes(k));
  return [...flat, ...nested.map((k) => `index.${k}`)];
}

/** `PUT _index_template/<name>` request derived from `model`. */
export function indexTemplate(
  model: DocumentModel,
  options: IndexTemplateOptions,
): estypes.IndicesPutIndexTemplateRequest {
  if (options.indexPatterns.length === 0)
    throw new Error(`index template ${options.name} needs index patterns`);
  const settings = options.settings ?? {};
  const clash = pipelineSettingsIn(settings);
  if (clash.length > 0) {
    throw new Error(
      `index template ${options.name}: settings may not set ${clash.join(", ")}; the anonymisation pipeline is the final pipeline`,
    );
  }
  return {
    name: options.name,
    index_patterns: options.indexPatterns,
    priority: options.priority ?? 200,
    version: model.revision,
    _meta: { model: model.name, revision: model.revision },
    template: {
      settings: {
        ...settings,
        index: { ...(settings.index ?? {}), final_pipeline: options.finalPipelineName },
      },
      mappings: indexMappings(model),
    },
  };
}

/**
 * Index mappings derived from a document model: one explicit property per stored field, nothing else.
 *
 * `dynamic: "strict"` rather than `false`: with `false` Elasticsearch still keeps an unmapped field in `_source`
 * (it is only left unindexed), so a field that slipped past the pipeline would be readable in Discover. `strict`
 * rejects the whole document instead, which is the failure we want: loud, and nothing unclassified is stored.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { DocumentModel, EsFieldType } from "../model";
import { storedFields } from "../model";

/**
 * The connector's per-document sync timestamp. Not a model field, but the connector needs it back from the index
 * to decide which documents changed, so the pipeline keeps it and the mapping declares it.
 */
export const TIMESTAMP_FIELD = "_timestamp";

function property(type: EsFieldType): estypes.MappingProperty {
  switch (type) {
    case "keyword":
      return { type: "keyword" };
    case "long":
      return { type: "long" };
    case "double":
      return { type: "double" };
    case "boolean":
      return { type: "boolean" };
    case "date":
      return { type: "date" };
  }
}

/** Fields the index stores: the model's stored fields plus `_timestamp`, sorted. */
export function indexedFieldNames(model: DocumentModel): string[] {
  return [...storedFields(model), TIMESTAMP_FIELD].sort();
}

/** Strict mappings covering exactly the stored fields of `model` (dropped fields are absent) and `_timestamp`. */
export function indexMappings(model: DocumentModel): estypes.MappingTypeMapping {
  const properties: Record<string, estypes.MappingProperty> = {};
  for (const name of storedFields(model)) {
    if (name === TIMESTAMP_FIELD) {
      throw new Error(
        `model "${model.name}" declares "${TIMESTAMP_FIELD}", which is reserved for the connector`,
      );
    }
    properties[name] = property(model.fields[name].type);
  }
  properties[TIMESTAMP_FIELD] = { type: "date" };
  return {
    dynamic: "strict",
    _meta: { model: model.name, revision: model.revision },
    properties,
  };
}

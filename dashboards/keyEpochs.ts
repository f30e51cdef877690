/**
 * The key-epoch markers: where a pseudonymisation key changed (components/generated-secrets/keyEpoch.ts writes one
 * record per generation into `am-key-epochs`), series built on pseudonyms do not continue across the line, so
 * dashboards over pseudonymised documents draw these records as an annotation layer.
 */
import { KEY_EPOCH_INDEX, keyEpochMetadata } from "../anonymisation/metadata/keyEpoch";
import { defineAnnotationLayer, defineDataView, type AnnotationLayer } from "./language/types";

export const KEY_EPOCHS_DATA_VIEW_ID = "am-key-epochs";

export const keyEpochsDataView = defineDataView(keyEpochMetadata, {
  id: KEY_EPOCHS_DATA_VIEW_ID,
  name: "Assisted Migration key epochs",
  indexPattern: KEY_EPOCH_INDEX,
  timeField: "recorded_at",
});

/** Markers at each generation of the pseudonymisation key, labelled with what the discontinuity means. */
export const keyEpochLayer: AnnotationLayer<typeof keyEpochMetadata> = defineAnnotationLayer(
  keyEpochsDataView,
  {
    name: "pseudonymisation-key-epochs",
    label: "Pseudonymisation key changed",
    textField: "message",
    filter: { field: "key_name", is: "pseudonymisationKey" },
    color: "#bd271e",
  },
);

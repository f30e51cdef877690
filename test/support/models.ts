/** Document models the tests derive from the declared ones. */
import { drop, type DocumentModel } from "../../anonymisation/model";
import { plannerDocument } from "../../anonymisation/planner/document";

/** The planner model at its next revision with `field` reclassified as dropped (a classification change). */
export function plannerWithFieldDropped(field: string): DocumentModel {
  const f = plannerDocument.fields as DocumentModel["fields"];
  return {
    ...plannerDocument,
    revision: 2,
    fields: { ...f, [field]: { ...f[field], treatment: drop("test") } },
  };
}

/**
 * Pure builders of what a collector needs in the target Elasticsearch besides its index's anonymisation point
 * (`components/anonymised-index`): annotations, its API key's name and role.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { DocumentModel } from "../../anonymisation/model";
import { ANONYMISATION_MODEL_ANNOTATION, WRITES_INDEX_ANNOTATION } from "../../contracts/annotations";

/**
 * The annotations of `contracts/annotations.ts` (the policy pack's every-data-path-anonymised rule reads the same
 * names).
 */
export function collectorAnnotations(model: DocumentModel, index: string): Record<string, string> {
  return { [ANONYMISATION_MODEL_ANNOTATION]: model.name, [WRITES_INDEX_ANNOTATION]: index };
}

/** Name of a collector's API key in Elasticsearch (before the rotation suffix of `infra/naming/rotation`). */
export function collectorApiKeyName(index: string): string {
  return `${index}-collector`;
}

/**
 * Role of the collector's API key: write and look up its own index, nothing else. No `create_index`: settings of
 * an explicit create-index request override the template's, so the key could create its index with
 * `index.final_pipeline: _none`; `auto_configure` lets a write create the index, which applies the template.
 */
export function collectorRoleDescriptors(index: string): Record<string, estypes.SecurityRoleDescriptor> {
  return {
    "am-collector-writer": {
      cluster: ["monitor"],
      indices: [
        writerIndexGrant(
          [`${index}*`],
          ["auto_configure", "index", "create_doc", "read", "view_index_metadata"],
        ),
      ],
    },
  };
}

/**
 * Index privileges a writer of an anonymised index may hold: none of them changes index settings or templates
 * (`manage`, `all`, `create_index` are not representable; policy writers-cannot-change-anonymisation checks the rest).
 */
export type WriterIndexPrivilege =
  | "auto_configure"
  | "index"
  | "create_doc"
  | "create"
  | "read"
  | "view_index_metadata";

/** One index grant of a writer's role descriptor. */
export function writerIndexGrant(
  names: string[],
  privileges: readonly WriterIndexPrivilege[],
): estypes.SecurityIndicesPrivileges {
  return { names, privileges: [...privileges] };
}

/**
 * The container mount and the pod volume of the target's CA Secret, to spread into a collector's container and pod
 * spec; both empty when the target is publicly trusted (no Secret).
 */
export function targetCaMount(caSecret: string | undefined, mountDir: string) {
  if (!caSecret) return { container: {}, pod: {} };
  return {
    container: { volumeMounts: [{ name: "am-target-ca", mountPath: mountDir, readOnly: true }] },
    pod: { volumes: [{ name: "am-target-ca", secret: { secretName: caSecret } }] },
  };
}

/**
 * The read model applied in the cluster (`planner.readModel.applyFrom: cluster`) has no dynamic resource to inspect:
 * what runs is the script in the apply Job's ConfigMap (found as `contracts/readModelJob.ts` says). The policies read
 * that script itself: the `k` every era's statements store, and the roles granted the connector's view.
 */
import { READ_MODEL_SCHEMA, READ_MODEL_VIEW } from "../../anonymisation/planner/contract";
import { LOGIN_ANNOTATION } from "../../contracts/annotations";
import { APPLY_NAME, SQL_KEY as SCRIPT_KEY } from "../../contracts/readModelJob";
import { at, K8S, type Props } from "./common";

export interface AppliedScript {
  /** `k` of every `settings` row the script inserts (one per era). */
  ks: number[];
  /** Roles the script grants SELECT on the connector's view. */
  viewRoles: string[];
  login?: string;
}

export function isApplyConfigMap(r: { type: string; props: Props }): boolean {
  return (
    r.type === K8S.configMap && at(r.props, "metadata", "labels", "app.kubernetes.io/name") === APPLY_NAME
  );
}

export function appliedScript(props: Props): AppliedScript {
  const sql = at(props, "data", SCRIPT_KEY);
  const text = typeof sql === "string" ? sql : "";
  const ks = [...text.matchAll(/\.settings \(k, grace_days\) VALUES \((\d+), /g)].map((m) => Number(m[1]));
  const view = `"${READ_MODEL_SCHEMA}"\\."${READ_MODEL_VIEW}"`;
  const viewRoles = [...text.matchAll(new RegExp(`GRANT SELECT ON ${view} TO "([a-z0-9_]+)"`, "g"))].map(
    (m) => m[1],
  );
  const login = at(props, "metadata", "annotations", LOGIN_ANNOTATION);
  return { ks, viewRoles, ...(typeof login === "string" ? { login } : {}) };
}

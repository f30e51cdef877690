/**
 * How the policy pack finds the read model the cluster applies (`planner.readModel.applyFrom: cluster`): the apply
 * Job's ConfigMap carries `app.kubernetes.io/name: APPLY_NAME`, and its script is under the key `SQL_KEY`
 * (`components/planner-read-model/applyJob.ts` builds both; `policies/rules/readModelJob.ts` reads them). A shared
 * contract of the program and the pack (contracts/README.md says why this folder exists).
 */

/** `app.kubernetes.io/name` of the apply Job, its pods and its ConfigMap. */
export const APPLY_NAME = "am-read-model-apply";

/** The key of the read model's script in the apply ConfigMap (and the file name the Job runs). */
export const SQL_KEY = "read-model.sql";

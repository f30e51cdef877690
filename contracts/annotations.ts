/**
 * The annotation keys the program puts on its objects so that the policy pack can tie them to a model, an index or a
 * login. A shared contract of the program and the pack (contracts/README.md says why this folder exists).
 *
 * They start with the project's name (`infra/naming` `PROJECT`; `test/contracts/annotations.test.ts` keeps them so),
 * spelled out here because this folder imports nothing of the program, and because a key is a contract: renaming the
 * project must not silently change it.
 */

/**
 * Carried by every collector resource: the classification the collector's own filter applies before the final
 * pipeline, and the index (pattern) it writes.
 */
export const ANONYMISATION_MODEL_ANNOTATION = "am-dashboard.io/anonymisation-model";
export const WRITES_INDEX_ANNOTATION = "am-dashboard.io/writes-index";

/** On the in-cluster apply's ConfigMap: the login its script creates (the name is not a secret). */
export const LOGIN_ANNOTATION = "am-dashboard/connector-login";

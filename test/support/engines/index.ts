/**
 * Test support for the real engines (see docs/engines.md). Everything fails with "run npm run engines" when an
 * engine is missing.
 *
 * - `useControlPlane()` / `sharedControlPlane()` / `startControlPlane()`: etcd + kube-apiserver +
 *   kube-controller-manager with the ECK, Route and OLM CRDs, a kubeconfig and an admin `KubeApi`.
 * - `startEckOperator(cp, { namespaces })`: the real ECK 3.5.0 operator against it.
 * - `pulumiWorkspace({ projectDir, stack, stackConfig?, kubeconfig? })`: the real Pulumi CLI on a file backend.
 */
export { startControlPlane, type ControlPlane, type ControlPlaneOptions } from "./controlPlane";
export { startEckOperator, type EckOperator, type EckOperatorOptions } from "./eckOperator";
export { eckChartDir, engineBinary, enginesBin, tfPluginCacheDir } from "./engines";
export { sharedControlPlane, useControlPlane } from "./hooks";
export { KubeApi, type KubeObject } from "./kubeApi";
export { processesUnder, waitFor } from "./processes";
export {
  pulumiWorkspace,
  type PulumiResult,
  type PulumiWorkspace,
  type PulumiWorkspaceOptions,
} from "./pulumi";
export { serviceCaConfigMap, setStackSecrets, TEST_CA_PEM } from "./stacks";

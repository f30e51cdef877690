/** Pure builders of the objects that install the ECK operator (OLM on OpenShift, Helm values on Kubernetes). */

export interface OlmSettings {
  channel: string;
  packageName: string;
  source: string;
  sourceNamespace: string;
  installPlanApproval: "Automatic" | "Manual";
  /** CSV the subscription starts from, pinning the operator version. */
  startingCSV: string;
}

/** CSV names are `<package>.v<version>` (cloud-on-k8s hack/operatorhub). */
export function startingCsv(packageName: string, eckVersion: string): string {
  return `${packageName}.v${eckVersion}`;
}

export function buildOperatorGroup(name: string, namespace: string, targetNamespaces: string[]) {
  return {
    apiVersion: "operators.coreos.com/v1" as const,
    kind: "OperatorGroup" as const,
    metadata: { name, namespace },
    spec: { targetNamespaces },
  };
}

export function buildSubscription(name: string, namespace: string, s: OlmSettings) {
  return {
    apiVersion: "operators.coreos.com/v1alpha1",
    kind: "Subscription",
    metadata: { name, namespace },
    spec: {
      channel: s.channel,
      name: s.packageName,
      source: s.source,
      sourceNamespace: s.sourceNamespace,
      installPlanApproval: s.installPlanApproval,
      startingCSV: s.startingCSV,
    },
  };
}

/**
 * The Enterprise trial is a labelled Secret in the operator namespace; creating it accepts the Elastic EULA,
 * which is why it is only ever built on an explicit opt-in.
 */
export function buildTrialLicenceSecret(namespace: string) {
  return {
    apiVersion: "v1" as const,
    kind: "Secret" as const,
    metadata: {
      name: "eck-trial-license",
      namespace,
      labels: { "license.k8s.elastic.co/type": "enterprise_trial" },
      annotations: { "elastic.co/eula": "accepted" },
    },
  };
}

/** Values of the `eck-operator` chart: watch only the stack namespace, keep the chart's restricted defaults. */
export function buildHelmValues(managedNamespaces: string[]) {
  return {
    managedNamespaces,
    installCRDs: true,
    createClusterScopedResources: true,
    webhook: { enabled: true },
    config: { setDefaultSecurityContext: "auto-detect" },
  };
}

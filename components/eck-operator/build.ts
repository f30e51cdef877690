/** Pure builders of the objects that install the ECK operator (OLM on OpenShift, Helm values on Kubernetes). */
import { WAIT_FOR_ANNOTATION } from "../elasticsearch/build";

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

export const OLM_API = "operators.coreos.com/v1alpha1";

export function buildOperatorGroup(name: string, namespace: string, targetNamespaces: string[]) {
  return {
    apiVersion: "operators.coreos.com/v1" as const,
    kind: "OperatorGroup" as const,
    metadata: { name, namespace },
    spec: { targetNamespaces },
  };
}

/**
 * What `pulumi up` waits for on the Subscription (operator-framework/api v0.45.0,
 * pkg/operators/v1alpha1/subscription_types.go). With Automatic approval OLM installs the starting CSV by itself:
 * wait until `status.installedCSV` is set. With Manual approval OLM only creates the InstallPlan and waits for a
 * human: wait for `status.installPlanRef`, so the program can approve that first plan (see `approvedPlan`).
 */
export function subscriptionAwait(approval: OlmSettings["installPlanApproval"]): string {
  return approval === "Automatic"
    ? "jsonpath={.status.installedCSV}"
    : "jsonpath={.status.installPlanRef.name}";
}

export function buildSubscription(name: string, namespace: string, s: OlmSettings) {
  return {
    apiVersion: OLM_API,
    kind: "Subscription",
    metadata: {
      name,
      namespace,
      annotations: { [WAIT_FOR_ANNOTATION]: subscriptionAwait(s.installPlanApproval) },
    },
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

/** The parts of OLM objects the approval reads (operator-framework/api v0.45.0, v1alpha1 types). */
export interface SubscriptionStatus {
  installedCSV?: string;
  installPlanRef?: { name?: string; namespace?: string };
}
export interface InstallPlanSpec {
  clusterServiceVersionNames?: string[];
  approved?: boolean;
}

/**
 * Decides the first install's approval under Manual approval. Nothing installed yet: the plan must install exactly
 * the pinned CSV, or `pulumi up` stops and says what to check (approving another CSV would silently move the pin).
 * Something installed already: nothing to approve here; later upgrades stay held for a human, which is the point of
 * Manual approval.
 */
export function approvedPlan(
  status: SubscriptionStatus,
  plan: InstallPlanSpec,
  pinnedCsv: string,
  namespace: string,
): { approve: boolean } {
  if (status.installedCSV) return { approve: false };
  // OLM always lists the plan's CSVs (a required field); only the offline synth, which reads nothing from a cluster,
  // has none, and renders the approval the program makes for the pinned plan.
  const csvs = plan.clusterServiceVersionNames;
  if (csvs === undefined) return { approve: true };
  const planName = status.installPlanRef?.name ?? "(none)";
  if (csvs.length !== 1 || csvs[0] !== pinnedCsv) {
    throw new Error(
      `the first InstallPlan ${namespace}/${planName} of the ECK Subscription installs [${csvs.join(", ")}], ` +
        `not the pinned ${pinnedCsv} (am-dashboard:eck.version). Check the catalog's channel, or approve the plan ` +
        `by hand (oc -n ${namespace} patch installplan ${planName} --type merge -p '{"spec":{"approved":true}}') ` +
        `and set eck.version to the CSV it installs.`,
    );
  }
  return { approve: true };
}

/**
 * The approval patch of the first InstallPlan: `spec.approved`, then wait until OLM reports the plan `Complete`
 * (the CRDs are created then, so Elasticsearch and Kibana can be created after it).
 */
export function buildInstallPlanApproval(planName: string, namespace: string) {
  return {
    apiVersion: OLM_API,
    kind: "InstallPlan",
    metadata: {
      name: planName,
      namespace,
      annotations: { [WAIT_FOR_ANNOTATION]: "jsonpath={.status.phase}=Complete" },
    },
    spec: { approved: true },
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

/**
 * Labels of the operator's pods, which the NetworkPolicies admit. They depend on how the operator was installed
 * (cloud-on-k8s v3.5.0, deploy/eck-operator/templates/_helpers.tpl `eck-operator.selectorLabels`): the Helm chart
 * labels its pods `app.kubernetes.io/name: <nameOverride>` (values.yaml: "elastic-operator") unless it renders the
 * static manifests (`global.manifestGen`), which is what the all-in-one manifests and the OperatorHub bundle are
 * generated from, and those carry `control-plane: elastic-operator`.
 */
export function operatorPodLabels(method: "olm" | "helm"): Record<string, string> {
  return method === "helm"
    ? { "app.kubernetes.io/name": "elastic-operator" }
    : { "control-plane": "elastic-operator" };
}

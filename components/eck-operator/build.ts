/** Pure builders of the objects that install the ECK operator (OLM on OpenShift, Helm values on Kubernetes). */
import { WAIT_FOR_ANNOTATION } from "../elastic-stack/elasticsearch";

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
 * human: wait for `status.installPlanRef`, then `operatorGate` says which plan to approve.
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

/** The part of the Subscription status the gate reads (operator-framework/api v0.45.0, v1alpha1 types). */
export interface SubscriptionStatus {
  installedCSV?: string;
  installPlanRef?: { name?: string; namespace?: string };
}

/**
 * Under Manual approval OLM resolves the Subscription into an InstallPlan and waits for a human. Nothing that needs
 * ECK's CRDs may be created before the CSV is installed, so the deployment stops here with what to do. Returns the
 * installed CSV; a different CSV than the pinned one is refused (an approved plan may have moved the pin).
 */
export function operatorGate(status: SubscriptionStatus, pinnedCsv: string, namespace: string): string {
  const plan = status.installPlanRef?.name;
  if (!status.installedCSV) {
    throw new Error(
      `the ECK Subscription in ${namespace} uses Manual approval and ${pinnedCsv} is not installed yet. ` +
        (plan
          ? `Check that InstallPlan ${namespace}/${plan} installs exactly ${pinnedCsv} ` +
            `(oc -n ${namespace} get installplan ${plan} -o jsonpath='{.spec.clusterServiceVersionNames}'), approve it ` +
            `(oc -n ${namespace} patch installplan ${plan} --type merge -p '{"spec":{"approved":true}}'), `
          : `OLM has not created an InstallPlan yet (oc -n ${namespace} get subscription -o yaml); once it has, ` +
            `check and approve it, `) +
        `then run pulumi up again.`,
    );
  }
  if (status.installedCSV !== pinnedCsv) {
    throw new Error(
      `the ECK Subscription in ${namespace} installed ${status.installedCSV}, not the pinned ${pinnedCsv} ` +
        `(am-dashboard:eck.version): set eck.version to the installed version or reinstall the pinned one.`,
    );
  }
  return status.installedCSV;
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
    // The chart's pod security context has no seccomp profile (cloud-on-k8s v3.5.0 deploy/eck-operator/values.yaml),
    // which the `restricted` Pod Security profile of the namespace requires.
    podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
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

/**
 * The ECK operator, installed one of three ways: on OpenShift from the certified OperatorHub package through an OLM
 * Subscription (pinned starting CSV; under Manual approval `pulumi up` stops after the Subscription until a human has
 * approved the InstallPlan, and says which); on vanilla Kubernetes from the `eck-operator` Helm chart at a pinned version
 * (from the chart repository or a local chart directory); or `existing`: a cluster admin installed it, and the
 * program installs nothing. Either way `ready` lists what Elasticsearch and Kibana must wait for.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, commonLabels, componentType, POD_SECURITY_RESTRICTED } from "../../infra/naming";
import type { AwaitMode } from "../elastic-stack/elasticsearch";
import {
  buildHelmValues,
  buildOperatorGroup,
  buildSubscription,
  buildTrialLicenceSecret,
  operatorGate,
  operatorPodLabels,
  startingCsv,
  type SubscriptionStatus,
} from "./build";

export interface OlmInstall {
  method: "olm";
  channel: string;
  packageName: string;
  source: string;
  sourceNamespace: string;
  installPlanApproval: "Automatic" | "Manual";
  /** `namespace`: own OperatorGroup in `operatorNamespace`; `cluster`: the global openshift-operators group. */
  scope: "namespace" | "cluster";
  operatorNamespace: string;
}

export interface HelmInstall {
  method: "helm";
  /** A chart repository URL, or undefined when `chart` is a local chart directory. */
  repository?: string;
  /** `eck-operator` in the repository, or the path of a local chart directory. */
  chart: string;
  operatorNamespace: string;
}

export interface ExistingInstall {
  method: "existing";
  /** Where the admin installed it, and the labels of its pods (admitted by the NetworkPolicies). */
  operatorNamespace: string;
  podLabels: Record<string, string>;
}

export interface EckOperatorArgs {
  /** Stack name, for labels. */
  stack: string;
  /** ECK version: the OLM starting CSV or the Helm chart version. */
  version: string;
  /** Namespace of the Elastic workloads the operator must manage. */
  workloadNamespace: string;
  install: OlmInstall | HelmInstall | ExistingInstall;
  /** Opt-in only: creates the Enterprise trial licence secret (accepts the Elastic EULA). */
  enterpriseTrial: boolean;
  /** `reconciled`: a control plane without nodes, where the operator's own pod never runs (engine tests). */
  await: AwaitMode;
}

/** The kubernetes provider comes through the resource options (or from the parent); the children inherit it. */
export class EckOperator extends pulumi.ComponentResource {
  /** Namespace the operator runs in (NetworkPolicies admit it). */
  public readonly operatorNamespace: string;
  /** Labels of the operator's pods, as the chosen install method sets them. */
  public readonly podLabels: Record<string, string>;
  /** Resources that must exist before ECK custom resources can be created. */
  public readonly ready: pulumi.Input<pulumi.Resource>[];

  constructor(name: string, args: EckOperatorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("eck", "EckOperator"), name, {}, opts);
    const childOpts = { parent: this };
    const labels = commonLabels(args.stack, "eck-operator");
    const install = args.install;
    this.ready = [];

    if (install.method === "olm") {
      const ns = install.scope === "cluster" ? "openshift-operators" : install.operatorNamespace;
      this.operatorNamespace = ns;
      this.podLabels = operatorPodLabels("olm");
      this.ready.push(
        ...olmInstall(name, install, ns, args.version, args.workloadNamespace, labels, childOpts),
      );
    } else if (install.method === "helm") {
      this.operatorNamespace = install.operatorNamespace;
      this.podLabels = operatorPodLabels("helm");
      const ns = new k8s.core.v1.Namespace(
        childName(name, "namespace"),
        { metadata: { name: install.operatorNamespace, labels: { ...labels, ...POD_SECURITY_RESTRICTED } } },
        childOpts,
      );
      this.ready.push(
        new k8s.helm.v4.Chart(
          childName(name, "chart"),
          {
            chart: install.chart,
            // A local chart directory carries its own version; the pin is then the directory's.
            ...(install.repository
              ? { version: args.version, repositoryOpts: { repo: install.repository } }
              : {}),
            namespace: install.operatorNamespace,
            values: buildHelmValues([args.workloadNamespace]),
            // Without nodes the operator's StatefulSet never becomes ready; the engine tests run the operator
            // outside the cluster instead.
            skipAwait: args.await === "reconciled",
          },
          { ...childOpts, dependsOn: [ns] },
        ),
      );
    } else {
      this.operatorNamespace = install.operatorNamespace;
      this.podLabels = install.podLabels;
    }

    if (args.enterpriseTrial) {
      const secret = buildTrialLicenceSecret(this.operatorNamespace);
      new k8s.core.v1.Secret(
        childName(name, "trial-licence"),
        { ...secret, metadata: { ...secret.metadata, labels: { ...labels, ...secret.metadata.labels } } },
        { ...childOpts, dependsOn: this.ready },
      );
    }
    this.registerOutputs({ operatorNamespace: this.operatorNamespace });
  }
}

/** An output of a custom resource that its class does not declare (`status`, or `spec` of a read object). */
function outputOf<T>(resource: k8s.apiextensions.CustomResource, key: string): pulumi.Output<T> {
  return (resource as unknown as Record<string, pulumi.Output<T>>)[key];
}

/** The OLM objects, in order: OperatorGroup, Subscription, and under Manual approval the first plan's approval. */
function olmInstall(
  name: string,
  olm: OlmInstall,
  ns: string,
  version: string,
  workloadNamespace: string,
  labels: Record<string, string>,
  childOpts: pulumi.CustomResourceOptions,
): pulumi.Input<pulumi.Resource>[] {
  const ready: pulumi.Input<pulumi.Resource>[] = [];
  if (olm.scope === "namespace") {
    const group = buildOperatorGroup(childName(name, "group"), olm.operatorNamespace, [workloadNamespace]);
    ready.push(
      new k8s.apiextensions.CustomResource(
        childName(name, "operator-group"),
        { ...group, metadata: { ...group.metadata, labels } },
        childOpts,
      ),
    );
  }
  const pinned = startingCsv(olm.packageName, version);
  const sub = buildSubscription(olm.packageName, ns, { ...olm, startingCSV: pinned });
  // `status: undefined` makes `status` an output: a CustomResource only outputs the keys it was given.
  const subscription = new k8s.apiextensions.CustomResource(
    childName(name, "subscription"),
    { ...sub, metadata: { ...sub.metadata, labels }, status: undefined },
    { ...childOpts, dependsOn: ready.slice() },
  );
  ready.push(subscription);
  if (olm.installPlanApproval === "Manual") {
    // Under Manual approval a human approves InstallPlans; the program only stops before anything needs the CRDs,
    // naming the plan to check and approve. (Patching the plan from the program would approve whatever OLM resolved,
    // and a patch of an object that does not exist yet cannot be previewed.)
    const status = outputOf<SubscriptionStatus>(subscription, "status");
    // The Subscription is awaited until OLM wrote `status.installPlanRef`, so a real one always has a status; none at
    // all means nothing was read from a cluster (the offline synth), where there is nothing to gate.
    ready[ready.length - 1] = status.apply((s) => {
      if (s !== undefined) operatorGate(s, pinned, ns);
      return subscription;
    });
  }
  return ready;
}

/**
 * The ECK operator. On OpenShift it comes from the certified OperatorHub package through an OLM Subscription
 * (pinned starting CSV, optional manual install-plan approval, an OperatorGroup for a namespace-scoped install);
 * on vanilla Kubernetes from the `eck-operator` Helm chart at a pinned version.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, commonLabels, componentType } from "../../infra/naming";
import {
  buildHelmValues,
  buildOperatorGroup,
  buildSubscription,
  buildTrialLicenceSecret,
  startingCsv,
} from "./build";

export interface EckOperatorArgs {
  /** Stack name, for labels. */
  stack: string;
  platform: "openshift" | "kubernetes";
  /** ECK version: the OLM starting CSV or the Helm chart version. */
  version: string;
  /** Namespace of the Elastic workloads the operator must manage. */
  workloadNamespace: string;
  olm?: {
    channel: string;
    packageName: string;
    source: string;
    sourceNamespace: string;
    installPlanApproval: "Automatic" | "Manual";
    /** `namespace`: own OperatorGroup in `operatorNamespace`; `cluster`: the global openshift-operators group. */
    scope: "namespace" | "cluster";
    operatorNamespace: string;
  };
  helm?: { repository: string; operatorNamespace: string };
  /** Opt-in only: creates the Enterprise trial licence secret (accepts the Elastic EULA). */
  enterpriseTrial: boolean;
  provider: k8s.Provider;
}

export class EckOperator extends pulumi.ComponentResource {
  /** Namespace the operator runs in (NetworkPolicies admit it). */
  public readonly operatorNamespace: string;
  /** Resources that must exist before ECK custom resources can be created. */
  public readonly ready: pulumi.Resource[];

  constructor(name: string, args: EckOperatorArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("eck", "EckOperator"), name, {}, opts);
    const childOpts = { parent: this, provider: args.provider };
    const labels = commonLabels(args.stack, "eck-operator");
    this.ready = [];

    if (args.platform === "openshift") {
      const olm = args.olm;
      if (!olm) throw new Error("EckOperator: OLM settings are required on OpenShift");
      const subscriptionNamespace = olm.scope === "cluster" ? "openshift-operators" : olm.operatorNamespace;
      this.operatorNamespace = subscriptionNamespace;
      if (olm.scope === "namespace") {
        const group = buildOperatorGroup(childName(name, "group"), olm.operatorNamespace, [
          args.workloadNamespace,
        ]);
        this.ready.push(
          new k8s.apiextensions.CustomResource(
            childName(name, "operator-group"),
            { ...group, metadata: { ...group.metadata, labels } },
            childOpts,
          ),
        );
      }
      const sub = buildSubscription(olm.packageName, subscriptionNamespace, {
        ...olm,
        startingCSV: startingCsv(olm.packageName, args.version),
      });
      this.ready.push(
        new k8s.apiextensions.CustomResource(
          childName(name, "subscription"),
          { ...sub, metadata: { ...sub.metadata, labels } },
          { ...childOpts, dependsOn: this.ready.slice() },
        ),
      );
    } else {
      const helm = args.helm;
      if (!helm) throw new Error("EckOperator: Helm settings are required on Kubernetes");
      this.operatorNamespace = helm.operatorNamespace;
      const ns = new k8s.core.v1.Namespace(
        childName(name, "namespace"),
        { metadata: { name: helm.operatorNamespace, labels } },
        childOpts,
      );
      this.ready.push(
        new k8s.helm.v4.Chart(
          childName(name, "chart"),
          {
            chart: "eck-operator",
            version: args.version,
            repositoryOpts: { repo: helm.repository },
            namespace: helm.operatorNamespace,
            values: buildHelmValues([args.workloadNamespace]),
          },
          { ...childOpts, dependsOn: [ns] },
        ),
      );
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

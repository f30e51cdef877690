/** Exposes Elasticsearch and Kibana outside the cluster: Routes on OpenShift, an Ingress on Kubernetes. */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import { buildIngress, buildRoute, type Backend, type RouteTermination } from "./build";

export interface ExposureArgs {
  platform: "openshift" | "kubernetes";
  namespace: string;
  labels: Record<string, string>;
  backends: Backend[];
  routeTermination: RouteTermination;
  ingressClassName: string;
  provider: k8s.Provider;
  dependsOn?: pulumi.Resource[];
}

export class Exposure extends pulumi.ComponentResource {
  /** Public HTTPS URL per exposed backend. */
  public readonly urls: Record<string, string>;

  constructor(name: string, args: ExposureArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("exposure", "Exposure"), name, {}, opts);
    const childOpts = { parent: this, provider: args.provider, dependsOn: args.dependsOn };
    this.urls = Object.fromEntries(args.backends.map((b) => [b.role, `https://${b.host}`]));
    if (args.platform === "openshift") {
      for (const b of args.backends) {
        const routeName = childName(name, b.role);
        new k8s.apiextensions.CustomResource(
          routeName,
          buildRoute(routeName, args.namespace, args.labels, b, args.routeTermination),
          childOpts,
        );
      }
    } else {
      const ingressName = childName(name, "ingress");
      new k8s.networking.v1.Ingress(
        ingressName,
        buildIngress(ingressName, args.namespace, args.labels, args.ingressClassName, args.backends),
        childOpts,
      );
    }
    this.registerOutputs({ urls: this.urls });
  }
}

export * from "./build";

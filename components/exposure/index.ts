/**
 * Exposes Elasticsearch and Kibana outside the cluster: Routes on OpenShift, an Ingress on Kubernetes; and, on a
 * replication leader, the remote cluster server through TLS passthrough.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { AwaitMode } from "../elastic-stack/elasticsearch";
import { childName, componentType } from "../../infra/naming";
import {
  buildIngress,
  buildRemoteClusterIngress,
  buildRemoteClusterRoute,
  buildRoute,
  type Backend,
  type RemoteClusterBackend,
  type RouteTermination,
} from "./build";

export interface ExposureArgs {
  platform: "openshift" | "kubernetes";
  namespace: string;
  labels: Record<string, string>;
  backends: Backend[];
  routeTermination: RouteTermination;
  ingressClassName: string;
  /** The remote cluster server of a replication leader, always TLS passthrough (separate from `backends`). */
  remoteCluster?: RemoteClusterBackend;
  dependsOn?: pulumi.Resource[];
  /**
   * `reconciled`: a control plane without an ingress controller (engine tests), where no Ingress ever gets a load
   * balancer address; its Ingresses are created but not awaited.
   */
  await?: AwaitMode;
}

/** `pulumi.com/skipAwait` on objects nothing in a node-less cluster would ever make ready. */
function awaitOptions(mode: AwaitMode | undefined): Record<string, string> {
  return mode === "reconciled" ? { "pulumi.com/skipAwait": "true" } : {};
}

/** The kubernetes provider comes through the resource options (or from the parent); the children inherit it. */
export class Exposure extends pulumi.ComponentResource {
  /** Public HTTPS URL per exposed backend. */
  public readonly urls: Record<string, string>;

  constructor(name: string, args: ExposureArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("exposure", "Exposure"), name, {}, opts);
    const childOpts = { parent: this, dependsOn: args.dependsOn };
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
      for (const b of args.backends) {
        const ingressName = childName(name, b.role);
        const ingress = buildIngress(ingressName, args.namespace, args.labels, args.ingressClassName, b);
        new k8s.networking.v1.Ingress(
          ingressName,
          {
            ...ingress,
            metadata: {
              ...ingress.metadata,
              annotations: { ...ingress.metadata.annotations, ...awaitOptions(args.await) },
            },
          },
          childOpts,
        );
      }
    }
    const rc = args.remoteCluster;
    if (rc) {
      const rcName = childName(name, "remote-cluster");
      if (args.platform === "openshift") {
        new k8s.apiextensions.CustomResource(
          rcName,
          buildRemoteClusterRoute(rcName, args.namespace, args.labels, rc),
          childOpts,
        );
      } else {
        // Its own Ingress: the passthrough annotation applies to every rule of an Ingress.
        const ingress = buildRemoteClusterIngress(
          rcName,
          args.namespace,
          args.labels,
          args.ingressClassName,
          rc,
        );
        new k8s.networking.v1.Ingress(
          rcName,
          {
            ...ingress,
            metadata: {
              ...ingress.metadata,
              annotations: { ...ingress.metadata.annotations, ...awaitOptions(args.await) },
            },
          },
          childOpts,
        );
      }
    }
    this.registerOutputs({ urls: this.urls });
  }
}

export * from "./build";

/** Kibana as an ECK custom resource, bound to the stack's Elasticsearch. */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import { buildKibana, type KibanaSpecArgs } from "./build";

export interface KibanaArgs {
  spec: KibanaSpecArgs;
  dependsOn?: pulumi.Resource[];
}

/** The kubernetes provider comes through the resource options (or from the parent), like any component's. */
export class Kibana extends pulumi.ComponentResource {
  public readonly resource: k8s.apiextensions.CustomResource;
  public readonly name: string;

  constructor(name: string, args: KibanaArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("eck", "Kibana"), name, {}, opts);
    this.name = args.spec.name;
    this.resource = new k8s.apiextensions.CustomResource(childName(name, "kibana"), buildKibana(args.spec), {
      parent: this,
      dependsOn: args.dependsOn,
    });
    this.registerOutputs({ name: this.name });
  }
}

export * from "./build";

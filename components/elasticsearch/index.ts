/** The Elasticsearch cluster as an ECK custom resource. */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import { buildElasticsearch, type ElasticsearchSpecArgs } from "./build";

export interface ElasticsearchArgs {
  spec: ElasticsearchSpecArgs;
  /** The operator's readiness (its CRDs must exist first). */
  dependsOn?: pulumi.Input<pulumi.Resource>[];
}

/** The kubernetes provider comes through the resource options (or from the parent), like any component's. */
export class Elasticsearch extends pulumi.ComponentResource {
  public readonly resource: k8s.apiextensions.CustomResource;
  public readonly name: string;

  constructor(name: string, args: ElasticsearchArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("eck", "Elasticsearch"), name, {}, opts);
    this.name = args.spec.name;
    this.resource = new k8s.apiextensions.CustomResource(
      childName(name, "cluster"),
      buildElasticsearch(args.spec),
      {
        parent: this,
        dependsOn: args.dependsOn,
      },
    );
    this.registerOutputs({ name: this.name });
  }
}

export * from "./build";

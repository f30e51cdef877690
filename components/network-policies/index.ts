/** NetworkPolicies that guard Elasticsearch and Kibana. */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, componentType } from "../../infra/naming";
import { buildElasticsearchPolicy, buildKibanaPolicy, type GuardArgs } from "./build";

export interface NetworkGuardsArgs {
  guard: GuardArgs;
}

/** The kubernetes provider comes through the resource options (or from the parent); the children inherit it. */
export class NetworkGuards extends pulumi.ComponentResource {
  constructor(name: string, args: NetworkGuardsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("network", "NetworkGuards"), name, {}, opts);
    const childOpts = { parent: this };
    const esName = childName(name, "elasticsearch");
    const kbName = childName(name, "kibana");
    new k8s.networking.v1.NetworkPolicy(esName, buildElasticsearchPolicy(esName, args.guard), childOpts);
    new k8s.networking.v1.NetworkPolicy(kbName, buildKibanaPolicy(kbName, args.guard), childOpts);
    this.registerOutputs({});
  }
}

export * from "./build";
export * from "./peer";

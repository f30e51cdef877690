/**
 * `PlannerCloser`: the hourly job that publishes the read model's closed months (see closerJob.ts and
 * docs/anonymisation.md). Without it the planner index stays empty: the connector reads published cells only.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName, commonLabels, componentType, k8sName } from "../../infra/naming";
import type { Peer } from "../network-policies/peer";
import { buildCloserCronJob, buildCloserNetworkPolicy, CA_KEY, PASSWORD_KEY } from "./closerJob";

export interface PlannerCloserArgs {
  readonly namespace: string;
  readonly stack?: string;
  /** The connector's image: its Python and asyncpg run the closer. */
  readonly image: string;
  /** Standard cron; default hourly at minute 17. */
  readonly schedule?: string;
  readonly postgres: {
    readonly host: string;
    readonly port?: number;
    readonly database: string;
    readonly sslMode: "verify" | "disable";
    /** PEM of PostgreSQL's CA (sslMode verify). */
    readonly caPem?: pulumi.Input<string>;
    readonly peer: Peer;
  };
  /** The connector's login role: it may run `am_read.close_periods()`. */
  readonly role: { readonly name: pulumi.Input<string>; readonly password: pulumi.Input<string> };
  readonly runAsUser?: number;
}

/** The kubernetes provider comes through the resource options; the children inherit it. */
export class PlannerCloser extends pulumi.ComponentResource {
  /** Name of the CronJob. */
  readonly cronJobName: string;

  constructor(name: string, args: PlannerCloserArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("planner", "PlannerCloser"), name, {}, opts);
    const kube = { parent: this };
    const base = k8sName(childName(name, "closer"));
    const selector = { "app.kubernetes.io/name": "am-read-closer", "app.kubernetes.io/instance": base };
    const labels = { ...commonLabels(args.stack ?? pulumi.getStack(), "planner-closer"), ...selector };
    const verifyTls = args.postgres.sslMode === "verify";
    if (verifyTls && args.postgres.caPem === undefined) {
      throw new Error("the closer verifies PostgreSQL's certificate (sslMode verify) but has no CA");
    }
    const port = args.postgres.port ?? 5432;
    const secret = new k8s.core.v1.Secret(
      childName(name, "credentials"),
      {
        metadata: { name: base, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: {
          [PASSWORD_KEY]: pulumi.secret(args.role.password),
          ...(verifyTls ? { [CA_KEY]: args.postgres.caPem! } : {}),
        },
      },
      kube,
    );
    new k8s.batch.v1.CronJob(
      childName(name, "job"),
      buildCloserCronJob({
        name: base,
        namespace: args.namespace,
        labels,
        selector,
        image: args.image,
        schedule: args.schedule ?? "17 * * * *",
        postgres: {
          host: args.postgres.host,
          port,
          database: args.postgres.database,
          user: args.role.name,
          verifyTls,
        },
        secretName: base,
        runAsUser: args.runAsUser,
      }),
      { ...kube, dependsOn: [secret] },
    );
    new k8s.networking.v1.NetworkPolicy(
      childName(name, "egress"),
      buildCloserNetworkPolicy({
        name: base,
        namespace: args.namespace,
        labels,
        selector,
        postgres: { port, peer: args.postgres.peer },
      }),
      kube,
    );
    this.cronJobName = base;
    this.registerOutputs({ cronJobName: base });
  }
}

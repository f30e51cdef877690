/**
 * `PlannerReadModelJob`: the read model applied by a Job in the cluster (`planner.readModel.applyFrom: cluster`), for
 * a PostgreSQL that only the cluster reaches. Same SQL as the runner path (`clusterSql.ts` explains how the era is
 * chosen in PostgreSQL), same idempotence (the stored hash), and a diff only when the script or the password
 * changes (the names carry their hash). The connector's login of this password generation is created by the same
 * transaction, so nothing of this path connects to PostgreSQL from where `pulumi up` runs.
 *
 * Not on this path (docs/deploying.md): `pulumi destroy` removes the Job, not the read model in the database, and a
 * rotation leaves the previous login in place until an admin drops it.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ReadModelOptions } from "../../anonymisation/planner/sql";
import { childName, commonLabels, componentType, k8sName } from "../../infra/naming";
import { DEFAULT_APPLY_IMAGE } from "../../infra/config/areas/capabilities";
import type { Peer } from "../network-policies/peer";
import { APPLY_NAME } from "../../contracts/readModelJob";
import {
  ADMIN_PASSWORD_KEY,
  ADMIN_USER_KEY,
  applyJobName,
  buildApplyConfigMap,
  buildApplyJob,
  buildApplyNetworkPolicy,
  CA_KEY,
  PASSWORD_SQL_KEY,
} from "./applyJob";
import { buildClusterReadModelSql, passwordSql, sha256 } from "./clusterSql";

export interface PlannerReadModelJobArgs {
  readonly namespace: string;
  readonly stack?: string;
  /** PostgreSQL client image (psql); `DEFAULT_APPLY_IMAGE` when unset. */
  readonly image?: string;
  /** The read model's options (roles, k, grace days, exclusions): plain values from the stack file. */
  readonly options: ReadModelOptions;
  /** This password generation's login (`rotation.loginRoleName`), created as a member of the connector role. */
  readonly loginRole: string;
  readonly connectorPassword: pulumi.Input<string>;
  /** `plannerAdminUrl`: only its user and password are used; the Job connects to `postgres.host:port`. */
  readonly adminUrl: pulumi.Input<string>;
  readonly postgres: {
    readonly host: string;
    readonly port?: number;
    readonly database: string;
    readonly sslMode: "verify" | "disable";
    readonly caPem?: pulumi.Input<string>;
    readonly peer: Peer;
  };
  readonly runAsUser?: number;
  /** kubernetes.await reconciled: the Job is created, not awaited (a control plane without nodes never runs it). */
  readonly skipAwait?: boolean;
}

/** User and password of an admin URL (URL-decoded), or a clear error naming the secret key. */
export function adminLogin(url: string): { user: string; password: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("plannerAdminUrl is not a URL: allowed is postgres://user:password@host:port/database");
  }
  if (!parsed.username)
    throw new Error("plannerAdminUrl has no user name: postgres://user:password@host/...");
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/** The kubernetes provider comes through the resource options; the children inherit it. */
export class PlannerReadModelJob extends pulumi.ComponentResource {
  /** Name of the Job of the current script. */
  readonly jobName: pulumi.Output<string>;
  /** The login the connector and the closer use. */
  readonly loginRole: pulumi.Output<string>;
  /** sha256 of the script (the ConfigMap's `read-model.sql`). */
  readonly scriptHash: string;

  constructor(name: string, args: PlannerReadModelJobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentType("planner", "PlannerReadModelJob"), name, {}, opts);
    const kube = { parent: this };
    const base = k8sName(childName(name, "apply"), 52);
    const selector = { "app.kubernetes.io/name": APPLY_NAME, "app.kubernetes.io/instance": base };
    const labels = { ...commonLabels(args.stack ?? pulumi.getStack(), "planner-read-model"), ...selector };
    const verifyTls = args.postgres.sslMode === "verify";
    if (verifyTls && args.postgres.caPem === undefined) {
      throw new Error("the read-model Job verifies PostgreSQL's certificate (sslMode verify) but has no CA");
    }
    const port = args.postgres.port ?? 5432;
    const image = args.image ?? DEFAULT_APPLY_IMAGE;
    const script = buildClusterReadModelSql(args.options);
    const connectorRole = args.options.connectorRole;
    const secretSql = pulumi
      .secret(args.connectorPassword)
      .apply((password) => passwordSql({ connectorRole, loginRole: args.loginRole, password }));
    const ca = verifyTls ? pulumi.output(args.postgres.caPem!) : pulumi.output("");
    const podSpec = JSON.stringify({
      image,
      host: args.postgres.host,
      port,
      db: args.postgres.database,
      verifyTls,
      uid: args.runAsUser,
    });
    // 40 bits of a hash over the script, the pod's settings, the CA and the password statements: a new value of any
    // of them is a new Job. Those 40 bits tell nothing about the password (checking one guess against them costs
    // the 4096 PBKDF2 rounds of the verifier and matches one wrong password in 2^40), so the name is not a secret.
    // eslint-disable-next-line no-restricted-properties -- 10 hex digits of a hash, see above
    const suffix = pulumi.unsecret(
      pulumi.all([secretSql, ca]).apply(([pw, caPem]) => sha256([script.sql, podSpec, caPem, pw].join("\0"))),
    );
    const jobName = suffix.apply((h) => applyJobName(base, h));

    const configMap = new k8s.core.v1.ConfigMap(
      childName(name, "apply-sql"),
      buildApplyConfigMap({
        name: jobName,
        namespace: args.namespace,
        labels,
        sql: script.sql,
        loginRole: args.loginRole,
      }),
      kube,
    );
    const admin = pulumi.secret(args.adminUrl).apply(adminLogin);
    const secret = new k8s.core.v1.Secret(
      childName(name, "apply-credentials"),
      {
        metadata: { name: jobName, namespace: args.namespace, labels },
        type: "Opaque",
        stringData: {
          [ADMIN_USER_KEY]: admin.user,
          [ADMIN_PASSWORD_KEY]: admin.password,
          [PASSWORD_SQL_KEY]: secretSql,
          ...(verifyTls ? { [CA_KEY]: ca } : {}),
        },
      },
      kube,
    );
    new k8s.networking.v1.NetworkPolicy(
      childName(name, "apply-egress"),
      buildApplyNetworkPolicy({
        name: base,
        namespace: args.namespace,
        labels,
        selector,
        postgres: { port, peer: args.postgres.peer },
      }),
      kube,
    );
    const job = new k8s.batch.v1.Job(
      childName(name, "apply-job"),
      buildApplyJob({
        name: jobName,
        namespace: args.namespace,
        labels,
        selector,
        image,
        configMapName: jobName,
        secretName: jobName,
        postgres: { host: args.postgres.host, port, database: args.postgres.database, verifyTls },
        runAsUser: args.runAsUser,
        skipAwait: args.skipAwait,
      }),
      { ...kube, dependsOn: [configMap, secret] },
    );
    this.jobName = job.metadata.name;
    this.loginRole = pulumi.output(args.loginRole);
    this.scriptHash = sha256(script.sql);
    this.registerOutputs({ jobName: this.jobName, loginRole: this.loginRole, scriptHash: this.scriptHash });
  }
}

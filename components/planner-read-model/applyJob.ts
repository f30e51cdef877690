/**
 * Pure builders of the in-cluster apply (`planner.readModel.applyFrom: cluster`): a ConfigMap holding the script of
 * `clusterSql.ts`, a Secret holding the admin login and the password statements, a Job that runs
 * `psql -X -v ON_ERROR_STOP=1 -1 -f read-model.sql -f password.sql` over them, and its egress policy.
 *
 * The Job's name carries a hash of both files: a changed read model (or password) is a new Job, which Pulumi creates
 * and awaits (pulumi-kubernetes fails the update when the Job fails), while an unchanged one is no diff. The Job is
 * never deleted by a TTL, so the next `pulumi up` finds it where it left it.
 */
import { LOGIN_ANNOTATION } from "../../contracts/annotations";
import { SQL_KEY } from "../../contracts/readModelJob";
import { buildEgressPolicy } from "../network-policies/egress";
import type { Peer } from "../network-policies/peer";

export const SQL_MOUNT = "/etc/am-read-model/sql";
export const CREDENTIALS_MOUNT = "/etc/am-read-model/credentials";
export const PASSWORD_SQL_KEY = "password.sql";
export const CA_KEY = "ca.crt";
export const ADMIN_USER_KEY = "admin-user";
export const ADMIN_PASSWORD_KEY = "admin-password";

/** The command the Job runs: one transaction over both files, stopping at the first error, no ~/.psqlrc. */
export function applyCommand(): string[] {
  return [
    "psql",
    "-X",
    "-v",
    "ON_ERROR_STOP=1",
    "-1",
    "-f",
    `${SQL_MOUNT}/${SQL_KEY}`,
    "-f",
    `${CREDENTIALS_MOUNT}/${PASSWORD_SQL_KEY}`,
  ];
}

/** `<base>-<10 hex>`: the hash of what the Job applies, so a change is a new Job and no change is no diff. */
export function applyJobName(base: string, contentHash: string): string {
  if (!/^[a-f0-9]{10,}$/.test(contentHash)) throw new Error("the apply Job's content hash must be hex");
  const name = `${base}-${contentHash.slice(0, 10)}`;
  if (name.length > 63) throw new Error(`apply Job name "${name}" is longer than 63 characters`);
  return name;
}

/** `N` lets the program pass names that are Pulumi Outputs (they carry a hash of secret-derived content). */
export interface ApplyJobSpec<N = string> {
  name: N;
  namespace: string;
  labels: Record<string, string>;
  /** Labels that select the Job's pods (for its NetworkPolicy). */
  selector: Record<string, string>;
  image: string;
  configMapName: N;
  /** Secret with `admin-user`, `admin-password`, `password.sql` (and `ca.crt` when TLS is verified). */
  secretName: N;
  postgres: { host: string; port: number; database: string; verifyTls: boolean };
  runAsUser?: number;
  /** `pulumi.com/skipAwait` for control planes without nodes (kubernetes.await reconciled). */
  skipAwait?: boolean;
}

export function buildApplyConfigMap<N = string>(p: {
  name: N;
  namespace: string;
  labels: Record<string, string>;
  sql: string;
  /** The login the Secret's script creates (named here for the policy pack; the name is not a secret). */
  loginRole?: string;
}) {
  return {
    apiVersion: "v1" as const,
    kind: "ConfigMap" as const,
    metadata: {
      name: p.name,
      namespace: p.namespace,
      labels: p.labels,
      ...(p.loginRole ? { annotations: { [LOGIN_ANNOTATION]: p.loginRole } } : {}),
    },
    // Immutable: its name carries the script's hash (as the Job's does), so a new script is a new ConfigMap.
    immutable: true,
    data: { [SQL_KEY]: p.sql },
  };
}

export function buildApplyJob<N = string>(s: ApplyJobSpec<N>) {
  const podLabels = { ...s.labels, ...s.selector };
  const fromSecret = (key: string) => ({ secretKeyRef: { name: s.secretName, key } });
  const env = [
    { name: "PGHOST", value: s.postgres.host },
    { name: "PGPORT", value: String(s.postgres.port) },
    { name: "PGDATABASE", value: s.postgres.database },
    { name: "PGUSER", valueFrom: fromSecret(ADMIN_USER_KEY) },
    { name: "PGPASSWORD", valueFrom: fromSecret(ADMIN_PASSWORD_KEY) },
    { name: "PGAPPNAME", value: "am-read-model-apply" },
    { name: "PGCONNECT_TIMEOUT", value: "30" },
    // verify-full: the CA and the host name, as the connector checks them (sslMode verify).
    { name: "PGSSLMODE", value: s.postgres.verifyTls ? "verify-full" : "disable" },
    ...(s.postgres.verifyTls ? [{ name: "PGSSLROOTCERT", value: `${CREDENTIALS_MOUNT}/${CA_KEY}` }] : []),
  ];
  const secretItems = [
    { key: PASSWORD_SQL_KEY, path: PASSWORD_SQL_KEY },
    ...(s.postgres.verifyTls ? [{ key: CA_KEY, path: CA_KEY }] : []),
  ];
  return {
    apiVersion: "batch/v1" as const,
    kind: "Job" as const,
    metadata: {
      name: s.name,
      namespace: s.namespace,
      labels: podLabels,
      ...(s.skipAwait ? { annotations: { "pulumi.com/skipAwait": "true" } } : {}),
    },
    spec: {
      // A failing script fails the same way twice; one retry covers a PostgreSQL restart.
      backoffLimit: 1,
      activeDeadlineSeconds: 900,
      template: {
        metadata: { labels: podLabels },
        spec: {
          restartPolicy: "Never",
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            seccompProfile: { type: "RuntimeDefault" },
            ...(s.runAsUser !== undefined ? { runAsUser: s.runAsUser, runAsGroup: s.runAsUser } : {}),
          },
          containers: [
            {
              name: "apply",
              image: s.image,
              imagePullPolicy: "IfNotPresent",
              command: applyCommand(),
              env,
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ["ALL"] },
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
              },
              resources: { requests: { memory: "64Mi", cpu: "20m" }, limits: { memory: "128Mi" } },
              volumeMounts: [
                { name: "sql", mountPath: SQL_MOUNT, readOnly: true },
                { name: "credentials", mountPath: CREDENTIALS_MOUNT, readOnly: true },
              ],
            },
          ],
          volumes: [
            { name: "sql", configMap: { name: s.configMapName, items: [{ key: SQL_KEY, path: SQL_KEY }] } },
            { name: "credentials", secret: { secretName: s.secretName, items: secretItems } },
          ],
        },
      },
    },
  };
}

/** The Job's pods: no ingress; egress to PostgreSQL and DNS only. */
export function buildApplyNetworkPolicy(p: {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  selector: Record<string, string>;
  postgres: { port: number; peer: Peer };
}) {
  return buildEgressPolicy({
    name: p.name,
    namespace: p.namespace,
    labels: p.labels,
    selector: p.selector,
    rules: [{ what: "PostgreSQL", to: [p.postgres.peer], ports: [p.postgres.port] }],
  });
}

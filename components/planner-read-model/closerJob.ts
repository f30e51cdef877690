/**
 * Pure builders of the closer job: a CronJob that runs `am_read.close_periods()` hourly, so that closed months are
 * published without anyone choosing when (the function takes no argument: it closes what is due as of `now()`).
 *
 * It logs in as the connector's role, which may run the closer and read the view, nothing else, and uses the
 * connector's own image (the Python and asyncpg the PostgreSQL connector runs on): no further image to pin or trust.
 */
import { closerQuery } from "../../anonymisation/planner/contract";
import { buildEgressPolicy } from "../network-policies/egress";
import type { Peer } from "../network-policies/peer";

export const CA_MOUNT = "/etc/planner-ca";
export const CA_KEY = "ca.crt";
export const PASSWORD_KEY = "password";

/** The Python the job runs (`-c`): connect, close, print the number of cells published; any error fails the job. */
export function closerScript(): string {
  return [
    "import asyncio, os, ssl, asyncpg",
    "async def main():",
    "    ca = os.environ.get('PGSSLROOTCERT')",
    // asyncpg reads PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD from the environment itself.
    "    conn = await asyncpg.connect(ssl=ssl.create_default_context(cafile=ca) if ca else False)",
    "    try:",
    `        n = await conn.fetchval(${JSON.stringify(closerQuery())})`,
    "        print(f'am_read.close_periods(): {n} cells published')",
    "    finally:",
    "        await conn.close()",
    "asyncio.run(main())",
  ].join("\n");
}

/** `U` lets the program pass the login name as a Pulumi Output (a rotating login) while tests pass a string. */
export interface CloserJobSpec<U = string> {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  /** Labels that select the job's pods (for its NetworkPolicy). */
  selector: Record<string, string>;
  image: string;
  /** Standard cron (minute hour dom month dow). */
  schedule: string;
  postgres: { host: string; port: number; database: string; user: U; verifyTls: boolean };
  /** Secret holding `password` (and `ca.crt` when TLS is verified). */
  secretName: string;
  runAsUser?: number;
}

const CRON = /^(\S+\s+){4}\S+$/;

export function buildCloserCronJob<U = string>(s: CloserJobSpec<U>) {
  if (!CRON.test(s.schedule.trim()))
    throw new Error(`closer schedule "${s.schedule}" is not a five-field cron`);
  const podLabels = { ...s.labels, ...s.selector };
  const env = [
    { name: "PGHOST", value: s.postgres.host },
    { name: "PGPORT", value: String(s.postgres.port) },
    { name: "PGDATABASE", value: s.postgres.database },
    { name: "PGUSER", value: s.postgres.user },
    { name: "PGPASSWORD", valueFrom: { secretKeyRef: { name: s.secretName, key: PASSWORD_KEY } } },
    ...(s.postgres.verifyTls ? [{ name: "PGSSLROOTCERT", value: `${CA_MOUNT}/${CA_KEY}` }] : []),
  ];
  return {
    apiVersion: "batch/v1" as const,
    kind: "CronJob" as const,
    metadata: { name: s.name, namespace: s.namespace, labels: podLabels },
    spec: {
      schedule: s.schedule,
      // Closings are serialised in PostgreSQL too (an advisory lock); a second job would only wait.
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 600,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          activeDeadlineSeconds: 3000,
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
                  name: "closer",
                  image: s.image,
                  imagePullPolicy: "IfNotPresent",
                  command: ["/app/bin/python", "-c", closerScript()],
                  env,
                  securityContext: {
                    allowPrivilegeEscalation: false,
                    capabilities: { drop: ["ALL"] },
                    readOnlyRootFilesystem: true,
                    runAsNonRoot: true,
                  },
                  resources: { requests: { memory: "128Mi", cpu: "20m" }, limits: { memory: "128Mi" } },
                  volumeMounts: s.postgres.verifyTls
                    ? [{ name: "ca", mountPath: CA_MOUNT, readOnly: true }]
                    : [],
                },
              ],
              volumes: s.postgres.verifyTls
                ? [
                    {
                      name: "ca",
                      secret: { secretName: s.secretName, items: [{ key: CA_KEY, path: CA_KEY }] },
                    },
                  ]
                : [],
            },
          },
        },
      },
    },
  };
}

/** The job's pods: no ingress; egress to PostgreSQL and DNS only. */
export function buildCloserNetworkPolicy(p: {
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

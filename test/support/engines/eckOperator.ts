/**
 * The real ECK operator 3.5.0 (`elastic-operator manager`) against a test control plane, with the flags that let it
 * run outside a cluster (docs/engines.md): kubeconfig from `KUBECONFIG`, no leader election, no webhook, metrics on
 * 127.0.0.1 only (with `--metrics-port=0` ECK still listens on `<host>:0`, so the host must be loopback), no telemetry.
 * The CRDs must be installed before it starts (the control plane does that), and the operator namespace must exist.
 */
import * as path from "node:path";
import type { ControlPlane } from "./controlPlane";
import { engineBinary } from "./engines";
import { startServer, waitFor, type Server } from "./processes";

export interface EckOperatorOptions {
  /** Where the operator keeps its own objects (created if missing). Default `elastic-system`. */
  operatorNamespace?: string;
  /** The namespaces it manages (created if missing). Empty: all namespaces. */
  namespaces?: string[];
  /** false: the namespaces are someone else's to create (a program under test): wait for the operator's own only. */
  createNamespaces?: boolean;
}

export interface EckOperator {
  readonly operatorNamespace: string;
  /** The operator's log file (inside the control plane's folder). */
  readonly log: string;
  readonly server: Server;
  stop(): Promise<void>;
}

export async function startEckOperator(
  cp: ControlPlane,
  options: EckOperatorOptions = {},
): Promise<EckOperator> {
  const operatorNamespace = options.operatorNamespace ?? "elastic-system";
  const namespaces = options.namespaces ?? [];
  // Managed namespaces a program will create need not exist yet (ECK watches them once they do); its own must.
  for (const ns of (options.createNamespaces ?? true)
    ? [operatorNamespace, ...namespaces]
    : [operatorNamespace]) {
    if (options.createNamespaces ?? true) await cp.createNamespace(ns);
    else
      await waitFor(
        `namespace ${ns}`,
        async () => ((await cp.api.get(`/api/v1/namespaces/${ns}`)) ? true : undefined),
        { timeoutMs: 600_000, intervalMs: 500 },
      );
  }
  const log = path.join(cp.dir, `elastic-operator-${operatorNamespace}.log`);
  const server = startServer(
    "elastic-operator",
    engineBinary("elastic-operator", "elastic-operator"),
    [
      "manager",
      `--operator-namespace=${operatorNamespace}`,
      ...(namespaces.length ? [`--namespaces=${namespaces.join(",")}`] : []),
      "--enable-leader-election=false",
      "--enable-webhook=false",
      "--manage-webhook-certs=false",
      "--metrics-host=127.0.0.1",
      "--metrics-port=0",
      "--disable-telemetry",
      "--disable-config-watch",
      "--validate-storage-class=false",
      "--log-verbosity=0",
    ],
    { log, env: { ...process.env, KUBECONFIG: cp.kubeconfig } },
  );
  // ECK writes its UUID ConfigMap into the operator namespace once it runs against the API server.
  await waitFor(
    "the ECK operator to start (ConfigMap elastic-operator-uuid)",
    async () =>
      (await cp.api.get(`/api/v1/namespaces/${operatorNamespace}/configmaps/elastic-operator-uuid`))
        ? true
        : undefined,
    { timeoutMs: 120_000, server, intervalMs: 500 },
  );
  return { operatorNamespace, log, server, stop: () => server.stop() };
}

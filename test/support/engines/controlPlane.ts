/**
 * A real Kubernetes control plane for tests: etcd, kube-apiserver and kube-controller-manager (built by
 * `npm run engines`) on loopback, on free ports, with their own temp folder, service-account key and admin token made
 * at start, the ECK, OpenShift Route and OLM CRDs installed from the schemas engine, and a kubeconfig written.
 *
 * There is no scheduler and no kubelet: pods are stored and admitted but never run. The controller manager is there for
 * the garbage collector and the namespace controller (Pulumi's Kubernetes provider deletes with Foreground
 * propagation, so `destroy` needs both).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import YAML from "yaml";
import { schemaPaths } from "../../../engines/schemas";
import { engineBinary } from "./engines";
import { KubeApi, type KubeObject } from "./kubeApi";
import { freePort, makeTempDir, removeTempDir, startServer, waitFor, type Server } from "./processes";

export interface ControlPlaneOptions {
  /** Run kube-controller-manager (garbage collector, namespace controller, …). Default true. */
  controllerManager?: boolean;
  /** Install the ECK, Route and OLM CRDs. Default true. */
  crds?: boolean;
  /** With `crds`, also the ECK CRDs; false for a test whose program installs ECK itself (the Helm chart). */
  eckCrds?: boolean;
}

export interface ControlPlane {
  /** The temp folder holding data, keys, logs and the kubeconfig; removed by `stop()` (unless AM_KEEP_TEST_DIRS). */
  readonly dir: string;
  /** `https://127.0.0.1:<port>`. */
  readonly server: string;
  /** Path of a kubeconfig for the admin user (`system:masters`); context `test`. */
  readonly kubeconfig: string;
  /** The same kubeconfig as text (for `kubernetes:kubeconfig` config). */
  readonly kubeconfigYaml: string;
  /** A client with admin rights. */
  readonly api: KubeApi;
  /** Creates (or updates) a namespace with labels. */
  createNamespace(name: string, labels?: Record<string, string>): Promise<KubeObject>;
  /** Stops every process and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
}

async function startEtcd(dir: string): Promise<{ server: Server; url: string }> {
  const [client, peer] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${client}`;
  const server = startServer(
    "etcd",
    engineBinary("etcd", "etcd"),
    [
      "--name=default",
      `--data-dir=${path.join(dir, "etcd")}`,
      `--listen-client-urls=${url}`,
      `--advertise-client-urls=${url}`,
      `--listen-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-cluster=default=http://127.0.0.1:${peer}`,
      "--unsafe-no-fsync",
      "--log-level=warn",
    ],
    { log: path.join(dir, "etcd.log") },
  );
  await waitFor(
    "etcd /health",
    async () => {
      const res = await fetch(`${url}/health`);
      return res.ok ? true : undefined;
    },
    { timeoutMs: 30_000, server },
  );
  return { server, url };
}

function kubeconfigText(server: string, token: string): string {
  return YAML.stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "test", cluster: { server, "insecure-skip-tls-verify": true } }],
    users: [{ name: "admin", user: { token } }],
    contexts: [{ name: "test", context: { cluster: "test", user: "admin" } }],
    "current-context": "test",
  });
}

export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const withControllers = options.controllerManager ?? true;
  const schemas = (options.crds ?? true) ? schemaPaths() : undefined;
  const crdFiles = (schemas?.controlPlaneCrds ?? []).filter(
    (f) => (options.eckCrds ?? true) || f !== schemas?.eckAllCrds,
  );
  const apiserverBin = engineBinary("kubernetes", "kube-apiserver");
  const dir = makeTempDir("am-control-plane-");
  const servers: Server[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const server of servers.reverse()) await server.stop();
    removeTempDir(dir);
  };
  try {
    const etcd = await startEtcd(dir);
    servers.push(etcd.server);

    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const saKey = path.join(dir, "sa.key");
    fs.writeFileSync(saKey, privateKey, { mode: 0o600 });
    const token = randomBytes(24).toString("hex");
    fs.writeFileSync(path.join(dir, "tokens.csv"), `${token},admin,admin-uid,"system:masters"\n`, {
      mode: 0o600,
    });

    const port = await freePort();
    const server = `https://127.0.0.1:${port}`;
    const certDir = path.join(dir, "certs");
    const apiserver = startServer(
      "kube-apiserver",
      apiserverBin,
      [
        `--etcd-servers=${etcd.url}`,
        `--etcd-prefix=/registry`,
        "--bind-address=127.0.0.1",
        `--secure-port=${port}`,
        `--cert-dir=${certDir}`,
        "--service-cluster-ip-range=10.0.0.0/24",
        "--allow-privileged=true",
        `--service-account-issuer=${server}`,
        `--service-account-key-file=${saKey}`,
        `--service-account-signing-key-file=${saKey}`,
        "--authorization-mode=RBAC",
        `--token-auth-file=${path.join(dir, "tokens.csv")}`,
        // No ServiceAccount admission: pods need no token volume (there is no kubelet to mount one).
        "--disable-admission-plugins=ServiceAccount",
        "--v=0",
      ],
      { log: path.join(dir, "kube-apiserver.log") },
    );
    servers.push(apiserver);
    const api = new KubeApi(server, token);
    await waitFor(
      "kube-apiserver /readyz",
      async () => ((await api.request("GET", "/readyz")).status === 200 ? true : undefined),
      { timeoutMs: 120_000, server: apiserver, intervalMs: 500 },
    );

    const kubeconfigYaml = kubeconfigText(server, token);
    const kubeconfig = path.join(dir, "kubeconfig");
    fs.writeFileSync(kubeconfig, kubeconfigYaml, { mode: 0o600 });

    if (withControllers) {
      const kcm = startServer(
        "kube-controller-manager",
        engineBinary("kubernetes", "kube-controller-manager"),
        [
          `--kubeconfig=${kubeconfig}`,
          "--leader-elect=false",
          "--bind-address=127.0.0.1",
          "--secure-port=0",
          `--service-account-private-key-file=${saKey}`,
          `--root-ca-file=${path.join(certDir, "apiserver.crt")}`,
          "--v=0",
        ],
        { log: path.join(dir, "kube-controller-manager.log") },
      );
      servers.push(kcm);
      // The service-account controller creating default/default shows the controllers are running.
      await waitFor(
        "kube-controller-manager (ServiceAccount default/default)",
        async () =>
          (await api.get("/api/v1/namespaces/default/serviceaccounts/default")) ? true : undefined,
        { timeoutMs: 120_000, server: kcm, intervalMs: 500 },
      );
    }

    for (const file of crdFiles) {
      const applied = await api.applyYaml(fs.readFileSync(file, "utf8"));
      for (const crd of applied) {
        await waitFor(
          `CRD ${crd.metadata.name} Established`,
          async () => {
            const current = await api.get<{
              status?: { conditions?: Array<{ type: string; status: string }> };
            }>(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}`);
            return current?.status?.conditions?.some((c) => c.type === "Established" && c.status === "True")
              ? true
              : undefined;
          },
          { timeoutMs: 60_000, server: apiserver },
        );
      }
    }

    return {
      dir,
      server,
      kubeconfig,
      kubeconfigYaml,
      api,
      createNamespace: (name, labels) =>
        api.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name, ...(labels ? { labels } : {}) } }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

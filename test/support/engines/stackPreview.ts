/**
 * A repository stack ready for `pulumi preview` by the real CLI against the test control plane: the objects the stack
 * reads from its cluster, the test cluster under every context name its stack file uses, its secrets set as secrets,
 * and what this machine cannot reach (the ECK Helm repository) replaced in the copied stack file. Shared by
 * `test/engines/previews.test.ts` (the pack from `policies/`) and `test/engines/policyBundle.test.ts` (the bundle).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import YAML from "yaml";
import { REPO_ROOT } from "../../../infra/paths";
import { stackFilePath } from "../../../infra/synth/stackFile";
import type { ControlPlane } from "./controlPlane";
import { eckChartDir } from "./engines";
import { pulumiWorkspace, type PulumiResult, type PulumiWorkspace } from "./pulumi";
import { serviceCaConfigMap, setStackSecrets, TEST_CA_PEM } from "./stacks";

/** The objects a stack reads from the cluster before it creates anything (what an SRE's cluster already has). */
const PRECONDITIONS: Record<string, object[]> = {
  // prod's leader is the milestone-1 cluster (context migration-prod, here the same test cluster): ECK published
  // its transport CA there when the leader stack was deployed.
  prod: [
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "am-dashboard-es-transport-certs-public", namespace: "assisted-migration-dashboard" },
      data: { "ca.crt": Buffer.from(TEST_CA_PEM).toString("base64") },
    },
  ],
  dev: [serviceCaConfigMap()],
};

/**
 * The test cluster under every context name a stack file uses (`kubernetes.context`, a leader's `context`), so each
 * stack's providers reach it as they would reach their own cluster.
 */
function kubeconfigFor(cp: ControlPlane, stackFile: string, dir: string): string {
  const contexts = [...fs.readFileSync(stackFile, "utf8").matchAll(/^\s*context:\s*([\w.-]+)\s*$/gm)].map(
    (m) => m[1],
  );
  const config = YAML.parse(cp.kubeconfigYaml) as { contexts: { name: string; context: object }[] };
  const base = config.contexts[0];
  for (const name of contexts) config.contexts.push({ name, context: base.context });
  const file = path.join(dir, "kubeconfig");
  fs.writeFileSync(file, YAML.stringify(config));
  return file;
}

/**
 * What this machine cannot reach, in the copied stack file only: the `local` stack installs ECK from the Helm
 * repository (helm.elastic.co), which is not reachable here; the same chart, version 3.5.0, comes from the
 * cloud-on-k8s module (engines/elastic-operator).
 */
function offline(stack: string, file: string): void {
  if (stack !== "local") return;
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  doc.setIn(["config", "am-dashboard:eck", "helm"], {
    chart: eckChartDir(),
    operatorNamespace: "elastic-system",
  });
  fs.writeFileSync(file, doc.toString());
}

/** A workspace of the repository's `stack` (its stack file, secrets, preconditions) for `projectDir`'s program. */
export async function stackWorkspace(
  cp: ControlPlane,
  stack: string,
  projectDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<PulumiWorkspace> {
  for (const object of PRECONDITIONS[stack] ?? []) {
    const ns = (object as { metadata: { namespace?: string } }).metadata.namespace;
    if (ns) await cp.createNamespace(ns);
    await cp.api.apply(object as never);
  }
  const file = stackFilePath(REPO_ROOT, stack);
  const dir = fs.mkdtempSync(path.join(cp.dir, `kube-${stack}-`));
  const ws = pulumiWorkspace({
    projectDir,
    stack,
    stackConfig: file,
    kubeconfig: kubeconfigFor(cp, file, dir),
    env,
  });
  offline(stack, ws.configFile);
  await ws.stackInit();
  // The same secret values the synth would use (AM_SECRET_<KEY> or its labelled placeholders), set as secrets.
  await setStackSecrets(ws, file);
  return ws;
}

/** `--policy-pack <pack> --policy-pack-config policies/config/<stack>.json`. */
export function policyArgs(pack: string, stack: string): string[] {
  return [
    "--policy-pack",
    pack,
    "--policy-pack-config",
    path.join(REPO_ROOT, "policies", "config", `${stack}.json`),
  ];
}

/** Lines of the CLI's policy report at the mandatory level. */
export function mandatoryViolations(result: PulumiResult): string[] {
  return result.output.split("\n").filter((l) => /\[mandatory\]/.test(l));
}

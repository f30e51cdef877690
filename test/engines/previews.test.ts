/**
 * `pulumi preview` of every stack by the real CLI, language host and providers, with the policy pack run by the real
 * analyzer (`--policy-pack policies --policy-pack-config policies/config/<stack>.json`), Kubernetes pointed at the
 * test control plane (ECK, Route and OLM CRDs installed). Then the same preview with one violation planted must fail
 * with the policy's own message. What only a cluster with OpenShift, OLM and Elasticsearch would show stays unproven
 * here (README, "What runs for real").
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import YAML from "yaml";
import { REPO_ROOT } from "../../infra/paths";
import { listStacks, stackFilePath } from "../../infra/synth/stackFile";
import {
  eckChartDir,
  pulumiWorkspace,
  serviceCaConfigMap,
  setStackSecrets,
  TEST_CA_PEM,
  useControlPlane,
  type ControlPlane,
  type PulumiResult,
  type PulumiWorkspace,
} from "../support/engines";
import { HIDDEN_FIELD, type PlantedViolation } from "./fixtures/planted/plants";

const POLICIES = path.join(REPO_ROOT, "policies");
const PLANTED = path.join(__dirname, "fixtures", "planted");

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

/** Lines of the CLI's policy report at the mandatory level. */
function mandatoryViolations(result: PulumiResult): string[] {
  return result.output.split("\n").filter((l) => /\[mandatory\]/.test(l));
}

describe("engines: pulumi preview of every stack with the policy pack (real CLI and analyzer)", function () {
  this.timeout(20 * 60_000);
  const cp = useControlPlane();

  async function workspace(
    stack: string,
    projectDir: string,
    env: NodeJS.ProcessEnv = {},
  ): Promise<PulumiWorkspace> {
    for (const object of PRECONDITIONS[stack] ?? []) {
      const ns = (object as { metadata: { namespace?: string } }).metadata.namespace;
      if (ns) await cp().createNamespace(ns);
      await cp().api.apply(object as never);
    }
    const file = stackFilePath(REPO_ROOT, stack);
    const dir = fs.mkdtempSync(path.join(cp().dir, `kube-${stack}-`));
    const ws = pulumiWorkspace({
      projectDir,
      stack,
      stackConfig: file,
      kubeconfig: kubeconfigFor(cp(), file, dir),
      env,
    });
    offline(stack, ws.configFile);
    await ws.stackInit();
    // The same secret values the synth would use (AM_SECRET_<KEY> or its labelled placeholders), set as secrets.
    await setStackSecrets(ws, file);
    return ws;
  }

  const policyArgs = (stack: string) => [
    "--policy-pack",
    POLICIES,
    "--policy-pack-config",
    path.join(POLICIES, "config", `${stack}.json`),
  ];

  for (const stack of listStacks(REPO_ROOT)) {
    it(`previews ${stack} with no mandatory violation`, async () => {
      const ws = await workspace(stack, REPO_ROOT);
      try {
        const result = await ws.preview(policyArgs(stack));
        assert.deepEqual(mandatoryViolations(result), [], result.output.slice(-4000));
        assert.match(result.output, /Policies:|am-dashboard-anonymisation/, "the policy pack did not run");
        assert.match(result.output, /\+ \d+ to create|to create/, result.output.slice(-2000));
      } finally {
        await ws.dispose();
      }
    });
  }

  describe("planted violations fail the real preview with the policy's own message", () => {
    before(() => {
      // The fixture is the repo's project (same name, packages and config keys) with another entry point.
      const project = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), "utf8");
      fs.writeFileSync(path.join(PLANTED, "Pulumi.yaml"), project.replace(/^main: .*$/m, "main: index.ts"));
    });

    const cases: { violation: PlantedViolation; stack: string; policy: string; message: RegExp }[] = [
      { violation: "edge-route", stack: "dev", policy: "tls-end-to-end", message: /edge/i },
      {
        violation: "template-without-final-pipeline",
        stack: "local",
        policy: "templates-set-anonymisation-final-pipeline",
        message: /final_pipeline/,
      },
      {
        violation: "dashboard-names-hidden-field",
        stack: "local",
        policy: "dashboards-name-no-hidden-field",
        message: new RegExp(`"${HIDDEN_FIELD}"`),
      },
    ];
    for (const c of cases) {
      it(`${c.violation}: ${c.policy} refuses the ${c.stack} preview`, async () => {
        const ws = await workspace(c.stack, PLANTED, { AM_PLANTED_VIOLATION: c.violation });
        try {
          const result = await ws.preview(policyArgs(c.stack), { expectFailure: true });
          const lines = mandatoryViolations(result).filter((l) => l.includes(c.policy));
          assert.ok(lines.length > 0, `no mandatory ${c.policy} violation:\n${result.output.slice(-4000)}`);
          assert.match(result.output, c.message);
        } finally {
          await ws.dispose();
        }
      });
    }
  });
});

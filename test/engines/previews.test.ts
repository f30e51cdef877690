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
import { listStacks } from "../../infra/synth/stackFile";
import { processesUnder, useControlPlane } from "../support/engines";
import { mandatoryViolations, policyArgs as packArgs, stackWorkspace } from "../support/engines/stackPreview";
import { HIDDEN_FIELD, type PlantedViolation } from "./fixtures/planted/plants";

const POLICIES = path.join(REPO_ROOT, "policies");

/** Packages whose default provider the preview creates (`--diff` prints each provider's URN). */
function defaultProviders(output: string): string[] {
  return [...new Set([...output.matchAll(/pulumi:providers:([\w-]+)::default/g)].map((m) => m[1]))].sort();
}

const PLANTED = path.join(__dirname, "fixtures", "planted");

describe("engines: pulumi preview of every stack with the policy pack (real CLI and analyzer)", function () {
  this.timeout(20 * 60_000);
  const cp = useControlPlane();

  const workspace = (stack: string, projectDir: string, env: NodeJS.ProcessEnv = {}) =>
    stackWorkspace(cp(), stack, projectDir, env);
  const policyArgs = (stack: string) => packArgs(POLICIES, stack);

  for (const stack of listStacks(REPO_ROOT)) {
    it(`previews ${stack} with no mandatory violation`, async () => {
      const ws = await workspace(stack, REPO_ROOT);
      try {
        const result = await ws.preview(policyArgs(stack));
        assert.deepEqual(mandatoryViolations(result), [], result.output.slice(-4000));
        assert.match(result.output, /Policies:|am-dashboard-anonymisation/, "the policy pack did not run");
        assert.match(result.output, /\+ \d+ to create|to create/, result.output.slice(-2000));
        // Components pass their providers to their children through the resource options. Pulumi.yaml disables
        // only the default kubernetes provider: an elasticstack resource that lost its stack's provider would get a
        // default one (reaching no endpoint) instead of failing. Only @pulumi/random runs on its default provider.
        const defaults = defaultProviders(result.output);
        console.log(`      default providers in the ${stack} preview: ${defaults.join(", ") || "none"}`);
        assert.deepEqual(
          defaults.filter((p) => p !== "random"),
          [],
          "a resource runs on a default provider",
        );
        // Nothing the run started outlives it: the bridge's Terraform providers are orphaned by the engine's
        // shutdown (pulumi/pulumi-terraform-bridge#3349) and the workspace reaps them.
        assert.deepEqual(processesUnder(ws.dir), [], "processes outlived pulumi preview");
      } finally {
        await ws.dispose();
      }
    });
  }

  it("a wrong stack file fails the real preview with one message naming the file and key, before any resource", async () => {
    const ws = await workspace("dev", REPO_ROOT);
    try {
      const doc = YAML.parseDocument(fs.readFileSync(ws.configFile, "utf8"));
      doc.setIn(["config", "am-dashboard:licence"], "platinumm");
      fs.writeFileSync(ws.configFile, doc.toString());
      const result = await ws.preview(policyArgs("dev"), { expectFailure: true });
      assert.match(result.output, /Pulumi\.dev\.yaml/, result.output.slice(-3000));
      assert.match(result.output, /am-dashboard:licence[^\n]*platinumm/, result.output.slice(-3000));
      assert.doesNotMatch(result.output, /^\s+at .+\(.+:\d+:\d+\)$/m, "the message came with a stack trace");
      // index.ts validates before it registers the provider of the dynamic resources: nothing but the stack exists.
      assert.doesNotMatch(
        result.output,
        /pulumi:providers:|am-dashboard:\w+:\w+\s/,
        "a resource was registered",
      );
    } finally {
      await ws.dispose();
    }
  });

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
      {
        // The root stack resource and its outputs reach a stack policy only under the real analyzer.
        violation: "credential-in-stack-output",
        stack: "local",
        policy: "stack-outputs-hold-no-credentials",
        message: /stack output "plantedElasticsearchUrl" contains a URL with a password in clear/,
      },
      {
        // A stack policy over an elasticstack resource the preview has not created: it judges the inputs the
        // resource was registered with (policies/rules/common.ts outputsKnown), not nothing.
        violation: "viewer-role-reads-everything",
        stack: "dev",
        policy: "viewers-read-anonymised-only",
        message: /"\*"/,
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

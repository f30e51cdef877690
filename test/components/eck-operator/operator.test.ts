/**
 * How the ECK operator is installed and awaited, checked against the upstream objects it depends on:
 * operator-framework/api v0.45.0 (pkg/operators/v1alpha1: Subscription status.installPlanRef / installedCSV,
 * InstallPlan spec.approved / clusterServiceVersionNames / status.phase "Complete") and cloud-on-k8s v3.5.0
 * (deploy/eck-operator/templates/_helpers.tpl: the chart's pod labels). OLM cannot run on these machines; the
 * real-engine deployment test installs the operator with the chart (`local`) or runs it as `existing` (`dev`).
 */
import * as assert from "node:assert/strict";
import {
  buildSubscription,
  operatorGate,
  operatorPodLabels,
  subscriptionAwait,
} from "../../../components/eck-operator/build";
import { runUnderMocks, type RecordedResource } from "../../../infra/engine/mockEngine";
import { ElasticStack } from "../../../components/elastic-stack";
import { kubernetesArgs, openshiftArgs, testK8sProvider } from "../../support/platformArgs";
import type { ElasticStackArgs } from "../../../components/elastic-stack";

const PINNED = "elasticsearch-eck-operator-certified.v3.5.0";

describe("ECK operator install: the Manual-approval gate", () => {
  it("stops until a human approved the plan, naming the plan and the commands", () => {
    assert.throws(
      () => operatorGate({ installPlanRef: { name: "install-abc" } }, PINNED, "am"),
      /Manual approval .*v3\.5\.0 is not installed yet.*InstallPlan am\/install-abc installs exactly .*oc -n am patch installplan install-abc .*run pulumi up again/,
    );
  });

  it("says what to look at when OLM has not resolved a plan yet", () => {
    assert.throws(() => operatorGate({}, PINNED, "am"), /has not created an InstallPlan yet/);
  });

  it("passes once the pinned CSV is installed, and refuses another one", () => {
    assert.equal(operatorGate({ installedCSV: PINNED }, PINNED, "am"), PINNED);
    assert.throws(
      () => operatorGate({ installedCSV: "elasticsearch-eck-operator-certified.v3.6.0" }, PINNED, "am"),
      /installed .*v3\.6\.0, not the pinned .*v3\.5\.0 \(am-dashboard:eck.version\)/,
    );
  });

  it("awaits the plan reference under Manual approval and the installed CSV under Automatic", () => {
    assert.equal(subscriptionAwait("Manual"), "jsonpath={.status.installPlanRef.name}");
    assert.equal(subscriptionAwait("Automatic"), "jsonpath={.status.installedCSV}");
    const sub = buildSubscription("eck", "am", {
      channel: "stable",
      packageName: "p",
      source: "s",
      sourceNamespace: "n",
      installPlanApproval: "Manual",
      startingCSV: PINNED,
    });
    assert.equal(sub.metadata.annotations["pulumi.com/waitFor"], "jsonpath={.status.installPlanRef.name}");
  });
});

async function render(args: ElasticStackArgs): Promise<RecordedResource[]> {
  const run = await runUnderMocks({ project: "am-dashboard", stack: "t", config: {} }, () => {
    new ElasticStack("am", args, { provider: testK8sProvider() });
    return {};
  });
  return run.resources;
}

const networkPolicy = (rs: RecordedResource[]) =>
  rs.find((r) => r.type === "kubernetes:networking.k8s.io/v1:NetworkPolicy")!.inputs as {
    spec: { ingress: { from: { podSelector?: { matchLabels?: Record<string, string> } }[] }[] };
  };

const admitsPodLabels = (rs: RecordedResource[], labels: Record<string, string>) =>
  networkPolicy(rs).spec.ingress.some((rule) =>
    rule.from.some((peer) => JSON.stringify(peer.podSelector?.matchLabels) === JSON.stringify(labels)),
  );

describe("ECK operator install: the chart, the OLM bundle and an existing operator", () => {
  it("labels operator pods as each install method does", () => {
    assert.deepEqual(operatorPodLabels("helm"), { "app.kubernetes.io/name": "elastic-operator" });
    assert.deepEqual(operatorPodLabels("olm"), { "control-plane": "elastic-operator" });
  });

  it("the Elasticsearch NetworkPolicy admits the Helm-installed operator by the labels the chart sets", async () => {
    const rs = await render(kubernetesArgs());
    assert.ok(admitsPodLabels(rs, { "app.kubernetes.io/name": "elastic-operator" }));
    assert.ok(!admitsPodLabels(rs, { "control-plane": "elastic-operator" }));
  });

  it("an existing operator is admitted by the labels its admin declared, and nothing is installed", async () => {
    const base = kubernetesArgs();
    const rs = await render({
      ...base,
      operator: {
        ...base.operator,
        install: { method: "existing", operatorNamespace: "ops", podLabels: { app: "eck" } },
      },
    });
    assert.ok(admitsPodLabels(rs, { app: "eck" }));
    assert.equal(rs.filter((r) => /helm|Subscription|OperatorGroup/.test(r.type)).length, 0);
  });

  it("a local chart directory is installed without a repository, and not awaited on a node-less control plane", async () => {
    const base = kubernetesArgs();
    const rs = await render({
      ...base,
      await: "reconciled",
      operator: {
        ...base.operator,
        install: { method: "helm", chart: "/charts/eck-operator", operatorNamespace: "elastic-system" },
      },
    });
    const chart = rs.find((r) => r.type === "kubernetes:helm.sh/v4:Chart")!.inputs as Record<string, unknown>;
    assert.equal(chart.chart, "/charts/eck-operator");
    assert.equal(chart.repositoryOpts, undefined);
    assert.equal(chart.skipAwait, true);
  });

  it("creates no approval of its own under Manual approval: Elasticsearch waits behind the Subscription", async () => {
    const rs = await render(openshiftArgs());
    assert.equal(
      rs.filter((r) => r.type.includes("InstallPlan")).length,
      0,
      "the program must not approve InstallPlans",
    );
    const sub = rs.find((r) => r.type === "kubernetes:operators.coreos.com/v1alpha1:Subscription")!;
    const es = rs.find((r) => r.type === "kubernetes:elasticsearch.k8s.elastic.co/v1:Elasticsearch")!;
    assert.ok(es.dependencies.includes(sub.urn), "Elasticsearch is not created after the Subscription");
  });
});

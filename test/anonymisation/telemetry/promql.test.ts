/** The PromQL the telemetry collector runs is generated: restricted to Assisted Migration clusters and summed. */
import assert from "node:assert/strict";
import * as path from "node:path";
import { ALLOWED_BREAKDOWN_LABELS, BREAKDOWN_LABELS } from "../../../anonymisation/telemetry/model";
import {
  aggregate,
  breakdownProblem,
  gate,
  generatedQuery as generated,
  injectMatcher,
  splitAggregate,
  type TelemetryQuery,
} from "../../../anonymisation/telemetry/promql";
import { ConfigError, parseStackConfig } from "../../../infra/config/load";
import { loadStackFile } from "../../../infra/synth/stackFile";

const M = 'tags=~"(.*,)?assisted_migration(,.*)?"';
const K = 10;
const generatedQuery = (q: TelemetryQuery, label: string) => generated(q, label, K);

describe("milestone 2: telemetry query restriction", () => {
  it("injects the matcher into every selector, bare or with matchers", () => {
    assert.equal(injectMatcher("up", "tags"), `up{${M}}`);
    assert.equal(injectMatcher('mtv_vms{status="done"}', "tags"), `mtv_vms{${M}, status="done"}`);
    assert.equal(
      injectMatcher("rate(a_total[5m]) / on(_id) group_left(version) b", "tags"),
      `rate(a_total{${M}}[5m]) / on(_id) group_left(version) b{${M}}`,
    );
    assert.equal(
      injectMatcher('sum by (x) (c) or {__name__="d"}', "tags"),
      `sum by (x) (c{${M}}) or {${M}, __name__="d"}`,
    );
    assert.equal(
      injectMatcher('label_replace(e, "a", "$1", "b", "(.*)")', "tags"),
      `label_replace(e{${M}}, "a", "$1", "b", "(.*)")`,
    );
  });

  it("refuses queries that name the restriction label, select nothing or break down by an identifier", () => {
    assert.throws(() => injectMatcher('up{tags=~".*"}', "tags"), /names the restriction label/);
    assert.throws(() => injectMatcher("1 + 2", "tags"), /selects no series/);
    assert.throws(
      () => generatedQuery({ name: "n", expr: "up", groupBy: "_id" }, "tags"),
      /query "n": "_id" is not an allowed breakdown label .*the allowed labels are mode, provider, status, target, version/,
    );
    assert.equal(
      generatedQuery({ name: "n", expr: "up", groupBy: "version" }, "tags"),
      gate(`up{${M}}`, "version", K),
    );
    assert.equal(generatedQuery({ name: "n", expr: "up" }, "tags"), gate(`up{${M}}`, undefined, K));
    // The gate: the sum is returned only where at least k distinct clusters (_id) contribute.
    assert.equal(
      generatedQuery({ name: "n", expr: "up", groupBy: "version" }, "tags"),
      `sum by (version) (up{${M}}) and on (version) ` +
        `(count by (version) (group by (version, _id) (up{${M}})) >= 10)`,
    );
    assert.equal(
      generatedQuery({ name: "n", expr: "up" }, "tags"),
      `sum(up{${M}}) and on () (count(group by (_id) (up{${M}})) >= 10)`,
    );
  });

  it("refuses a breakdown fed by label_replace / label_join from an identifying or the restriction label", () => {
    const q = (expr: string) => () => generatedQuery({ name: "n", expr, groupBy: "version" }, "tags");
    // The breakdown label would carry the cluster id (or the user-chosen tags) under a harmless name.
    const copies = (l: string) =>
      new RegExp(`string argument \\("${l}"\\) names a label that is not an allowed`);
    assert.throws(q('label_replace(up, "version", "$1", "_id", "(.*)")'), copies("_id"));
    assert.throws(q("label_join(up, 'version', ',', 'namespace', 'x')"), copies("namespace"));
    assert.throws(q('label_replace(up, "version", "$1", "tags", "(.*)")'), copies("tags"));
    assert.throws(q('label_replace(up, "version", "$1", "\\x5fid", "(.*)")'), copies("_id"));
    // Labels no deny-list named: unclassified means refused.
    assert.throws(q('label_replace(up, "version", "$1", "cluster", "(.*)")'), copies("cluster"));
    assert.throws(q('label_replace(up, "version", "$1", "uuid", "(.*)")'), copies("uuid"));
    assert.throws(q('count_values("version", up)'), /count_values turns sample values into a label/);
    // A matcher value and a copy between allowed labels stay allowed; a count_values-named metric is a metric.
    assert.equal(
      generatedQuery(
        {
          name: "n",
          expr: 'label_replace(up{job="_id"}, "version", "$1", "status", "(.*)")',
          groupBy: "version",
        },
        "tags",
      ),
      gate(`label_replace(up{${M}, job="_id"}, "version", "$1", "status", "(.*)")`, "version", K),
    );
    assert.equal(
      generatedQuery({ name: "n", expr: "count_values_total", groupBy: "status" }, "tags"),
      gate(`count_values_total{${M}}`, "status", K),
    );
    // Without a breakdown the outer sum removes every label, whatever the expression copies.
    assert.equal(
      generatedQuery({ name: "n", expr: 'label_replace(up, "v", "$1", "_id", "(.*)")' }, "tags"),
      gate(`label_replace(up{${M}}, "v", "$1", "_id", "(.*)")`, undefined, K),
    );
  });

  it("refuses a breakdown label that is not a plain label name", () => {
    assert.throws(
      () => generatedQuery({ name: "n", expr: "up", groupBy: "version, _id" }, "tags"),
      /"version, _id" is not one label name/,
    );
  });

  it("takes the breakdown labels from the classification's allow-list only", () => {
    assert.deepEqual(ALLOWED_BREAKDOWN_LABELS, Object.keys(BREAKDOWN_LABELS).sort());
    for (const [l, t] of Object.entries(BREAKDOWN_LABELS)) {
      assert.equal(t.cardinality, "low", l);
      assert.ok(t.reason.length > 20, l);
      assert.equal(breakdownProblem(l, "up", "tags"), undefined);
    }
    for (const l of [
      "cluster",
      "uuid",
      "namespace",
      "_id",
      "id_",
      "cluster_uuid",
      "plan",
      "owner",
      "toString",
    ]) {
      assert.equal(breakdownProblem(l, "up", "tags")?.key, "groupBy", l);
    }
    // The restriction label is refused even if it were on the allow-list.
    assert.equal(breakdownProblem("status", "up", "status")?.key, "groupBy");
    // The policy's variant does not quote the expression's strings.
    const p = breakdownProblem(
      "status",
      'label_replace(up, "status", "$1", "s3cr3t", "(.*)")',
      "tags",
      false,
    );
    assert.equal(p?.key, "expr");
    assert.ok(!p.message.includes("s3cr3t"), p.message);
  });

  it("splits exactly the aggregate generatedQuery writes, nothing else", () => {
    for (const q of [
      { name: "n", expr: "a / on(status) b" },
      { name: "n", expr: "a or b", groupBy: "status" },
    ]) {
      const g = generatedQuery(q, "tags");
      const split = splitAggregate(g);
      assert.equal(split?.groupBy, q.groupBy);
      assert.equal(split?.k, K);
      assert.equal(gate(split!.inner, split!.groupBy, split!.k!), g);
      // The ungated aggregate still splits (without k): the policy then refuses it for its missing gate.
      assert.equal(splitAggregate(aggregate(split!.inner, split!.groupBy))?.k, undefined);
    }
    for (const q of [
      `up{${M}}`,
      `sum(a{${M}}) or b{${M}}`,
      `sum(a{${M}}) or sum(b{${M}})`,
      `sum without (x) (a{${M}})`,
      `sum by(status) (a{${M}})`,
      `max(a{${M}})`,
      `sum(a{${M}}`,
      `sum(a{${M}}) and on () (count(group by (_id) (b{${M}})) >= 10)`,
      `sum(a{${M}}) and on () (count(group by (_id) (a{${M}})) >= 10) or c`,
    ]) {
      assert.equal(splitAggregate(q), undefined, q);
    }
  });

  it("refuses a stack config whose breakdown is not on the allow-list, naming the key and the allowed labels", () => {
    const file = path.resolve(__dirname, "..", "..", "..", "Pulumi.prod.yaml");
    const loaded = loadStackFile(file, {});
    const parseWith = (edit: (q: { expr: string; groupBy?: string }) => void) => {
      const collectors = JSON.parse(loaded.config["am-dashboard:collectors"]) as {
        telemetry: { queries: { expr: string; groupBy?: string }[] };
      };
      edit(collectors.telemetry.queries[1]);
      const config = { ...loaded.config, "am-dashboard:collectors": JSON.stringify(collectors) };
      return () => parseStackConfig("Pulumi.prod.yaml", config, (k) => loaded.secretKeys.includes(k));
    };
    assert.doesNotThrow(parseWith(() => {}));
    const refused = (re: RegExp) => (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, re);
      return true;
    };
    assert.throws(
      parseWith((q) => (q.groupBy = "cluster")),
      refused(
        /collectors\.telemetry\.queries\[1\]\.groupBy.*"cluster".*not an allowed breakdown label.*the allowed labels are mode, provider, status, target, version/,
      ),
    );
    assert.throws(
      parseWith((q) => (q.expr = 'label_replace(mtv_plans_total, "status", "$1", "uuid", "(.*)")')),
      refused(/collectors\.telemetry\.queries\[1\]\.expr.*\("uuid"\) names a label that is not an allowed/),
    );
  });
});

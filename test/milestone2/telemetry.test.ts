/** The PromQL the telemetry collector runs is generated: restricted to Assisted Migration clusters and summed. */
import assert from "node:assert/strict";
import { generatedQuery, injectMatcher } from "../../anonymisation/telemetry/promql";

const M = 'tags=~"(.*,)?assisted_migration(,.*)?"';

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
      /identifies clusters/,
    );
    assert.equal(
      generatedQuery({ name: "n", expr: "up", groupBy: "version" }, "tags"),
      `sum by (version) (up{${M}})`,
    );
    assert.equal(generatedQuery({ name: "n", expr: "up" }, "tags"), `sum(up{${M}})`);
  });

  it("refuses a breakdown fed by label_replace / label_join from an identifying or the restriction label", () => {
    const q = (expr: string) => () => generatedQuery({ name: "n", expr, groupBy: "version" }, "tags");
    // The breakdown label would carry the cluster id (or the user-chosen tags) under a harmless name.
    assert.throws(q('label_replace(up, "version", "$1", "_id", "(.*)")'), /copies label "_id"/);
    assert.throws(q("label_join(up, 'version', ',', 'namespace', 'x')"), /copies label "namespace"/);
    assert.throws(q('label_replace(up, "version", "$1", "tags", "(.*)")'), /copies label "tags"/);
    assert.throws(q('label_replace(up, "version", "$1", "\\x5fid", "(.*)")'), /copies label "_id"/);
    // A string that is only a matcher value or a harmless label stays allowed.
    assert.equal(
      generatedQuery(
        {
          name: "n",
          expr: 'label_replace(up{job="_id"}, "version", "$1", "ver", "(.*)")',
          groupBy: "version",
        },
        "tags",
      ),
      `sum by (version) (label_replace(up{${M}, job="_id"}, "version", "$1", "ver", "(.*)"))`,
    );
    // Without a breakdown the outer sum removes every label, whatever the expression copies.
    assert.equal(
      generatedQuery({ name: "n", expr: 'label_replace(up, "v", "$1", "_id", "(.*)")' }, "tags"),
      `sum(label_replace(up{${M}}, "v", "$1", "_id", "(.*)"))`,
    );
  });

  it("refuses a breakdown label that is not a plain label name", () => {
    assert.throws(
      () => generatedQuery({ name: "n", expr: "up", groupBy: "version, _id" }, "tags"),
      /not a label name/,
    );
  });
});

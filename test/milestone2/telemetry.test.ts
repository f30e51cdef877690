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
});

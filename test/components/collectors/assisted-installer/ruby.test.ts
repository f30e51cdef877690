/**
 * The collector's Ruby, run. Every `ruby` filter of the rendered Logstash pipeline goes through JRuby 10.0.6.0, the
 * Ruby Logstash 9.5.2 runs its filters in (engines/jruby), on a stand-in for Logstash's Event
 * (test/support/logstash/filters.rb). What it computes must equal the TypeScript rules that every other test, and
 * the OpenSearch evaluation of the transforms, rely on: `anonymiseEvent`, `normaliseKafkaMessage`.
 *
 * Events are generated (fast-check, seeded: `FC_SEED=<n>` replays a run; the seed is printed on failure), realistic
 * ones and odd ones: times that are not ISO 8601, hosts whose progress is not an object, non-string ids, negative
 * and fractional durations. A Ruby exception in any filter is a failure: Logstash would tag the event and go on
 * without the field.
 */
import * as assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import {
  anonymiseEvent,
  normaliseKafkaMessage,
  type EventDoc,
} from "../../../../anonymisation/assisted-installer/anonymiseEvent";
import { compileEventRules } from "../../../../anonymisation/assisted-installer/events";
import {
  renderPipeline,
  type PipelineOptions,
} from "../../../../components/collectors/assisted-installer/logstash";
import { enrichedEvent } from "../../../fixtures/assisted-installer";
import { rubyFilters, runRubyFilters, type FilteredEvent } from "../../../support/logstash";
import { propertySeed } from "../../../support/seed";

const { seed: SEED, replay } = propertySeed(__filename);
const RUNS = Number(process.env.FC_RUNS ?? 400);
const GRACE_DAYS = 7;
const RULES = compileEventRules();
const WORK = "am"; // [@metadata][am][<field>]: where the filters put what they compute

const OPTIONS: PipelineOptions = {
  source: {
    kind: "opensearch",
    url: "https://os:9200",
    index: "events",
    username: "u",
    schedule: "* * * * *",
  },
  index: "am-installations-staging",
  lookupPattern: "am-installations*",
  target: { url: "https://es:9200" },
  graceDays: GRACE_DAYS,
};
const KAFKA: PipelineOptions = {
  ...OPTIONS,
  source: {
    kind: "kafka",
    bootstrapServers: "k:9096",
    topic: "events",
    groupId: "g",
    saslMechanism: "SCRAM-SHA-512",
    username: "u",
  },
};

/** The rules the pipeline computes in a `ruby` filter of its own (not fingerprint, mutate or the lookup). */
const RUBY_RULES = RULES.filter((r) => !["hmac", "key-epoch", "first-seen"].includes(r.transform.kind));

/**
 * A value as the document that is written holds it: JSON (so -0 is 0), without fields set to null, which Logstash
 * keeps as null and every rule reads as absent.
 */
function asJson(v: unknown): unknown {
  return v === undefined ? undefined : withoutNulls(JSON.parse(JSON.stringify(v)));
}

function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([k, x]) => [k, withoutNulls(x)]),
  );
}

// ---- generators ------------------------------------------------------------------------------------------------

const isoMillis = fc
  .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2031-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const isoSeconds = isoMillis.map((s) => s.replace(/\.\d{3}Z$/, "Z"));
/** Times as the Assisted Installer writes them, and times it should not write but a parser must survive. */
const eventTime = fc.oneof(
  { weight: 6, arbitrary: isoMillis },
  { weight: 3, arbitrary: isoSeconds },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      "not a date",
      "2026-03-14",
      "2026-03-14 15:09:26Z",
      "2026-03-14T15:09:26+02:00",
      "2026-03-14T15:09:26.123456Z",
      "2026-12-31T23:59:59.999Z",
      "2026-02-29T12:00:00Z",
      "2028-02-29T12:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-03-14T24:00:00Z",
      "2026-03-14T15:09:60Z",
      "2026-03-14t15:09:26z",
      "2026-03-14T15:09:26",
      " 2026-03-14T15:09:26Z",
      "2026-03-14T15:09:26+24:00",
      "2026-03-14T15:09:26.9999999999Z",
    ),
  },
);
const number = fc.oneof(
  fc.integer({ min: -500, max: 200_000 }),
  fc
    .double({ min: -1000, max: 1_000_000, noNaN: true, noDefaultInfinity: true })
    .filter((d) => !Object.is(d, -0)),
  fc.constant(null),
  fc.constant("3600"),
);
const host = fc.record({
  stage: fc.option(fc.constantFrom("Done", "Joined", "Installing", "Rebooting", "Failed"), {
    nil: undefined,
  }),
  vendor: fc.option(fc.constantFrom("Dell Inc.", "HPE", "Supermicro", "QEMU", "Lenovo"), { nil: undefined }),
  /** Progress that is not an object (a string), or no inventory at all. */
  odd: fc.constantFrom("none", "progress-string", "no-inventory"),
});

const event = fc
  .record({
    eventTime,
    collectedAt: isoMillis,
    createdAt: eventTime,
    result: fc.constantFrom("installed", "error", "cancelled"),
    statusInfo: fc.oneof(
      fc.constantFrom(
        "Cluster is installed",
        "Timed out waiting for the cluster",
        "operator lso failed",
        "failed to pull image quay.io/x",
        "DNS wildcard check failed",
        "disk /dev/sda too small",
        "Installation cancelled by user",
        "",
      ),
      fc.string({ maxLength: 20, unit: "binary" }),
      fc.constantFrom("TIMED OUT", "Tiмeout", "\u0130mage pull", "DİSK full"),
    ),
    duration: number,
    hostCount: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constant(null), fc.constant("3")),
    openshiftVersion: fc.oneof(
      fc.constantFrom(
        "4.18.12",
        "4.9",
        "v4.16.0-rc.1",
        "4",
        "",
        "latest",
        "4.18.12-multi",
        "junk\n4.18.3",
        "4.17\n",
      ),
      fc.string({ maxLength: 12 }),
    ),
    releaseTag: fc.oneof(
      fc.constantFrom("v2.40.1", "v2.41.0-rc", "master", "x\nv2.40.1"),
      fc.string({ maxLength: 8, unit: "binary-ascii" }),
    ),
    hosts: fc.array(host, { maxLength: 4 }),
    features: fc.array(
      fc.oneof(
        fc.record({ id: fc.constantFrom("LVM", "CLUSTER_TAGS", "SNO", "ODF", "CUSTOM_X") }),
        fc.constantFrom("LVM", "ODF"),
        fc.record({ id: fc.integer() }),
      ),
      { maxLength: 4 },
    ),
    bundles: fc.array(
      fc.oneof(
        fc.constantFrom("virtualization", "mtv", "lso"),
        fc.record({ id: fc.constantFrom("mtv", "odf") }),
      ),
      { maxLength: 3 },
    ),
    tags: fc.constantFrom(
      "assisted_migration",
      " assisted_migration , ui_ocm,,",
      "ui_ocm,assisted_migration, x ",
      "assisted_migration,\u00a0ui_ocm",
      "assisted_migration,ui_ocm\u0000",
      "assisted_migration,\u2003ui_ocm\t",
    ),
    platform: fc.option(fc.constantFrom("baremetal", "vsphere", "nutanix", "oci", "none"), {
      nil: undefined,
    }),
    heterogeneous: fc.oneof(fc.boolean(), fc.constant("false"), fc.constant(null)),
    onprem: fc.boolean(),
    controlPlane: fc.oneof(
      fc.integer({ min: -2, max: 5 }),
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.constant("3"),
      fc.constant(null),
    ),
    userManaged: fc.oneof(fc.boolean(), fc.constant("true"), fc.constant(null), fc.constant(1)),
    architecture: fc.constantFrom("x86_64", "arm64", "multi", "X86_64", " x86_64", "s390x\n"),
  })
  .map((g): EventDoc => {
    const base = enrichedEvent({ result: g.result, statusInfo: g.statusInfo, tags: g.tags });
    const cluster = base.cluster as Record<string, unknown>;
    return {
      ...base,
      "@timestamp": g.collectedAt,
      event_time: g.eventTime,
      release_tag: g.releaseTag,
      event: { props: { result: g.result, duration: g.duration } },
      host_summary: { ...base.host_summary, heterogeneous_arch: g.heterogeneous },
      cluster: {
        ...cluster,
        created_at: g.createdAt,
        openshift_version: g.openshiftVersion,
        control_plane_count: g.controlPlane,
        user_managed_networking: g.userManaged,
        cpu_architecture: g.architecture,
        enabled_host_count: g.hostCount,
        platform: g.platform === undefined ? undefined : { type: g.platform },
        feature_usage: g.features,
        operator_bundles: g.bundles,
        ...(g.onprem ? { onprem: {} } : {}),
        hosts: g.hosts.map((h, i) => ({
          id: `host-${i}`,
          progress:
            h.odd === "progress-string" ? "50%" : h.stage === undefined ? {} : { current_stage: h.stage },
          ...(h.odd === "no-inventory"
            ? {}
            : { inventory: { system_vendor: h.vendor === undefined ? {} : { manufacturer: h.vendor } } }),
        })),
      },
    };
  });

// ---- the tests ---------------------------------------------------------------------------------------------------

const context = (at: string) => ({
  key: "k",
  hmac: (key: string, data: string) => createHmac("sha256", key).update(data).digest("hex"),
  seen: () => undefined,
  now: () => at,
  graceDays: GRACE_DAYS,
  keyEpoch: "0",
});

function describeEvent(e: EventDoc, r: FilteredEvent): string {
  return `event ${JSON.stringify(e)}\nruby metadata ${JSON.stringify(r.metadata)}\n${replay}`;
}

describe("the collector's Ruby under JRuby (Logstash 9.5.2's Ruby; a stand-in Event)", function () {
  this.timeout(180_000);
  const pipeline = renderPipeline(RULES, OPTIONS);
  const filters = rubyFilters(pipeline);
  const byId = (id: string) => {
    const f = filters.find((x) => x.id === id);
    assert.ok(f, `the pipeline has no ruby filter ${id}`);
    return f;
  };

  it("reads every ruby filter of the rendered pipeline", () => {
    const expected = [
      ...RUBY_RULES.map((r) => `am-${r.field}`),
      "am-first_attempt",
      "am-closed-month",
      "am-replace-event",
    ];
    assert.deepEqual(
      filters.map((f) => f.id).sort(),
      expected.sort(),
      "a ruby filter the pattern did not read would go untested",
    );
  });

  it("computes every field, and the closed-month decision, as anonymiseEvent does", async () => {
    const events = fc.sample(event, { seed: SEED, numRuns: RUNS });
    const chain = [...RUBY_RULES.map((r) => byId(`am-${r.field}`)), byId("am-closed-month")];
    const results = await runRubyFilters(chain, events);
    assert.equal(results.length, events.length);
    let kept = 0;
    const problems: string[] = [];
    events.forEach((e, i) => {
      const r = results[i];
      if (r.errors.length > 0)
        problems.push(`a filter raised ${JSON.stringify(r.errors)}\n${describeEvent(e, r)}`);
      const ts = anonymiseEvent(e, context(String(e["@timestamp"])), RULES);
      const closed = (r.metadata as { am_closed?: unknown }).am_closed;
      if (closed !== !ts.kept)
        problems.push(
          `dropped by one and not the other (${ts.kept ? "" : ts.reason})\n${describeEvent(e, r)}`,
        );
      if (!ts.kept) return;
      kept++;
      const am = ((r.metadata as Record<string, unknown>)[WORK] ?? {}) as Record<string, unknown>;
      for (const rule of RUBY_RULES) {
        const [ruby, reference] = [asJson(am[rule.field]), asJson(ts.doc[rule.field])];
        if (!isDeepStrictEqual(ruby, reference))
          problems.push(
            `${rule.field}: ruby ${JSON.stringify(ruby)}, anonymiseEvent ${JSON.stringify(reference)}\n${describeEvent(e, r)}`,
          );
      }
    });
    assert.equal(
      problems.length,
      0,
      `${problems.length} differences, the first:\n${problems.slice(0, 3).join("\n\n")}`,
    );
    // Not vacuous: most generated events are kept and compared field by field.
    assert.ok(kept > RUNS / 4, `only ${kept} of ${RUNS} events kept`);
  });

  it("keeps exactly the events anonymiseEvent keeps by their tags, with the regexp of the pipeline's tag filter", async () => {
    // The filter is a Logstash conditional, not a ruby filter: Logstash matches it with a Ruby Regexp built from the
    // literal (logstash-core EventCondition: RubyRegexp.newRegexpFromStr), which is what the code below does.
    const literal = /\[cluster\]\[tags\] !~ \/(.*)\/ \{ drop \{ id => "am-tag-filter" \} \}/.exec(pipeline);
    assert.ok(literal, "the pipeline has no tag filter");
    const regexp = JSON.stringify(literal[1]).replace(/#/g, "\\#");
    const tagFilter = {
      id: "tag-filter",
      code: `t = event.get("[cluster][tags]"); event.set("[@metadata][tagged]", t.is_a?(String) && Regexp.new(${regexp}).match?(t))`,
    };
    const piece = fc.constantFrom(
      "assisted_migration",
      " assisted_migration",
      "assisted_migration\t",
      "\u00a0assisted_migration",
      "not_assisted_migration",
      "assisted_migration_old",
      "ui_ocm",
      "x\nassisted_migration",
      "assisted_migration\nx",
      "",
    );
    const tags = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(",")),
      fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join("\n")),
      fc.constant(undefined),
      fc.constant(["assisted_migration"]),
    );
    const samples = fc.sample(tags, { seed: SEED, numRuns: 300 });
    const events = samples.map((t) => {
      const e = enrichedEvent();
      return { ...e, "@timestamp": "2026-03-15T00:00:00.000Z", cluster: { ...e.cluster, tags: t } };
    });
    const results = await runRubyFilters([tagFilter], events);
    const problems: string[] = [];
    events.forEach((e, i) => {
      const ts = anonymiseEvent(e, context(String(e["@timestamp"])), RULES);
      const tsTagged = ts.kept || !ts.reason.startsWith("cluster not tagged");
      const rubyTagged = results[i].metadata.tagged === true;
      if (results[i].errors.length > 0) problems.push(`raised ${JSON.stringify(results[i].errors)}`);
      else if (tsTagged !== rubyTagged)
        problems.push(
          `tags ${JSON.stringify(samples[i])}: Logstash keeps ${rubyTagged}, anonymiseEvent ${tsTagged}`,
        );
    });
    assert.equal(
      problems.length,
      0,
      `${problems.length} differences, the first:\n${problems.slice(0, 3).join("\n")}\n${replay}`,
    );
    assert.ok(
      results.some((r) => r.metadata.tagged === true) && results.some((r) => r.metadata.tagged === false),
    );
  });

  it("sets first_attempt from the lookup as anonymiseEvent does from `seen`, and leaves it unset when the lookup failed", async () => {
    const e = { ...enrichedEvent(), "@timestamp": "2026-03-15T00:00:00.000Z" };
    const cases: Array<{ meta: Record<string, unknown>; tags?: string[]; seen: boolean | undefined }> = [
      { meta: { am: { cluster_ref: "c", doc_id: "d" }, am_prior: "other-doc" }, seen: true },
      { meta: { am: { cluster_ref: "c", doc_id: "d" } }, seen: false },
      {
        meta: { am: { cluster_ref: "c", doc_id: "d" } },
        tags: ["_elasticsearch_lookup_failure"],
        seen: undefined,
      },
    ];
    const results = await runRubyFilters(
      [byId("am-first_attempt")],
      cases.map((c) => ({ ...e, "@metadata": c.meta, ...(c.tags ? { tags: c.tags } : {}) })),
    );
    cases.forEach((c, i) => {
      const ts = anonymiseEvent(e, { ...context(String(e["@timestamp"])), seen: () => c.seen }, RULES);
      assert.ok(ts.kept);
      const am = results[i].metadata.am as Record<string, unknown>;
      assert.deepEqual(results[i].errors, []);
      assert.equal(am.first_attempt, ts.doc.first_attempt, JSON.stringify(c));
    });
  });

  it("writes only what the rules computed: nothing read from the source survives", async () => {
    const e = { ...enrichedEvent(), "@timestamp": "2026-03-15T00:00:00.000Z", "@version": "1" };
    const [r] = await runRubyFilters(
      [byId("am-replace-event")],
      [{ ...e, "@metadata": { am: { result: "installed", host_count: 3 } } }],
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.data, {
      "@timestamp": "2026-03-15T00:00:00.000Z",
      "@version": "1",
      result: "installed",
      host_count: 3,
    });
  });

  it("turns Kafka's ClusterState messages into the enriched shape as normaliseKafkaMessage does", async () => {
    const normalise = rubyFilters(renderPipeline(RULES, KAFKA)).find((f) => f.id === "am-normalise-kafka");
    assert.ok(normalise, "the Kafka pipeline has no am-normalise-kafka filter");
    const message = fc.record({
      name: fc.constantFrom("ClusterState", "ClusterState", "HostState", "Event"),
      status: fc.constantFrom("installed", "error", "cancelled", "installing", "ready", undefined),
      started: eventTime,
      completed: fc.option(eventTime, { nil: undefined }),
      statusUpdated: fc.option(eventTime, { nil: undefined }),
      releaseTag: fc.option(fc.constantFrom("v2.40.1", "v2.41.0"), { nil: undefined }),
      payloadIsObject: fc.boolean(),
    });
    const messages = fc.sample(message, { seed: SEED, numRuns: 200 }).map((m) => ({
      name: m.name,
      payload: m.payloadIsObject
        ? {
            id: "c1",
            org_id: "o1",
            status: m.status,
            install_started_at: m.started,
            ...(m.completed === undefined ? {} : { install_completed_at: m.completed }),
            ...(m.statusUpdated === undefined ? {} : { status_updated_at: m.statusUpdated }),
          }
        : "not an object",
      metadata: m.releaseTag === undefined ? {} : { release_tag: m.releaseTag },
    }));
    const results = await runRubyFilters([normalise], messages);
    const problems: string[] = [];
    messages.forEach((m, i) => {
      const r = results[i];
      const ts = normaliseKafkaMessage(m);
      if (r.errors.length > 0) problems.push(`raised ${JSON.stringify(r.errors)} on ${JSON.stringify(m)}`);
      else if (r.cancelled !== (ts === undefined))
        problems.push(`cancelled ${r.cancelled} on ${JSON.stringify(m)}`);
      else if (ts && !isDeepStrictEqual(asJson(r.data), asJson(ts)))
        problems.push(`ruby ${JSON.stringify(r.data)}\nnormaliseKafkaMessage ${JSON.stringify(ts)}`);
    });
    assert.equal(
      problems.length,
      0,
      `${problems.length} differences, the first:\n${problems.slice(0, 3).join("\n\n")}\n${replay}`,
    );
  });
});

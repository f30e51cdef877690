/**
 * The Assisted Installer anonymisation rules, evaluated by the pure function the Logstash filter is rendered from
 * (`anonymiseEvent`), on canary documents. The Logstash side of the same rules is run under JRuby in
 * test/components/collectors/assisted-installer/ruby.test.ts.
 */
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import {
  anonymiseEvent,
  CLOSED_MONTH_REASON,
  normaliseKafkaMessage,
  publishableAt,
  type AnonymiseContext,
} from "../../../anonymisation/assisted-installer/anonymiseEvent";
import { compileEventRules } from "../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../anonymisation/assisted-installer/installation";
import { storedFields } from "../../../anonymisation/model";
import { renderPipeline } from "../../../components/collectors/assisted-installer/logstash";
import { CANARIES, clusterStateMessage, enrichedEvent } from "../../fixtures/assisted-installer";

const KEY = "test-key-0123456789abcdef0123456789abcdef";
const hmac = (key: string, data: string) => createHmac("sha256", key).update(data, "utf8").digest("hex");
const ctx = (seen: (ref: string, id: string) => boolean | undefined = () => false): AnonymiseContext => ({
  key: KEY,
  hmac,
  seen,
  graceDays: 7,
  keyEpoch: "2026-01-15",
});

function assertNoCanary(doc: unknown) {
  const text = JSON.stringify(doc);
  for (const c of CANARIES)
    assert.ok(!text.toLowerCase().includes(c.toLowerCase()), `canary ${c} leaked: ${text}`);
}

describe("milestone 2: Assisted Installer event anonymisation", () => {
  it("keeps only stored model fields and no canary of a tagged installation result", () => {
    const out = anonymiseEvent(enrichedEvent(), ctx());
    assert.equal(out.kept, true);
    if (!out.kept) return;
    assertNoCanary(out.doc);
    const stored = storedFields(installationDocument);
    for (const k of Object.keys(out.doc)) assert.ok(stored.includes(k), `unexpected field ${k}`);
    assert.equal(out.doc.result, "installed");
    assert.equal(out.doc.openshift_version, "4.18");
    assert.equal(out.doc.event_day, "2026-03-14");
    assert.equal(out.doc.created_month, "2026-03-01");
    assert.equal(out.doc.install_duration_minutes, 60); // 3725 s = 62.08 min, rounded to 5
    assert.equal(out.doc.install_duration_tier, "61-90");
    assert.equal(out.doc.host_count_tier, "2-3");
    assert.deepEqual(out.doc.tags, ["assisted_migration", "ui_ocm", "other"]);
    assert.deepEqual(out.doc.host_vendors, ["Dell Inc.", "other"]);
    assert.deepEqual(out.doc.feature_usage, ["CLUSTER_TAGS", "LVM", "other"]);
    assert.equal(out.doc.failure_stage, "none");
    assert.equal(out.doc.first_attempt, true);
    assert.equal(out.doc.on_premises, false);
  });

  it("keys the organisation (the customer the transforms count) and stamps the collection time", () => {
    const at = "2026-03-14T15:10:00.000Z";
    const out = anonymiseEvent(enrichedEvent(), { ...ctx(), now: () => at });
    assert.ok(out.kept);
    if (!out.kept) return;
    assert.equal(out.doc.customer_ref, hmac(KEY, "9911223344"));
    assert.equal(out.doc.collected_at, at);
    assert.ok(!JSON.stringify(out.doc).includes("9911223344"), "the organisation id is not stored in clear");
    // Without the collector's clock the field is unset, never invented.
    const noClock = anonymiseEvent(enrichedEvent(), ctx());
    assert.ok(noClock.kept && !("collected_at" in noClock.doc));
  });

  it("stamps the month's publishable_at (next month's first instant + grace days) and the key generation", () => {
    const out = anonymiseEvent(enrichedEvent(), { ...ctx(), now: () => "2026-03-14T16:00:00.000Z" });
    assert.ok(out.kept);
    if (!out.kept) return;
    assert.equal(out.doc.publishable_at, "2026-04-08T00:00:00.000Z");
    assert.equal(out.doc.key_epoch, "2026-01-15");
    // December rolls into the next year; 0 grace days is the month's end itself; a time that does not parse has none.
    assert.equal(publishableAt("2026-12-31T23:59:59.999Z", 7), "2027-01-08T00:00:00.000Z");
    assert.equal(publishableAt("2026-02-01T00:00:00Z", 0), "2026-03-01T00:00:00.000Z");
    assert.equal(publishableAt("2026-01-31T10:00:00+05:00", 30), "2026-03-03T00:00:00.000Z");
    assert.equal(publishableAt("yesterday", 7), undefined);
  });

  it("drops an event read at or after its month's publishable_at, and one whose month cannot be told", () => {
    const at = (now: string) => anonymiseEvent(enrichedEvent(), { ...ctx(), now: () => now });
    assert.equal(at("2026-04-07T23:59:59.999Z").kept, true);
    assert.deepEqual(at("2026-04-08T00:00:00.000Z"), { kept: false, reason: CLOSED_MONTH_REASON });
    assert.deepEqual(at("2026-05-01T00:00:00.000Z"), { kept: false, reason: CLOSED_MONTH_REASON });
    const noMonth = enrichedEvent();
    noMonth.event_time = "not-a-time";
    assert.equal(anonymiseEvent(noMonth, ctx()).kept, false);
  });

  it("pseudonymises the cluster with HMAC-SHA256 under the key, as Logstash fingerprint does", () => {
    const out = anonymiseEvent(enrichedEvent(), ctx());
    assert.ok(out.kept);
    if (!out.kept) return;
    const id = "3f2c1a9e-5b7d-4c1e-9a2b-c0ffee000001";
    assert.equal(out.doc.cluster_ref, hmac(KEY, id));
    // concatenate_sources: "|<ref>|<value>" per source sorted by reference, then "|".
    assert.equal(out.doc.doc_id, hmac(KEY, `|[cluster][id]|${id}|[event_time]|2026-03-14T15:09:26.535Z|`));
    const other = anonymiseEvent(enrichedEvent(), { ...ctx(), key: `${KEY}x` });
    assert.ok(
      other.kept && other.doc.cluster_ref !== out.doc.cluster_ref,
      "the key must change the pseudonym",
    );
  });

  it("pseudonymises an org id only when Logstash's `if` holds for it: events without one are no one fake customer", () => {
    // Upstream facts, read in their sources: logstash-filter-fingerprint hashes a source that is present but null as
    // "" (`next unless event.include?(field)`, then `to_s`); logstash-core EventCondition.valueIsTruthy holds for
    // anything but null, "" and "false". Logstash does not run here: the pipeline is checked for the guard.
    const text = renderPipeline(compileEventRules(), {
      source: { kind: "opensearch", url: "https://os", index: "e", username: "u", schedule: "* * * * *" },
      index: "i",
      lookupPattern: "i*",
      target: { url: "https://es" },
      graceDays: 7,
    });
    assert.match(
      text,
      /\n {2}if \[cluster\]\[org_id\] \{\n {4}fingerprint \{\n {6}id => "am-customer_ref"\n/,
    );
    assert.match(text, /\n {2}fingerprint \{\n {4}id => "am-doc_id"\n/, "the concatenated id is not guarded");
    const withOrg = (org: unknown) => {
      const e = enrichedEvent();
      const out = anonymiseEvent({ ...e, cluster: { ...e.cluster, org_id: org } }, ctx());
      assert.ok(out.kept);
      return out.kept ? out.doc.customer_ref : undefined;
    };
    for (const org of [null, "", false, "false"]) assert.equal(withOrg(org), undefined, JSON.stringify(org));
    // The same rule drops an event without a cluster id, as the pipeline's `if ![cluster][id]` does.
    for (const id of [null, "", "false"]) {
      const e = enrichedEvent();
      assert.equal(
        anonymiseEvent({ ...e, cluster: { ...e.cluster, id } }, ctx()).kept,
        false,
        JSON.stringify(id),
      );
    }
    for (const org of ["0", 0, "9911223344", true])
      assert.equal(withOrg(org), hmac(KEY, String(org)), JSON.stringify(org));
  });

  it("drops clusters not tagged assisted_migration, lookalike tags and other events", () => {
    assert.equal(anonymiseEvent(enrichedEvent({ tags: "ui_ocm" }), ctx()).kept, false);
    assert.equal(anonymiseEvent(enrichedEvent({ tags: "not_assisted_migration,ui_ocm" }), ctx()).kept, false);
    assert.equal(anonymiseEvent(enrichedEvent({ tags: "" }), ctx()).kept, false);
    assert.equal(anonymiseEvent(enrichedEvent({ message: "host.stage.duration" }), ctx()).kept, false);
    assert.equal(anonymiseEvent(enrichedEvent({ tags: "ui_ocm, assisted_migration" }), ctx()).kept, true);
  });

  it("categorises failures without keeping their text, and counts attempts by pseudonym", () => {
    const out = anonymiseEvent(
      enrichedEvent({
        result: "error",
        statusInfo: "Host master-0.acme-canary.example CANARY failed to pull image",
      }),
      ctx(() => true),
    );
    assert.ok(out.kept);
    if (!out.kept) return;
    assertNoCanary(out.doc);
    assert.equal(out.doc.status_info_category, "image-pull-failed");
    assert.equal(out.doc.first_attempt, false);
    assert.equal(out.doc.failure_stage, "other"); // every host reached Done: no explaining stage
    const unknown = anonymiseEvent(
      enrichedEvent(),
      ctx(() => undefined),
    );
    assert.ok(
      unknown.kept && !("first_attempt" in unknown.doc),
      "a failed lookup leaves first_attempt unset",
    );
  });

  it("normalises Kafka ClusterState envelopes and filters them the same way", () => {
    const installed = normaliseKafkaMessage(clusterStateMessage("installed"));
    assert.ok(installed);
    const out = anonymiseEvent(installed!, ctx());
    assert.ok(out.kept);
    if (out.kept) {
      assertNoCanary(out.doc);
      assert.equal(out.doc.install_duration_minutes, 60);
      assert.equal(out.doc.ai_version, "2.40");
    }
    assert.equal(normaliseKafkaMessage(clusterStateMessage("installing")), undefined);
    assert.equal(normaliseKafkaMessage({ name: "Event", payload: {} }), undefined);
    const untagged = normaliseKafkaMessage(clusterStateMessage("error", "ui_ocm"));
    assert.equal(anonymiseEvent(untagged!, ctx()).kept, false);
  });
});

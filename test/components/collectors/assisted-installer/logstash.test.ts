/**
 * What the Logstash renderer itself decides (the filters' structure, keyed hashes through `fingerprint` with the
 * keystore key, the order of the closed-month drop). What the rendered Ruby computes is run under JRuby against
 * `anonymiseEvent` in ruby.test.ts; no Logstash runs here.
 */
import assert from "node:assert/strict";
import { compileEventRules } from "../../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../../anonymisation/assisted-installer/installation";
import { storedFields } from "../../../../anonymisation/model";
import { renderPipeline } from "../../../../components/collectors/assisted-installer/logstash";
import { closedMonthRuby, rubyForRule } from "../../../../components/collectors/assisted-installer/ruby";

/** A key the pipeline text must never hold (it reads the key from the Logstash keystore). */
const KEY = "test-key-0123456789abcdef0123456789abcdef";

describe("the Assisted Installer collector's Logstash pipeline", () => {
  it("renders one Logstash filter per stored field, keyed hashes through fingerprint with the keystore key", () => {
    const text = renderPipeline(compileEventRules(), {
      source: {
        kind: "kafka",
        bootstrapServers: "k:9096",
        topic: "events-stream-production",
        groupId: "g",
        saslMechanism: "SCRAM-SHA-512",
        username: "u",
      },
      index: "am-installations",
      lookupPattern: "am-installations*",
      target: { url: "https://es:9200", caFile: "/ca.crt" },
      graceDays: 7,
    });
    for (const f of storedFields(installationDocument))
      assert.match(text, new RegExp(`id => "am-${f}"`), `no filter for ${f}`);
    assert.equal((text.match(/fingerprint \{/g) ?? []).length, 3);
    assert.match(text, /id => "am-customer_ref"\n\s+source => \["\[cluster\]\[org_id\]"\]/);
    assert.match(text, /event\.set\("\[@metadata\]\[am\]\[collected_at\]", ts\.to_s\)/);
    assert.match(text, /method => "SHA256"\n\s+key => "\$\{AM_PSEUDONYM_KEY\}"/);
    assert.ok(text.includes("[cluster][tags] !~ /(?<![^,])[ \\t]*assisted_migration[ \\t]*(?![^,])/"), text);
    assert.ok(!text.includes(KEY));
    // The key generation comes from the keystore, next to the key: never written into the pipeline text.
    assert.match(
      text,
      /mutate \{\n\s+id => "am-key_epoch"\n\s+add_field => \{ "\[@metadata\]\[am\]\[key_epoch\]" => "\$\{AM_KEY_EPOCH\}" \}/,
    );
    // publishable_at with the stack's grace days, then the closed-month drop after every field is computed.
    assert.match(text, /\(Time\.utc\(y, m, 1\) \+ 7 \* 86400\)\.iso8601\(3\)/);
    const closed = text.indexOf('if [@metadata][am_closed] { drop { id => "am-drop-closed-month" } }');
    assert.ok(closed > text.indexOf('id => "am-publishable_at"'), "the drop follows publishable_at");
    assert.ok(closed > text.indexOf('id => "am-collected_at"'), "the drop follows collected_at");
    assert.ok(closed < text.indexOf('id => "am-replace-event"'), "the drop precedes the write");
    // Each ruby code string is single-quoted: it may not contain a single quote.
    for (const m of text.matchAll(/code => '([^']*)'/g)) assert.ok(m[1].length > 0);
  });

  it("renders publishable_at with the stack's grace days, and refuses grace days that are not whole", () => {
    // What the Ruby computes is run under JRuby against anonymiseEvent in
    // test/components/collectors/assisted-installer/ruby.test.ts; here only what the renderer itself decides.
    const rule = compileEventRules().find((r) => r.field === "publishable_at")!;
    assert.match(rubyForRule(rule, { graceDays: 30 }), /\+ 30 \* 86400\)\.iso8601\(3\)/);
    assert.throws(() => rubyForRule(rule, { graceDays: 1.5 }), /graceDays/);
    assert.ok(
      !closedMonthRuby(compileEventRules()).includes("'"),
      "ruby code is single-quoted in the pipeline",
    );
  });
});

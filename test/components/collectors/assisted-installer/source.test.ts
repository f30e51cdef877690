/**
 * The collector's backfill query, run by OpenSearch itself: the Assisted Installer's event store is OpenSearch, so
 * here OpenSearch 2.19 is the source's own kind of engine, not a stand-in. The index gets the store's v1 template
 * (assisted-installer `opensearch/assisted-installer-events-tpl.json`, as ../shared/research/assisted-installer.md
 * quotes it: every string a `keyword` up to 2048 characters, `message` text with a `.keyword`), the events are
 * generated (tags with lookalikes, blanks, line breaks; other messages), and the query is the one the rendered
 * pipeline's `opensearch` input sends. The input pages through the results (scroll); one search of everything
 * stands in for that here.
 *
 * The query is a pre-filter: what it lets through, Logstash's own filters judge again. So the property is: it loses
 * no event `anonymiseEvent` would collect, and returns them in event time order.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { anonymiseEvent, type EventDoc } from "../../../../anonymisation/assisted-installer/anonymiseEvent";
import { compileEventRules } from "../../../../anonymisation/assisted-installer/events";
import {
  renderPipeline,
  type PipelineOptions,
} from "../../../../components/collectors/assisted-installer/logstash";
import { OpenSearchClient } from "../../../../dashboards/preview/standin";
import { startOpenSearch, type OpenSearchNode } from "../../../../engines/opensearch/node";
import { enrichedEvent } from "../../../fixtures/assisted-installer";
import { propertySeed } from "../../../support/seed";

const { seed: SEED, replay } = propertySeed(__filename);
const INDEX = "assisted-installer-events-v1-2026.03";
const ALIAS = "read-assisted-service-events";

/** The store's v1 template, as the research quotes it (legacy `_template`). */
const V1_TEMPLATE = {
  index_patterns: ["assisted-installer-events-v1-*"],
  settings: {
    index: { number_of_shards: "1", number_of_replicas: "0", mapping: { total_fields: { limit: "100000" } } },
  },
  mappings: {
    dynamic_templates: [
      { default_keyword: { match_mapping_type: "string", mapping: { type: "keyword", ignore_above: 2048 } } },
    ],
    properties: {
      cluster: {
        dynamic: true,
        properties: {
          connectivity_majority_groups: { type: "object", enabled: false },
          feature_usage: { dynamic: true, properties: {} },
          hosts: { dynamic: true, properties: {} },
        },
      },
      event_time: { type: "date" },
      message: { type: "text", fields: { keyword: { type: "keyword", ignore_above: 2048 } } },
      versions: { dynamic: true, properties: {} },
    },
  },
  aliases: { "assisted-service-events": {}, [ALIAS]: {} },
};

const OPTIONS: PipelineOptions = {
  source: { kind: "opensearch", url: "https://os:9200", index: ALIAS, username: "u", schedule: "* * * * *" },
  index: "am-installations-staging",
  lookupPattern: "am-installations*",
  target: { url: "https://es:9200" },
  graceDays: 7,
};

const piece = fc.constantFrom(
  "assisted_migration",
  " assisted_migration ",
  "not_assisted_migration",
  "assisted_migration_old",
  "ui_ocm",
  "aicli",
  "x\nassisted_migration",
  "",
);
const generated = fc.record({
  tags: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(",")),
  message: fc.constantFrom(
    "cluster.installation.results",
    "cluster.installation.results",
    "host.stage.duration",
  ),
  at: fc
    .date({
      min: new Date("2026-03-01T00:00:00Z"),
      max: new Date("2026-03-31T23:59:59Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
});

describe("the collector's backfill query, run by OpenSearch over the Assisted Installer store's v1 template", function () {
  this.timeout(300_000);
  let node: OpenSearchNode;
  let os: OpenSearchClient;

  before(async () => {
    node = await startOpenSearch();
    os = new OpenSearchClient(node.url);
    await os.ok("PUT", "/_template/assisted-installer-events-v1", V1_TEMPLATE);
  });
  after(async () => node?.stop());

  it("loses no event anonymiseEvent would collect, and returns them in event time order", async () => {
    const query = /id => "am-source-opensearch"[\s\S]*?\n {4}query => '([^']*)'/.exec(
      renderPipeline(compileEventRules(), OPTIONS),
    );
    assert.ok(query, "the pipeline's opensearch input has no query");
    const events: EventDoc[] = fc.sample(generated, { seed: SEED, numRuns: 300 }).map((g, i) => {
      const e = enrichedEvent({ tags: g.tags, message: g.message });
      return { ...e, event_time: g.at, cluster: { ...(e.cluster as object), id: `cluster-${i}` } };
    });
    // One long tag string: beyond `ignore_above` the store does not index it, so no query can find it.
    events.push({
      ...enrichedEvent({ tags: `assisted_migration,${"t".repeat(2100)}` }),
      event_time: "2026-03-02T00:00:00Z",
    });
    const bulk = events.flatMap((e, i) => [
      JSON.stringify({ index: { _index: INDEX, _id: String(i) } }),
      JSON.stringify(e),
    ]);
    const indexed = await os.ok<{ errors: boolean }>(
      "POST",
      "/_bulk?refresh=true",
      `${bulk.join("\n")}\n`,
      true,
    );
    assert.equal(indexed.errors, false);

    const body = { ...(JSON.parse(query[1]) as Record<string, unknown>), size: 10_000 };
    const found = await os.ok<{ hits: { hits: Array<{ _id: string; _source: EventDoc }> } }>(
      "POST",
      `/${ALIAS}/_search`,
      body,
    );
    const ids = new Set(found.hits.hits.map((h) => Number(h._id)));
    // Selected = passes the message and tag tests of anonymiseEvent (dropped later for other reasons or not).
    const ctx = { key: "k", hmac: () => "h", seen: () => undefined, graceDays: 7, keyEpoch: "0" };
    const selected = (e: EventDoc) => {
      const out = anonymiseEvent(e, ctx);
      return out.kept || !/not an installation result|not tagged/.test(out.reason);
    };
    const lost = events
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => selected(e) && !ids.has(i) && i < events.length - 1);
    assert.deepEqual(
      lost.map(({ e }) => (e.cluster as { tags: string }).tags),
      [],
      `lost by the query\n${replay}`,
    );
    assert.ok(
      !ids.has(events.length - 1),
      "a tag string over ignore_above is found: the limit documented is wrong",
    );
    const times = found.hits.hits.map((h) => Date.parse(String(h._source.event_time)));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      "not in event time order",
    );
    assert.ok(
      ids.size > 20 && ids.size < events.length,
      `the query returned ${ids.size} of ${events.length}`,
    );
  });
});

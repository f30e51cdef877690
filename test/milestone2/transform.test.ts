/**
 * The installation transforms' pivot, evaluated by a real search engine. No Elasticsearch runs here: OpenSearch 2.19
 * stands in for it, and it has no Elasticsearch transforms. What it can evaluate is what a pivot transform runs at each
 * checkpoint: a composite aggregation whose sources are the transform's `group_by` and whose sub-aggregations are its
 * `aggregations`, the `bucket_selector` included. This test runs exactly that, from the bodies the program deploys,
 * over a staging corpus produced by the collector's own rules (`anonymiseEvent`) in which some groups have fewer
 * than k customers. What stays unproven: that Elasticsearch's transform runs this pivot the same way, continuously,
 * with `collected_at` as sync field (docs/limits.md).
 */
import * as assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { AI_FACETS, type AiFacet } from "../../anonymisation/assisted-installer/cells";
import { anonymiseEvent } from "../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../anonymisation/assisted-installer/installation";
import { indexMappings } from "../../anonymisation/derive";
import { installationTransforms } from "../../components/collectors/assisted-installer/transform";
import { OpenSearchClient } from "../../dashboards/preview/standin";
import { startOpenSearch, type OpenSearchNode } from "../../engines/opensearch/node";
import { enrichedEvent } from "./fixtures";

const K = 10;
const KEY = "transform-test-key-0123456789abcdef";
const STAGING = "am-staging-installations";
const hmac = (key: string, data: string) => createHmac("sha256", key).update(data, "utf8").digest("hex");

type Doc = Record<string, unknown>;

/**
 * One installation attempt of organisation `org` on cluster `cluster`, through the collector's rules. The staging
 * document is what Logstash would write, collected an hour after the event.
 */
function attempt(org: number, cluster: number, at: string, version: string, result: string): Doc {
  const e = enrichedEvent({ result });
  e.cluster.org_id = `org-${org}`;
  e.cluster.id = `cluster-${org}-${cluster}`;
  e.cluster.openshift_version = version;
  e.event_time = at;
  const out = anonymiseEvent(e, {
    key: KEY,
    hmac,
    seen: () => cluster > 0,
    now: () => new Date(Date.parse(at) + 3_600_000).toISOString(),
  });
  assert.ok(out.kept, "the fixture event is collected");
  return out.doc;
}

/**
 * March: 14 organisations on 4.18 (two of them with a failed attempt), 6 on 4.16 (fewer than k); April: 4
 * organisations (a whole month below k). Organisation 0 has three clusters, so attempts exceed customers.
 */
function corpus(): Doc[] {
  const docs: Doc[] = [];
  for (let org = 0; org < 14; org++) {
    const clusters = org === 0 ? 3 : 1;
    for (let c = 0; c < clusters; c++)
      docs.push(
        attempt(org, c, `2026-03-${String(10 + c).padStart(2, "0")}T12:00:00Z`, "4.18.3", "installed"),
      );
    if (org < 2) docs.push(attempt(org, 9, "2026-03-20T12:00:00Z", "4.18.3", "error"));
  }
  for (let org = 100; org < 106; org++)
    docs.push(attempt(org, 0, "2026-03-15T12:00:00Z", "4.16.1", "installed"));
  for (let org = 200; org < 204; org++)
    docs.push(attempt(org, 0, "2026-04-03T12:00:00Z", "4.18.5", "installed"));
  return docs;
}

/** The transform's pivot as the composite search a checkpoint runs (sources in group_by order). */
function compositeSearch(facet: AiFacet, after?: Record<string, unknown>) {
  const t = installationTransforms({
    stagingIndex: STAGING,
    aggregateIndex: "am-installations-cells",
    k: K,
  }).find((x) => x.facet === facet)!;
  return {
    size: 0,
    query: t.source.query,
    aggs: {
      cells: {
        composite: {
          size: 100,
          sources: Object.entries(t.pivot.group_by).map(([name, g]) => ({ [name]: g })),
          ...(after ? { after } : {}),
        },
        aggs: t.pivot.aggregations,
      },
    },
  };
}

interface Bucket {
  key: Record<string, unknown>;
  doc_count: number;
  customers: { value: number };
  attempts: { value: number };
}

/** Independently of the engine: the distinct customers of the staging documents that fall in a bucket. */
function customersIn(docs: Doc[], key: Record<string, unknown>): Set<unknown> {
  const month = (d: Doc) => Date.parse(`${String(d.event_day).slice(0, 7)}-01T00:00:00Z`);
  const matches = (d: Doc) =>
    Object.entries(key).every(([field, v]) => {
      if (field === "facet") return true;
      if (field === "month") return month(d) === v;
      const dv = d[field];
      if (v === null) return dv === undefined || (Array.isArray(dv) && dv.length === 0);
      return Array.isArray(dv) ? dv.includes(v) : dv === v;
    });
  return new Set(docs.filter(matches).map((d) => d.customer_ref));
}

describe("installation transforms evaluated in OpenSearch 2.19 (standing in for Elasticsearch)", function () {
  this.timeout(600_000);
  let node: OpenSearchNode | undefined;
  let os: OpenSearchClient;
  const docs = corpus();

  before(async () => {
    node = await startOpenSearch();
    os = new OpenSearchClient(node.url);
    await os.ok("PUT", `/${STAGING}`, { mappings: indexMappings(installationDocument) });
    const bulk = docs
      .map((d) => `${JSON.stringify({ index: { _id: d.doc_id } })}\n${JSON.stringify(d)}\n`)
      .join("");
    await os.ok("POST", `/${STAGING}/_bulk?refresh=true`, bulk, true);
  });
  after(async () => {
    await node?.stop();
  });

  async function run(facet: AiFacet, gated: boolean): Promise<Bucket[]> {
    const out: Bucket[] = [];
    let after: Record<string, unknown> | undefined;
    for (;;) {
      const body = compositeSearch(facet, after);
      if (!gated) delete (body.aggs.cells.aggs as Record<string, unknown>).at_least_k_customers;
      const res = await os.ok<{
        aggregations: { cells: { buckets: Bucket[]; after_key?: Record<string, unknown> } };
      }>("POST", `/${STAGING}/_search`, body);
      out.push(...res.aggregations.cells.buckets);
      after = res.aggregations.cells.after_key;
      if (!after || res.aggregations.cells.buckets.length === 0) break;
    }
    return out;
  }

  it("indexed the whole staging corpus", async () => {
    const count = await os.ok<{ count: number }>("GET", `/${STAGING}/_count`);
    assert.equal(count.count, docs.length);
  });

  for (const facet of Object.keys(AI_FACETS) as AiFacet[]) {
    it(`facet ${facet}: publishes only buckets of at least k distinct customers, and no pseudonym`, async () => {
      const ungated = await run(facet, false);
      const published = await run(facet, true);
      assert.ok(published.length > 0, "something is published");
      for (const b of published) {
        const truth = customersIn(docs, b.key);
        assert.equal(
          b.customers.value,
          truth.size,
          `engine and independent count agree on ${JSON.stringify(b.key)}`,
        );
        assert.ok(truth.size >= K, `${JSON.stringify(b.key)} describes ${truth.size} customers`);
        assert.equal(b.key.facet, facet);
      }
      // The gate did something: what it dropped is exactly the buckets below k.
      const below = ungated.filter((b) => customersIn(docs, b.key).size < K);
      assert.ok(below.length > 0, "the corpus has groups below k in this facet");
      assert.equal(published.length, ungated.length - below.length);
      const text = JSON.stringify(published);
      for (const d of docs)
        for (const f of ["customer_ref", "cluster_ref", "doc_id"])
          assert.ok(!text.includes(String(d[f])), `${f} of a staging document appears in the result`);
    });
  }

  it("counts attempts, not customers, as the cells' subjects: the multi-cluster organisation adds attempts", async () => {
    const [march] = (await run("openshift", true)).filter(
      (b) =>
        b.key.month === Date.parse("2026-03-01T00:00:00Z") &&
        b.key.result === "installed" &&
        b.key.openshift_version === "4.18",
    );
    assert.ok(march, "March's installed 4.18 cell is published");
    assert.ok(march.attempts.value > march.customers.value);
  });
});

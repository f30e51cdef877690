/**
 * The installation transforms' pivot, evaluated by a real search engine. No Elasticsearch runs here: OpenSearch 2.19
 * stands in for it, and it has no Elasticsearch transforms. What it can evaluate is what a pivot transform runs at each
 * checkpoint: a composite aggregation whose sources are the transform's `group_by` and whose sub-aggregations are its
 * `aggregations`, the `bucket_selector` included. This test runs exactly that, from the bodies the program deploys,
 * over a staging corpus produced by the collector's own rules (`anonymiseEvent`) in which some groups have fewer
 * than k customers. Checkpoints are emulated the way Elasticsearch bounds them (`TimeSyncConfig#getRangeQuery`: the
 * transform's sync field below the checkpoint's upper bound, in epoch millis): a month stays unpublished while it is
 * open and its cells do not change once published; a month in which the key rotated is counted per key generation.
 * What stays unproven: that Elasticsearch's transform runs this pivot the same way, continuously (docs/limits.md).
 */
import * as assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { AI_FACETS, type AiFacet } from "../../../../anonymisation/assisted-installer/cells";
import {
  anonymiseEvent,
  CLOSED_MONTH_REASON,
} from "../../../../anonymisation/assisted-installer/anonymiseEvent";
import { compileEventRules } from "../../../../anonymisation/assisted-installer/events";
import { installationDocument } from "../../../../anonymisation/assisted-installer/installation";
import { indexMappings } from "../../../../anonymisation/derive";
import { renderPipeline } from "../../../../components/collectors/assisted-installer/logstash";
import { installationTransforms } from "../../../../components/collectors/assisted-installer/transform";
import { OpenSearchClient } from "../../../../dashboards/preview/standin";
import { startOpenSearch, type OpenSearchNode } from "../../../../engines/opensearch/node";
import { enrichedEvent } from "../../../fixtures/assisted-installer";

const K = 10;
const GRACE_DAYS = 7;
const KEY = "transform-test-key-0123456789abcdef";
/** The key after a rotation (generation "1"); KEY is generation "0". */
const ROTATED_KEY = "transform-test-key-rotated-fedcba9876543210";
const STAGING = "am-staging-installations";
/** Staging indices of the checkpoint and key-rotation cases (same mapping, their own corpora). */
const STAGING_OPEN = "am-staging-installations-open-month";
const STAGING_ROTATION = "am-staging-installations-rotation";
const hmac = (key: string, data: string) => createHmac("sha256", key).update(data, "utf8").digest("hex");

type Doc = Record<string, unknown>;

/** The organisation behind each customer_ref: the test's own knowledge, which the engine never sees. */
const orgOf = new Map<unknown, number>();

interface AttemptOptions {
  /** When the collector reads the event; an hour after it by default. */
  collectedAt?: string;
  /** The key generation in effect (`0`: KEY, `1`: ROTATED_KEY). */
  epoch?: "0" | "1";
}

function installationEvent(org: number, cluster: number, at: string, version: string, result: string) {
  const e = enrichedEvent({ result });
  e.cluster.org_id = `org-${org}`;
  e.cluster.id = `cluster-${org}-${cluster}`;
  e.cluster.openshift_version = version;
  e.event_time = at;
  return e;
}

function collect(
  org: number,
  cluster: number,
  at: string,
  version: string,
  result: string,
  o: AttemptOptions = {},
) {
  const epoch = o.epoch ?? "0";
  return anonymiseEvent(installationEvent(org, cluster, at, version, result), {
    key: epoch === "0" ? KEY : ROTATED_KEY,
    keyEpoch: epoch,
    graceDays: GRACE_DAYS,
    hmac,
    seen: () => cluster > 0,
    now: () => o.collectedAt ?? new Date(Date.parse(at) + 3_600_000).toISOString(),
  });
}

/**
 * One installation attempt of organisation `org` on cluster `cluster`, through the collector's rules. The staging
 * document is what Logstash would write.
 */
function attempt(
  org: number,
  cluster: number,
  at: string,
  version: string,
  result: string,
  o: AttemptOptions = {},
): Doc {
  const out = collect(org, cluster, at, version, result, o);
  assert.ok(out.kept, "the fixture event is collected");
  orgOf.set(out.doc.customer_ref, org);
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

/**
 * The open-month case: May 2026 is open until its publishable_at (June 1 + 7 days). Twelve organisations' attempts are
 * collected before the first checkpoint; one more (a thirteenth organisation) between the two checkpoints.
 */
const MAY_PUBLISHABLE_AT = "2026-06-08T00:00:00.000Z";
const T1 = "2026-05-20T00:00:00.000Z";
const T2 = "2026-05-25T00:00:00.000Z";
/** After May closed (plus the transforms' default 5-minute delay), and a month later. */
const T3 = "2026-06-08T00:10:00.000Z";
const T4 = "2026-07-09T00:10:00.000Z";

function openMonthBefore(): Doc[] {
  const docs: Doc[] = [];
  for (let org = 400; org < 412; org++)
    docs.push(
      attempt(org, 0, `2026-05-${String(4 + org - 400).padStart(2, "0")}T12:00:00Z`, "4.18.3", "installed"),
    );
  return docs;
}
/** Collected on May 21, between T1 and T2. */
const lateMayAttempt = () => attempt(412, 0, "2026-05-21T09:00:00Z", "4.18.3", "installed");

/**
 * The key rotated on February 15, 2026: the same six organisations installed once under each key, so February holds
 * twelve customer_refs of six real customers.
 */
function rotationCorpus(): Doc[] {
  const docs: Doc[] = [];
  for (let org = 300; org < 306; org++) {
    docs.push(attempt(org, 0, "2026-02-05T12:00:00Z", "4.18.3", "installed", { epoch: "0" }));
    // The same cluster again: under the new key its cluster_ref is new too, so it reads as a first attempt.
    docs.push(attempt(org, 0, "2026-02-20T12:00:00Z", "4.18.3", "installed", { epoch: "1" }));
  }
  return docs;
}

/** The transform's pivot as the composite search a checkpoint runs (sources in group_by order). */
function compositeSearch(facet: AiFacet, after?: Record<string, unknown>, checkpoint?: string) {
  const t = installationTransforms({
    stagingIndex: STAGING,
    aggregateIndex: "am-installations-cells",
    k: K,
  }).find((x) => x.facet === facet)!;
  // A checkpoint reads the source query AND `<sync field> < upper bound` (epoch millis), as TimeSyncConfig builds it.
  const bounded = checkpoint
    ? {
        bool: {
          filter: [
            t.source.query,
            { range: { [t.sync.time.field]: { lt: Date.parse(checkpoint), format: "epoch_millis" } } },
          ],
        },
      }
    : t.source.query;
  return {
    size: 0,
    query: bounded,
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

  const write = async (index: string, batch: Doc[]) => {
    const bulk = batch
      .map((d) => `${JSON.stringify({ index: { _id: d.doc_id } })}\n${JSON.stringify(d)}\n`)
      .join("");
    await os.ok("POST", `/${index}/_bulk?refresh=true`, bulk, true);
  };

  before(async () => {
    node = await startOpenSearch();
    os = new OpenSearchClient(node.url);
    for (const index of [STAGING, STAGING_OPEN, STAGING_ROTATION])
      await os.ok("PUT", `/${index}`, { mappings: indexMappings(installationDocument) });
    await write(STAGING, docs);
  });
  after(async () => {
    await node?.stop();
  });

  async function run(
    facet: AiFacet,
    gated: boolean,
    o: { index?: string; checkpoint?: string } = {},
  ): Promise<Bucket[]> {
    const out: Bucket[] = [];
    let after: Record<string, unknown> | undefined;
    for (;;) {
      const body = compositeSearch(facet, after, o.checkpoint);
      if (!gated) delete (body.aggs.cells.aggs as Record<string, unknown>).at_least_k_customers;
      const res = await os.ok<{
        aggregations: { cells: { buckets: Bucket[]; after_key?: Record<string, unknown> } };
      }>("POST", `/${o.index ?? STAGING}/_search`, body);
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

  it("finds an earlier attempt with the pipeline's first_attempt lookup query, and never the document itself", async () => {
    // The elasticsearch filter sends its `query` as a query string (`q`) after replacing the %{...} references with
    // the event's values (logstash-filter-elasticsearch), against the staging indices; result_size 1.
    const LOOKUP = "am-staging-installations-lookup";
    const pipeline = renderPipeline(compileEventRules(), {
      source: { kind: "opensearch", url: "https://os", index: "e", username: "u", schedule: "* * * * *" },
      index: LOOKUP,
      lookupPattern: `${LOOKUP}*`,
      target: { url: "https://es" },
      graceDays: GRACE_DAYS,
    });
    const m = /id => "am-first_attempt-lookup"[\s\S]*?\n {4}index => "([^"]+)"\n {4}query => '([^']+)'/.exec(
      pipeline,
    );
    assert.ok(m, "the pipeline has no first_attempt lookup");
    const [, pattern, template] = m;
    // Clusters 0-3 of organisation 500: cluster c has c + 1 attempts a day apart.
    const lookupDocs = [0, 1, 2, 3].flatMap((c) =>
      Array.from({ length: c + 1 }, (_, a) =>
        attempt(500, c, `2026-03-${String(2 + a).padStart(2, "0")}T08:00:00Z`, "4.18.3", "installed"),
      ),
    );
    await os.ok("PUT", `/${LOOKUP}`, { mappings: indexMappings(installationDocument) });
    await write(LOOKUP, lookupDocs);
    const problems: string[] = [];
    for (const d of lookupDocs) {
      const q = template.replace(/%\{([^}]+)\}/g, (_, ref: string) => String(d[/\[(\w+)\]$/.exec(ref)![1]]));
      const res = await os.ok<{ hits: { hits: Array<{ _id: string }> } }>(
        "GET",
        `/${pattern}/_search?size=1&q=${encodeURIComponent(q)}`,
      );
      const others = lookupDocs.filter(
        (o) => o.cluster_ref === d.cluster_ref && o.doc_id !== d.doc_id,
      ).length;
      const hit = res.hits.hits[0]?._id;
      if ((hit !== undefined) !== others > 0)
        problems.push(`${d.doc_id}: hit ${hit}, ${others} other attempts`);
      if (hit === d.doc_id) problems.push(`${d.doc_id} found itself`);
    }
    assert.deepEqual(problems, []);
  });

  describe("publishes closed months only (checkpoints emulated by the sync field's range)", () => {
    const earlyMay = openMonthBefore();
    const late = lateMayAttempt();
    const may = Date.parse("2026-05-01T00:00:00Z");
    const cells = async (checkpoint: string) => {
      const all: Bucket[] = [];
      for (const facet of Object.keys(AI_FACETS) as AiFacet[])
        all.push(...(await run(facet, true, { index: STAGING_OPEN, checkpoint })));
      return all;
    };
    let atT1: Bucket[] = [];
    let atT2: Bucket[] = [];

    it("an attempt added to the open month between two checkpoints changes no published cell", async () => {
      assert.ok(earlyMay.every((d) => Date.parse(String(d.collected_at)) < Date.parse(T1)));
      await write(STAGING_OPEN, earlyMay);
      atT1 = await cells(T1);
      // Collected on May 21 (after T1), written, then the next checkpoint.
      assert.ok(Date.parse(String(late.collected_at)) > Date.parse(T1));
      await write(STAGING_OPEN, [late]);
      atT2 = await cells(T2);
      // Ungated, the open month holds at least k customers: a checkpoint over collection times would publish it.
      const ungatedMay = (await run("openshift", false, { index: STAGING_OPEN })).filter(
        (b) => b.key.month === may,
      );
      assert.ok(ungatedMay.some((b) => customersIn([...earlyMay, late], b.key).size >= K));
      assert.deepEqual(atT2, atT1, "two reads of the open month differ");
      assert.deepEqual(
        atT2.filter((b) => b.key.month === may),
        [],
        "a cell of the open month is published",
      );
    });

    it("publishes the month once closed, from all its attempts at once, and never changes it after", async () => {
      assert.equal(earlyMay[0].publishable_at, MAY_PUBLISHABLE_AT);
      const atT3 = await cells(T3);
      const mayCells = atT3.filter((b) => b.key.month === may);
      assert.ok(mayCells.length > 0, "May is published once closed");
      const all = [...earlyMay, late];
      for (const b of mayCells) assert.equal(b.customers.value, customersIn(all, b.key).size);
      const [installed] = mayCells.filter((b) => b.key.facet === "openshift" && b.key.result === "installed");
      assert.equal(installed.attempts.value, 13, "the attempt collected between T1 and T2 is in the cell");
      assert.deepEqual(await cells(T4), atT3, "a later checkpoint changes a published cell");
    });

    it("drops an attempt the collector reads at or after its month's publishable_at", () => {
      const atClose = collect(413, 0, "2026-05-28T12:00:00Z", "4.18.3", "installed", {
        collectedAt: MAY_PUBLISHABLE_AT,
      });
      assert.deepEqual(atClose, { kept: false, reason: CLOSED_MONTH_REASON });
      const after = collect(413, 0, "2026-05-28T12:00:00Z", "4.18.3", "installed", {
        collectedAt: "2026-06-09T00:00:00.000Z",
      });
      assert.equal(after.kept, false);
      const justBefore = collect(413, 0, "2026-05-28T12:00:00Z", "4.18.3", "installed", {
        collectedAt: "2026-06-07T23:59:59.999Z",
      });
      assert.ok(justBefore.kept && justBefore.doc.publishable_at === MAY_PUBLISHABLE_AT);
    });
  });

  describe("counts customers within one key generation", () => {
    const rotation = rotationCorpus();
    const february = Date.parse("2026-02-01T00:00:00Z");
    const realCustomers = (b: Bucket) =>
      new Set([...customersIn(rotation, b.key)].map((ref) => orgOf.get(ref)));

    before(async () => {
      await write(STAGING_ROTATION, rotation);
    });

    it("the corpus: twelve customer_refs in February, of six organisations", () => {
      assert.equal(new Set(rotation.map((d) => d.customer_ref)).size, 12);
      assert.equal(new Set(rotation.map((d) => orgOf.get(d.customer_ref))).size, 6);
    });

    for (const facet of Object.keys(AI_FACETS) as AiFacet[]) {
      it(`facet ${facet}: publishes no cell of fewer than k real customers across a rotation`, async () => {
        const published = await run(facet, true, { index: STAGING_ROTATION, checkpoint: T4 });
        for (const b of published)
          assert.ok(
            realCustomers(b).size >= K,
            `${JSON.stringify(b.key)} counts ${b.customers.value} refs of ${realCustomers(b).size} organisations`,
          );
        assert.deepEqual(
          published.filter((b) => b.key.month === february),
          [],
        );
      });
    }
  });
});

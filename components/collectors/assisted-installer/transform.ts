/**
 * Pure builders of the Elasticsearch transforms that turn the collector's per-installation staging documents into
 * the aggregate cells viewers read (`anonymisation/assisted-installer/cells.ts`). Transforms are a Basic-licence
 * feature; the `pivot` function groups with a composite aggregation and writes one document per bucket.
 *
 * One transform per facet: `group_by` is the calendar month of `event_day`, the facet's name (a constant script
 * term, so a cell says which facet it belongs to), the key generation (`key_epoch`) and the facet's dimensions;
 * `aggregations` count the customers (cardinality of the keyed `customer_ref`), attempts, clusters and sum the
 * measures, and a `bucket_selector` keeps
 * only buckets of at least k customers. Elasticsearch documents `bucket_selector` among the pipeline aggregations a
 * pivot supports ("Transforms > Supported aggregations": bucket_script, bucket_selector, bucket_sort); no
 * Elasticsearch runs here, so the same group_by and aggregations are evaluated as a composite search in OpenSearch
 * (test/components/collectors/assisted-installer/transform.test.ts), which stands in for it.
 *
 * Why the customer count is exact enough to gate on: below `precision_threshold` the cardinality aggregation keeps
 * the hashes of the values it saw (linear counting), so the count is exact except for hash collisions, and a
 * collision can only merge two customers, i.e. make the count smaller: a bucket is dropped, never published with
 * fewer than k. Assisted Migration cells hold at most a few hundred organisations, far below the threshold set here;
 * above it, HyperLogLog could overestimate, so the threshold is set explicitly rather than left to the default.
 *
 * Why `key_epoch` is a group_by: `customer_ref` is a keyed hash, so after a rotation of the key the same organisation
 * has a second ref. A month in which the key rotated would otherwise count one customer twice, and a cell could pass
 * the gate with fewer than k real customers. Grouped by the key's generation, each cell counts refs made by one key,
 * i.e. distinct organisations. The price: a month split by a rotation publishes smaller cells (or none), and a sum of
 * `customers` over cells of both generations may count one organisation twice (an upper bound, like sums over months).
 *
 * Publish closed periods only: the sync field is `publishable_at`, the first instant after the event's month is closed
 * (month end plus `anonymity.graceDays`), the same for every document of a month. Elasticsearch's time-based
 * checkpoints bound every source query of a checkpoint by the sync field: `TimeBasedCheckpointProvider` sets the new
 * checkpoint's upper bound to `now - delay`, the data of a checkpoint is read with `TimeSyncConfig#getRangeQuery(new)`
 * (`sync field < upper bound`) and its changed buckets found with `getRangeQuery(old, new)` (`>= previous upper bound,
 * < new upper bound`); `TransformIndexer#buildQueryToUpdateDestinationIndex` / `#buildQueryToFindChanges` (as read in
 * elastic/elasticsearch, x-pack/plugin/transform `checkpoint/TimeBasedCheckpointProvider.java`,
 * `transforms/TransformIndexer.java` and x-pack/plugin/core `transform/transforms/TimeSyncConfig.java`). So no document
 * of an open month is in any checkpoint, a month's documents all enter the one checkpoint whose bound first passes
 * their `publishable_at`, and its cells are computed once from all of them. The collector drops what it reads at or
 * after `publishable_at` (`anonymiseEvent`), so nothing is added to a month after that checkpoint. Never run on
 * Elasticsearch here: emulated with the same range filters in OpenSearch
 * (test/components/collectors/assisted-installer/transform.test.ts).
 */
import {
  aggregateIndexProblem,
  AI_FACETS,
  installationCells,
  type AiFacet,
  type CellDimension,
} from "../../../anonymisation/assisted-installer/cells";
import {
  ASSISTED_MIGRATION_TAG,
  installationDocument,
} from "../../../anonymisation/assisted-installer/installation";
import { MIN_K } from "../../../anonymisation/planner/sql/readModel";
import { MANAGED_BY } from "../../../infra/naming";

/** Below this many distinct values per bucket the cardinality count is exact up to hash collisions (see above). */
export const CUSTOMER_PRECISION_THRESHOLD = 3000;

/** The staging field the k gate counts, and the other keyed fields: none of them may be a group_by. */
export const CUSTOMER_FIELD = "customer_ref";

/** Staging field that says when an event's month is closed: the sync field of every transform. */
export const SYNC_FIELD = "publishable_at";

/** Staging field naming the key generation that made the pseudonyms: every transform groups by it. */
export const KEY_EPOCH_FIELD = "key_epoch";

export interface InstallationTransformsArgs {
  /** Index (or pattern) the collector writes, per installation; no viewer reads it. */
  stagingIndex: string;
  /** Destination of every facet's transform: the index viewers read. */
  aggregateIndex: string;
  /** Minimum customers of a published cell (stack config `anonymity.k`). */
  k: number;
  /** How often a continuous transform checks for new staging documents. Default `10m`. */
  frequency?: string;
  /**
   * How long after `publishable_at` a month's documents are taken: covers Logstash's batching and the index refresh,
   * so an event read just before its month closed is searchable before the checkpoint that publishes the month.
   * Default `5m`.
   */
  delay?: string;
}

/** `PUT _transform/<id>` body of one facet (the Elasticsearch API's field names), plus its id and facet. */
export interface TransformBody {
  id: string;
  facet: AiFacet;
  description: string;
  source: { index: string[]; query: Record<string, unknown> };
  dest: { index: string };
  pivot: { group_by: Record<string, unknown>; aggregations: Record<string, unknown> };
  sync: { time: { field: string; delay: string } };
  frequency: string;
  settings: { deduce_mappings: false };
  _meta: { model: string; revision: number; facet: AiFacet; k: number; managed_by: typeof MANAGED_BY };
}

const DURATION = /^\d+[smhd]$/;

/** The source query: only Assisted Migration clusters, again (the collector already keeps only those). */
export function transformSourceQuery(): Record<string, unknown> {
  return { bool: { filter: [{ term: { tags: ASSISTED_MIGRATION_TAG } }] } };
}

/**
 * group_by of one facet: month, the facet's constant name, the key generation, then its dimensions (a missing value is
 * a bucket too; a document without a key generation is in no bucket, never counted across generations).
 */
export function facetGroupBy(facet: AiFacet): Record<string, unknown> {
  const groups: Record<string, unknown> = {
    month: { date_histogram: { field: "event_day", calendar_interval: "1M" } },
    // A constant: the name is the program's, never a value from a document.
    facet: { terms: { script: { source: `'${facet}'`, lang: "painless" } } },
    [KEY_EPOCH_FIELD]: { terms: { field: KEY_EPOCH_FIELD } },
  };
  for (const d of AI_FACETS[facet] as readonly CellDimension[]) {
    groups[d] = { terms: { field: d, missing_bucket: true } };
  }
  return groups;
}

/** The cell's counts and sums, and the bucket_selector that drops a bucket of fewer than k customers. */
export function cellAggregations(k: number): Record<string, unknown> {
  checkK(k);
  return {
    customers: {
      cardinality: { field: CUSTOMER_FIELD, precision_threshold: CUSTOMER_PRECISION_THRESHOLD },
    },
    clusters: { cardinality: { field: "cluster_ref", precision_threshold: CUSTOMER_PRECISION_THRESHOLD } },
    attempts: { value_count: { field: "doc_id" } },
    hosts: { sum: { field: "host_count" } },
    duration_minutes: { sum: { field: "install_duration_minutes" } },
    at_least_k_customers: {
      bucket_selector: {
        buckets_path: { customers: "customers" },
        script: { source: `params.customers >= ${k}`, lang: "painless" },
      },
    },
  };
}

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) {
    throw new Error(
      `the installation transforms need an integer k of at least ${MIN_K} (anonymity.k), got ${k}`,
    );
  }
}

/** The transform of every facet, from the staging index into the aggregate index. */
export function installationTransforms(args: InstallationTransformsArgs): TransformBody[] {
  checkK(args.k);
  const frequency = args.frequency ?? "10m";
  const delay = args.delay ?? "5m";
  for (const [key, v] of [
    ["frequency", frequency],
    ["delay", delay],
  ] as const) {
    if (!DURATION.test(v)) throw new Error(`transform ${key} "${v}" must be a duration like 10m`);
  }
  if (args.stagingIndex === args.aggregateIndex)
    throw new Error(`the staging and aggregate indices must differ (both "${args.stagingIndex}")`);
  const problem = aggregateIndexProblem(args.aggregateIndex);
  if (problem) throw new Error(`aggregate index "${args.aggregateIndex}" must be ${problem}`);
  return (Object.keys(AI_FACETS) as AiFacet[]).map((facet) => {
    const id = `${args.aggregateIndex}-${facet}`;
    return {
      id,
      facet,
      description: `Assisted Migration installations, facet ${facet}: cells of at least ${args.k} customers from ${args.stagingIndex}`,
      source: { index: [args.stagingIndex], query: transformSourceQuery() },
      dest: { index: args.aggregateIndex },
      pivot: { group_by: facetGroupBy(facet), aggregations: cellAggregations(args.k) },
      sync: { time: { field: SYNC_FIELD, delay } },
      frequency,
      // The aggregate index's template maps the cells (strict, aggregate fields only): nothing is deduced.
      settings: { deduce_mappings: false },
      _meta: {
        model: installationCells.name,
        revision: installationCells.revision,
        facet,
        k: args.k,
        managed_by: MANAGED_BY,
      },
    };
  });
}

/** Staging fields a transform must never group by or copy: the keyed pseudonyms. */
export function pseudonymFields(): string[] {
  return Object.entries(installationDocument.fields)
    .filter(([, f]) => f.treatment.action === "pseudonymise")
    .map(([n]) => n)
    .sort();
}

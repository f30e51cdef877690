/**
 * Pure builders of the Elasticsearch transforms that turn the collector's per-installation staging documents into
 * the aggregate cells viewers read (`anonymisation/assisted-installer/cells.ts`). Transforms are a Basic-licence
 * feature; the `pivot` function groups with a composite aggregation and writes one document per bucket.
 *
 * One transform per facet: `group_by` is the calendar month of `event_day`, the facet's name (a constant script
 * term, so a cell says which facet it belongs to) and the facet's dimensions; `aggregations` count the customers
 * (cardinality of the keyed `customer_ref`), attempts, clusters and sum the measures, and a `bucket_selector` keeps
 * only buckets of at least k customers. Elasticsearch documents `bucket_selector` among the pipeline aggregations a
 * pivot supports ("Transforms > Supported aggregations": bucket_script, bucket_selector, bucket_sort); no
 * Elasticsearch runs here, so the same group_by and aggregations are evaluated as a composite search in OpenSearch
 * (test/milestone2/transform.test.ts), which stands in for it.
 *
 * Why the customer count is exact enough to gate on: below `precision_threshold` the cardinality aggregation keeps
 * the hashes of the values it saw (linear counting), so the count is exact except for hash collisions, and a
 * collision can only merge two customers, i.e. make the count smaller: a bucket is dropped, never published with
 * fewer than k. Assisted Migration cells hold at most a few hundred organisations, far below the threshold set here;
 * above it, HyperLogLog could overestimate, so the threshold is set explicitly rather than left to the default.
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

/** Below this many distinct values per bucket the cardinality count is exact up to hash collisions (see above). */
export const CUSTOMER_PRECISION_THRESHOLD = 3000;

/** The staging field the k gate counts, and the other keyed fields: none of them may be a group_by. */
export const CUSTOMER_FIELD = "customer_ref";

/** Staging field that says when the collector read an event: the sync field of every transform. */
export const SYNC_FIELD = "collected_at";

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
   * How long after `collected_at` a document is taken: covers Logstash's batching and the index refresh, so a
   * document written late but stamped earlier is not skipped by a checkpoint. Default `5m`.
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
  _meta: { model: string; revision: number; facet: AiFacet; k: number; managed_by: "am-dashboard" };
}

const DURATION = /^\d+[smhd]$/;

/** The source query: only Assisted Migration clusters, again (the collector already keeps only those). */
export function transformSourceQuery(): Record<string, unknown> {
  return { bool: { filter: [{ term: { tags: ASSISTED_MIGRATION_TAG } }] } };
}

/** group_by of one facet: month, the facet's constant name, then its dimensions (a missing value is a bucket too). */
export function facetGroupBy(facet: AiFacet): Record<string, unknown> {
  const groups: Record<string, unknown> = {
    month: { date_histogram: { field: "event_day", calendar_interval: "1M" } },
    // A constant: the name is the program's, never a value from a document.
    facet: { terms: { script: { source: `'${facet}'`, lang: "painless" } } },
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
        managed_by: "am-dashboard",
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

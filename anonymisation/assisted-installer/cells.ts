/**
 * The aggregate cells of Assisted Installer installations: what viewers read instead of the per-installation
 * staging documents (`installation.ts`).
 *
 * Elasticsearch transforms (`components/collectors/assisted-installer/transform.ts`), one per FACET, group the
 * staging index by month × facet dimensions and publish a cell only when it describes at least k customers
 * (distinct `customer_ref`). A facet is a small set of dimensions a group of panels breaks down by; every cell
 * carries its facet's name, so a panel filters on one facet and sums its cells without counting an installation
 * twice. Cells below k are dropped by the transform's `bucket_selector` (a transform cannot merge them into a coarser
 * cell the way the planner read model does), so the sums are lower bounds: what is shown is never about fewer than k
 * customers, but small groups are missing from it.
 *
 * Every cell also carries the generation of the pseudonymisation key (`key_epoch`, program metadata): the customers of
 * a cell are counted within one key generation, so a month in which the key rotated has a cell per generation. A sum of
 * `customers` over cells (of several generations, months or facet values) may count one organisation more than once:
 * it is an upper bound, never a count of distinct customers. A cell describes only documents of closed months
 * (`publishable_at`, the transforms' sync field), so a published cell does not change afterwards.
 *
 * `from` names the staging fields each cell field is computed from (`ai-installation:<field>`).
 */
import { defineDocument, generalise, keep } from "../model";
import { installationDocument } from "./installation";

const staging = (field: keyof typeof installationDocument.fields) => `${installationDocument.name}:${field}`;

/** Same classification as the staging field it groups by: a cell shows nothing finer than the staging document. */
function dimension<N extends keyof typeof installationDocument.fields>(name: N) {
  const f = installationDocument.fields[name];
  return { ...f, from: [staging(name)] as const };
}

export const installationCells = defineDocument(
  "ai-installation-cells",
  2,
  {
    facet: {
      type: "keyword",
      treatment: keep("low", "Name of the transform that built the cell: a fixed list in the program."),
      from: [],
      description: "Which facet (group of dimensions) the cell belongs to; panels filter on one.",
    },
    month: {
      type: "date",
      treatment: generalise(
        "low",
        { kind: "truncate-date", unit: "month" },
        "Month of the installation attempts the cell counts (date_histogram on event_day, calendar month).",
      ),
      from: [staging("event_day")],
      description: "Month of the attempts (the dashboards' time field).",
    },
    // Program metadata: every transform groups by the key generation, so a cell counts the customer_refs of one key,
    // i.e. distinct organisations (a rotation gives each organisation a second ref).
    key_epoch: dimension("key_epoch"),
    customers: {
      type: "long",
      treatment: keep(
        "high",
        "Distinct organisations (cardinality of customer_ref) of the cell's attempts; the transform publishes only cells of at least k.",
      ),
      from: [staging("customer_ref")],
      description: "Customers (organisations) the cell describes; at least k.",
    },
    attempts: {
      type: "long",
      treatment: keep("high", "Installation attempts in the cell (value_count of doc_id)."),
      from: [staging("doc_id")],
      description: "Installation attempts the cell counts.",
    },
    clusters: {
      type: "long",
      treatment: keep("high", "Distinct clusters (cardinality of cluster_ref) of the cell's attempts."),
      from: [staging("cluster_ref")],
      description: "Clusters the cell's attempts installed.",
    },
    hosts: {
      type: "long",
      treatment: keep("high", "Sum of host_count over the cell's attempts."),
      from: [staging("host_count")],
      description: "Hosts summed over the cell's attempts.",
    },
    duration_minutes: {
      type: "long",
      treatment: keep("high", "Sum of install_duration_minutes over the cell's attempts."),
      from: [staging("install_duration_minutes")],
      description: "Installation minutes summed over the cell's attempts.",
    },
    result: dimension("result"),
    first_attempt: dimension("first_attempt"),
    openshift_version: dimension("openshift_version"),
    ai_version: dimension("ai_version"),
    platform_type: dimension("platform_type"),
    cpu_architecture: dimension("cpu_architecture"),
    high_availability_mode: dimension("high_availability_mode"),
    user_managed_networking: dimension("user_managed_networking"),
    install_duration_tier: dimension("install_duration_tier"),
    host_count_tier: dimension("host_count_tier"),
    failure_stage: dimension("failure_stage"),
    status_info_category: dimension("status_info_category"),
    feature_usage: dimension("feature_usage"),
    host_vendors: dimension("host_vendors"),
  },
  { subjects: "attempts", customers: "customers" },
);

export type InstallationCellsModel = typeof installationCells;

/** Fields of the cells that are dimensions (a transform may group by them). */
export type CellDimension =
  | "result"
  | "first_attempt"
  | "openshift_version"
  | "ai_version"
  | "platform_type"
  | "cpu_architecture"
  | "high_availability_mode"
  | "user_managed_networking"
  | "install_duration_tier"
  | "host_count_tier"
  | "failure_stage"
  | "status_info_category"
  | "feature_usage"
  | "host_vendors";

/**
 * The facets, each a transform: besides the month, the dimensions its cells are grouped by. Every facet groups by
 * `result` (every panel filters or splits on it). Cells carry no `tags`: the collector keeps only clusters tagged
 * `assisted_migration` and every transform's source query requires the tag again. Few dimensions per facet keep
 * cells large enough to reach k.
 */
export const AI_FACETS = {
  results: ["result", "first_attempt"],
  openshift: ["result", "openshift_version"],
  "ai-version": ["result", "ai_version"],
  platform: ["result", "platform_type"],
  architecture: ["result", "cpu_architecture"],
  topology: ["result", "high_availability_mode", "install_duration_tier"],
  networking: ["result", "user_managed_networking"],
  hosts: ["result", "host_count_tier"],
  "failure-stage": ["result", "failure_stage"],
  "failure-reason": ["result", "status_info_category"],
  features: ["result", "feature_usage"],
  vendors: ["result", "host_vendors"],
} as const satisfies Record<string, readonly CellDimension[]>;

export type AiFacet = keyof typeof AI_FACETS;

/** Dimension fields that are lists in the staging documents: an attempt is counted once per value. */
export const MULTI_VALUED: readonly CellDimension[] = ["feature_usage", "host_vendors"];

/** Longest facet name: transform ids are `<aggregate index>-<facet>`. */
const LONGEST_FACET = Math.max(...Object.keys(AI_FACETS).map((f) => f.length));

/**
 * Why an aggregate index name cannot prefix the transform ids (`<index>-<facet>`: lower-case letters, digits, `-` and
 * `_`, at most 64 characters, starting and ending with a letter or digit); undefined when it can.
 */
export function aggregateIndexProblem(index: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(index))
    return "lower-case letters, digits, - and _ only, starting with a letter or digit (it prefixes the transform ids)";
  if (index.length + 1 + LONGEST_FACET > 64)
    return `at most ${64 - 1 - LONGEST_FACET} characters (transform ids <index>-<facet> are at most 64)`;
  return undefined;
}

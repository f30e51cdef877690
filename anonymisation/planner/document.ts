/**
 * The anonymised documents the migration-planner read model produces and the planner index stores: aggregate
 * CELLS, never one document per customer.
 *
 * A cell is one combination of coordinates (its `doc_kind`, its closed period and up to three dimension values,
 * `CELL_DIMENSIONS`) with the number of subjects (assessments, or sources without an assessment) and of customers
 * (organisations) it describes, and the sums of their measures. Every published cell describes at least k customers
 * (`anonymity.k`): finer cells below k are folded into coarser ones (a dimension value becomes `other`, then the
 * next one, then the smallest remaining cell joins the catch-all) and a period that has fewer than k customers waits
 * and is published together with the following month. Nothing is dropped, so the sums over the index equal the sums
 * over every subject. A cell's id is derived from its coordinates, so no pseudonym and no key exists on this path.
 *
 * `from` names source fields declared in `sources.ts`: `<table>.<column>` or `inventory:<path>`, where `<path>` is
 * relative to an inventory's `InventoryData` (the v1 document itself, or `vcenter` of a v2 document), except the
 * v2 top-level fields (`vcenter_id`, `vcenter_version`, `clusters`). In paths, `#key` names a map's keys, `*` its
 * values and `[]` an array's elements; a bare map or array path names its size.
 */
import { defineDocument, drop, generalise, keep } from "../model";

export const DOC_KINDS = [
  "summary",
  "size",
  "os",
  "issue",
  "datastore",
  "network",
  "tier",
  "vcenter",
  "agent",
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const TIER_DIMENSIONS = ["cpu", "memory", "nic", "disk_size", "complexity"] as const;

/** The value a dimension takes once a cell below k has been folded into a coarser one. */
export const FOLDED = "other";

export const plannerDocument = defineDocument(
  "planner",
  2,
  {
    doc_id: {
      type: "keyword",
      treatment: keep(
        "high",
        "Connector id column: md5 of the cell's coordinates (kind, period, dimension values), which the cell shows anyway; no key, no subject.",
      ),
      from: [],
      description: "md5 of the cell's kind, period and dimension values.",
    },
    doc_kind: {
      type: "keyword",
      treatment: keep("low", "Fixed set of cell kinds chosen by the read model, not by customers."),
      from: [],
      description: "summary | size | os | issue | datastore | network | tier | vcenter | agent",
    },
    period_start: {
      type: "date",
      treatment: generalise(
        "low",
        { kind: "truncate-date", unit: "month" },
        "First month of the closed period the cell covers; a period spans one month, or several when one month has fewer than k customers.",
      ),
      from: ["assessments.created_at", "sources.created_at"],
      description: "First month of the cell's period (the dashboards' time field).",
    },
    period_end: {
      type: "date",
      treatment: generalise(
        "low",
        { kind: "truncate-date", unit: "month" },
        "Last month of the closed period the cell covers.",
      ),
      from: ["assessments.created_at", "sources.created_at"],
      description: "Last month of the cell's period.",
    },
    subjects: {
      type: "long",
      treatment: keep("high", "Number of subjects aggregated in the cell; at least k."),
      from: ["assessments.id", "sources.id"],
      description: "Assessments (and sources without an assessment) the cell describes.",
    },
    customers: {
      type: "long",
      treatment: keep("high", "Number of distinct organisations aggregated in the cell; at least k."),
      from: ["assessments.org_id", "sources.org_id"],
      description: "Organisations the cell describes (a subject without organisation counts as its own).",
    },

    // summary cells (subject kind × source type) and size cells (estate size)
    subject_kind: {
      type: "keyword",
      treatment: keep("low", "Whether the figures come from an assessment or a bare source; two values."),
      from: [],
      description: "assessment | source | other",
    },
    source_type: {
      type: "keyword",
      treatment: keep(
        "low",
        "How the inventory was collected (agent, inventory upload, rvtools); fixed set.",
      ),
      from: ["assessments.source_type"],
      description: "agent | inventory | rvtools | unknown | other",
    },
    vms_size_tier: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "bucket", bounds: [10, 50, 200, 1000, 5000], overflowLabel: "5001+" },
        "Estate size as a coarse bucket, safe to break down by.",
      ),
      from: ["inventory:vms.total"],
      description: "Estate size bucket: 0-10, 11-50, 51-200, 201-1000, 1001-5000, 5001+, unknown or other.",
    },
    vms_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.total"],
      description: "Number of VMs.",
    },
    vms_migratable: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.totalMigratable"],
      description: "VMs with no critical concern (includes those with warnings).",
    },
    vms_migratable_with_warnings: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.totalMigratableWithWarnings"],
      description: "VMs with at least one warning.",
    },
    vms_not_migratable: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects of total minus migratable."),
      from: ["inventory:vms.total", "inventory:vms.totalMigratable"],
      description: "VMs with at least one critical concern.",
    },
    vms_powered_on: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.powerStates.*"],
      description: "VMs powered on.",
    },
    cpu_cores_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.cpuCores.total"],
      description: "vCPUs over all VMs.",
    },
    ram_gb_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.ramGB.total"],
      description: "GiB of RAM over all VMs.",
    },
    disk_gb_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.diskGB.total"],
      description: "GiB of disk over all VMs.",
    },
    disk_count_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.diskCount.total"],
      description: "Disks over all VMs.",
    },
    nic_count_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.nicCount.total"],
      description: "NICs over all VMs (v2 inventories only).",
    },
    hosts_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:infra.totalHosts"],
      description: "ESXi hosts.",
    },
    clusters_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:infra.totalClusters", "inventory:clusters"],
      description: "vSphere clusters (v1: infra.totalClusters; v2: entries of clusters).",
    },
    datacenters_total: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:infra.totalDatacenters"],
      description: "Datacenters.",
    },
    issues_critical: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.issuesBreakdown.critical"],
      description: "VMs with at least one critical issue (v2 issuesBreakdown only).",
    },
    issues_warning: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:vms.issuesBreakdown.warning"],
      description: "VMs with at least one warning (v2 issuesBreakdown only).",
    },

    // os cells
    os_family: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "os-family" },
        "Guest OS grouped into a handful of families.",
      ),
      from: ["inventory:vms.osInfo.#key", "inventory:vms.os.#key"],
      description: "windows | rhel | centos | ubuntu | suse | other-linux | other",
    },
    os_name: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "vsphere-guest-os" },
        "vSphere guest OS names come from a fixed VMware list; anything else is reported as `other`.",
      ),
      from: ["inventory:vms.osInfo.#key", "inventory:vms.os.#key"],
      description: "vSphere guest OS name.",
    },

    // issue cells
    issue_severity: {
      type: "keyword",
      treatment: keep("low", "critical (not migratable) or warning."),
      from: ["inventory:vms.notMigratableReasons", "inventory:vms.migrationWarnings"],
      description: "critical | warning | other",
    },
    issue_id: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "migration-issues" },
        "Issue ids come from the forklift policy catalogue; free-text labels can carry disk paths, so unknown ids and labels become `other`.",
      ),
      from: [
        "inventory:vms.notMigratableReasons[].id",
        "inventory:vms.notMigratableReasons[].label",
        "inventory:vms.migrationWarnings[].id",
        "inventory:vms.migrationWarnings[].label",
      ],
      description: "Stable migration issue id, e.g. vmware.changed_block_tracking.disabled.",
    },

    // datastore and network cells
    datastore_type: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "datastore-types" },
        "Datastore technology from a fixed set; names and disk ids are dropped.",
      ),
      from: ["inventory:infra.datastores[].type"],
      description: "VMFS | NFS | vsan | VVOL | other",
    },
    datastore_count: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:infra.datastores"],
      description: "Datastores of this type.",
    },
    datastore_capacity_gb: {
      type: "long",
      treatment: keep(
        "high",
        "Sum over the cell's subjects (a datastore without a valid capacity adds nothing).",
      ),
      from: ["inventory:infra.datastores[].totalCapacityGB"],
      description: "Total capacity of the datastores of this type, GB.",
    },
    network_type: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "network-types" },
        "Network kind from a fixed set; network names and VLAN ids are dropped.",
      ),
      from: ["inventory:infra.networks[].type"],
      description: "standard | distributed | dvswitch | unsupported | other",
    },
    network_count: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects."),
      from: ["inventory:infra.networks"],
      description: "Networks of this type.",
    },

    // tier cells
    tier_dimension: {
      type: "keyword",
      treatment: keep("low", "Which distribution the tier belongs to; fixed set."),
      from: [],
      description: "cpu | memory | nic | disk_size | complexity | other",
    },
    tier: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "catalogue", catalogue: "tiers" },
        "Tier keys come from fixed sets in the planner; unknown keys become `other`.",
      ),
      from: [
        "inventory:vms.distributionByCpuTier.#key",
        "inventory:vms.distributionByMemoryTier.#key",
        "inventory:vms.distributionByNicCount.#key",
        "inventory:vms.diskSizeTier.#key",
        "inventory:vms.complexityDistribution.#key",
      ],
      description: "Tier label, e.g. 0-4 (vCPU), 5-16 (GiB), 100-500GiB.",
    },

    // vcenter and agent cells
    vcenter_version: {
      type: "keyword",
      treatment: generalise(
        "low",
        { kind: "version-prefix", parts: 2 },
        "Full build numbers narrow down an estate; major.minor is shared widely.",
      ),
      from: ["inventory:vcenter_version"],
      description: "vCenter major.minor version, or `unknown`.",
    },
    agent_version: {
      type: "keyword",
      treatment: generalise("low", { kind: "version-prefix", parts: 2 }, "Agent major.minor release."),
      from: ["image_infras.agent_version", "agents.version"],
      description: "Migration agent major.minor version, or `unknown`.",
    },

    // shared by os, issue and tier cells
    vm_count: {
      type: "long",
      treatment: keep("high", "Sum over the cell's subjects of the VMs in the bucket."),
      from: [
        "inventory:vms.osInfo.*.count",
        "inventory:vms.os.*",
        "inventory:vms.notMigratableReasons[].count",
        "inventory:vms.migrationWarnings[].count",
        "inventory:vms.distributionByCpuTier.*",
        "inventory:vms.distributionByMemoryTier.*",
        "inventory:vms.distributionByNicCount.*",
        "inventory:vms.diskSizeTier.*.vmCount",
        "inventory:vms.complexityDistribution.*.vmCount",
      ],
      description: "VMs in this OS / issue / tier.",
    },

    // Declared so that the pipeline, mappings and policies know them, and so nobody re-adds them by accident.
    subject_ref: {
      type: "keyword",
      treatment: drop(
        "A per-subject pseudonym would link a cell back to one estate; cells need no subject id.",
      ),
      from: ["assessments.id", "sources.id"],
      description: "Never stored.",
    },
    org_ref: {
      type: "keyword",
      treatment: drop(
        "A per-organisation pseudonym would link cells of one customer; cells count customers instead.",
      ),
      from: ["assessments.org_id", "sources.org_id"],
      description: "Never stored.",
    },
    cpu_overcommit: {
      type: "double",
      treatment: drop(
        "A per-estate ratio has no meaningful sum over a cell; its percentiles would describe one estate.",
      ),
      from: ["inventory:infra.cpuOverCommitment"],
      description: "Never stored.",
    },
    vcenter_id: {
      type: "keyword",
      treatment: drop("vCenter InstanceUuid is a globally unique id of the customer's vCenter."),
      from: ["inventory:vcenter_id", "inventory:vcenter.id", "sources.v_center_id"],
      description: "Never stored.",
    },
    name: {
      type: "keyword",
      treatment: drop("User-chosen names of sources and assessments often name the customer."),
      from: ["assessments.name", "sources.name"],
      description: "Never stored.",
    },
  },
  { subjects: "subjects", customers: "customers" },
);

export type PlannerDocumentModel = typeof plannerDocument;
export type PlannerField = keyof PlannerDocumentModel["fields"] & string;

/**
 * Per kind, the dimension fields of its cells, coarsest first: folding replaces the last unfolded one by `other`.
 * Few dimensions per kind on purpose: every dimension multiplies the cells that must each reach k customers, so a
 * breakdown the dashboards show on its own (estate size) is a kind of its own rather than a third summary dimension.
 */
export const CELL_DIMENSIONS: Readonly<Record<DocKind, readonly PlannerField[]>> = {
  summary: ["subject_kind", "source_type"],
  size: ["vms_size_tier"],
  os: ["os_family", "os_name"],
  issue: ["issue_severity", "issue_id"],
  datastore: ["datastore_type"],
  network: ["network_type"],
  tier: ["tier_dimension", "tier"],
  vcenter: ["vcenter_version"],
  agent: ["agent_version"],
};

/** Per kind, the measures summed over its subjects. */
export const CELL_MEASURES: Readonly<Record<DocKind, readonly PlannerField[]>> = {
  summary: [
    "vms_total",
    "vms_migratable",
    "vms_migratable_with_warnings",
    "vms_not_migratable",
    "vms_powered_on",
    "cpu_cores_total",
    "ram_gb_total",
    "disk_gb_total",
    "disk_count_total",
    "nic_count_total",
    "hosts_total",
    "clusters_total",
    "datacenters_total",
    "issues_critical",
    "issues_warning",
  ],
  size: ["vms_total"],
  os: ["vm_count"],
  issue: ["vm_count"],
  datastore: ["datastore_count", "datastore_capacity_gb"],
  network: ["network_count"],
  tier: ["vm_count"],
  vcenter: [],
  agent: [],
};

/** Fields every cell carries: its id, kind, period and head counts. */
export const CELL_COMMON: readonly PlannerField[] = [
  "doc_id",
  "doc_kind",
  "period_start",
  "period_end",
  "subjects",
  "customers",
];

/**
 * The anonymised documents the migration-planner read model produces and the planner index stores.
 *
 * One index holds several kinds of documents, told apart by `doc_kind`: a `summary` per assessment (or per
 * source that has no assessment), and one document per (subject, dimension value) for the breakdowns that must be
 * summed across customers (VMs per OS, per migration issue, per tier, datastores and networks per type). Summing
 * needs one document per value: Elasticsearch cannot sum parallel arrays inside one document.
 *
 * `from` names source fields declared in `sources.ts`: `<table>.<column>` or `inventory:<path>`, where `<path>` is
 * relative to an inventory's `InventoryData` (the v1 document itself, or `vcenter` of a v2 document), except the
 * v2 top-level fields (`vcenter_id`, `vcenter_version`, `clusters`). In paths, `#key` names a map's keys, `*` its
 * values and `[]` an array's elements; a bare map or array path names its size.
 */
import { defineDocument, drop, generalise, keep, pseudonymise } from "../model";

export const DOC_KINDS = ["summary", "os", "issue", "datastore", "network", "tier"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const TIER_DIMENSIONS = ["cpu", "memory", "nic", "disk_size", "complexity"] as const;

export const plannerDocument = defineDocument("planner", 1, {
  doc_id: {
    type: "keyword",
    treatment: pseudonymise(
      "Surrogate document id for the connector's id_columns; keyed so it cannot be reversed.",
    ),
    from: ["assessments.id", "sources.id"],
    description: "Keyed hash of the document's kind, subject and dimension value.",
  },
  doc_kind: {
    type: "keyword",
    treatment: keep("low", "Fixed set of document kinds chosen by the read model, not by customers."),
    from: [],
    description: "summary | os | issue | datastore | network | tier",
  },
  subject_ref: {
    type: "keyword",
    treatment: pseudonymise("Assessment / source UUIDs are stable per customer estate."),
    from: ["assessments.id", "sources.id"],
    description: "Keyed hash of the assessment (or source) the document describes.",
  },
  org_ref: {
    type: "keyword",
    treatment: pseudonymise("Red Hat SSO organisation id identifies the customer."),
    from: ["assessments.org_id", "sources.org_id"],
    description: "Keyed hash of the organisation.",
  },
  subject_kind: {
    type: "keyword",
    treatment: keep("low", "Whether the figures come from an assessment or a bare source; two values."),
    from: [],
    description: "assessment | source",
  },
  source_type: {
    type: "keyword",
    treatment: keep("low", "How the inventory was collected (agent, inventory upload, rvtools); fixed set."),
    from: ["assessments.source_type"],
    description: "agent | inventory | rvtools",
  },
  created_month: {
    type: "date",
    treatment: generalise(
      "low",
      { kind: "truncate-date", unit: "month" },
      "Exact creation times could single out one customer's action; a month is shared by many.",
    ),
    from: ["assessments.created_at", "sources.created_at"],
    description: "Month the assessment (or source) was created.",
  },
  inventory_month: {
    type: "date",
    treatment: generalise(
      "low",
      { kind: "truncate-date", unit: "month" },
      "Collection time of the inventory, truncated like creation times.",
    ),
    from: ["snapshots.created_at", "sources.updated_at"],
    description: "Month the latest inventory was collected.",
  },
  inventory_version: {
    type: "long",
    treatment: keep("low", "Inventory schema version (1 or 2)."),
    from: ["snapshots.version"],
    description: "1 = v1 {vms, infra} inventory, 2 = v2 {vcenter, clusters} inventory.",
  },
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
  on_premises: {
    type: "boolean",
    treatment: keep("low", "Deployment flavour of the planner source; two values."),
    from: ["sources.on_premises"],
    description: "True when the source belongs to an on-premises planner.",
  },

  // summary documents
  vms_total: {
    type: "long",
    treatment: keep("high", "Aggregate VM count of an estate; summed across customers on the dashboard."),
    from: ["inventory:vms.total"],
    description: "Number of VMs.",
  },
  vms_migratable: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.totalMigratable"],
    description: "VMs with no critical concern (includes those with warnings).",
  },
  vms_migratable_with_warnings: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.totalMigratableWithWarnings"],
    description: "VMs with at least one warning.",
  },
  vms_not_migratable: {
    type: "long",
    treatment: keep("high", "Aggregate count, derived as total minus migratable."),
    from: ["inventory:vms.total", "inventory:vms.totalMigratable"],
    description: "VMs with at least one critical concern.",
  },
  vms_powered_on: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.powerStates.*"],
    description: "VMs powered on.",
  },
  vms_size_tier: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "bucket", bounds: [10, 50, 200, 1000, 5000], overflowLabel: "5001+" },
      "Estate size as a coarse bucket, safe to break down by.",
    ),
    from: ["inventory:vms.total"],
    description: "Estate size bucket: 0-10, 11-50, 51-200, 201-1000, 1001-5000, 5001+.",
  },
  cpu_cores_total: {
    type: "long",
    treatment: keep("high", "Aggregate sum."),
    from: ["inventory:vms.cpuCores.total"],
    description: "vCPUs over all VMs.",
  },
  ram_gb_total: {
    type: "long",
    treatment: keep("high", "Aggregate sum."),
    from: ["inventory:vms.ramGB.total"],
    description: "GiB of RAM over all VMs.",
  },
  disk_gb_total: {
    type: "long",
    treatment: keep("high", "Aggregate sum."),
    from: ["inventory:vms.diskGB.total"],
    description: "GiB of disk over all VMs.",
  },
  disk_count_total: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.diskCount.total"],
    description: "Disks over all VMs.",
  },
  nic_count_total: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.nicCount.total"],
    description: "NICs over all VMs (v2 inventories only).",
  },
  hosts_total: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:infra.totalHosts"],
    description: "ESXi hosts.",
  },
  clusters_total: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:infra.totalClusters", "inventory:clusters"],
    description: "vSphere clusters (v1: infra.totalClusters; v2: entries of clusters).",
  },
  datacenters_total: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:infra.totalDatacenters"],
    description: "Datacenters.",
  },
  issues_critical: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.issuesBreakdown.critical"],
    description: "VMs with at least one critical issue (v2 issuesBreakdown only).",
  },
  issues_warning: {
    type: "long",
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:vms.issuesBreakdown.warning"],
    description: "VMs with at least one warning (v2 issuesBreakdown only).",
  },
  cpu_overcommit: {
    type: "double",
    treatment: generalise("high", { kind: "round", to: 0.5 }, "Ratio rounded so it is not a fingerprint."),
    from: ["inventory:infra.cpuOverCommitment"],
    description: "Allocated vCPU of powered-on VMs over host cores, rounded to 0.5.",
  },

  // os documents
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
  os_supported: {
    type: "boolean",
    treatment: keep("low", "Whether MTV supports the OS; two values."),
    from: ["inventory:vms.osInfo.*.supported"],
    description: "True when the OS is supported by MTV (v2 osInfo only).",
  },

  // issue documents
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
  issue_severity: {
    type: "keyword",
    treatment: keep("low", "critical (not migratable) or warning."),
    from: ["inventory:vms.notMigratableReasons", "inventory:vms.migrationWarnings"],
    description: "critical | warning",
  },

  // datastore and network documents
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
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:infra.datastores"],
    description: "Datastores of this type.",
  },
  datastore_capacity_gb: {
    type: "long",
    treatment: generalise(
      "high",
      { kind: "round", to: 100 },
      "Capacity rounded to 100 GB so it is not a fingerprint.",
    ),
    from: ["inventory:infra.datastores[].totalCapacityGB"],
    description: "Total capacity of the datastores of this type, GB, rounded to 100.",
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
    treatment: keep("high", "Aggregate count."),
    from: ["inventory:infra.networks"],
    description: "Networks of this type.",
  },

  // tier documents
  tier_dimension: {
    type: "keyword",
    treatment: keep("low", "Which distribution the tier belongs to; fixed set."),
    from: [],
    description: "cpu | memory | nic | disk_size | complexity",
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

  // shared by os, issue and tier documents
  vm_count: {
    type: "long",
    treatment: keep("high", "Aggregate count of VMs in the bucket."),
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
});

export type PlannerDocumentModel = typeof plannerDocument;

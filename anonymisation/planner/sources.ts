/**
 * Classification of every migration-planner source field: each column of each table of both schema eras (GORM
 * AutoMigrate 2024-07 → 2025-04, goose migrations since), and each field of the inventory JSON (v1 `{vms, infra}`
 * and v2 `{vcenter_id, vcenter_version, created_at, vcenter, clusters}`).
 *
 * The treatment says what may reach Elasticsearch; a column can still be read inside PostgreSQL to join or filter
 * (e.g. `sources.email_domain` excludes internal organisations) while being `drop` here. Anything not listed is
 * dropped (`sourceTreatment`). Inventory shapes are checked against `@openshift-migration-advisor/planner-sdk`:
 * a property added to or removed from the SDK model breaks `tsc` until it is classified here.
 */
import type {
  ClusterFeatures,
  ClusterUtilization,
  Datastore,
  DiskSizeTierSummary,
  DiskTypeSummary,
  Histogram,
  Host,
  Infra,
  Inventory,
  InventoryData,
  IssuesBreakdown,
  MigrationIssue,
  Network,
  OsInfo,
  StorageIoConfiguration,
  VCenter,
  VMResourceBreakdown,
  VMs,
} from "@openshift-migration-advisor/planner-sdk";
import { drop, generalise, keep, type Treatment } from "../model";

// ---------------------------------------------------------------------------------------------------------------
// Database columns

const ts = (what: string) =>
  generalise(
    "low",
    { kind: "truncate-date", unit: "month" },
    `${what}; exact times single out one customer's action.`,
  );
const internalTs = (what: string) => drop(`${what}; bookkeeping time with no dashboard use.`);
const rawInventory = drop(
  "Raw inventory document; it never leaves PostgreSQL, its fields are read one by one as classified under inventory:*.",
);
const subsetInventory = drop(
  "Inventory of a user-defined VM subset; it duplicates VMs of the full inventory and is named by the user.",
);

/** `table → column → treatment`, union of both eras (a column absent from a database is simply not read). */
export const TABLE_COLUMNS = {
  sources: {
    id: drop(
      "Source UUID (the vCenter InstanceUuid in Nov 2024 – Feb 2025): stable per customer estate; only counted distinct inside PostgreSQL (a cell's subjects).",
    ),
    created_at: ts("Source creation time"),
    updated_at: ts("Last inventory push of a source without an assessment"),
    deleted_at: drop("GORM soft-delete marker; deletes are hard in practice."),
    name: drop("User-chosen source name; often names the customer or site."),
    status: drop("GORM era only (moved to agents in Nov 2024); agent state is not a dashboard figure."),
    status_info: drop("Free-text agent error messages; may contain host names and IPs."),
    inventory: rawInventory,
    cred_url: drop("URL of the agent VM (private IP address)."),
    ssh_key: drop("SSH public key; its comment is often user@host."),
    ssh_public_key: drop("SSH public key; its comment is often user@host."),
    v_center_id: drop("vCenter InstanceUuid: a globally unique id of the customer's vCenter."),
    username: drop("Red Hat SSO user name (may be an e-mail address)."),
    org_id: drop(
      "Red Hat SSO organisation id: identifies the customer; only counted distinct inside PostgreSQL (a cell's customers) and matched against the exclusions.",
    ),
    on_premises: keep("low", "Deployment flavour of the planner; two values."),
    email_domain: drop(
      "Company e-mail domain identifies the customer; used only to exclude internal organisations.",
    ),
    update_type: drop("auto/manual inventory refresh; operational detail with no dashboard use."),
  },
  agents: {
    id: drop("Agent UUID; a join key only."),
    created_at: internalTs("Agent registration time"),
    updated_at: internalTs("Last agent heartbeat"),
    deleted_at: drop("GORM soft-delete marker."),
    status: drop("Agent connection state; operational, not part of the anonymised figures."),
    status_info: drop("Free-text agent error messages; may contain host names and IPs."),
    cred_url: drop("URL of the agent VM (private IP address) before agent-v2."),
    version: generalise("low", { kind: "version-prefix", parts: 2 }, "Agent release, cut to major.minor."),
    source_id: drop("Join key to sources."),
    associated: drop("GORM-era flag (Nov 2024 – Feb 2025) with no dashboard use."),
    username: drop("GORM era only: SSO user name."),
    org_id: drop("GORM era only: duplicate of sources.org_id."),
  },
  image_infras: {
    id: drop("Serial key."),
    source_id: drop("Join key to sources."),
    created_at: internalTs("Image settings time"),
    updated_at: internalTs("Image settings time"),
    deleted_at: drop("GORM soft-delete marker."),
    http_proxy_url: drop("Customer proxy URL (host names, sometimes credentials)."),
    https_proxy_url: drop("Customer proxy URL (host names, sometimes credentials)."),
    no_proxy_domains: drop("Customer internal domains."),
    certificate_chain: drop("CA chain; its subject names the organisation."),
    ssh_public_key: drop("SSH public key; its comment is often user@host."),
    image_token_key: drop("Secret used to sign image tokens."),
    agent_token: drop("Secret agent token."),
    ip_address: drop("Static IP address of the agent VM."),
    subnet_mask: drop("Network of the agent VM."),
    default_gateway: drop("Network of the agent VM."),
    dns: drop("Customer DNS server address."),
    agent_version: generalise(
      "low",
      { kind: "version-prefix", parts: 2 },
      "Agent release, cut to major.minor.",
    ),
  },
  keys: {
    id: drop("Key id."),
    org_id: drop("Organisation the key belongs to."),
    created_at: drop("Key rotation time."),
    updated_at: drop("Key rotation time."),
    deleted_at: drop("GORM soft-delete marker."),
    private_key: drop("RSA private key signing agent JWTs: a secret, never readable by the read model."),
  },
  labels: {
    key: drop("Free-text label key chosen by the user."),
    value: drop("Free-text label value chosen by the user."),
    source_id: drop("Join key to sources."),
  },
  assessments: {
    id: drop(
      "Assessment UUID: stable per customer estate; only counted distinct inside PostgreSQL (a cell's subjects).",
    ),
    created_at: ts("Assessment creation time"),
    updated_at: internalTs("Assessment rename time"),
    name: drop("User-chosen assessment name; often names the customer."),
    inventory: drop("First assessments version (2025-07 → 2025-10) only; replaced by snapshots."),
    source_id: drop("Join key to sources (agent version, exclusion by e-mail domain)."),
    org_id: drop(
      "Red Hat SSO organisation id: identifies the customer; only counted distinct inside PostgreSQL (a cell's customers).",
    ),
    source_type: keep("low", "agent | inventory | rvtools: how the inventory was collected."),
    username: drop("SSO user name; its e-mail domain is used only to exclude internal organisations."),
    owner_first_name: drop("Personal name of the owner."),
    owner_last_name: drop("Personal name of the owner."),
  },
  snapshots: {
    id: drop("Serial key; ordering is by created_at."),
    created_at: ts("Inventory collection time"),
    inventory: rawInventory,
    assessment_id: drop("Join key to assessments."),
    version: keep("low", "Inventory schema version (1 or 2)."),
  },
  source_subset_inventories: {
    id: drop("Subset id."),
    created_at: drop("Subset time."),
    updated_at: drop("Subset time."),
    deleted_at: drop("GORM soft-delete marker."),
    name: drop("User-chosen subset name."),
    source_id: drop("Join key."),
    v_center_id: drop("vCenter InstanceUuid."),
    vms_count: drop("Subset size; duplicates VMs counted in the full inventory."),
    inventory: subsetInventory,
    update_type: drop("auto/manual; operational."),
  },
  assessment_subset_inventories: {
    id: drop("Subset id."),
    created_at: drop("Subset time."),
    name: drop("User-chosen subset name."),
    snapshot_id: drop("Join key."),
    v_center_id: drop("vCenter InstanceUuid."),
    vms_count: drop("Subset size; duplicates VMs counted in the full inventory."),
    inventory: subsetInventory,
  },
  assessment_cluster_sizing_inputs: {
    assessment_id: drop("Join key."),
    external_cluster_id: drop("Cluster id (moref or unsalted hash of the cluster name)."),
    cpu_over_commit_ratio: drop("User sizing input; not part of the migration figures."),
    memory_over_commit_ratio: drop("User sizing input."),
    worker_node_cpu: drop("User sizing input."),
    worker_node_threads: drop("User sizing input."),
    worker_node_memory: drop("User sizing input."),
    control_plane_schedulable: drop("User sizing input."),
    control_plane_node_count: drop("User sizing input."),
    control_plane_cpu: drop("User sizing input."),
    control_plane_memory: drop("User sizing input."),
    hosted_control_plane: drop("User sizing input."),
    compact_mode: drop("User sizing input."),
    updated_at: drop("Edit time."),
  },
  assessment_enhancement_data: {
    assessment_id: drop("Join key."),
    deployed_env_environment: drop("Questionnaire answer; small-population commercial detail."),
    vmware_ver_perpetual_licenses_count: drop("Licence counts are commercial data about one customer."),
    vmware_ver_cores_licensing_count: drop("Licence counts are commercial data about one customer."),
    vmware_ver_environment_count: drop("Questionnaire answer."),
    vmware_ver_other_nodes_count: drop("Questionnaire answer."),
    active_env_environments: drop("Questionnaire answer."),
    vmware_sub_level: drop("Subscription level: commercial data about one customer."),
    vsphere_vm_encryption_enabled: drop("Security posture of one customer."),
    vsphere_vm_encryption_policy: drop("Free text; security posture."),
    vsphere_srm_enabled: drop("Questionnaire answer."),
    nsx_features: drop("Questionnaire answer."),
    aria_ops_features: drop("Questionnaire answer."),
    aria_automation_features: drop("Questionnaire answer."),
    aria_secure_features: drop("Questionnaire answer."),
    customer_physical_locations_count: drop("Number of sites of one customer."),
    customer_target_hardware: drop("Free text about the customer's hardware plans."),
    updated_at: drop("Edit time."),
  },
  relations: {
    id: drop("Identity key."),
    resource: drop("Authorisation tuple."),
    resource_id: drop("Authorisation tuple: assessment ids."),
    relation: drop("Authorisation tuple."),
    subject_namespace: drop("Authorisation tuple."),
    subject_id: drop("User names and organisation / partner ids."),
  },
  groups: {
    id: drop("Group id."),
    created_at: drop("Group time."),
    updated_at: drop("Group time."),
    name: drop("Partner / admin group name."),
    description: drop("Free text."),
    kind: drop("admin | partner; partner data is out of scope."),
    icon: drop("Logo of a partner company."),
    company: drop("Partner company name."),
    parent_id: drop("Group hierarchy."),
  },
  members: {
    id: drop("Member id."),
    created_at: drop("Member time."),
    updated_at: drop("Member time."),
    username: drop("SSO user name."),
    email: drop("Personal e-mail address."),
    group_id: drop("Group membership."),
  },
  partners_customers: {
    id: drop("Request id."),
    username: drop("Customer SSO user name."),
    partner_id: drop("Partner group id."),
    request_status: drop("Partner relationship state of one customer."),
    name: drop("Customer company name."),
    contact_name: drop("Personal name."),
    contact_phone: drop("Personal phone number."),
    email: drop("Personal e-mail address."),
    location: drop("Customer location."),
    reason: drop("Free text."),
    accepted_at: drop("Relationship time."),
    terminated_at: drop("Relationship time."),
    created_at: drop("Request time."),
  },
  outbox_events: {
    id: drop("Sequence."),
    event_type: drop("Kafka outbox bookkeeping."),
    payload: drop("Full CloudEvent: raw inventory, org id and user name."),
    retry_count: drop("Outbox bookkeeping."),
    next_retry_at: drop("Outbox bookkeeping."),
  },
  rvtools_files: {
    id: drop("Existed 2026-05-10 → 06-16."),
    data: drop("Uploaded RVTools workbook: per-VM customer data."),
    created_at: drop("Upload time."),
  },
  river_job: {
    id: drop("Job queue."),
    args: drop("org id, user name, first and last name, uploaded file path."),
    attempt: drop("Job queue."),
    attempted_at: drop("Job queue."),
    attempted_by: drop("Worker host names."),
    created_at: drop("Job queue."),
    errors: drop("Free-text errors."),
    finalized_at: drop("Job queue."),
    kind: drop("Job queue."),
    max_attempts: drop("Job queue."),
    metadata: drop("Job status and assessment id."),
    priority: drop("Job queue."),
    queue: drop("Job queue."),
    state: drop("Job queue."),
    scheduled_at: drop("Job queue."),
    tags: drop("Job queue."),
    unique_key: drop("Job queue."),
    unique_states: drop("Job queue."),
  },
  river_leader: {
    elected_at: drop("Job queue."),
    expires_at: drop("Job queue."),
    leader_id: drop("Worker host name."),
    name: drop("Job queue."),
  },
  river_queue: {
    name: drop("Job queue."),
    created_at: drop("Job queue."),
    metadata: drop("Job queue."),
    paused_at: drop("Job queue."),
    updated_at: drop("Job queue."),
  },
  river_client: {
    id: drop("Worker host name."),
    created_at: drop("Job queue."),
    metadata: drop("Job queue."),
    paused_at: drop("Job queue."),
    updated_at: drop("Job queue."),
  },
  river_client_queue: {
    river_client_id: drop("Worker host name."),
    name: drop("Job queue."),
    created_at: drop("Job queue."),
    max_workers: drop("Job queue."),
    metadata: drop("Job queue."),
    num_jobs_completed: drop("Job queue."),
    num_jobs_running: drop("Job queue."),
    updated_at: drop("Job queue."),
  },
  river_migration: {
    line: drop("Migration bookkeeping."),
    version: drop("Migration bookkeeping."),
    created_at: drop("Migration bookkeeping."),
  },
  goose_db_version: {
    id: drop("Migration bookkeeping."),
    version_id: drop("Migration bookkeeping."),
    is_applied: drop("Migration bookkeeping."),
    tstamp: drop("Migration bookkeeping."),
  },
} as const satisfies Record<string, Record<string, Treatment>>;

export type PlannerTable = keyof typeof TABLE_COLUMNS;

// ---------------------------------------------------------------------------------------------------------------
// Inventory JSON

/** A node of the inventory classification tree. */
export type InventoryNode =
  | { readonly kind: "leaf"; readonly treatment: Treatment; readonly json?: string }
  | {
      readonly kind: "object";
      readonly fields: Readonly<Record<string, InventoryNode>>;
      readonly json?: string;
    }
  /** A map whose keys carry values (`#key`), with a count (`treatment`) and values (`*`). */
  | {
      readonly kind: "map";
      readonly treatment: Treatment;
      readonly keys: Treatment;
      readonly values: InventoryNode;
      readonly json?: string;
    }
  /** An array with a length (`treatment`) and elements (`[]`). */
  | {
      readonly kind: "array";
      readonly treatment: Treatment;
      readonly items: InventoryNode;
      readonly json?: string;
    }
  /** An `InventoryData` root: its paths are written relative to it (the v1 document, v2 `vcenter`, `clusters.*`). */
  | { readonly kind: "data"; readonly json?: string };

/** Every property of the SDK model `T` must be classified, and nothing else (excess properties fail). */
type Shape<T> = { readonly [K in keyof Required<T>]-?: InventoryNode };

const leaf = (treatment: Treatment, json?: string): InventoryNode => ({ kind: "leaf", treatment, json });
/** An object typed against the SDK model; `newer` lists JSON fields the planner added after planner-sdk 0.20.2. */
function obj<T>(fields: Shape<T>, newer: Record<string, InventoryNode> = {}, json?: string): InventoryNode {
  return { kind: "object", fields: { ...fields, ...newer }, json };
}
const map = (treatment: Treatment, keys: Treatment, values: InventoryNode, json?: string): InventoryNode => ({
  kind: "map",
  treatment,
  keys,
  values,
  json,
});
const array = (treatment: Treatment, items: InventoryNode): InventoryNode => ({
  kind: "array",
  treatment,
  items,
});

const count = (what: string) => keep("high", `${what}: an aggregate count.`);
const agg = keep("high", "Aggregate over the estate's VMs.");
const fixedKey = (what: string) => keep("low", `${what}: a fixed set of keys chosen by the planner.`);
const tierKeys = generalise(
  "low",
  { kind: "catalogue", catalogue: "tiers" },
  "Tier labels from fixed sets; unknown keys become other.",
);
const deprecated = (what: string) => drop(`${what}: deprecated, not shown.`);

const histogram = obj<Histogram>({
  minValue: leaf(drop("Histograms are deprecated and per-estate shape detail.")),
  step: leaf(drop("Histograms are deprecated.")),
  data: array(drop("Histograms are deprecated."), leaf(drop("Histograms are deprecated."))),
});

const breakdown = obj<VMResourceBreakdown>({
  total: leaf(agg),
  totalForMigratable: leaf(agg),
  totalForMigratableWithWarnings: leaf(agg),
  totalForNotMigratable: leaf(agg),
  histogram,
});

const tierSummary = obj<DiskSizeTierSummary>({
  totalSizeTB: leaf(agg),
  vmCount: leaf(count("VMs in the tier")),
});
const diskTypeSummary = obj<DiskTypeSummary>({ vmCount: leaf(count("VMs")), totalSizeTB: leaf(agg) });

const issue = obj<MigrationIssue>({
  id: leaf(
    generalise(
      "low",
      { kind: "catalogue", catalogue: "migration-issues" },
      "Forklift concern id; unknown → other.",
    ),
  ),
  label: leaf(
    generalise(
      "low",
      { kind: "catalogue", catalogue: "migration-issues" },
      "Free text that can carry disk paths and attribute names; only fixed v1 labels map to an id.",
    ),
  ),
  assessment: leaf(drop("Free text that can carry disk paths, guest ids and attribute names.")),
  count: leaf(count("Occurrences of the issue")),
});

const osInfo = obj<OsInfo>({
  count: leaf(count("VMs with the OS")),
  supported: leaf(keep("low", "MTV support flag.")),
  supportTier: leaf(drop("Support tier, not shown yet.")),
  upgradeRecommendation: leaf(drop("Policy free text.")),
});

const vms = obj<VMs>(
  {
    total: leaf(count("VMs")),
    totalMigratable: leaf(count("Migratable VMs")),
    totalMigratableWithWarnings: leaf(count("VMs with warnings")),
    totalWithSharedDisks: leaf(drop("Not shown yet.")),
    cpuCores: breakdown,
    ramGB: breakdown,
    diskGB: breakdown,
    diskCount: breakdown,
    nicCount: breakdown,
    diskSizeTier: map(count("Tiers"), tierKeys, tierSummary),
    diskComplexityTier: map(count("Tiers"), drop("Not shown yet."), tierSummary),
    diskTypes: map(
      count("Disk types"),
      drop("Keys are datastore types but unvalidated; datastore docs carry the type."),
      diskTypeSummary,
    ),
    distributionByCpuTier: map(count("Tiers"), tierKeys, leaf(count("VMs in the tier"))),
    distributionByMemoryTier: map(count("Tiers"), tierKeys, leaf(count("VMs in the tier"))),
    distributionByNicCount: map(count("Tiers"), tierKeys, leaf(count("VMs in the tier"))),
    distributionByComplexity: map(
      deprecated("Complexity distribution"),
      deprecated("Complexity"),
      leaf(deprecated("Complexity")),
    ),
    complexityDistribution: map(count("Complexity levels"), tierKeys, tierSummary),
    powerStates: map(count("Power states"), fixedKey("Power states"), leaf(count("VMs in the power state"))),
    os: map(
      count("Guest OS names"),
      generalise(
        "low",
        { kind: "catalogue", catalogue: "vsphere-guest-os" },
        "Guest OS name; unknown → other.",
      ),
      leaf(count("VMs with the OS")),
    ),
    osInfo: map(
      count("Guest OS names"),
      generalise(
        "low",
        { kind: "catalogue", catalogue: "vsphere-guest-os" },
        "Guest OS name; unknown → other.",
      ),
      osInfo,
    ),
    notMigratableReasons: array(
      keep("low", "Critical issues: the list they are in gives the severity."),
      issue,
    ),
    migrationWarnings: array(keep("low", "Warnings: the list they are in gives the severity."), issue),
    issuesBreakdown: obj<IssuesBreakdown>({
      critical: leaf(count("VMs with a critical issue")),
      warning: leaf(count("VMs with a warning")),
      information: leaf(drop("Not shown yet.")),
      advisory: leaf(drop("Not shown yet.")),
      error: leaf(drop("Not shown yet.")),
    }),
  },
  {},
);

const datastore = obj<Datastore>({
  type: leaf(generalise("low", { kind: "catalogue", catalogue: "datastore-types" }, "Datastore technology.")),
  totalCapacityGB: leaf(
    keep(
      "high",
      "An exact capacity fingerprints an estate, so it is only published summed over a cell of at least k customers.",
    ),
  ),
  freeCapacityGB: leaf(drop("Free space at one instant; not shown.")),
  vendor: leaf(drop("Storage vendor; mostly N/A, small populations.")),
  model: leaf(drop("Storage model; mostly N/A, small populations.")),
  diskId: leaf(drop("NAA/WWN LUN id, datastore name or NFS path.")),
  hardwareAcceleratedMove: leaf(drop("Always false in the current path.")),
  protocolType: leaf(drop("Mostly N/A.")),
  hostId: leaf(drop("Host morefs, unique per vCenter.")),
  storageIoConfiguration: obj<StorageIoConfiguration>({
    enabled: leaf(drop("Storage I/O control settings; not shown.")),
    congestionThreshold: leaf(drop("Not shown.")),
    congestionThresholdMode: leaf(drop("Not shown.")),
    percentOfPeakThroughput: leaf(drop("Not shown.")),
  }),
});

const network = obj<Network>({
  type: leaf(generalise("low", { kind: "catalogue", catalogue: "network-types" }, "Network kind.")),
  name: leaf(drop("Port-group names carry site, application and customer names.")),
  vlanId: leaf(drop("Network topology.")),
  dvswitch: leaf(drop("Switch names carry customer naming.")),
  vmsCount: leaf(drop("Not shown yet.")),
});

const host = obj<Host>(
  {
    id: leaf(drop("Host moref, unique per vCenter.")),
    vendor: leaf(drop("Hardware vendor; not shown yet (fingerprinting with small populations).")),
    model: leaf(drop("Hardware model; fingerprinting.")),
    cpuCores: leaf(drop("Not shown yet.")),
    cpuSockets: leaf(drop("Not shown yet.")),
    memoryMB: leaf(drop("Not shown yet.")),
  },
  {
    vmotionSupported: leaf(drop("Not shown yet (newer than planner-sdk 0.20.2).")),
    storageVmotionSupported: leaf(drop("Not shown yet (newer than planner-sdk 0.20.2).")),
  },
);

const infra = obj<Infra>({
  totalHosts: leaf(count("ESXi hosts")),
  totalDatacenters: leaf(count("Datacenters")),
  totalClusters: leaf(count("Clusters (v1)")),
  clustersPerDatacenter: array(drop("Topology detail."), leaf(drop("Topology detail."))),
  cpuOverCommitment: leaf(
    generalise("high", { kind: "round", to: 0.5 }, "Ratio rounded so it is no fingerprint."),
  ),
  memoryOverCommitment: leaf(drop("Not shown yet.")),
  hosts: array(drop("Host list; hostsTotal carries the count."), host),
  hostsPerCluster: array(deprecated("Hosts per cluster"), leaf(deprecated("Hosts per cluster"))),
  vmsPerCluster: array(deprecated("VMs per cluster"), leaf(deprecated("VMs per cluster"))),
  hostPowerStates: map(drop("Not shown yet."), drop("Host overall status."), leaf(drop("Not shown yet."))),
  networks: array(count("Networks"), network),
  datastores: array(count("Datastores"), datastore),
});

/** `InventoryData`: the v1 document itself, v2 `vcenter` and every v2 `clusters.*` entry. */
export const INVENTORY_DATA: InventoryNode = obj<InventoryData>(
  {
    vcenter: obj<VCenter>({
      id: leaf(drop("vCenter InstanceUuid: globally unique id of the customer's vCenter.")),
    }),
    clusterFeatures: obj<ClusterFeatures>(
      {
        drsEnabled: leaf(drop("Not shown yet.")),
        drsMode: leaf(drop("Not shown yet.")),
        storageDrsEnabled: leaf(drop("Removed upstream; not shown.")),
      },
      { haEnabled: leaf(drop("Not shown yet (newer than planner-sdk 0.20.2).")) },
    ),
    clusterUtilization: obj<ClusterUtilization>({
      cpuAvg: leaf(drop("Per-cluster utilisation; not shown yet."), "cpu_avg"),
      cpuP95: leaf(drop("Not shown yet."), "cpu_p95"),
      cpuMax: leaf(drop("Not shown yet."), "cpu_max"),
      memAvg: leaf(drop("Not shown yet."), "mem_avg"),
      memP95: leaf(drop("Not shown yet."), "mem_p95"),
      memMax: leaf(drop("Not shown yet."), "mem_max"),
      confidence: leaf(drop("Not shown yet.")),
    }),
    vms,
    infra,
  },
  {},
);

const DATA: InventoryNode = { kind: "data" };

/** The v2 top level (`Inventory`). */
export const INVENTORY_V2: InventoryNode = obj<Inventory>(
  {
    vcenterId: leaf(
      drop("vCenter InstanceUuid: globally unique id of the customer's vCenter."),
      "vcenter_id",
    ),
    vcenterVersion: leaf(
      generalise("low", { kind: "version-prefix", parts: 2 }, "Full build numbers narrow down an estate."),
      "vcenter_version",
    ),
    vcenter: DATA,
    clusters: map(
      count("Clusters"),
      drop("Cluster ids: morefs or an unsalted hash of vCenter UUID, datacenter and cluster name."),
      DATA,
    ),
  },
  { created_at: leaf(drop("Inventory build time; snapshots.created_at is used instead.")) },
);

export interface InventoryField {
  /** `inventory:<path>`; `#key` = map keys, `*` = map values, `[]` = array elements. */
  readonly ref: string;
  readonly treatment: Treatment;
  /** What the ref denotes. */
  readonly role: "value" | "count" | "keys";
}

function flatten(node: InventoryNode, path: string, out: InventoryField[]): void {
  const ref = (p: string) => `inventory:${p}`;
  switch (node.kind) {
    case "data":
      return;
    case "leaf":
      out.push({ ref: ref(path), treatment: node.treatment, role: "value" });
      return;
    case "object":
      for (const [sdkName, child] of Object.entries(node.fields)) {
        const name = child.json ?? sdkName;
        flatten(child, path ? `${path}.${name}` : name, out);
      }
      return;
    case "map":
      out.push({ ref: ref(path), treatment: node.treatment, role: "count" });
      out.push({ ref: ref(`${path}.#key`), treatment: node.keys, role: "keys" });
      flatten(node.values, `${path}.*`, out);
      return;
    case "array":
      out.push({ ref: ref(path), treatment: node.treatment, role: "count" });
      flatten(node.items, `${path}[]`, out);
      return;
  }
}

/** Every classified inventory path: v2 top-level fields plus `InventoryData` paths (relative). */
export const INVENTORY_FIELDS: readonly InventoryField[] = (() => {
  const out: InventoryField[] = [];
  flatten(INVENTORY_V2, "", out);
  flatten(INVENTORY_DATA, "", out);
  return out;
})();

// ---------------------------------------------------------------------------------------------------------------
// Lookups

export interface ClassifiedSourceField {
  readonly ref: string;
  readonly treatment: Treatment;
  readonly classified: boolean;
}

const BY_REF: ReadonlyMap<string, Treatment> = new Map<string, Treatment>([
  ...Object.entries(TABLE_COLUMNS).flatMap(([table, columns]) =>
    Object.entries(columns as Record<string, Treatment>).map(
      ([column, t]) => [`${table}.${column}`, t] as const,
    ),
  ),
  ...INVENTORY_FIELDS.map((f) => [f.ref, f.treatment] as const),
]);

const UNCLASSIFIED = drop("Not classified: dropped by default.");

/** The treatment of a source ref; anything unclassified is dropped. */
export function sourceTreatment(ref: string): ClassifiedSourceField {
  const treatment = BY_REF.get(ref);
  return treatment
    ? { ref, treatment, classified: true }
    : { ref, treatment: UNCLASSIFIED, classified: false };
}

/** All classified refs, database columns first. */
export function classifiedSourceFields(): ClassifiedSourceField[] {
  return [...BY_REF.entries()].map(([ref, treatment]) => ({ ref, treatment, classified: true }));
}

/** Columns of `information_schema` rows that the classification does not list (they are dropped). */
export function unclassifiedColumns(columns: readonly { table: string; column: string }[]): string[] {
  return columns.map((c) => `${c.table}.${c.column}`).filter((ref) => !BY_REF.has(ref));
}

/** True for a v2 inventory document, as the planner's `GetInventoryVersion` decides. */
export function isV2Inventory(doc: unknown): boolean {
  return (
    typeof doc === "object" &&
    doc !== null &&
    !Array.isArray(doc) &&
    ("clusters" in doc || "vcenter_id" in doc)
  );
}

/** Paths of a concrete inventory document that no classification covers (they are dropped). */
export function unclassifiedInventoryPaths(doc: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: InventoryNode, value: unknown, rel: string): void => {
    switch (node.kind) {
      case "data":
        walk(INVENTORY_DATA, value, "");
        return;
      case "leaf":
        if (value !== null && typeof value === "object")
          out.add(`inventory:${rel || "<root>"} (object where a value was expected)`);
        return;
      case "object": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) return;
        const byJson = new Map(Object.entries(node.fields).map(([k, child]) => [child.json ?? k, child]));
        for (const [key, child] of Object.entries(value)) {
          const childNode = byJson.get(key);
          const childRel = rel ? `${rel}.${key}` : key;
          if (!childNode) out.add(`inventory:${childRel}`);
          else walk(childNode, child, childRel);
        }
        return;
      }
      case "map":
        if (value === null || typeof value !== "object" || Array.isArray(value)) return;
        for (const child of Object.values(value)) walk(node.values, child, `${rel}.*`);
        return;
      case "array":
        if (!Array.isArray(value)) return;
        for (const child of value) walk(node.items, child, `${rel}[]`);
        return;
    }
  };
  walk(isV2Inventory(doc) ? INVENTORY_V2 : INVENTORY_DATA, doc, "");
  return [...out].sort();
}

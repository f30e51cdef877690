/**
 * The Assisted Installer installation documents that the milestone-2 collector writes into its STAGING index.
 *
 * No viewer role or data view reads the staging index: each document describes one installation of one customer,
 * so it is only input to the Elasticsearch transforms that publish aggregate cells of at least k customers
 * (`cells.ts`, `components/collectors/assisted-installer/transform.ts`). One document per installation attempt: a `cluster.installation.results` metrics event of assisted-service
 * (research assisted-installer.md §1.1) joined with the cluster state it carries, for clusters whose tags contain
 * `assisted_migration` (§4). This is the per-cluster-state projection the AI dashboards compute on the fly from
 * enriched events (§3.2, result definition A), reduced to the dimensions an aggregate dashboard needs (§3.5).
 *
 * Counting documents counts installation attempts; there is no cluster id to take a unique count of, on purpose:
 * `cluster_ref` is a keyed pseudonym for the collector (idempotent writes, attempt numbering) and the transforms
 * (distinct clusters per cell); `customer_ref`, a keyed pseudonym of the organisation, is what the transforms' k gate
 * counts. Neither reaches the aggregate index. Two program values ride along: `publishable_at`, when the event's month
 * is closed (the transforms' sync field: closed months only, as on the planner path), and `key_epoch`, the key's
 * generation (every transform groups by it, so customers are counted within one key).
 *
 * `from` names upstream fields declared in `sources.ts`; catalogue names refer to `catalogues.ts`.
 */
import { defineDocument, drop, generalise, keep, pseudonymise } from "../model";

const DURATION_TIERS = [30, 60, 90, 120, 180, 240] as const;
const HOST_COUNT_TIERS = [1, 3, 5, 10, 20, 50] as const;

export const installationDocument = defineDocument("ai-installation", 3, {
  doc_id: {
    type: "keyword",
    treatment: pseudonymise(
      "Document _id: keyed HMAC of cluster id + event time, so re-collecting an event overwrites its document; the upstream UUIDv5 id is unkeyed and reproducible (research §1.2, §2.5).",
    ),
    from: ["event:cluster.id", "event:event_time"],
    description: "Keyed hash identifying one installation attempt.",
  },
  cluster_ref: {
    type: "keyword",
    treatment: pseudonymise(
      "Cluster UUIDs are known to the customer and Red Hat support; research §2.6 asks for HMAC-SHA-256 with a secret key. Kept for the collector only, never shown.",
    ),
    from: ["event:cluster.id"],
    description: "Keyed hash of the cluster.",
  },
  customer_ref: {
    type: "keyword",
    treatment: pseudonymise(
      "The Red Hat organisation is the customer: the transforms count distinct organisations per cell and publish only cells of at least k. Keyed, like cluster_ref, so the staging index holds no organisation id; an event without one counts no customer (the gate errs on the safe side).",
    ),
    from: ["event:cluster.org_id"],
    description: "Keyed hash of the organisation (the customer).",
  },
  collected_at: {
    type: "date",
    treatment: keep(
      "high",
      "When the collector read the event (Logstash @timestamp): compared with publishable_at, an event read once its month is closed is dropped. Staging only: no transform groups by it.",
    ),
    from: ["event:@timestamp"],
    description: "Time the collector read the event (staging only).",
  },

  // publication (program values, not customer data)
  publishable_at: {
    type: "date",
    treatment: keep(
      "low",
      "First instant of the month after the event's month plus anonymity.graceDays: when that month is closed. A function of the month alone (one value per month), computed by the collector. The transforms' sync field, so a month's documents reach the cells only once it is closed, all in one checkpoint; the collector drops an event it reads at or after this instant (its month may already be published).",
    ),
    from: ["event:event_time", "program:anonymity.graceDays"],
    description:
      "When the event's month is closed and may be published (transforms' sync field; staging only).",
  },
  key_epoch: {
    type: "keyword",
    treatment: keep(
      "low",
      "The generation (rotation keeper) of the key that made customer_ref and cluster_ref: program metadata, the same value the key-epoch record carries. Every transform groups by it, so the k gate counts customers within one key generation and a rotation cannot count one customer twice.",
    ),
    from: ["program:rotation.pseudonymisationKey"],
    description: "Generation of the pseudonymisation key (rotation keeper, `0` when unset).",
  },

  // time
  event_day: {
    type: "date",
    treatment: generalise(
      "low",
      { kind: "truncate-date", unit: "day" },
      "The exact end of an installation could be matched against a support case; research §2.6 suggests bucketing times to the day.",
    ),
    from: ["event:event_time"],
    description: "Day the installation attempt ended (data view time field).",
  },
  created_month: {
    type: "date",
    treatment: generalise(
      "low",
      { kind: "truncate-date", unit: "month" },
      "Registration time, truncated like the planner's creation times; the AI dashboards use it as their time axis (§3.4).",
    ),
    from: ["event:cluster.created_at"],
    description: "Month the cluster was registered.",
  },

  // outcome
  result: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-installation-results" },
      "Final status of the attempt; upstream also emits transient values (Done, installing-pending-user-action) that map to `other`.",
    ),
    from: ["event:event.props.result"],
    description: "installed | error | cancelled | other",
  },
  first_attempt: {
    type: "boolean",
    treatment: keep(
      "low",
      "Whether this is the cluster's first installation attempt (the collector counts attempts per cluster_ref); two values, so a long retry history does not stand out.",
    ),
    from: ["event:cluster.id", "event:event.props.result"],
    description: "True for the first installation attempt of a cluster.",
  },
  failure_stage: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-failure-stages" },
      "Host installation stage reached when the attempt failed; stage names are a fixed upstream enum.",
    ),
    from: ["event:event.props.lastState", "event:cluster.hosts.progress.current_stage"],
    description: "Stage at which the installation failed, `none` when it succeeded.",
  },
  status_info_category: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-status-info-categories" },
      "status_info is free text naming hosts and addresses; only a category matched by fixed patterns is kept.",
    ),
    from: ["event:cluster.status_info"],
    description: "Category of the failure reason, `none` when it succeeded.",
  },
  install_duration_minutes: {
    type: "long",
    treatment: generalise(
      "high",
      { kind: "round", to: 5 },
      "Duration (props.duration, seconds) converted to minutes and rounded to 5 so it is not a fingerprint; shown only as percentiles.",
    ),
    from: ["event:event.props.duration"],
    description: "Installation duration in minutes, rounded to 5.",
  },
  install_duration_tier: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "bucket", bounds: DURATION_TIERS, overflowLabel: "241+" },
      "Duration as a coarse bucket, safe to break down by.",
    ),
    from: ["event:event.props.duration"],
    description: "Duration bucket in minutes: 0-30, 31-60, 61-90, 91-120, 121-180, 181-240, 241+.",
  },

  // cluster configuration
  openshift_version: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "version-prefix", parts: 2 },
      "Patch versions and pre-release suffixes narrow clusters down; the AI dashboards group by minor anyway (§3.3).",
    ),
    from: ["event:cluster.openshift_version"],
    description: "OpenShift major.minor, e.g. 4.18.",
  },
  ai_version: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "version-prefix", parts: 2 },
      "assisted-service release (release_tag) cut to major.minor, like the AI release-tag panels.",
    ),
    from: ["event:release_tag"],
    description: "assisted-service release major.minor, e.g. v2.40.",
  },
  platform_type: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-platform-types" },
      "Platform integration from a fixed upstream enum.",
    ),
    from: ["event:cluster.platform.type"],
    description: "baremetal | none | vsphere | nutanix | oci | external | other",
  },
  cpu_architecture: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-cpu-architectures" },
      "CPU architecture from a fixed set.",
    ),
    from: ["event:cluster.cpu_architecture"],
    description: "x86_64 | arm64 | ppc64le | s390x | multi | other",
  },
  heterogeneous_arch: {
    type: "boolean",
    treatment: keep("low", "Whether hosts mix CPU architectures; two values."),
    from: ["event:host_summary.heterogeneous_arch"],
    description: "True when the hosts have more than one CPU architecture.",
  },
  high_availability_mode: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-ha-modes" },
      "Full (multi-node) or None (single-node OpenShift).",
    ),
    from: ["event:cluster.high_availability_mode"],
    description: "Full | None | other",
  },
  control_plane_count: {
    type: "long",
    treatment: keep("low", "1, 3, 4 or 5 control-plane nodes."),
    from: ["event:cluster.control_plane_count"],
    description: "Number of control-plane nodes.",
  },
  user_managed_networking: {
    type: "boolean",
    treatment: keep("low", "Two values."),
    from: ["event:cluster.user_managed_networking"],
    description: "True when the user provides load balancing and DNS.",
  },
  network_type: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-network-types" },
      "Fixed upstream enum.",
    ),
    from: ["event:cluster.network_type"],
    description: "OVNKubernetes | OpenShiftSDN | other",
  },
  cluster_kind: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-cluster-kinds" },
      "Day-1 cluster or day-2 add-hosts cluster; upstream keeps it on purpose to detect day-2 (§2.3).",
    ),
    from: ["event:cluster.kind"],
    description: "Cluster | AddHostsCluster | other",
  },
  iso_type: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-iso-types" },
      "Discovery ISO flavour; two values.",
    ),
    from: ["event:infra_envs.type", "event:host_summary.iso_type"],
    description: "full-iso | minimal-iso | other",
  },
  feature_usage: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-feature-usage" },
      "Feature ids only (array); usage `data` can hold user values and is never read, unknown ids become `other`.",
    ),
    from: ["event:cluster.feature_usage"],
    description: "Ids of the features the cluster used, e.g. STATIC_NETWORK_CONFIG, LVM, CNV.",
  },
  operator_bundles: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-operator-bundles" },
      "Bundle ids from a fixed set; Assisted Migration forces `virtualization` (§4.2).",
    ),
    from: ["event:cluster.operator_bundles"],
    description: "Operator bundles selected (array).",
  },
  tags: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-cluster-tags" },
      "Tags are free text (`^\\w+( \\w+)*$`); only the catalogue's well-known tags are kept, as an array so a term query matches `assisted_migration` (§4.4).",
    ),
    from: ["event:cluster.tags"],
    description: "Well-known cluster tags (array); always contains assisted_migration.",
  },
  host_vendors: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "catalogue", catalogue: "ai-host-vendors" },
      "Manufacturers of the hosts (array); research §3.5 keeps the manufacturer as low cardinality, rare ones become `other`.",
    ),
    from: ["event:cluster.hosts.inventory.system_vendor.manufacturer"],
    description: "Distinct hardware manufacturers of the cluster's hosts.",
  },
  on_premises: {
    type: "boolean",
    treatment: keep("low", "Whether the event came from an on-premises assisted-service upload; two values."),
    from: ["event:cluster.onprem"],
    description: "True for clusters of the on-premises assisted-service.",
  },

  // host counts
  host_count: {
    type: "long",
    treatment: keep(
      "high",
      "Small integer shared by many clusters; shown only as averages and percentiles, never broken down by.",
    ),
    from: ["event:cluster.enabled_host_count", "event:host_summary.host_count"],
    description: "Hosts enabled for installation.",
  },
  host_count_tier: {
    type: "keyword",
    treatment: generalise(
      "low",
      { kind: "bucket", bounds: HOST_COUNT_TIERS, overflowLabel: "51+" },
      "Host count as a coarse bucket, safe to break down by; very large clusters are rare and would stand out.",
    ),
    from: ["event:cluster.enabled_host_count", "event:host_summary.host_count"],
    description: "Host count bucket: 0-1, 2-3, 4-5, 6-10, 11-20, 21-50, 51+.",
  },

  // Refused: declared so that pipelines, mappings and policies know them and nobody re-adds them (§2.6).
  cluster_name: {
    type: "keyword",
    treatment: drop(
      "User-chosen cluster names often name the customer or site; upstream keeps them in clear (§2.6).",
    ),
    from: ["event:cluster.name"],
    description: "Never stored.",
  },
  base_dns_domain: {
    type: "keyword",
    treatment: drop("The customer's DNS domain names the company (§2.6)."),
    from: ["event:cluster.base_dns_domain"],
    description: "Never stored.",
  },
  email_domain: {
    type: "keyword",
    treatment: drop("The e-mail domain names the company; research §3.5 drops every email-domain panel."),
    from: ["event:cluster.email_domain"],
    description: "Never stored.",
  },
  user: {
    type: "keyword",
    treatment: drop(
      "User name, and its upstream unsalted MD5 / FNV `user_id` which a dictionary attack reverses (§2.3, §2.5).",
    ),
    from: ["event:cluster.user_name", "event:cluster.user_id"],
    description: "Never stored.",
  },
  org_id: {
    type: "keyword",
    treatment: drop(
      "Red Hat organisation id identifies the customer: never stored in clear, only as the keyed customer_ref (§3.5).",
    ),
    from: ["event:cluster.org_id"],
    description: "Never stored; counted through customer_ref.",
  },
  subscription_id: {
    type: "keyword",
    treatment: drop("OCM subscription id is a customer-linked identifier (§2.6)."),
    from: ["event:cluster.ams_subscription_id"],
    description: "Never stored.",
  },
  network_addresses: {
    type: "keyword",
    treatment: drop(
      "VIPs, CIDRs and proxy settings expose the customer's network; proxy URLs may embed credentials.",
    ),
    from: [
      "event:cluster.api_vips",
      "event:cluster.ingress_vips",
      "event:cluster.machine_networks",
      "event:cluster.cluster_networks",
      "event:cluster.service_networks",
      "event:cluster.http_proxy",
      "event:cluster.https_proxy",
      "event:cluster.no_proxy",
      "event:cluster.connectivity_majority_groups",
      "event:infra_envs.proxy",
      "event:infra_envs.static_network_config",
    ],
    description: "Never stored.",
  },
  host_identity: {
    type: "keyword",
    treatment: drop(
      "Host ids, names, inventories (IPs, MACs, serials, BMC addresses, disk WWNs), DNS and NTP sources identify machines (§2.6).",
    ),
    from: [
      "event:cluster.hosts.id",
      "event:cluster.hosts.requested_hostname",
      "event:cluster.hosts.inventory",
      "event:cluster.hosts.inventory.system_vendor.product_name",
      "event:cluster.hosts.inventory.system_vendor.serial_number",
      "event:cluster.hosts.domain_name_resolutions",
      "event:cluster.hosts.ntp_sources",
      "event:cluster.hosts.disks_info",
      "event:cluster.hosts.infra_env_id",
      "event:cluster.hosts.role",
      "event:infra_envs.id",
    ],
    description: "Never stored.",
  },
  secrets: {
    type: "keyword",
    treatment: drop(
      "Pull secret, SSH keys, BMC credentials, trust bundles and pre-signed URLs are credentials, whatever upstream already deleted.",
    ),
    from: [
      "event:cluster.pull_secret",
      "event:cluster.ssh_public_key",
      "event:cluster.hosts.fencing_credentials",
      "event:infra_envs.ssh_authorized_key",
      "event:infra_envs.additional_trust_bundle",
      "event:infra_envs.download_url",
    ],
    description: "Never stored.",
  },
  free_text: {
    type: "keyword",
    treatment: drop(
      "Event messages, status_info, validation messages, install-config and ignition overrides are free text naming clusters, hosts and addresses.",
    ),
    from: [
      "event:message",
      "event:cluster.status_info",
      "event:cluster.validations_info",
      "event:cluster.install_config_overrides",
      "event:cluster.ignition_endpoint",
      "event:cluster.platform.external.platform_name",
      "event:cluster.ocp_release_image",
    ],
    description: "Never stored; status_info survives only as status_info_category.",
  },
  exact_times: {
    type: "date",
    treatment: drop(
      "Exact timestamps could be matched against support cases; only truncated days and months are kept.",
    ),
    from: [
      "event:event_time",
      "event:cluster.created_at",
      "event:cluster.install_started_at",
      "event:cluster.install_completed_at",
    ],
    description: "Never stored.",
  },
  upstream_ids: {
    type: "keyword",
    treatment: drop(
      "Upstream event and request ids are unkeyed and would let anyone with AI access join back.",
    ),
    from: ["event:id", "event:request_id"],
    description: "Never stored.",
  },
  event_context: {
    type: "keyword",
    treatment: drop(
      "Event name and cluster status are consumed by the collector to select and classify events.",
    ),
    from: ["event:name", "event:cluster.status"],
    description: "Never stored; reflected in result.",
  },
});

export type InstallationDocumentModel = typeof installationDocument;

/** The tag that marks clusters created through Assisted Migration (assisted-installer-ui `AI_ASSISTED_MIGRATION_TAG`). */
export const ASSISTED_MIGRATION_TAG = "assisted_migration";

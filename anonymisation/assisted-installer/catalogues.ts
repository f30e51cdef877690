/**
 * The fixed value sets that `catalogue` generalisers of the installation document map onto. A collector keeps a
 * value only when it is listed here and writes `other` for anything else, so a free-text or rare value (a custom
 * tag, an unusual hardware vendor, a new feature name) never reaches Elasticsearch verbatim.
 */

/** Feature names recorded by assisted-service (`internal/usage/consts.go` @ 025f00e8). */
const FEATURE_NAMES = [
  "Additional NTP Source",
  "Requested hostname",
  "Proxy",
  "SNO",
  "Day2 hosts",
  "VIP auto alloc.",
  "Disk Selection",
  "OVN network type",
  "SDN network type",
  "Dual-stack",
  "Platform selection",
  "Schedulable masters",
  "auto assign role",
  "Custom manifest",
  "Disk encryption",
  "Cluster managed networking with VMs",
  "arm64 architecture",
  "ppc64le architecture",
  "s390x architecture",
  "Install Config Overrides",
  "Single Node Expansion",
  "Ignition Config Override",
  "Static Network Config",
  "Cluster Tags",
  "LVM",
  "Nutanix integration",
  "Hyperthreading",
  "discovery kernel arguments",
  "Dual-stack VIPs",
  "User Managed Networking With Multi Node",
  "Validations have been ignored for this cluster",
] as const;

/**
 * Operators are recorded as feature usage under their upper-cased name (`setOperatorsUsage`); the list holds those
 * the Assisted Migration flow selects (LVM + the virtualization bundle) and the common storage operators
 * (inference from research §4.5, not an exhaustive upstream list).
 */
const OPERATOR_FEATURE_IDS = [
  "CNV",
  "MTV",
  "ODF",
  "LSO",
  "NMSTATE",
  "METALLB",
  "LOKI",
  "FENCE_AGENTS_REMEDIATION",
];

/** assisted-service derives a feature id from its name: spaces become `_`, dots go, upper case (`UsageNameToID`). */
export function featureUsageId(name: string): string {
  return name.replace(/ /g, "_").replace(/\./g, "").toUpperCase();
}

export const OTHER = "other";

export const AI_CATALOGUES = {
  "ai-installation-results": ["installed", "error", "cancelled", OTHER],
  "ai-platform-types": ["baremetal", "none", "vsphere", "nutanix", "oci", "external", OTHER],
  "ai-cpu-architectures": ["x86_64", "arm64", "ppc64le", "s390x", "multi", OTHER],
  "ai-ha-modes": ["Full", "None", OTHER],
  "ai-network-types": ["OVNKubernetes", "OpenShiftSDN", OTHER],
  "ai-cluster-kinds": ["Cluster", "AddHostsCluster", OTHER],
  "ai-iso-types": ["full-iso", "minimal-iso", OTHER],
  "ai-operator-bundles": ["virtualization", "openshift-ai", OTHER],
  /** Only tags that mean something to the dashboards; user-chosen tags are free text and become `other`. */
  "ai-cluster-tags": ["assisted_migration", "ui_ocm", "aicli", "cisco_intersight_ui", OTHER],
  "ai-feature-usage": [...FEATURE_NAMES.map(featureUsageId), ...OPERATOR_FEATURE_IDS, OTHER],
  /** Host installation stages (assisted-service `models.HostStage`); `none` when the installation succeeded. */
  "ai-failure-stages": [
    "none",
    "Starting installation",
    "Waiting for control plane",
    "Waiting for bootkube",
    "Waiting for controller",
    "Installing",
    "Writing image to disk",
    "Rebooting",
    "Waiting for ignition",
    "Configuring",
    "Joined",
    "Done",
    OTHER,
  ],
  /**
   * Our own categories for the free-text `status_info` of a failed or cancelled cluster, matched by fixed
   * patterns in the collector; the text itself is never stored because it names hosts and addresses.
   */
  "ai-status-info-categories": [
    "none",
    "timeout",
    "host-installation-failed",
    "operator-failed",
    "cancelled-by-user",
    "image-pull-failed",
    "network-validation",
    "storage",
    OTHER,
  ],
  /** Hardware manufacturers shared by many customers; anything else (rare vendors narrow a fleet down) is `other`. */
  "ai-host-vendors": [
    "Dell Inc.",
    "HPE",
    "Lenovo",
    "Supermicro",
    "Cisco Systems Inc",
    "Fujitsu",
    "VMware, Inc.",
    "Red Hat",
    "QEMU",
    "Nutanix",
    "Microsoft Corporation",
    "Amazon EC2",
    OTHER,
  ],
} as const satisfies Record<string, readonly string[]>;

export type AiCatalogue = keyof typeof AI_CATALOGUES;

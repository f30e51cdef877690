/**
 * Fixed catalogues for the `catalogue` generaliser. A value reaches Elasticsearch only if it is listed here;
 * anything else becomes `other` (`OTHER`). The lists are closed on purpose: customer-chosen strings (guest OS
 * names typed into custom VMs, issue labels with interpolated disk paths, datastore names) can never pass.
 */
import type { NetworkTypeEnum } from "@openshift-migration-advisor/planner-sdk";

export const OTHER = "other";

export const OS_FAMILIES = ["windows", "rhel", "centos", "ubuntu", "suse", "other-linux", OTHER] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

/**
 * vSphere guest OS full names (`GuestFullName`, as forklift's vSphere collector reports them and as the planner
 * keys `vms.os` / `vms.osInfo`) with their family. Names outside the list are reported as `other`.
 */
export const VSPHERE_GUEST_OS: Readonly<Record<string, OsFamily>> = {
  "Microsoft Windows Server 2025 (64-bit)": "windows",
  "Microsoft Windows Server 2022 (64-bit)": "windows",
  "Microsoft Windows Server 2019 (64-bit)": "windows",
  "Microsoft Windows Server 2016 or later (64-bit)": "windows",
  "Microsoft Windows Server 2016 (64-bit)": "windows",
  "Microsoft Windows Server 2012 (64-bit)": "windows",
  "Microsoft Windows Server 2008 R2 (64-bit)": "windows",
  "Microsoft Windows Server 2008 (64-bit)": "windows",
  "Microsoft Windows Server 2008 (32-bit)": "windows",
  "Microsoft Windows Server 2003 Standard (64-bit)": "windows",
  "Microsoft Windows Server 2003 Standard (32-bit)": "windows",
  "Microsoft Windows 11 (64-bit)": "windows",
  "Microsoft Windows 10 (64-bit)": "windows",
  "Microsoft Windows 10 (32-bit)": "windows",
  "Microsoft Windows 8.x (64-bit)": "windows",
  "Microsoft Windows 7 (64-bit)": "windows",
  "Microsoft Windows 7 (32-bit)": "windows",
  "Microsoft Windows XP Professional (32-bit)": "windows",
  "Red Hat Enterprise Linux 10 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 9 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 8 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 7 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 6 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 6 (32-bit)": "rhel",
  "Red Hat Enterprise Linux 5 (64-bit)": "rhel",
  "Red Hat Enterprise Linux 5 (32-bit)": "rhel",
  "Red Hat Enterprise Linux 4 (64-bit)": "rhel",
  "Red Hat Fedora (64-bit)": "other-linux",
  "CentOS 8 (64-bit)": "centos",
  "CentOS 7 (64-bit)": "centos",
  "CentOS 6 (64-bit)": "centos",
  "CentOS 4/5 or later (64-bit)": "centos",
  "CentOS Stream 9 (64-bit)": "centos",
  "Rocky Linux (64-bit)": "other-linux",
  "AlmaLinux (64-bit)": "other-linux",
  "Oracle Linux 9 (64-bit)": "other-linux",
  "Oracle Linux 8 (64-bit)": "other-linux",
  "Oracle Linux 7 (64-bit)": "other-linux",
  "Oracle Linux 6 (64-bit)": "other-linux",
  "Oracle Linux 4/5 or later (64-bit)": "other-linux",
  "SUSE Linux Enterprise 15 (64-bit)": "suse",
  "SUSE Linux Enterprise 12 (64-bit)": "suse",
  "SUSE Linux Enterprise 11 (64-bit)": "suse",
  "SUSE Linux Enterprise 10 (64-bit)": "suse",
  "SUSE openSUSE (64-bit)": "suse",
  "Ubuntu Linux (64-bit)": "ubuntu",
  "Ubuntu Linux (32-bit)": "ubuntu",
  "Debian GNU/Linux 12 (64-bit)": "other-linux",
  "Debian GNU/Linux 11 (64-bit)": "other-linux",
  "Debian GNU/Linux 10 (64-bit)": "other-linux",
  "Debian GNU/Linux 9 (64-bit)": "other-linux",
  "Debian GNU/Linux 8 (64-bit)": "other-linux",
  "VMware Photon OS (64-bit)": "other-linux",
  "Amazon Linux 2 (64-bit)": "other-linux",
  "Other 5.x or later Linux (64-bit)": "other-linux",
  "Other 4.x Linux (64-bit)": "other-linux",
  "Other 3.x Linux (64-bit)": "other-linux",
  "Other 2.6.x Linux (64-bit)": "other-linux",
  "Other Linux (64-bit)": "other-linux",
  "Other Linux (32-bit)": "other-linux",
  "FreeBSD 13 (64-bit)": OTHER,
  "FreeBSD 12 (64-bit)": OTHER,
  "FreeBSD (64-bit)": OTHER,
  "Oracle Solaris 11 (64-bit)": OTHER,
  "Oracle Solaris 10 (64-bit)": OTHER,
  "VMware ESXi 8.0 or later": OTHER,
  "VMware ESXi 7.0": OTHER,
  "Other (64-bit)": OTHER,
  "Other (32-bit)": OTHER,
};

/**
 * Forklift vSphere validation concern ids (`validation/policies/io/konveyor/forklift/vmware/*.rego`, kubev2v/forklift
 * HEAD). Issues whose id is not listed (or whose v1 label is not in `V1_ISSUE_LABELS`) are reported as `other`.
 */
export const MIGRATION_ISSUE_IDS = [
  "vmware.changed_block_tracking.disabled",
  "vmware.changed_block_tracking.disk.disabled",
  "vmware.consolidation_needed",
  "vmware.cpu_affinity.detected",
  "vmware.cpu_memory.hotplug.enabled",
  "vmware.datastore.missing",
  "vmware.device.sriov.detected",
  "vmware.disk.capacity.invalid",
  "vmware.disk.count.exceeds.limit",
  "vmware.disk.rdm.detected",
  "vmware.disk.shared.detected",
  "vmware.disk_mode.independent",
  "vmware.disk_serial.truncated",
  "vmware.dpm.enabled",
  "vmware.drs.enabled",
  "vmware.fault_tolerance.enabled",
  "vmware.guestDisks.freespace",
  "vmware.guestDisks.key.not_found",
  "vmware.host_affinity.detected",
  "vmware.hostname.default",
  "vmware.hostname.empty",
  "vmware.numa_affinity.detected",
  "vmware.os.unsupported",
  "vmware.passthrough_device.detected",
  "vmware.snapshot.detected",
  "vmware.tpm.detected",
  "vmware.usb_controller.detected",
  "vmware.vm.name.invalid",
  "vmware.vm_missing_ip.detected",
] as const;

/**
 * v1 inventories (before 2025-07-09) aggregate issues by label and carry no id. Only the fixed labels are mapped;
 * labels built with `sprintf` (disk paths, device keys, counts) are deliberately absent and become `other`.
 */
export const V1_ISSUE_LABELS: Readonly<Record<string, (typeof MIGRATION_ISSUE_IDS)[number]>> = {
  "Changed Block Tracking (CBT) not enabled": "vmware.changed_block_tracking.disabled",
  "Snapshot consolidation required": "vmware.consolidation_needed",
  "CPU affinity detected": "vmware.cpu_affinity.detected",
  "CPU/Memory hotplug detected": "vmware.cpu_memory.hotplug.enabled",
  "Disk is not located on a datastore": "vmware.datastore.missing",
  "Independent disk detected": "vmware.disk_mode.independent",
  "Disk serial numbers may be truncated": "vmware.disk_serial.truncated",
  "vSphere DPM detected": "vmware.dpm.enabled",
  "VM running in a DRS-enabled cluster": "vmware.drs.enabled",
  "Fault tolerance": "vmware.fault_tolerance.enabled",
  "VM-Host affinity detected": "vmware.host_affinity.detected",
  "Empty Host Name": "vmware.hostname.empty",
  "Default Host Name": "vmware.hostname.default",
  "VM is missing IP addresses": "vmware.vm_missing_ip.detected",
  "Invalid VM Name": "vmware.vm.name.invalid",
  "NUMA node affinity detected": "vmware.numa_affinity.detected",
  "Passthrough device detected": "vmware.passthrough_device.detected",
  "Raw Device Mapped disk detected": "vmware.disk.rdm.detected",
  "Shared disk detected": "vmware.disk.shared.detected",
  "VM snapshot detected": "vmware.snapshot.detected",
  "SR-IOV passthrough adapter configuration detected": "vmware.device.sriov.detected",
  "TPM detected": "vmware.tpm.detected",
  "USB controller detected": "vmware.usb_controller.detected",
  "Unsupported operating system detected": "vmware.os.unsupported",
};

/** Datastore technologies as vSphere reports `summary.type` (plus the lower-case `vsan` the agent writes). */
export const DATASTORE_TYPES = ["VMFS", "NFS", "NFS41", "vsan", "VVOL", "PMEM"] as const;

/** `Network.type` values of the planner API. */
export const NETWORK_TYPES = [
  "standard",
  "distributed",
  "dvswitch",
  "unsupported",
] as const satisfies readonly NetworkTypeEnum[];
// Fails to compile when the planner API gains a network type the catalogue does not list.
type MissingNetworkType = Exclude<NetworkTypeEnum, (typeof NETWORK_TYPES)[number]>;
export const NETWORK_TYPES_COMPLETE: MissingNetworkType extends never ? true : never = true;

/** Tier keys per distribution, from the planner's converters (current and older agents). */
export const TIER_KEYS: Readonly<Record<string, readonly string[]>> = {
  cpu: ["0-4", "5-8", "9-16", "17-32", "32+"],
  memory: ["0-4", "5-16", "17-32", "33-64", "65-128", "129-256", "256+"],
  nic: ["0", "1", "2", "3", "4+"],
  disk_size: [
    "0-100GiB",
    "100-500GiB",
    "500GiB-1TiB",
    "1-2TiB",
    "2-5TiB",
    "5-10TiB",
    "10-20TiB",
    "20+TiB",
    "Easy (0-10TB)",
    "Medium (10-20TB)",
    "Hard (20-50TB)",
    "White Glove (>50TB)",
  ],
  complexity: ["0", "1", "2", "3", "4"],
};

/** Every catalogue by the name the document model's `catalogue` generalisers use. */
export const CATALOGUES = {
  "vsphere-guest-os": Object.keys(VSPHERE_GUEST_OS),
  "os-family": [...OS_FAMILIES],
  "migration-issues": [...MIGRATION_ISSUE_IDS],
  "datastore-types": [...DATASTORE_TYPES],
  "network-types": [...NETWORK_TYPES],
  tiers: [...new Set(Object.values(TIER_KEYS).flat())],
} as const satisfies Record<string, readonly string[]>;
export type CatalogueName = keyof typeof CATALOGUES;

/**
 * Family of a guest OS name that is not in the catalogue, from fixed prefixes only (the output is still one of
 * `OS_FAMILIES`, so nothing customer-specific passes).
 */
export const OS_FAMILY_PREFIXES: readonly (readonly [prefix: string, family: OsFamily])[] = [
  ["Microsoft Windows", "windows"],
  ["Red Hat Enterprise Linux", "rhel"],
  ["CentOS", "centos"],
  ["Ubuntu", "ubuntu"],
  ["SUSE", "suse"],
];

/** TypeScript reference implementation of the OS catalogues (the SQL does the same; tests compare both). */
export function osNameOf(guestName: string): string {
  return Object.prototype.hasOwnProperty.call(VSPHERE_GUEST_OS, guestName) ? guestName : OTHER;
}
export function osFamilyOf(guestName: string): OsFamily {
  if (Object.prototype.hasOwnProperty.call(VSPHERE_GUEST_OS, guestName)) return VSPHERE_GUEST_OS[guestName];
  return OS_FAMILY_PREFIXES.find(([prefix]) => guestName.startsWith(prefix))?.[1] ?? OTHER;
}
export function issueIdOf(issue: { id?: unknown; label?: unknown }): string {
  if (typeof issue.id === "string") {
    return (MIGRATION_ISSUE_IDS as readonly string[]).includes(issue.id) ? issue.id : OTHER;
  }
  // Only v1 issues (no id) fall back to the label, and only to the fixed labels.
  if (typeof issue.id !== "string" && typeof issue.label === "string") {
    if (Object.prototype.hasOwnProperty.call(V1_ISSUE_LABELS, issue.label))
      return V1_ISSUE_LABELS[issue.label];
  }
  return OTHER;
}
export function inCatalogue(name: CatalogueName, value: string): string {
  return (CATALOGUES[name] as readonly string[]).includes(value) ? value : OTHER;
}

/**
 * The upstream fields of an Assisted Installer enriched event that the installation document model reads or
 * explicitly refuses, as `event:<path>` references into the assisted-events-stream v1 document
 * (`internal/types/event.go` `EnrichedEvent`; research assisted-installer.md §1.2).
 *
 * Two `program:` entries are values of the stack configuration the collector adds to every document (the grace
 * days and the key generation): not upstream, not customer data.
 *
 * Every entry must be classified by at least one field of `installationDocument` (a test checks it), so a
 * collector written from the model cannot meet an upstream field nobody has decided about.
 */
export const AI_SOURCES = {
  // event envelope
  "event:@timestamp": "When the collector read the event (set by Logstash, not upstream).",
  // program values the collector adds (stack configuration, not upstream and not customer data)
  "program:anonymity.graceDays":
    "Days after a month's end before it is closed (stack config anonymity.graceDays).",
  "program:rotation.pseudonymisationKey":
    "Rotation keeper of the pseudonymisation key, i.e. its generation (stack config; `0` when unset).",
  "event:event_time": "Time of the event (RFC 3339).",
  "event:message": "Event text; names clusters and hosts in clear (only v3 had a scrubbed copy).",
  "event:name": "Event name for user events (e.g. cluster_installation_completed); empty for metrics events.",
  "event:event.props.result": "Final cluster status of a `cluster.installation.results` metrics event.",
  "event:event.props.duration": "Installation duration in seconds of a `cluster.installation.results` event.",
  "event:event.props.lastState": "State the cluster was in before the result.",
  "event:request_id": "Id of the API request that caused the event.",
  "event:id": "Document id upstream: UUIDv5 over message + event_time.",
  "event:release_tag": "assisted-service release tag, e.g. v2.40.1.",
  "event:host_summary.host_count": "Hosts of the cluster.",
  "event:host_summary.heterogeneous_arch": "Whether hosts of several CPU architectures are mixed.",
  "event:host_summary.iso_type": "full-iso | minimal-iso (ratios per infra-env type).",
  // cluster
  "event:cluster.id": "Cluster UUID: stable, and known to the customer and to Red Hat support.",
  "event:cluster.name": "User-chosen cluster name; often names the customer or the site.",
  "event:cluster.base_dns_domain": "Customer DNS domain.",
  "event:cluster.email_domain": "Domain of the user's e-mail address: names the company.",
  "event:cluster.user_name": "Red Hat SSO user name (hashed upstream only with unsalted MD5).",
  "event:cluster.user_id": "Unsalted MD5 of the user name; reversible by dictionary attack.",
  "event:cluster.org_id": "Red Hat SSO organisation id.",
  "event:cluster.ams_subscription_id": "OCM subscription id of the cluster.",
  "event:cluster.openshift_version": "Full OpenShift version, e.g. 4.18.12 or 4.18.0-ec.3-multi.",
  "event:cluster.ocp_release_image": "Release image pull spec; custom registries name the customer's mirror.",
  "event:cluster.high_availability_mode": "Full | None (SNO).",
  "event:cluster.control_plane_count": "Number of control-plane nodes.",
  "event:cluster.cpu_architecture": "x86_64 | arm64 | ppc64le | s390x | multi.",
  "event:cluster.platform.type": "baremetal | none | vsphere | nutanix | oci | external.",
  "event:cluster.platform.external.platform_name": "Free-text external platform name.",
  "event:cluster.user_managed_networking": "Whether the user manages load balancing and DNS.",
  "event:cluster.network_type": "OVNKubernetes | OpenShiftSDN.",
  "event:cluster.feature_usage":
    "List of {id, name, data} of the features the cluster used; `data` can hold values.",
  "event:cluster.operator_bundles": "Operator bundles selected (e.g. virtualization).",
  "event:cluster.tags":
    "Comma-separated free-text tags; `assisted_migration` marks Assisted Migration clusters.",
  "event:cluster.kind": "Cluster | AddHostsCluster (day 2).",
  "event:cluster.status": "Cluster status at the time of the event.",
  "event:cluster.status_info": "Free-text status detail; can contain host names and addresses.",
  "event:cluster.created_at": "When the cluster was registered.",
  "event:cluster.install_started_at": "When installation started.",
  "event:cluster.install_completed_at": "When installation ended.",
  "event:cluster.enabled_host_count": "Hosts enabled for installation.",
  "event:cluster.api_vips": "API virtual IP addresses.",
  "event:cluster.ingress_vips": "Ingress virtual IP addresses.",
  "event:cluster.machine_networks": "Machine network CIDRs.",
  "event:cluster.cluster_networks": "Pod network CIDRs.",
  "event:cluster.service_networks": "Service network CIDRs.",
  "event:cluster.http_proxy": "Proxy URL; may embed credentials.",
  "event:cluster.https_proxy": "Proxy URL; may embed credentials.",
  "event:cluster.no_proxy": "Customer host and domain names.",
  "event:cluster.pull_secret": "Registry credentials (deleted upstream, refused again here).",
  "event:cluster.ssh_public_key": "SSH key of the user (deleted upstream, refused again here).",
  "event:cluster.install_config_overrides": "Raw install-config fragments; can hold anything.",
  "event:cluster.ignition_endpoint": "URL and CA of a custom ignition endpoint.",
  "event:cluster.validations_info": "Validation messages naming hosts and addresses.",
  "event:cluster.connectivity_majority_groups": "Host ids and CIDRs.",
  "event:cluster.onprem": "Present for clusters of on-premises assisted-service uploads.",
  // hosts
  "event:cluster.hosts.id": "Host UUIDs.",
  "event:cluster.hosts.requested_hostname": "Host names chosen by the user.",
  "event:cluster.hosts.inventory": "Full host inventory: hostname, IPs, MACs, disks, serials, BMC address.",
  "event:cluster.hosts.inventory.system_vendor.manufacturer": "Hardware manufacturer, e.g. Dell Inc.",
  "event:cluster.hosts.inventory.system_vendor.product_name":
    "Hardware model; rare models narrow a fleet down.",
  "event:cluster.hosts.inventory.system_vendor.serial_number": "Hardware serial number.",
  "event:cluster.hosts.progress.current_stage": "Installation stage the host reached.",
  "event:cluster.hosts.role": "master | worker | auto-assign.",
  "event:cluster.hosts.fencing_credentials": "BMC credentials.",
  "event:cluster.hosts.domain_name_resolutions": "DNS names the host resolved.",
  "event:cluster.hosts.ntp_sources": "NTP servers of the customer's network.",
  "event:cluster.hosts.disks_info": "Disk ids, paths and WWNs.",
  "event:cluster.hosts.infra_env_id": "Infra-env UUID.",
  // infra-envs
  "event:infra_envs.id": "Infra-env UUIDs.",
  "event:infra_envs.type": "full-iso | minimal-iso.",
  "event:infra_envs.static_network_config": "Static NMState network configuration of the hosts.",
  "event:infra_envs.proxy": "Proxy settings.",
  "event:infra_envs.additional_trust_bundle": "The customer's CA certificates.",
  "event:infra_envs.download_url": "Pre-signed ISO download URL.",
  "event:infra_envs.ssh_authorized_key": "SSH key (deleted upstream, refused again here).",
} as const;

export type AiSourceRef = keyof typeof AI_SOURCES;

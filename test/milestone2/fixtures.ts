/**
 * Sample Assisted Installer documents written from the shapes in research assisted-installer.md §1.1–§1.2, with
 * planted canaries: every identifying value contains "CANARY" (or is a distinctive id, IP, MAC or key listed in
 * `CANARIES`) so a test can look for any of them in the collector's output.
 */
export const CANARIES = [
  "CANARY",
  "3f2c1a9e-5b7d-4c1e-9a2b-c0ffee000001", // cluster id
  "a1b2c3d4-0000-4000-8000-c0ffee000002", // host id
  "b2c3d4e5-0000-4000-8000-c0ffee000003", // infra-env id
  "10.66.77.88",
  "192.0.2.55",
  "52:54:00:ca:fe:01",
  "9911223344", // org id
  "acme-canary.example",
  "ssh-rsa AAAACANARY",
  "SERIAL-XYZ-998877",
];

const host = (i: number, stage: string, vendor: string) => ({
  id: i === 0 ? "a1b2c3d4-0000-4000-8000-c0ffee000002" : `host-${i}-CANARY`,
  requested_hostname: `master-${i}.acme-canary.example`,
  role: "master",
  infra_env_id: "b2c3d4e5-0000-4000-8000-c0ffee000003",
  user_name: "jane.doe.CANARY@acme-canary.example",
  progress: { current_stage: stage },
  inventory: {
    hostname: `node${i}-CANARY`,
    bmc_address: "10.66.77.88",
    interfaces: [{ ipv4_addresses: ["192.0.2.55/24"], mac_address: "52:54:00:ca:fe:01" }],
    system_vendor: {
      manufacturer: vendor,
      product_name: "PowerEdge CANARY",
      serial_number: "SERIAL-XYZ-998877",
    },
  },
  fencing_credentials: { username: "admin-CANARY", password: "secret-CANARY" },
});

/** An enriched v1 event (what the OpenSearch alias holds) of a `cluster.installation.results` metrics event. */
export function enrichedEvent(
  overrides: { tags?: string; result?: string; statusInfo?: string; message?: string } = {},
) {
  return {
    id: "uuid5-CANARY",
    message: overrides.message ?? "cluster.installation.results",
    category: "metrics",
    cluster_id: "3f2c1a9e-5b7d-4c1e-9a2b-c0ffee000001",
    event_time: "2026-03-14T15:09:26.535Z",
    request_id: "req-CANARY",
    name: "",
    event: { props: { result: overrides.result ?? "installed", duration: 3725, lastState: "finalizing" } },
    release_tag: "v2.40.1",
    host_summary: { host_count: 3, heterogeneous_arch: false, iso_type: { "full-iso": 1 } },
    cluster: {
      id: "3f2c1a9e-5b7d-4c1e-9a2b-c0ffee000001",
      name: "prod-cluster-CANARY",
      openshift_version: "4.18.12",
      ocp_release_image: "mirror.acme-canary.example/ocp:4.18.12",
      high_availability_mode: "Full",
      control_plane_count: 3,
      cpu_architecture: "x86_64",
      platform: { type: "baremetal", external: { platform_name: "CANARY-cloud" } },
      user_managed_networking: false,
      network_type: "OVNKubernetes",
      feature_usage: [
        { id: "CLUSTER_TAGS", name: "Cluster Tags", data: { value: "CANARY" } },
        { id: "LVM", name: "LVM" },
        { id: "CUSTOM_CANARY_FEATURE", name: "x" },
      ],
      operator_bundles: [{ id: "virtualization" }],
      tags: overrides.tags ?? "assisted_migration,ui_ocm,acme_CANARY",
      kind: "Cluster",
      status: overrides.result ?? "installed",
      status_info: overrides.statusInfo ?? "Cluster is installed",
      created_at: "2026-03-02T08:00:00Z",
      install_started_at: "2026-03-14T14:07:21Z",
      install_completed_at: "2026-03-14T15:09:26Z",
      enabled_host_count: 3,
      email_domain: "acme-canary.example",
      org_id: "9911223344",
      user_name: "jane.doe.CANARY@acme-canary.example",
      user_id: "b3ce829e4327ba06e2ce8bd976ced308",
      ams_subscription_id: "sub-CANARY",
      base_dns_domain: "acme-canary.example",
      api_vips: [{ ip: "10.66.77.88" }],
      ingress_vips: [{ ip: "192.0.2.55" }],
      machine_networks: [{ cidr: "10.66.0.0/16" }],
      http_proxy: "http://user:CANARY@proxy.acme-canary.example:3128",
      no_proxy: ".acme-canary.example",
      pull_secret: '{"auths":{"cloud.openshift.com":{"auth":"CANARY"}}}',
      ssh_public_key: "ssh-rsa AAAACANARY",
      validations_info: { network: [{ message: "host master-0.acme-canary.example CANARY" }] },
      hosts: [
        host(0, "Done", "Dell Inc."),
        host(1, "Done", "Obscure Vendor CANARY"),
        host(2, "Done", "Dell Inc."),
      ],
    },
    infra_envs: [
      {
        id: "b2c3d4e5-0000-4000-8000-c0ffee000003",
        type: "full-iso",
        static_network_config: "interfaces: [{mac: 52:54:00:ca:fe:01}] CANARY",
        proxy: { http_proxy: "http://CANARY" },
        download_url: "https://api.example/images/CANARY?token=CANARY",
        ssh_authorized_key: "ssh-rsa AAAACANARY",
        user_name: "jane.doe.CANARY@acme-canary.example",
        org_id: "9911223344",
        email_domain: "acme-canary.example",
      },
    ],
  };
}

/** The Kafka `ClusterState` envelope of the same cluster in a terminal state (research §1.1). */
export function clusterStateMessage(status: string, tags = "assisted_migration,ui_ocm") {
  const { cluster } = enrichedEvent({ tags, result: status });
  return {
    name: "ClusterState",
    payload: { ...cluster, status, primary_ip_stack: 4 },
    metadata: { versions: { "assisted-installer-service": "CANARY-image@sha" }, release_tag: "v2.40.1" },
  };
}

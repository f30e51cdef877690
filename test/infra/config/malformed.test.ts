/**
 * Malformed stack configurations: each is refused with its own message naming the stack file, the key, what was
 * found and what is allowed, and the program registers no resource at all.
 */
import * as assert from "node:assert/strict";
import { ConfigError } from "../../../infra/config/load";
import { ProgramError } from "../../../infra/engine/mockEngine";
import { runStack, setPath, stackConfig, withKey } from "../../support/stacks";
import type { LoadedStackFile } from "../../../infra/synth/stackFile";

interface Case {
  name: string;
  stack?: string;
  mutate(c: LoadedStackFile): LoadedStackFile;
  /** Every fragment must appear in the error message. */
  expect: (string | RegExp)[];
  /** Fragments that must never appear (secret values). */
  absent?: string[];
}

const PLAIN_KEY = "plain-text-key-that-must-never-be-echoed-0123456789";

const cases: Case[] = [
  {
    name: "misspelt platform",
    mutate: (c) => withKey(c, "platform", "openshfit"),
    expect: ['am-dashboard:platform: found "openshfit"; allowed: one of "openshift", "kubernetes"'],
  },
  {
    name: "unknown top-level key, with a suggestion",
    mutate: (c) => withKey(c, "elasticsearh", { name: "x" }),
    expect: ['am-dashboard:elasticsearh: found an unknown key; allowed: did you mean "elasticsearch"?'],
  },
  {
    name: "negative node count",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "count"], -1),
    expect: ["am-dashboard:elasticsearch.nodeSets[0].count: found -1; allowed: an integer from 1 to 50"],
  },
  {
    name: "node count that is not a number",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "count"], "three"),
    expect: ['elasticsearch.nodeSets[0].count: found "three"; allowed: an integer from 1 to 50'],
  },
  {
    name: "memory that is not a Kubernetes quantity",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "resources", "memory"], "4GB"),
    expect: ['elasticsearch.nodeSets[0].resources.memory: found "4GB"; allowed: a Kubernetes quantity'],
  },
  {
    name: "no node sets",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets"], []),
    expect: ["elasticsearch.nodeSets: found []; allowed: a list of 1 to 6 items"],
  },
  {
    name: "unknown nested key",
    mutate: (c) => {
      const withRole = setPath(c, "elasticsearch", ["nodeSets", 0, "role"], ["master"]);
      return withRole;
    },
    expect: ['elasticsearch.nodeSets[0].role: found an unknown key; allowed: did you mean "roles"?'],
  },
  {
    name: "unknown node role",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "roles"], ["master", "coordinating"]),
    expect: [
      /elasticsearch\.nodeSets\[0\]\.roles\[1\]: found "coordinating"; allowed: one of "master", "data"/,
    ],
  },
  {
    name: "namespace that is not a DNS label",
    mutate: (c) => withKey(c, "namespace", "Assisted_Migration"),
    expect: ['am-dashboard:namespace: found "Assisted_Migration"; allowed: a DNS label'],
  },
  {
    name: "secret set in plain text",
    mutate: (c) => ({
      ...withKey(c, "pseudonymisationKey", PLAIN_KEY),
      secretKeys: c.secretKeys.filter((k) => k !== "am-dashboard:pseudonymisationKey"),
    }),
    expect: [
      "am-dashboard:pseudonymisationKey: found a plain-text value; allowed: a secret: pulumi config set --secret pseudonymisationKey",
    ],
    absent: [PLAIN_KEY],
  },
  {
    name: "an encrypted value under a key that is not a secret key (its value is not printed)",
    mutate: (c) => ({
      ...withKey(c, "namespace", "Encrypted_Namespace_Value_9c1e"),
      secretKeys: [...c.secretKeys, "am-dashboard:namespace"],
    }),
    expect: ["am-dashboard:namespace: found a value (hidden: secret); allowed: a DNS label"],
    absent: ["Encrypted_Namespace_Value_9c1e"],
  },
  {
    name: "pseudonymisation key too short",
    mutate: (c) => withKey(c, "pseudonymisationKey", "short-key"),
    expect: ["am-dashboard:pseudonymisationKey: found a secret shorter than 32 characters"],
    absent: ["short-key"],
  },
  {
    name: "Helm settings on an OpenShift stack",
    mutate: (c) => setPath(c, "eck", ["helm"], { repository: "https://helm.elastic.co" }),
    expect: ["am-dashboard:eck.helm: found Helm settings on an openshift stack; allowed: eck.olm"],
  },
  {
    // OpenShift's Node Tuning Operator no longer ships the Elasticsearch profile the old option relied on.
    name: "node-tuning, a tuning profile OpenShift no longer ships",
    mutate: (c) => setPath(c, "elasticsearch", ["maxMapCount"], "node-tuning"),
    expect: [
      'am-dashboard:elasticsearch.maxMapCount: found "node-tuning"; allowed: one of "disable-mmap", "preconfigured"',
    ],
  },
  {
    name: "enterprise trial on a Basic stack",
    mutate: (c) => setPath(c, "eck", ["enterpriseTrial"], true),
    expect: [
      'am-dashboard:eck.enterpriseTrial: found true with licence "basic"; allowed: licence "enterprise"',
    ],
  },
  {
    name: "classification revision the code does not have",
    mutate: (c) => setPath(c, "release", ["classificationRevision"], 7),
    expect: [
      "am-dashboard:release.classificationRevision: found 7; allowed: 2, the revision of the classification",
    ],
  },
  {
    name: "even number of master-eligible nodes",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "count"], 2),
    expect: ["am-dashboard:elasticsearch.nodeSets: found 2 master-eligible nodes; allowed: an odd number"],
  },
  {
    name: "missing Kibana host",
    mutate: (c) => setPath(c, "exposure", ["kibanaHost"], undefined),
    expect: ["am-dashboard:exposure.kibanaHost: found nothing; allowed: a lower-case DNS host name"],
  },
  {
    name: "Elastic version without a patch level",
    mutate: (c) => setPath(c, "elastic", ["version"], "9.5"),
    expect: ['am-dashboard:elastic.version: found "9.5"; allowed: a version like 1.2.3'],
  },
  {
    name: "connector switched on without its settings",
    mutate: (c) => withKey(c, "planner", undefined),
    expect: ["am-dashboard:planner: found nothing; allowed: the planner section"],
  },
  {
    name: "edge-terminated Route",
    mutate: (c) => setPath(c, "exposure", ["routeTermination"], "edge"),
    expect: [
      'am-dashboard:exposure.routeTermination: found "edge"; allowed: one of "passthrough", "reencrypt"',
    ],
  },
  {
    name: "duplicate node set names",
    mutate: (c) => {
      const two = setPath(c, "elasticsearch", ["nodeSets", 1], {
        name: "default",
        count: 2,
        roles: ["data"],
        resources: { cpu: "1", memory: "4Gi" },
        storage: { size: "50Gi" },
      });
      return two;
    },
    expect: [
      'am-dashboard:elasticsearch.nodeSets[1].name: found "default"; allowed: a name not used by another node set',
    ],
  },
  {
    name: "structured key given as a scalar",
    mutate: (c) => withKey(c, "kibana", "big"),
    expect: ['am-dashboard:kibana: found "big"; allowed: an object with keys name, count, resources'],
  },
  {
    name: "admin URL that is not a PostgreSQL URL",
    mutate: (c) => withKey(c, "plannerAdminUrl", "mysql://root:hunter2@db/planner"),
    expect: ["am-dashboard:plannerAdminUrl: found a secret that is not a postgres:// URL"],
    absent: ["hunter2"],
  },
  {
    name: "ECK cluster settings on an existing off-cluster deployment",
    stack: "stage",
    mutate: (c) => withKey(c, "kibana", { name: "kb", count: 1, resources: { cpu: "1", memory: "1Gi" } }),
    expect: ['am-dashboard:kibana: found settings with target.mode "existing"; allowed: nothing'],
  },
  {
    // Without collectors and with no planner index replicated, no dashboard has a source.
    name: "dashboards on a milestone-2 stack that brings no data for any of them",
    stack: "stage",
    mutate: (c) => withKey(c, "collectors", undefined),
    expect: [
      "am-dashboard:features.dashboards: found true with no source for any dashboard; allowed: false, or a source",
    ],
  },
  {
    name: "a replication leader on a Basic stack",
    mutate: (c) => withKey(c, "replicationLeader", { host: "am-dashboard-remote.apps.dev.example.internal" }),
    expect: ['am-dashboard:licence: found "basic" with replicationLeader set; allowed: "enterprise"'],
  },
  {
    name: "a replication leader on a Platinum stack (the remote cluster server is API-key only)",
    mutate: (c) =>
      withKey(withKey(c, "licence", "platinum"), "replicationLeader", {
        host: "am-dashboard-remote.apps.dev.example.internal",
      }),
    expect: ['am-dashboard:licence: found "platinum" with replicationLeader set; allowed: "enterprise"'],
  },
  {
    name: "a replication leader on a milestone-2 stack",
    stack: "prod",
    mutate: (c) =>
      withKey(c, "replicationLeader", { host: "am-dashboard-remote.apps.prod.example.internal" }),
    expect: [
      "am-dashboard:replicationLeader: found a milestone-1 section on a milestone 2 stack; allowed: milestone: 1",
    ],
  },
  {
    name: "a collector egress CIDR that is not one",
    stack: "prod",
    mutate: (c) => setPath(c, "collectors", ["telemetry", "egressCidrs"], ["10.0.0.0/16", "10.0.0.0/33"]),
    expect: [
      'am-dashboard:collectors.telemetry.egressCidrs[1]: found "10.0.0.0/33"; allowed: an IPv4 or IPv6 CIDR such as 10.20.0.0/16 or fd00:10::/64: an IPv4 prefix length is at most 32',
    ],
  },
  {
    name: "a replication leader host that is the Kibana host",
    mutate: (c) =>
      withKey(withKey(c, "licence", "enterprise"), "replicationLeader", {
        host: "am-dashboard.apps.dev.example.internal",
      }),
    expect: [
      'am-dashboard:replicationLeader.host: found "am-dashboard.apps.dev.example.internal", the same as exposure.kibanaHost; allowed: a host of its own',
    ],
  },
  {
    name: "a replication leader host given as a URL",
    mutate: (c) =>
      withKey(withKey(c, "licence", "enterprise"), "replicationLeader", {
        host: "https://am-dashboard-remote.apps.dev.example.internal:443",
      }),
    expect: [
      'am-dashboard:replicationLeader.host: found "https://am-dashboard-remote.apps.dev.example.internal:443"; allowed: a lower-case DNS host name',
    ],
  },
  {
    name: "an ECK stack without its Elasticsearch settings",
    mutate: (c) => withKey(c, "elasticsearch", undefined),
    expect: ["am-dashboard:elasticsearch: found nothing; allowed: the elasticsearch section"],
  },
  // What the engines would refuse later: each is refused here, before any component sees it.
  {
    name: "Elasticsearch memory in thousandths of a byte",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "resources", "memory"], "4096m"),
    expect: [
      'am-dashboard:elasticsearch.nodeSets[0].resources.memory: found "4096m"; allowed: a Kubernetes quantity (e.g. 512Mi, 4Gi or 50Gi) of at least 1Gi: whole bytes',
    ],
  },
  {
    name: "Elasticsearch memory a JVM cannot work with",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "resources", "memory"], "256Mi"),
    expect: [
      'elasticsearch.nodeSets[0].resources.memory: found "256Mi"; allowed: a Kubernetes quantity',
      "at least 1Gi",
    ],
  },
  {
    name: "a CPU limit below its request",
    mutate: (c) => setPath(c, "kibana", ["resources", "cpuLimit"], "250m"),
    expect: [
      'am-dashboard:kibana.resources.cpuLimit: found "250m", below the request cpu "500m"; allowed: a CPU limit at least the request',
    ],
  },
  {
    name: "a zero-sized volume",
    mutate: (c) => setPath(c, "elasticsearch", ["nodeSets", 0, "storage", "size"], "0Gi"),
    expect: [
      'elasticsearch.nodeSets[0].storage.size: found "0Gi"; allowed: a Kubernetes quantity',
      "above zero",
    ],
  },
  {
    name: "a host name in upper case",
    mutate: (c) => setPath(c, "exposure", ["kibanaHost"], "Dashboard.Apps.Example.com"),
    expect: [
      'am-dashboard:exposure.kibanaHost: found "Dashboard.Apps.Example.com"; allowed: a lower-case DNS host name',
      "lower case",
    ],
  },
  {
    name: "one host for Kibana and Elasticsearch",
    mutate: (c) => setPath(c, "exposure", ["elasticsearchHost"], "am-dashboard.apps.dev.example.internal"),
    expect: [
      'am-dashboard:exposure.elasticsearchHost: found "am-dashboard.apps.dev.example.internal", the same as exposure.kibanaHost; allowed: a host of its own',
    ],
  },
  {
    name: "a planner namespace that is not a DNS label",
    mutate: (c) => setPath(c, "planner", ["namespace"], "Assisted_Migration"),
    expect: ['am-dashboard:planner.namespace: found "Assisted_Migration"; allowed: a DNS label'],
  },
  {
    name: "an upper-case index name",
    mutate: (c) => setPath(c, "planner", ["indexName"], "AM-Planner"),
    expect: [
      'am-dashboard:planner.indexName: found "AM-Planner"; allowed: an Elasticsearch index name: lower case',
    ],
  },
  {
    name: "a dot-prefixed index name",
    mutate: (c) => setPath(c, "planner", ["indexName"], ".elastic-connectors"),
    expect: [
      'am-dashboard:planner.indexName: found ".elastic-connectors"; allowed: an Elasticsearch index name: not a dot-prefixed',
    ],
  },
  {
    name: "a Unix cron where the connector takes a Quartz cron",
    mutate: (c) => setPath(c, "planner", ["syncSchedule"], "0 * * * *"),
    expect: [
      'am-dashboard:planner.syncSchedule: found "0 * * * *"; allowed: a Quartz cron (e.g. 0 0 * * * ?): 6 or 7 fields',
    ],
  },
  {
    name: "a Quartz cron with both day fields set",
    mutate: (c) => setPath(c, "planner", ["syncSchedule"], "0 0 * * * *"),
    expect: [
      'am-dashboard:planner.syncSchedule: found "0 0 * * * *"',
      'exactly one of day-of-month and day-of-week is "?"',
    ],
  },
  {
    name: "a Quartz cron with an hour out of range",
    mutate: (c) => setPath(c, "planner", ["syncSchedule"], "0 0 25 * * ?"),
    expect: ['am-dashboard:planner.syncSchedule: found "0 0 25 * * ?"', 'hours "25" leaves 0-23'],
  },
  {
    name: "a network peer of every namespace",
    mutate: (c) =>
      withKey(c, "networkPolicy", { allowFrom: [{ name: "monitoring", namespaceSelector: {} }] }),
    expect: [
      "am-dashboard:networkPolicy.allowFrom[0].namespaceSelector: found {} (every namespace of the cluster); allowed: namespace labels",
    ],
  },
  {
    name: "a network peer of every pod of the stack's namespace",
    mutate: (c) => withKey(c, "networkPolicy", { allowFrom: [{ name: "monitoring", podSelector: {} }] }),
    expect: [
      "am-dashboard:networkPolicy.allowFrom[0].podSelector: found {} without a namespaceSelector (every pod of the stack's namespace); allowed: pod labels",
    ],
  },
  {
    name: "a network peer without a selector",
    mutate: (c) => withKey(c, "networkPolicy", { allowFrom: [{ name: "monitoring" }] }),
    expect: ["am-dashboard:networkPolicy.allowFrom[0]: found a peer without a selector"],
  },
  {
    name: "a label value Kubernetes refuses",
    mutate: (c) => setPath(c, "planner", ["podSelector"], { app: "migration planner" }),
    expect: ['am-dashboard:planner.podSelector.app: found "migration planner"; allowed: a valid label'],
  },
  {
    name: "an ECK operator older than the supported range",
    mutate: (c) => setPath(c, "eck", ["version"], "2.16.0"),
    expect: [
      'am-dashboard:eck.version: found "2.16.0"; allowed: a version like 1.2.3: from 3.5.0 up to (not including) 4.0.0',
    ],
  },
  {
    name: "an ECK operator of the next major",
    mutate: (c) => setPath(c, "eck", ["version"], "4.0.0"),
    expect: ['am-dashboard:eck.version: found "4.0.0"', "from 3.5.0 up to (not including) 4.0.0"],
  },
  {
    name: "Kafka servers without ports",
    stack: "prod",
    mutate: (c) =>
      setPath(
        c,
        "collectors",
        ["assistedInstaller", "kafka", "bootstrapServers"],
        "kafka-0.example.internal:9096,kafka-1.example.internal",
      ),
    expect: [
      'am-dashboard:collectors.assistedInstaller.kafka.bootstrapServers: found "kafka-0.example.internal:9096,kafka-1.example.internal"; allowed: a comma-separated host:port list: "kafka-1.example.internal" lacks a :port',
    ],
  },
  {
    name: "a remote cluster proxy port out of range",
    stack: "prod",
    mutate: (c) =>
      setPath(c, "replication", ["leader", "proxyAddress"], "am-dashboard-remote.example.internal:94430"),
    expect: ["am-dashboard:replication.leader.proxyAddress", "a port from 1 to 65535"],
  },
  {
    name: "a password inside a URL (the error must not echo it)",
    stack: "stage",
    mutate: (c) =>
      setPath(
        c,
        "target",
        ["elasticsearchUrl"],
        "https://elastic:hunter2-in-url@am-dashboard-stage.es.example.internal",
      ),
    expect: [
      'am-dashboard:target.elasticsearchUrl: found "https://***@am-dashboard-stage.es.example.internal"; allowed: an https:// URL: no user or password inside the URL',
    ],
    absent: ["hunter2-in-url"],
  },
  {
    name: "a private key pasted as a CA certificate (not echoed)",
    stack: "stage",
    mutate: (c) =>
      setPath(
        c,
        "target",
        ["caPem"],
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIEpk-private-body\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
      ),
    expect: [
      "am-dashboard:target.caPem: found a value holding a private key (not shown); allowed: a PEM certificate: CERTIFICATE blocks only",
    ],
    absent: ["MIIEpk-private-body"],
  },
  {
    name: "a collector image tagged latest",
    stack: "stage",
    mutate: (c) =>
      setPath(
        c,
        "collectors",
        ["assistedInstaller", "image"],
        "registry.example.internal/am-dashboard/logstash-opensearch:latest",
      ),
    expect: [
      "am-dashboard:collectors.assistedInstaller.image",
      "a pinned container image: a release tag or digest, not latest",
    ],
  },
  {
    name: "an untagged collector image",
    stack: "stage",
    mutate: (c) =>
      setPath(
        c,
        "collectors",
        ["assistedInstaller", "image"],
        "registry.example.internal/am-dashboard/logstash-opensearch",
      ),
    expect: [
      "am-dashboard:collectors.assistedInstaller.image",
      "a tag or digest (an untagged image is :latest",
    ],
  },
  {
    name: "a five-field pull schedule with four fields",
    stack: "stage",
    mutate: (c) => setPath(c, "collectors", ["assistedInstaller", "opensearch", "schedule"], "*/30 * * *"),
    expect: [
      'am-dashboard:collectors.assistedInstaller.opensearch.schedule: found "*/30 * * *"; allowed: a cron of 5 fields',
    ],
  },
  {
    name: "a pseudonymisation key the connector's SQL layer would read as a bind parameter (not echoed)",
    mutate: (c) => withKey(c, "pseudonymisationKey", "abcdefghij:klmnopqrstuvwxyz0123456789"),
    expect: ["am-dashboard:pseudonymisationKey: found a secret containing ':'"],
    absent: ["abcdefghij:klmnopqrstuvwxyz0123456789"],
  },
  {
    name: "a connector password the read model refuses (not echoed)",
    mutate: (c) => withKey(c, "plannerConnectorPassword", "short pw"),
    expect: [
      "am-dashboard:plannerConnectorPassword: found a secret shorter than 16 characters or with spaces",
    ],
    absent: ["short pw"],
  },
  {
    // Found by the property test (seed 194350359): the loader accepted a blank domain the read model then refused.
    name: "a blank excluded e-mail domain",
    mutate: (c) => setPath(c, "planner", ["excludeEmailDomains"], [" "]),
    expect: ["Pulumi.dev.yaml", "am-dashboard:planner.excludeEmailDomains[0]: found", "a domain name"],
  },
  {
    // Found by the property test (seed 2136651517): the loader accepted a non-ASCII index name the connector refused.
    name: "a planner index name outside ASCII",
    mutate: (c) => setPath(c, "planner", ["indexName"], "\u0559"),
    expect: ["Pulumi.dev.yaml", "am-dashboard:planner.indexName: found", "only a-z, 0-9"],
  },
  {
    name: "a connector role too long for the rotating logins' names",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "c".repeat(53)),
    expect: ["am-dashboard:planner.connectorRole: found", "a role name of at most 52 characters"],
  },
  {
    name: "the connector role named postgres (the planner's superuser)",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "postgres"),
    expect: [
      "Pulumi.dev.yaml",
      'am-dashboard:planner.connectorRole: found "postgres"; allowed: a role that does not exist yet',
      "never alters a role it did not create",
      "superuser or pseudo-role, never the program's",
    ],
  },
  {
    name: "the connector role named like one of PostgreSQL's own roles",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "pg_read_all_data"),
    expect: [
      'am-dashboard:planner.connectorRole: found "pg_read_all_data"',
      "names starting with pg_ are PostgreSQL's own roles",
    ],
  },
  {
    name: "a managed service's superuser as the connector role",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "rds_superuser"),
    expect: ['am-dashboard:planner.connectorRole: found "rds_superuser"', "superuser"],
  },
  {
    name: "the read model's owner role as the connector role",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "am_read_owner"),
    expect: ['am-dashboard:planner.connectorRole: found "am_read_owner"', "is the read model's owner role"],
  },
  {
    name: "a connector role that is not a PostgreSQL identifier",
    mutate: (c) => setPath(c, "planner", ["connectorRole"], "Connector; DROP"),
    expect: [
      'am-dashboard:planner.connectorRole: found "Connector; DROP"',
      "a lower-case PostgreSQL identifier",
    ],
  },
  {
    name: "the connector role named as the role the program connects as",
    mutate: (c) =>
      withKey(
        setPath(c, "planner", ["connectorRole"], "planner_admin"),
        "plannerAdminUrl",
        "postgres://planner_admin:s3cr3t-admin-pw@db:5432/planner",
      ),
    expect: [
      'am-dashboard:planner.connectorRole: found "planner_admin", the role plannerAdminUrl connects as',
      "other than the administrative role",
    ],
    absent: ["s3cr3t-admin-pw"],
  },
  {
    name: "a connector role whose rotating login is the role the program connects as",
    mutate: (c) =>
      withKey(
        setPath(c, "planner", ["connectorRole"], "planner"),
        "plannerAdminUrl",
        "postgres://planner_r0:s3cr3t-admin-pw@db:5432/planner",
      ),
    expect: [
      'am-dashboard:planner.connectorRole: found "planner", the role plannerAdminUrl connects as (or its login)',
    ],
    absent: ["s3cr3t-admin-pw"],
  },
  {
    name: "a rotation keeper that is neither a date nor a counter",
    mutate: (c) => withKey(c, "rotation", { plannerConnectorPassword: "next week" }),
    expect: [
      'am-dashboard:rotation.plannerConnectorPassword: found "next week"; allowed: a date (YYYY-MM-DD) or a counter',
    ],
  },
  {
    name: "a rotation keeper that is not a calendar date",
    mutate: (c) => withKey(c, "rotation", { pseudonymisationKey: "2026-02-30" }),
    expect: [
      'am-dashboard:rotation.pseudonymisationKey: found "2026-02-30"; allowed: a date (YYYY-MM-DD)',
      "not a calendar date",
    ],
  },
  {
    name: "a rotation keeper for a secret the program does not make",
    mutate: (c) => withKey(c, "rotation", { targetPassword: 1 }),
    expect: [
      "am-dashboard:rotation.targetPassword: found an unknown key; allowed: allowed keys: plannerConnectorPassword, pseudonymisationKey, connectorApiKey, assistedInstallerCollectorApiKey, telemetryCollectorApiKey, crossClusterApiKey",
    ],
  },
  {
    name: "a negative rotation counter",
    mutate: (c) => withKey(c, "rotation", { connectorApiKey: -1 }),
    expect: ["am-dashboard:rotation.connectorApiKey: found -1; allowed: a date (YYYY-MM-DD) or a counter"],
  },
  {
    name: "a Kafka consumer group the Logstash pipeline cannot quote",
    stack: "prod",
    mutate: (c) => setPath(c, "collectors", ["assistedInstaller", "kafka", "groupId"], 'am-"dashboard"'),
    expect: [
      'am-dashboard:collectors.assistedInstaller.kafka.groupId: found "am-\\"dashboard\\""; allowed: text without quotes',
    ],
  },
  {
    name: "two telemetry queries with one name",
    stack: "prod",
    mutate: (c) =>
      setPath(
        c,
        "collectors",
        ["telemetry", "queries"],
        [
          { name: "migrated_vms", expr: "mtv_migrated_vms_total" },
          { name: "migrated_vms", expr: "mtv_plans_total" },
        ],
      ),
    expect: [
      'am-dashboard:collectors.telemetry.queries[1].name: found "migrated_vms"; allowed: a name no other query uses',
    ],
  },
  {
    name: "an installations index pattern of everything",
    mutate: (c) => withKey(c, "dashboards", { space: "assisted-migration", installationsIndexPattern: "*" }),
    expect: [
      'am-dashboard:dashboards.installationsIndexPattern: found "*"; allowed: one Elasticsearch index pattern: a pattern naming some index',
    ],
  },
  {
    name: "read model applied from an unknown place",
    mutate: (c) => setPath(c, "planner", ["readModel", "applyFrom"], "ci"),
    expect: ['am-dashboard:planner.readModel.applyFrom: found "ci"; allowed: one of "runner", "cluster"'],
  },
  {
    name: "read-model apply image that moves",
    mutate: (c) => setPath(c, "planner", ["readModel", "image"], "docker.io/library/postgres:latest"),
    expect: ["am-dashboard:planner.readModel.image", "not latest"],
  },
];

describe("malformed stack configuration", function () {
  this.timeout(60_000);

  for (const c of cases) {
    it(`refuses ${c.name}, naming file and key, registering nothing`, async () => {
      const stack = c.stack ?? "dev";
      const loaded = c.mutate(stackConfig(stack));
      const err = await runStack(stack, loaded).then(
        () => assert.fail("the program accepted the configuration"),
        (e: unknown) => e,
      );
      assert.ok(err instanceof ProgramError, `expected a ProgramError, got ${String(err)}`);
      assert.ok(err.cause instanceof ConfigError, `expected a ConfigError, got ${String(err.cause)}`);
      const message = err.cause.message;
      assert.match(message, new RegExp(`^Invalid stack configuration in Pulumi\\.${stack}\\.yaml`));
      for (const fragment of c.expect) {
        if (typeof fragment === "string")
          assert.ok(message.includes(fragment), `message lacks "${fragment}":\n${message}`);
        else assert.match(message, fragment);
      }
      for (const secret of c.absent ?? [])
        assert.ok(!message.includes(secret), "the message echoes a secret value");
      assert.deepEqual(err.resources, [], "resources were registered before validation");
    });
  }

  it("accepts the committed stacks as they are", async () => {
    for (const stack of ["dev", "local"]) {
      const run = await runStack(stack);
      assert.ok(run.resources.length > 0);
    }
  });
});

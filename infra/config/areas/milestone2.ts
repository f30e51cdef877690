/**
 * Milestone 2: the off-cluster target, the replication link from the milestone-1 Elasticsearch, and the collectors.
 * Secrets (target / leader passwords, Kafka, OpenSearch, Telemetry credentials) are top-level secret keys
 * (`areas/secrets.ts`); nothing here may hold one. The cross-field rules are in `milestone2.rules.ts`.
 */
import { aggregateIndexProblem } from "../../../anonymisation/assisted-installer/cells";
import { plannerDocument } from "../../../anonymisation/planner/document";
import { ALLOWED_BREAKDOWN_LABELS } from "../../../anonymisation/telemetry/model";
import { arr, bool, int, obj, oneOf, optional, quantity, str } from "../dsl";
import {
  dnsLabel,
  dnsSubdomain,
  hostName,
  hostPort,
  hostPortList,
  httpsUrl,
  image,
  indexName,
  indexPattern,
  kafkaTopic,
  logstashText,
  pemCertificate as pem,
  unixCron,
} from "./formats";
import { indexNameProblem } from "../formats";
import { LICENCES } from "../../../contracts/licence";

/** Document models whose indices may be replicated (anonymised at the source), with their revision in this commit. */
export const REPLICABLE_MODELS: Record<string, number> = { [plannerDocument.name]: plannerDocument.revision };

const aliasPattern = {
  pattern: /^[a-z0-9_-]{1,40}$/,
  patternText: "a remote cluster alias (a-z, 0-9, _ and -)",
} as const;
/** Checked for CIDR syntax by the rules (`cidrProblem`), so the error says what exactly is wrong. */
const egressCidrs = (source: string) =>
  optional(
    arr(
      `Address ranges (IPv4 or IPv6 CIDRs) of ${source}, for the collector's NetworkPolicy, which cannot name hosts. When unset, the collector may reach those ports on every address (0.0.0.0/0, ::/0) and nothing else; setting them is recommended.`,
      str("A CIDR, e.g. 10.20.0.0/16."),
      { min: 1, max: 50 },
    ),
  );
const licence = (doc: string) => oneOf(doc, LICENCES);
export const milestone2Keys = {
  target: optional(
    obj("Milestone 2: where this stack's Elasticsearch and Kibana run, outside the migration cluster.", {
      mode: oneOf(
        "eck = ECK on a separate cluster (kubernetes.context names it; eck/elasticsearch/kibana/exposure apply as in milestone 1); existing = an existing deployment reached by URL (password: secret targetPassword).",
        ["eck", "existing"] as const,
      ),
      elasticsearchUrl: optional(
        httpsUrl("existing: Elasticsearch URL this program and the collectors use (no credentials in it)."),
      ),
      kibanaUrl: optional(httpsUrl("existing: Kibana URL (no credentials in it).")),
      username: optional(str("existing: user the program manages Elasticsearch and Kibana as."), "elastic"),
      caPem: optional(
        pem(
          "existing: PEM of the CA of Elasticsearch's endpoint (and Kibana's, unless kibanaCaPem is set) when not publicly trusted (public, not a secret).",
        ),
      ),
      kibanaCaPem: optional(
        pem("existing: PEM of the CA of Kibana's endpoint when another CA than Elasticsearch's signs it."),
      ),
    }),
  ),
  replication: optional(
    obj("Cross-cluster replication of anonymised indices from the milestone-1 Elasticsearch (the leader).", {
      alias: str("Remote cluster alias on this (follower) cluster.", aliasPattern),
      securityModel: oneOf(
        "api-key = cross-cluster API key (Enterprise on both clusters, needs target.mode eck for the keystore); certificate = TLS-certificate model (deprecated in 9.0; CCR still needs Platinum on both).",
        ["api-key", "certificate"] as const,
      ),
      leader: obj("The leader cluster.", {
        elasticsearchUrl: httpsUrl(
          "URL this program manages the leader through (cross-cluster key or leader role); password: secret leaderPassword.",
        ),
        username: optional(
          str("User on the leader that may create cross-cluster API keys / roles."),
          "elastic",
        ),
        caPem: optional(pem("PEM of the CA of the leader's HTTP endpoint when not publicly trusted.")),
        remoteClusterCa: optional(
          obj(
            "api-key: the leader's transport CA, which signs the certificate its remote cluster server presents (a passthrough Route shows the node's own); the follower trusts it. Exactly one of pem, secret.",
            {
              pem: optional(pem("The CA certificate itself (public, not a secret).")),
              secret: optional(
                obj(
                  "The Secret a milestone-1 leader publishes it in (its `remoteClusterServer.caSecret` output: `<es>-es-transport-certs-public`, key ca.crt), read from the leader's cluster.",
                  {
                    context: str("kubeconfig context of the leader's cluster."),
                    namespace: dnsLabel("Namespace of the Secret."),
                    name: dnsSubdomain("Name of the Secret."),
                  },
                ),
              ),
            },
          ),
        ),
        licence: licence("Licence of the leader cluster (the milestone-1 stack's `licence`)."),
        proxyAddress: hostPort(
          "host:port of the leader's remote cluster server (9443, API-key) or transport (9300, certificate).",
        ),
        serverName: optional(
          hostName("TLS server name (SNI) of the proxy address, for a Route or load balancer."),
        ),
        skipUnavailable: optional(bool("Searches skip the leader when it is unreachable."), true),
      }),
      indices: arr(
        "Leader indices (followed now) or patterns (auto-followed when created), each declared anonymised at the source.",
        obj("One leader index or pattern.", {
          index: optional(indexName("A concrete leader index, e.g. am-planner.")),
          pattern: optional(indexPattern("A leader index pattern, e.g. am-planner-*.")),
          model: str(
            "Name of the document model whose classification produced the leader's documents, e.g. planner-assessment.",
          ),
          classificationRevision: int("The classification revision deployed on the leader.", {
            min: 1,
            max: 1000,
          }),
          anonymisedAtSource: bool(
            "True only when the leader's documents were anonymised before they were written (ingest pipelines do not run on followers).",
          ),
        }),
        { min: 1, max: 20 },
      ),
    }),
  ),
  collectors: optional(
    obj("Collectors that pull from sources Elastic replication cannot attach to.", {
      namespace: optional(dnsLabel("Namespace of the collector pods; the stack namespace when unset.")),
      assistedInstaller: optional(
        obj("Assisted Installer events (Logstash; their store is OpenSearch).", {
          source: oneOf(
            "kafka = own consumer group on the assisted-service event topic; opensearch = pull from the alias (backfill).",
            ["kafka", "opensearch"] as const,
          ),
          kafka: optional(
            obj("Kafka source (password: secret kafkaPassword).", {
              bootstrapServers: hostPortList("Comma-separated host:port list, every server with its port."),
              topic: optional(kafkaTopic("Event topic of assisted-service."), "events-stream-production"),
              groupId: optional(
                logstashText("Our own consumer group (needs a Read ACL from the Assisted Installer team)."),
                "am-dashboard-collector",
              ),
              saslMechanism: optional(
                oneOf("SASL mechanism.", ["PLAIN", "SCRAM-SHA-512"] as const),
                "SCRAM-SHA-512",
              ),
              username: logstashText("SASL user name."),
              caPem: optional(
                pem(
                  "PEM of the CA that signs the brokers' certificates, when the JVM's default truststore does not hold it (public, not a secret); given to the Kafka input as a PEM truststore. The input always uses TLS (SASL_SSL).",
                ),
              ),
            }),
          ),
          opensearch: optional(
            obj("OpenSearch source (password: secret opensearchPassword).", {
              url: httpsUrl("OpenSearch URL (no credentials in it)."),
              index: optional(indexName("Alias to read."), "read-assisted-service-events"),
              username: logstashText("OpenSearch user name."),
              schedule: optional(unixCron("Cron of the pull (5 fields, rufus-scheduler)."), "*/30 * * * *"),
            }),
          ),
          index: optional(
            indexName(
              "Staging index the collector writes, one document per installation; no viewer reads it, so it must not match dashboards.installationsIndexPattern.",
            ),
            "am-staging-installations",
          ),
          aggregateIndex: optional(
            str(
              "Index the transforms publish cells of at least anonymity.k customers into; must match dashboards.installationsIndexPattern.",
              {
                patternText: "an Elasticsearch index name that can prefix transform ids",
                check: (v) => indexNameProblem(v) ?? aggregateIndexProblem(v),
              },
            ),
            "am-installations-cells",
          ),
          image: optional(
            image(
              "Logstash image, pinned by tag (not latest) or digest; required for the opensearch source (logstash-input-opensearch is not in the stock image).",
            ),
          ),
          memory: optional(
            quantity(
              "Memory of the Logstash pod (at least 1Gi); half of it is the JVM heap (LS_JAVA_OPTS), the rest is off-heap.",
              "memory",
              {
                min: "1Gi",
              },
            ),
            "1Gi",
          ),
          egressCidrs: egressCidrs(
            "the Kafka brokers or OpenSearch (and of target.elasticsearchUrl with target.mode existing)",
          ),
        }),
      ),
      telemetry: optional(
        obj("Red Hat Telemetry (Metricbeat prometheus `query` metricset; token: secret telemetryToken).", {
          url: httpsUrl("Base URL of the Prometheus-compatible query API (no credentials in it)."),
          period: optional(
            str("Query period.", { pattern: /^\d+[smh]$/, patternText: "a duration like 5m" }),
            "5m",
          ),
          clusterLabel: str(
            "Label whose value lists the cluster's Assisted Installer tags in Telemetry; the program injects the assisted_migration matcher on it into every query (to be agreed with the Telemetry team).",
            { pattern: /^[a-zA-Z_][a-zA-Z0-9_]*$/, patternText: "a Prometheus label name" },
          ),
          queries: arr(
            "PromQL queries; each is wrapped in an aggregation and restricted to Assisted Migration clusters by the program.",
            obj("One query.", {
              name: str("Metric name stored in the documents.", {
                pattern: /^[a-z][a-z0-9_]{0,62}$/,
                patternText: "a lower-case metric name",
              }),
              expr: str("PromQL expression (no aggregation needed; the program adds it)."),
              groupBy: optional(
                str(
                  `One label to break the sum down by, from the allow-list of the telemetry classification (${ALLOWED_BREAKDOWN_LABELS.join(", ")}); any other label is refused.`,
                  {
                    pattern: /^[a-zA-Z_][a-zA-Z0-9_]*$/,
                    patternText: "a Prometheus label name",
                  },
                ),
              ),
            }),
            { min: 1, max: 30 },
            (queries, path, issues) => {
              // Each name is one metric of the documents and one field of the telemetry dashboard.
              queries.forEach((q, i) => {
                if (queries.findIndex((o) => o.name === q.name) < i)
                  issues.push({
                    path: `${path}[${i}].name`,
                    found: JSON.stringify(q.name),
                    allowed: "a name no other query uses",
                  });
              });
            },
          ),
          index: optional(indexName("Index written."), "am-telemetry"),
          egressCidrs: egressCidrs(
            "the Telemetry API (and of target.elasticsearchUrl with target.mode existing)",
          ),
        }),
      ),
    }),
  ),
} as const;

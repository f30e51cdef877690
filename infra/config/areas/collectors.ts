/**
 * Milestone 2: the collectors that pull from sources Elastic replication cannot attach to (the Assisted Installer
 * events, Red Hat Telemetry), and their rules. Their secrets are top-level secret keys (`secrets.ts`).
 */
import { aggregateIndexProblem } from "../../../anonymisation/assisted-installer/cells";
import { ALLOWED_BREAKDOWN_LABELS } from "../../../anonymisation/telemetry/model";
import { breakdownProblem, generatedQuery } from "../../../anonymisation/telemetry/promql";
import { globMatch } from "../../../contracts/wildcard";
import { arr, issueList, obj, oneOf, optional, quantity, str, type ConfigIssue, type Parsed } from "../dsl";
import { cidrProblem, indexNameProblem } from "../formats";
import type { anonymityKeys } from "./anonymity";
import type { capabilityKeys } from "./capabilities";
import {
  dnsLabel,
  hostPortList,
  httpsUrl,
  image,
  indexName,
  kafkaTopic,
  logstashText,
  pemCertificate as pem,
  unixCron,
} from "./formats";
import type { platformKeys } from "./platform";
import { secretHint, type secretSpecs } from "./secrets";

/** Checked for CIDR syntax by the rules (`cidrProblem`), so the error says what exactly is wrong. */
const egressCidrs = (source: string) =>
  optional(
    arr(
      `Address ranges (IPv4 or IPv6 CIDRs) of ${source}, for the collector's NetworkPolicy, which cannot name hosts. When unset, the collector may reach those ports on every address (0.0.0.0/0, ::/0) and nothing else; setting them is recommended.`,
      str("A CIDR, e.g. 10.20.0.0/16."),
      { min: 1, max: 50 },
    ),
  );
export const collectorKeys = {
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

type CollectorConfig = Parsed<
  typeof collectorKeys &
    typeof platformKeys &
    typeof capabilityKeys &
    typeof anonymityKeys &
    typeof secretSpecs
>;

/** A telemetry query's problem and the key at fault: a refused breakdown first, so the error names that key. */
function queryIssue(
  q: { name: string; expr: string; groupBy?: string },
  clusterLabel: string,
  k: number,
): { key: "groupBy" | "expr" | undefined; message: string } | undefined {
  try {
    const b = q.groupBy === undefined ? undefined : breakdownProblem(q.groupBy, q.expr, clusterLabel);
    if (b) return b;
  } catch (e) {
    return { key: "expr", message: (e as Error).message };
  }
  try {
    generatedQuery(q, clusterLabel, k);
    return undefined;
  } catch (e) {
    return { key: undefined, message: (e as Error).message };
  }
}

/** The collectors' own rules: their sources, secrets, egress ranges, indices and queries. */
export function collectorIssues(c: CollectorConfig): ConfigIssue[] {
  const { issues, add } = issueList();
  // A milestone-1 stack refuses the whole section (`targetIssues`).
  if (c.milestone === 1) return issues;
  for (const key of ["assistedInstaller", "telemetry"] as const) {
    c.collectors?.[key]?.egressCidrs?.forEach((cidr, i) => {
      const problem = cidrProblem(cidr);
      if (problem) add(`collectors.${key}.egressCidrs[${i}]`, JSON.stringify(cidr), problem);
    });
  }
  const ai = c.collectors?.assistedInstaller;
  if (ai) {
    if (!ai[ai.source])
      add(
        `collectors.assistedInstaller.${ai.source}`,
        "nothing",
        `the ${ai.source} section (source is ${ai.source})`,
      );
    const password = ai.source === "kafka" ? "kafkaPassword" : "opensearchPassword";
    if (c[password] === undefined) add(password, "nothing", secretHint(password, `the ${ai.source} source`));
    if (ai.source === "opensearch" && !ai.image) {
      add(
        "collectors.assistedInstaller.image",
        "nothing",
        "an image with logstash-input-opensearch (the stock Logstash image does not ship it)",
      );
    }
    // pseudonymisationKey: generated when unset (components/generated-secrets).
    // Viewers read the pattern: it must reach the cells and never the per-installation staging documents, and the
    // collector's key (granted `<index>*`) must not reach the cells.
    const pattern = c.dashboards.installationsIndexPattern;
    if (globMatch(pattern, ai.index)) {
      add(
        "collectors.assistedInstaller.index",
        JSON.stringify(ai.index),
        `a staging index that dashboards.installationsIndexPattern ${JSON.stringify(pattern)} does not match (viewers read that pattern)`,
      );
    }
    if (!globMatch(pattern, ai.aggregateIndex)) {
      add(
        "collectors.assistedInstaller.aggregateIndex",
        JSON.stringify(ai.aggregateIndex),
        `an index matching dashboards.installationsIndexPattern ${JSON.stringify(pattern)}`,
      );
    } else if (globMatch(`${ai.index}*`, ai.aggregateIndex)) {
      add(
        "collectors.assistedInstaller.aggregateIndex",
        JSON.stringify(ai.aggregateIndex),
        `an index outside the collector's grant ${JSON.stringify(`${ai.index}*`)}`,
      );
    }
  }
  const tel = c.collectors?.telemetry;
  if (tel) {
    if (c.telemetryToken === undefined)
      add("telemetryToken", "nothing", secretHint("telemetryToken", "the telemetry collector"));
    tel.queries.forEach((q, i) => {
      const problem = queryIssue(q, tel.clusterLabel, c.anonymity.k);
      if (problem?.key) {
        add(
          `collectors.telemetry.queries[${i}].${problem.key}`,
          JSON.stringify(q[problem.key]),
          problem.message,
        );
      } else if (problem) add(`collectors.telemetry.queries[${i}]`, JSON.stringify(q.expr), problem.message);
    });
  }
  return issues;
}

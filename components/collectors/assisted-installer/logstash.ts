/**
 * Renders the Logstash pipeline of the Assisted Installer collector from the compiled event rules
 * (`anonymisation/assisted-installer/events.ts`). Pure: the same rules `anonymiseEvent` (`anonymiseEvent.ts`) evaluates
 * in the tests are turned into Logstash filters here, one filter (with an `id` naming the field) per stored field.
 *
 * Plugins used and where they come from: `kafka` input, `elasticsearch` filter and output, `fingerprint`, `ruby`,
 * `drop` ship in the default Logstash image. The `opensearch` input does NOT: it is the opensearch-project
 * community plugin and needs an image with `logstash-plugin install logstash-input-opensearch` (OpenShift cannot
 * install plugins at runtime). The bundled `elasticsearch` input is not used against OpenSearch because the
 * Elasticsearch Ruby client it uses refuses servers that are not Elasticsearch (product check) — an inference
 * from the client's behaviour, not verified against their domain here.
 *
 * The Ruby of the `ruby` filters is built in `ruby.ts`. Logstash config strings are single-quoted and Logstash does
 * not process escapes by default: a single quote anywhere in generated code is refused.
 */
import { logstashRef } from "../../../anonymisation/assisted-installer/anonymiseEvent";
import {
  INSTALLATION_SELECTION,
  tagPattern,
  type CompiledRule,
  type Transform,
} from "../../../anonymisation/assisted-installer/events";
import { checkGraceDays } from "../../../anonymisation/planner/sql/readModel";
import {
  closedMonthRuby,
  KAFKA_NORMALISE_RUBY,
  LOOKUP_HIT,
  REPLACE_RUBY,
  RUBY_EVENT_TIME,
  rubyForRule,
  WORK,
} from "./ruby";

/** Keystore / environment names the pipeline references; the values live in the Logstash keystore only. */
export const KEYSTORE = {
  pseudonymKey: "AM_PSEUDONYM_KEY",
  kafkaPassword: "AM_KAFKA_PASSWORD",
  opensearchPassword: "AM_OPENSEARCH_PASSWORD",
  /**
   * `id:api_key` of the collector's own least-privilege key. Not ECK `elasticsearchRefs`: the user ECK creates for
   * Logstash may only write `logstash-*`/`logs-*`-style indices, not the installations index.
   */
  esApiKey: "AM_ES_API_KEY",
  /**
   * The key's generation (`rotation.pseudonymisationKey`) stored with the key itself, so the documents' `key_epoch`
   * and the key that hashed them come from the same keystore and cannot disagree during a rotation. Not a secret.
   */
  keyEpoch: "AM_KEY_EPOCH",
} as const;

/** Where the Kafka brokers' CA is mounted in the Logstash pod (`collectors.assistedInstaller.kafka.caPem`). */
export const KAFKA_CA_DIR = "/usr/share/logstash/config/am-kafka-ca";
export const KAFKA_CA_FILE = `${KAFKA_CA_DIR}/ca.crt`;

export type CollectorSource =
  | {
      kind: "kafka";
      bootstrapServers: string;
      topic: string;
      groupId: string;
      saslMechanism: "PLAIN" | "SCRAM-SHA-512";
      username: string;
      /** PEM of the CA that signs the brokers' certificates, when the JVM's default truststore does not hold it. */
      caPem?: string;
    }
  | {
      kind: "opensearch";
      url: string;
      index: string;
      username: string;
      /** Cron of the backfill pull (logstash-input-opensearch `schedule`). */
      schedule: string;
    };

export interface PipelineOptions {
  source: CollectorSource;
  /** Index the documents are written to (matches the installations data view pattern). */
  index: string;
  /** Index pattern searched for earlier attempts of a cluster (first_attempt). */
  lookupPattern: string;
  /** Where the target Elasticsearch is, as the Logstash pod reaches it; CA file path when not publicly trusted. */
  target: { url: string; caFile?: string };
  /** `anonymity.graceDays`: days after a month's end before its documents are published (`publishable_at`). */
  graceDays: number;
}

/** A Logstash single-quoted string; refuses what it cannot carry. */
function lsQuoted(text: string): string {
  if (text.includes("'")) throw new Error(`generated Logstash text contains a single quote: ${text}`);
  return `'${text}'`;
}

/** A Logstash double-quoted string (no escapes processed): refuses double quotes. */
function lsString(text: string): string {
  if (text.includes('"')) throw new Error(`value for a Logstash string contains a double quote: ${text}`);
  return `"${text}"`;
}

function fingerprint(rule: CompiledRule): string[] {
  const shape = rule.extraction.shape;
  const paths = shape.kind === "concat" ? shape.paths : shape.kind === "scalar" ? shape.paths : [];
  if (paths.length === 0)
    throw new Error(`"${rule.field}": a keyed hash needs scalar or concatenated sources`);
  const filter = [
    "  fingerprint {",
    `    id => "am-${rule.field}"`,
    `    source => [${paths.map((p) => lsString(logstashRef(p))).join(", ")}]`,
    ...(shape.kind === "concat" ? ["    concatenate_sources => true"] : []),
    '    method => "SHA256"',
    `    key => "\${${KEYSTORE.pseudonymKey}}"`,
    `    target => "${WORK}[${rule.field}]"`,
    "  }",
  ];
  if (shape.kind === "concat") return filter;
  // The plugin hashes a source that is present but null as "" (`next unless event.include?(field)`, then `to_s`):
  // every event without an org id would get the one pseudonym of "", one fake customer. Hashed only when the field
  // is truthy for Logstash (not null, not "", not "false": logstash-core EventCondition.valueIsTruthy), as
  // `anonymiseEvent` does (`logstashTruthy`).
  return [`  if ${logstashRef(paths[0])} {`, ...filter.map((l) => `  ${l}`), "  }"];
}

function ruby(id: string, code: string, init?: string): string[] {
  return [
    "  ruby {",
    `    id => "${id}"`,
    ...(init ? [`    init => ${lsQuoted(init)}`] : []),
    `    code => ${lsQuoted(code)}`,
    "  }",
  ];
}

function esConnection(target: PipelineOptions["target"]): string[] {
  return [
    `    hosts => [${lsString(target.url)}]`,
    `    api_key => "\${${KEYSTORE.esApiKey}}"`,
    "    ssl_enabled => true",
    ...(target.caFile ? [`    ssl_certificate_authorities => [${lsString(target.caFile)}]`] : []),
  ];
}

function lookup(rule: CompiledRule, o: PipelineOptions): string[] {
  const t = rule.transform as Extract<Transform, { kind: "first-seen" }>;
  return [
    "  elasticsearch {",
    `    id => "am-${rule.field}-lookup"`,
    ...esConnection(o.target),
    `    index => ${lsString(o.lookupPattern)}`,
    // An earlier attempt is any other document of the same cluster pseudonym; re-collecting this one must not count.
    `    query => ${lsQuoted(`${t.byField}:"%{${WORK}[${t.byField}]}" AND NOT doc_id:"%{${WORK}[doc_id]}"`)}`,
    "    result_size => 1",
    `    docinfo_fields => { "_id" => "${LOOKUP_HIT}" }`,
    "  }",
  ];
}

/**
 * The key generation from the keystore: `${NAME}` references are resolved in every plugin setting when the pipeline
 * is compiled (logstash-core `LogStash::Config::Mixin#config_init`, "Resolve environment variables references"), the
 * same way the fingerprint filters read `${AM_PSEUDONYM_KEY}`.
 */
function keyEpoch(rule: CompiledRule): string[] {
  return [
    "  mutate {",
    `    id => "am-${rule.field}"`,
    `    add_field => { "${WORK}[${rule.field}]" => "\${${KEYSTORE.keyEpoch}}" }`,
    "  }",
  ];
}

function input(source: CollectorSource, s = INSTALLATION_SELECTION): string[] {
  if (source.kind === "kafka") {
    const module =
      source.saslMechanism === "PLAIN"
        ? "org.apache.kafka.common.security.plain.PlainLoginModule"
        : "org.apache.kafka.common.security.scram.ScramLoginModule";
    return [
      "  kafka {",
      '    id => "am-source-kafka"',
      `    bootstrap_servers => ${lsString(source.bootstrapServers)}`,
      `    topics => [${lsString(source.topic)}]`,
      `    group_id => ${lsString(source.groupId)}`,
      '    codec => "json"',
      '    auto_offset_reset => "earliest"',
      // Always TLS (with SASL): the events name customers' clusters; there is no plain-text option to choose.
      '    security_protocol => "SASL_SSL"',
      // A private CA as a PEM truststore (Kafka clients 2.7+, KIP-651), mounted from a Secret.
      ...(source.caPem
        ? ['    ssl_truststore_type => "PEM"', `    ssl_truststore_location => ${lsString(KAFKA_CA_FILE)}`]
        : []),
      `    sasl_mechanism => ${lsString(source.saslMechanism)}`,
      `    sasl_jaas_config => "${module} required username='${source.username.replace(/'/g, "")}' password='\${${KEYSTORE.kafkaPassword}}';"`,
      "  }",
    ];
  }
  const query = {
    query: {
      bool: {
        filter: [
          { wildcard: { [s.tagsPath]: `*${s.tag}*` } },
          { term: { [`${s.messagePath}.keyword`]: s.message } },
        ],
      },
    },
    sort: [{ event_time: "asc" }],
  };
  return [
    "  opensearch {",
    '    id => "am-source-opensearch"',
    `    hosts => [${lsString(source.url)}]`,
    `    index => ${lsString(source.index)}`,
    `    user => ${lsString(source.username)}`,
    `    password => "\${${KEYSTORE.opensearchPassword}}"`,
    "    ssl => true",
    `    schedule => ${lsString(source.schedule)}`,
    `    query => ${lsQuoted(JSON.stringify(query))}`,
    "  }",
  ];
}

/** The whole pipeline text (`pipelines[].config.string` of the Logstash CR). */
export function renderPipeline(rules: CompiledRule[], o: PipelineOptions): string {
  const s = INSTALLATION_SELECTION;
  checkGraceDays(o.graceDays);
  const closedMonth = closedMonthRuby(rules);
  const lines: string[] = ["input {", ...input(o.source), "}", "", "filter {"];
  if (o.source.kind === "kafka")
    lines.push(...ruby("am-normalise-kafka", KAFKA_NORMALISE_RUBY, RUBY_EVENT_TIME));
  lines.push(
    `  if [${s.messagePath}] != ${lsString(s.message)} { drop { id => "am-select-installation-results" } }`,
    `  if ![${s.tagsPath.split(".").join("][")}] or [${s.tagsPath.split(".").join("][")}] !~ /${tagPattern(s.tag)}/ { drop { id => "am-tag-filter" } }`,
    `  if ${s.required.map((r) => `!${logstashRef(r)} or ${logstashRef(r)} == ""`).join(" or ")} { drop { id => "am-require-ids" } }`,
  );
  for (const rule of rules) {
    if (rule.transform.kind === "hmac") lines.push(...fingerprint(rule));
    else if (rule.transform.kind === "key-epoch") lines.push(...keyEpoch(rule));
    else if (rule.transform.kind === "first-seen") {
      lines.push(...lookup(rule, o), ...ruby(`am-${rule.field}`, rubyForRule(rule, o)));
    } else lines.push(...ruby(`am-${rule.field}`, rubyForRule(rule, o), RUBY_EVENT_TIME));
  }
  lines.push(
    ...ruby("am-closed-month", closedMonth, RUBY_EVENT_TIME),
    '  if [@metadata][am_closed] { drop { id => "am-drop-closed-month" } }',
  );
  lines.push(...ruby("am-replace-event", REPLACE_RUBY), "}", "", "output {", "  elasticsearch {");
  lines.push(
    '    id => "am-target"',
    ...esConnection(o.target),
    `    index => ${lsString(o.index)}`,
    '    document_id => "%{doc_id}"',
    '    action => "index"',
    "    manage_template => false",
    "    ilm_enabled => false",
    "    data_stream => false",
    "  }",
    "}",
  );
  return lines.join("\n") + "\n";
}

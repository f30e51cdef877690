/**
 * Pulumi dynamic providers for the two connector settings the elasticstack provider does not manage well:
 * - `ConnectorSyncRules`: advanced sync rules (`_connector/{id}/_filtering`), not covered by the provider at all;
 * - `ConnectorConfiguration`: `_connector/{id}/_configuration`, which only succeeds once the running connector
 *   service has registered its configuration schema. The provider's `configurationValues` fail on the first
 *   `pulumi up` (the service needs the record first), so this resource waits for the schema and then writes.
 *
 * Dynamic providers are serialised into the Pulumi state: the methods below capture no client and no secret. They
 * `require` the Elasticsearch client when they run and take credentials from their (secret) inputs or from the
 * same environment variables the elasticstack provider reads.
 */
import type { estypes } from "@elastic/elasticsearch";
import * as pulumi from "@pulumi/pulumi";
import { validateSyncRules, type PostgresAdvancedRule } from "./syncRules";

/** How the Pulumi program reaches Elasticsearch (not the in-cluster URL the connector pod uses). */
export interface EsConnection {
  /** Defaults to the first of `ELASTICSEARCH_ENDPOINTS`. */
  url?: string;
  /** Defaults to `ELASTICSEARCH_API_KEY`; basic auth (`username`/`password`, or the env) is used without one. */
  apiKey?: string;
  /** Defaults to `ELASTICSEARCH_USERNAME`. */
  username?: string;
  /** Defaults to `ELASTICSEARCH_PASSWORD`. */
  password?: string;
  /** PEM of the CA that signed the Elasticsearch HTTP certificate. */
  caPem?: string;
}

/** `EsConnection` as component inputs. */
export type EsConnectionArgs = { [K in keyof EsConnection]?: pulumi.Input<string> };

type EsClient = import("@elastic/elasticsearch").Client;

function esClient(conn: EsConnection | undefined): EsClient {
  // Required here, not imported at the top, so that the serialised provider holds no client module instance.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require("@elastic/elasticsearch") as typeof import("@elastic/elasticsearch");
  const url = conn?.url ?? process.env.ELASTICSEARCH_ENDPOINTS?.split(",")[0]?.trim();
  const apiKey = conn?.apiKey ?? process.env.ELASTICSEARCH_API_KEY;
  const username = conn?.username ?? process.env.ELASTICSEARCH_USERNAME;
  const password = conn?.password ?? process.env.ELASTICSEARCH_PASSWORD;
  if (!url)
    throw new Error("no Elasticsearch URL: set the component's management.url or ELASTICSEARCH_ENDPOINTS");
  const auth = apiKey ? { apiKey } : username && password ? { username, password } : undefined;
  if (!auth) {
    throw new Error(
      "no Elasticsearch credentials: set management.apiKey or username/password, " +
        "or ELASTICSEARCH_API_KEY / ELASTICSEARCH_USERNAME + ELASTICSEARCH_PASSWORD",
    );
  }
  return new Client({ node: url, auth, ...(conn?.caPem ? { tls: { ca: conn.caPem } } : {}) });
}

function statusOf(err: unknown): number | undefined {
  const meta = (err as { meta?: { statusCode?: number } } | undefined)?.meta;
  return meta?.statusCode;
}

async function ignoreNotFound<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sync rules

export interface SyncRulesInputs {
  connectorId: string;
  /** Contains the pseudonymisation key: always pass it as a secret. */
  rules: PostgresAdvancedRule[];
  connection?: EsConnection;
}

/** `active` once Elasticsearch accepted the activation; until the service validated the draft it is pending. */
export type Activation = "active" | "awaiting-service-validation";

export interface SyncRulesOutputs extends SyncRulesInputs {
  activation: Activation;
}

/** The `_filtering` request that makes `rules` the connector's draft advanced snippet. */
export function filteringRequest(
  connectorId: string,
  rules: PostgresAdvancedRule[],
): estypes.ConnectorUpdateFilteringRequest {
  return { connector_id: connectorId, advanced_snippet: { value: rules } };
}

async function writeRules(inputs: SyncRulesInputs): Promise<Activation> {
  const problems = validateSyncRules(inputs.rules);
  if (problems.length > 0) throw new Error(`refusing to send sync rules: ${problems.join("; ")}`);
  const client = esClient(inputs.connection);
  try {
    await client.connector.updateFiltering(filteringRequest(inputs.connectorId, inputs.rules));
    try {
      await client.connector.updateActiveFiltering({ connector_id: inputs.connectorId });
      return "active";
    } catch (err) {
      // Elasticsearch activates only a draft the connector service has validated; the self-managed service
      // validates an edited draft on its next poll and activates it itself, so a 400 here is the normal path.
      if (statusOf(err) === 400) return "awaiting-service-validation";
      throw err;
    }
  } finally {
    await client.close();
  }
}

export const syncRulesProvider: pulumi.dynamic.ResourceProvider<SyncRulesInputs, SyncRulesOutputs> = {
  async check(_olds, news) {
    const failures = validateSyncRules(news.rules).map((reason) => ({ property: "rules", reason }));
    if (!news.connectorId) failures.push({ property: "connectorId", reason: "connectorId is required" });
    return { inputs: news, failures };
  },
  async create(inputs) {
    const activation = await writeRules(inputs);
    return { id: inputs.connectorId, outs: { ...inputs, activation } };
  },
  async diff(_id, olds, news) {
    const replaces = olds.connectorId !== news.connectorId ? ["connectorId"] : [];
    const rulesChanged = JSON.stringify(olds.rules) !== JSON.stringify(news.rules);
    const connChanged = JSON.stringify(olds.connection ?? {}) !== JSON.stringify(news.connection ?? {});
    return {
      changes: replaces.length > 0 || rulesChanged || connChanged,
      replaces,
      deleteBeforeReplace: false,
    };
  },
  async update(_id, _olds, news) {
    const activation = await writeRules(news);
    return { outs: { ...news, activation } };
  },
  async read(id, props) {
    const client = esClient(props?.connection);
    try {
      const connector = await ignoreNotFound(() => client.connector.get({ connector_id: id }));
      if (!connector) return {};
      const filtering = connector.filtering?.[0];
      const active = filtering?.active?.advanced_snippet?.value as PostgresAdvancedRule[] | undefined;
      const draft = filtering?.draft?.advanced_snippet?.value as PostgresAdvancedRule[] | undefined;
      const activeMatchesDraft = JSON.stringify(active ?? null) === JSON.stringify(draft ?? null);
      return {
        id,
        props: {
          ...(props as SyncRulesOutputs),
          connectorId: id,
          rules: draft ?? [],
          activation: activeMatchesDraft ? "active" : "awaiting-service-validation",
        },
      };
    } finally {
      await client.close();
    }
  },
  async delete(id, props) {
    // An empty snippet takes the query (and the key in it) off the connector; the service then validates and
    // activates it, and the connector falls back to `tables`, the keyless view, which yields nothing.
    const client = esClient(props.connection);
    try {
      await ignoreNotFound(() =>
        client.connector.updateFiltering({ connector_id: id, advanced_snippet: { value: [] } }),
      );
    } finally {
      await client.close();
    }
  },
};

export interface ConnectorSyncRulesArgs {
  connectorId: pulumi.Input<string>;
  rules: pulumi.Input<PostgresAdvancedRule[]>;
  connection?: pulumi.Input<EsConnectionArgs>;
}

/** The connector's advanced sync rules. `rules` is forced secret: the query embeds the pseudonymisation key. */
export class ConnectorSyncRules extends pulumi.dynamic.Resource {
  declare public readonly rules: pulumi.Output<PostgresAdvancedRule[]>;
  declare public readonly activation: pulumi.Output<Activation>;

  constructor(name: string, args: ConnectorSyncRulesArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      syncRulesProvider,
      name,
      {
        connectorId: args.connectorId,
        rules: pulumi.secret(args.rules),
        connection: args.connection ? pulumi.secret(args.connection) : undefined,
        activation: undefined,
      },
      { ...opts, additionalSecretOutputs: ["rules", "connection"] },
      "am-dashboard",
      "ConnectorSyncRules",
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration values

export interface ConfigurationInputs {
  connectorId: string;
  /** Holds the database password: always pass it as a secret. */
  values: Record<string, string | number | boolean>;
  connection?: EsConnection;
  /** How long to wait for the connector service to register its configuration schema. */
  waitSeconds?: number;
  pollSeconds?: number;
}

/** The `_configuration` request body. */
export function configurationRequest(
  connectorId: string,
  values: Record<string, string | number | boolean>,
): estypes.ConnectorUpdateConfigurationRequest {
  return { connector_id: connectorId, values };
}

async function writeConfiguration(inputs: ConfigurationInputs): Promise<void> {
  const client = esClient(inputs.connection);
  const waitMs = (inputs.waitSeconds ?? 900) * 1000;
  const pollMs = (inputs.pollSeconds ?? 10) * 1000;
  const deadline = Date.now() + waitMs;
  try {
    for (;;) {
      const connector = await client.connector.get({ connector_id: inputs.connectorId });
      const schema = connector.configuration ?? {};
      if (Object.keys(schema).length > 0) {
        const unknown = Object.keys(inputs.values).filter((k) => !(k in schema));
        if (unknown.length > 0) {
          throw new Error(
            `connector ${inputs.connectorId} has no configuration field(s) ${unknown.join(", ")}: is service_type postgresql?`,
          );
        }
        break;
      }
      if (Date.now() >= deadline) {
        throw new Error(
          `connector ${inputs.connectorId}: the connector service did not register its configuration within ` +
            `${waitMs / 1000}s; check that its Deployment runs and can reach Elasticsearch, then run pulumi up again`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    await client.connector.updateConfiguration(configurationRequest(inputs.connectorId, inputs.values));
  } finally {
    await client.close();
  }
}

export const configurationProvider: pulumi.dynamic.ResourceProvider<
  ConfigurationInputs,
  ConfigurationInputs
> = {
  async create(inputs) {
    await writeConfiguration(inputs);
    return { id: inputs.connectorId, outs: inputs };
  },
  async diff(_id, olds, news) {
    const replaces = olds.connectorId !== news.connectorId ? ["connectorId"] : [];
    const changed =
      JSON.stringify(olds.values) !== JSON.stringify(news.values) ||
      JSON.stringify(olds.connection ?? {}) !== JSON.stringify(news.connection ?? {});
    return { changes: replaces.length > 0 || changed, replaces, deleteBeforeReplace: false };
  },
  async update(_id, _olds, news) {
    await writeConfiguration(news);
    return { outs: news };
  },
  async read(id, props) {
    const client = esClient(props?.connection);
    try {
      const connector = await ignoreNotFound(() => client.connector.get({ connector_id: id }));
      if (!connector) return {};
      const values: Record<string, string | number | boolean> = { ...(props?.values ?? {}) };
      for (const [key, field] of Object.entries(connector.configuration ?? {})) {
        // Sensitive values are not compared: keep what was written rather than echoing them into the state.
        if (key in values && !field.sensitive && field.value !== undefined && field.value !== null) {
          values[key] = field.value as string | number | boolean;
        }
      }
      return { id, props: { ...(props as ConfigurationInputs), connectorId: id, values } };
    } finally {
      await client.close();
    }
  },
  async delete(id, props) {
    // The record itself belongs to the elasticstack connector resource; here only the password is taken back.
    if (!("password" in (props.values ?? {}))) return;
    const client = esClient(props.connection);
    try {
      await ignoreNotFound(() =>
        client.connector.updateConfiguration(configurationRequest(id, { password: "" })),
      );
    } finally {
      await client.close();
    }
  },
};

export interface ConnectorConfigurationArgs {
  connectorId: pulumi.Input<string>;
  values: pulumi.Input<Record<string, pulumi.Input<string | number | boolean>>>;
  connection?: ConnectorSyncRulesArgs["connection"];
  waitSeconds?: pulumi.Input<number>;
  pollSeconds?: pulumi.Input<number>;
}

/** The connector's source configuration; `values` is forced secret (it holds the database password). */
export class ConnectorConfiguration extends pulumi.dynamic.Resource {
  declare public readonly values: pulumi.Output<Record<string, string | number | boolean>>;

  constructor(name: string, args: ConnectorConfigurationArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      configurationProvider,
      name,
      {
        connectorId: args.connectorId,
        values: pulumi.secret(args.values),
        connection: args.connection ? pulumi.secret(args.connection) : undefined,
        waitSeconds: args.waitSeconds,
        pollSeconds: args.pollSeconds,
      },
      { ...opts, additionalSecretOutputs: ["values", "connection"] },
      "am-dashboard",
      "ConnectorConfiguration",
    );
  }
}

/**
 * `ConnectorSyncRules`: the connector's advanced sync rules (`_connector/{id}/_filtering`), which the elasticstack
 * provider does not manage at all.
 *
 * A Pulumi dynamic provider is serialised into the state with the functions it references: its methods capture no
 * client and no secret, and reach Elasticsearch only through `esClient`, which requires the client when it runs.
 */
import type { estypes } from "@elastic/elasticsearch";
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../../infra/naming";
import { esClient, ignoreNotFound, statusOf, type EsConnection, type EsConnectionArgs } from "./esClient";
import { validateSyncRules, type PostgresAdvancedRule } from "../../contracts/syncRules";

export interface SyncRulesInputs {
  connectorId: string;
  /** Hold no key and no literal (`validateSyncRules`): not a secret. */
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

/** How a dynamic provider receives a value not known yet (`@pulumi/pulumi` runtime `unknownValue`). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export const syncRulesProvider: pulumi.dynamic.ResourceProvider<SyncRulesInputs, SyncRulesOutputs> = {
  async check(_olds, news) {
    // In a preview the rules are unknown while the key is (a generated key is made during the update); the update
    // checks them again once known.
    const unknown = (news.rules as unknown) === UNKNOWN;
    const failures = (unknown ? [] : validateSyncRules(news.rules)).map((reason) => ({
      property: "rules",
      reason,
    }));
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
    // An empty snippet takes the query off the connector; the service then validates and activates it, and the
    // connector falls back to `tables`, the read model's view (published cells only).
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

/** The connector's advanced sync rules. Only the connection is secret: the query holds no key. */
export class ConnectorSyncRules extends pulumi.dynamic.Resource {
  declare public readonly rules: pulumi.Output<PostgresAdvancedRule[]>;
  declare public readonly activation: pulumi.Output<Activation>;

  constructor(name: string, args: ConnectorSyncRulesArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      syncRulesProvider,
      name,
      {
        connectorId: args.connectorId,
        rules: args.rules,
        connection: args.connection ? pulumi.secret(args.connection) : undefined,
        activation: undefined,
      },
      { ...opts, additionalSecretOutputs: ["connection"] },
      PROJECT,
      "ConnectorSyncRules",
    );
  }
}

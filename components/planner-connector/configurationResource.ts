/**
 * `ConnectorConfiguration`: `_connector/{id}/_configuration`, which only succeeds once the running connector
 * service has registered its configuration schema. The elasticstack provider's `configurationValues` fail on the
 * first `pulumi up` (the service needs the record first), so this resource waits for the schema and then writes.
 *
 * A Pulumi dynamic provider is serialised into the state with the functions it references: its methods capture no
 * client and no secret, and reach Elasticsearch only through `esClient`, which requires the client when it runs.
 */
import type { estypes } from "@elastic/elasticsearch";
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../../infra/naming";
import { esClient, ignoreNotFound, type EsConnection, type EsConnectionArgs } from "./esClient";

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
  connection?: pulumi.Input<EsConnectionArgs>;
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
      PROJECT,
      "ConnectorConfiguration",
    );
  }
}

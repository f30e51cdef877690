/**
 * How the dynamic providers (`syncRulesResource.ts`, `configurationResource.ts`) reach Elasticsearch. Their methods
 * are serialised into the Pulumi state with every function they reference, so nothing here may hold a client, a
 * native handle or a secret at module level: `esClient` requires the client module when it runs and takes
 * credentials from the resource's (secret) inputs or from the environment variables the elasticstack provider reads.
 */
import type * as pulumi from "@pulumi/pulumi";

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

export function esClient(conn: EsConnection | undefined): EsClient {
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

export function statusOf(err: unknown): number | undefined {
  const meta = (err as { meta?: { statusCode?: number } } | undefined)?.meta;
  return meta?.statusCode;
}

export async function ignoreNotFound<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

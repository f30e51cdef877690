/**
 * What a person can read is aggregate-only: every index pattern a viewer role (an Elasticsearch or Kibana role; API
 * keys are machines: collectors, the connector, replication) or a Kibana data view reads must reach only indices of an
 * aggregate model (`isAggregateModel`), never the staging index of per-record documents the collector writes. And a
 * transform that writes such an index must gate its buckets at k customers and group by no pseudonym; when the
 * customers it counts are a keyed pseudonym, it must group by the model's key-generation field (a rotation gives one
 * customer a second ref), and a continuous one must sync on the model's closed-month field (`publishable_at`), so a
 * month's cells are computed once, after it closed, and never change by one event.
 *
 * A pattern is judged against every index template of the stack that it may overlap (an index both could match
 * exists as soon as someone creates it), not only the template that covers it: `am-installations*` over a staging
 * `am-installations-staging` is refused even while a cells template also matches.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { MIN_K } from "../../anonymisation/planner/sql/readModel";
import { fieldsWithAction } from "../../anonymisation/model";
import { asArray, asStrings, at, isObject, jsonProp, label, type Level } from "./common";
import { indexGrants } from "./access";
import { Inventory } from "./inventory";
import { isAggregateModel, isProgramMetadataModel, KNOWN_MODELS, modelNamed } from "./models";
import { leadersSchema, type ReplicationConfig } from "./replication";

/** Whether two Elasticsearch wildcard patterns (`*` only) can match one same index name. */
export function patternsOverlap(a: string, b: string): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === a.length && j === b.length) r = true;
    else if (a[i] === "*") r = go(i + 1, j) || (j < b.length && go(i, j + 1));
    else if (b[j] === "*") r = go(i, j + 1) || (i < a.length && go(i + 1, j));
    else r = i < a.length && j < b.length && a[i] === b[j] && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** Index patterns people read: viewer roles' read grants and data views (remote `cluster:` patterns excluded). */
function viewerPatterns(inv: Inventory): { pattern: string; where: string; urn: string }[] {
  const out: { pattern: string; where: string; urn: string }[] = [];
  const roles = [...inv.elastic("ElasticsearchSecurityRole"), ...inv.elastic("KibanaSecurityRole")];
  for (const g of indexGrants(roles)) {
    if (!g.privileges.some((p) => ["read", "all"].includes(p))) continue;
    for (const pattern of g.names) out.push({ pattern, where: g.where, urn: g.resource.urn });
  }
  for (const dv of inv.elastic("KibanaDataView")) {
    for (const pattern of String(at(dv.props, "dataView", "title") ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p && !p.includes(":")))
      out.push({ pattern, where: `${label(dv)} index pattern`, urn: dv.urn });
  }
  return out.filter((p) => !p.pattern.startsWith("."));
}

/** Source of a field that names the generation of the pseudonymisation key (`key_epoch`). */
const KEY_GENERATION_SOURCE = "program:rotation.pseudonymisationKey";
/** Source of a field that says when a document's period is closed (`publishable_at`): the grace days. */
const CLOSED_PERIOD_SOURCE = "program:anonymity.graceDays";

/** The fields of the models that hold `pseudonym` which are read from `source` (decided from the declarations). */
function fieldsFrom(pseudonym: string, source: string): string[] {
  return KNOWN_MODELS.filter((m) => m.fields[pseudonym]?.treatment.action === "pseudonymise").flatMap((m) =>
    Object.entries(m.fields)
      .filter(([, f]) => f.from.includes(source))
      .map(([n]) => n),
  );
}

/** The k a transform's pivot gates on, or why it does not: a bucket_selector `params.<v> >= k` over a cardinality. */
function transformGate(pivot: unknown): { k?: number; counted?: string; problem?: string } {
  const aggs = at(pivot, "aggregations") ?? at(pivot, "aggs");
  if (!isObject(aggs)) return { problem: "its pivot has no aggregations" };
  for (const agg of Object.values(aggs)) {
    const sel = at(agg, "bucket_selector");
    if (!isObject(sel)) continue;
    const paths = at(sel, "buckets_path");
    const script = at(sel, "script");
    const source = typeof script === "string" ? script : at(script, "source");
    const m = typeof source === "string" ? /^\s*params\.(\w+)\s*>=\s*(\d+)\s*$/.exec(source) : null;
    if (!m || !isObject(paths)) continue;
    const counted = at(aggs, String(paths[m[1]]), "cardinality");
    if (!isObject(counted)) continue;
    const field = at(counted, "field");
    return { k: Number(m[2]), counted: typeof field === "string" ? field : undefined };
  }
  return {
    problem: "its pivot has no bucket_selector keeping only buckets whose distinct customers are >= k",
  };
}

export function viewersReadAggregatesOnly(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "viewers-read-aggregates-only",
    description:
      "Every index pattern a viewer role or data view reads reaches only aggregate indices (planner cells, " +
      "installation cells, telemetry aggregates) or program metadata (key epochs, no customer source), never a staging index of per-record documents; transforms " +
      `writing them keep only buckets of at least k >= ${MIN_K} distinct customers and group by no pseudonym; ` +
      "customers counted by a keyed pseudonym are counted within one key generation, and continuous transforms publish closed periods only.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Point data views and viewer roles at the aggregate index (dashboards.installationsIndexPattern, e.g. " +
      "am-installations-cells*), keep the collector's staging index outside that pattern, and build transforms with " +
      "components/collectors/assisted-installer/transform.ts.",
    configSchema: { properties: leadersSchema },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources, args.getConfig<ReplicationConfig>().anonymisedLeaders ?? []);
      const modelOf = (t: { model?: string; finalPipeline?: string }) =>
        modelNamed(t.model) ?? inv.pipelines.find((p) => p.name === t.finalPipeline)?.model;
      const read = viewerPatterns(inv);
      for (const { pattern, where, urn } of read) {
        const templates = inv.templates.filter((t) => t.patterns.some((p) => patternsOverlap(p, pattern)));
        for (const t of templates) {
          const m = modelOf(t);
          if (!m || !(isAggregateModel(m) || isProgramMetadataModel(m)))
            report(
              `${where} reads "${pattern}", which reaches the indices of template "${t.name}" (model ${m?.name ?? t.model ?? "unknown"}): neither an aggregate index nor program metadata.`,
              urn,
            );
        }
        if (templates.length === 0) {
          const followed = inv.followerModel(pattern);
          if (!followed || !(isAggregateModel(followed) || isProgramMetadataModel(followed)))
            report(
              `${where} reads "${pattern}": no aggregate index template of this stack (or follower of a declared aggregate leader) covers it.`,
              urn,
            );
        }
      }
      const pseudonyms = new Set(KNOWN_MODELS.flatMap((m) => fieldsWithAction(m, "pseudonymise")));
      for (const t of inv.elastic("ElasticsearchTransform")) {
        const dest = at(t.props, "destination", "index");
        if (typeof dest !== "string" || !read.some((r) => patternsOverlap(r.pattern, dest))) continue;
        const pivot = jsonProp(at(t.props, "pivot"));
        if (!pivot.ok || !isObject(pivot.value)) {
          report(`${label(t)} writes "${dest}", which viewers read, and is not a pivot transform.`, t.urn);
          continue;
        }
        const gate = transformGate(pivot.value);
        if (gate.problem)
          report(`${label(t)} writes "${dest}", which viewers read, but ${gate.problem}.`, t.urn);
        else if (gate.k! < MIN_K)
          report(`${label(t)} keeps buckets of ${gate.k} customers; at least ${MIN_K} are needed.`, t.urn);
        const groups = at(pivot.value, "group_by");
        for (const [name, g] of Object.entries(isObject(groups) ? groups : {})) {
          const fields = [
            name,
            ...asArray(Object.values(isObject(g) ? g : {})).flatMap((s) => asStrings(at(s, "field"))),
          ];
          const hit = fields.find((f) => pseudonyms.has(f));
          if (hit) report(`${label(t)} groups by "${hit}", a pseudonym: the cells would carry it.`, t.urn);
        }
        const counted = gate.counted;
        if (counted !== undefined && pseudonyms.has(counted)) {
          const termFields = Object.values(isObject(groups) ? groups : {}).flatMap((g) =>
            asStrings(at(g, "terms", "field")),
          );
          const generation = fieldsFrom(counted, KEY_GENERATION_SOURCE);
          if (!generation.some((f) => termFields.includes(f)))
            report(
              `${label(t)} counts customers by the keyed "${counted}" but does not group by the key generation (${generation.join(", ") || "no such field declared"}): after a key rotation one customer has two refs, and a cell could pass k with fewer real customers.`,
              t.urn,
            );
          const sync = at(t.props, "sync", "time", "field");
          const closed = fieldsFrom(counted, CLOSED_PERIOD_SOURCE);
          if (sync !== undefined && !closed.includes(String(sync)))
            report(
              `${label(t)} syncs on "${String(sync)}", not on when a period is closed (${closed.join(", ") || "no such field declared"}): its cells would change as events arrive, and two reads would differ by one.`,
              t.urn,
            );
        }
      }
    },
  };
}

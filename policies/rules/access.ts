/**
 * What the stack's roles and API keys let their holders do, beyond writing (which `every-data-path-anonymised`
 * follows):
 * - a reader (a dashboard viewer) reads only anonymised indices, never `*`, a dot-index such as
 *   `.elastic-connectors*` (the connector's configuration, sync rules included) or restricted indices, and in
 *   Kibana sees dashboards only (no Discover, which lists single documents, no base privilege, no other space);
 * - a writer cannot take the anonymisation away: no `manage` / `all` on the index it writes (either can unset
 *   `index.final_pipeline`), no `create_index` (an explicit create-index request's settings override the
 *   template's, `index.final_pipeline: _none` included), and no cluster privilege that edits templates or pipelines.
 *
 * Props are read under both the bridged SDK's names (`indices`, `kibanas`, `fieldSecurity`) and the Elasticsearch
 * API's (`role_descriptors`, `field_security`), so a regenerated SDK does not blind the checks.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { globMatch } from "../../contracts/wildcard";
import {
  apiKeyRoleDescriptors,
  asArray,
  asStrings,
  at,
  isElastic,
  isObject,
  jsonProp,
  label,
  type Level,
  type PolicyResource,
} from "./common";
import { writtenIndices } from "./anonymisation";
import { followerIndices, Inventory, isSystemIndex, WRITE_PRIVILEGES } from "./inventory";
import { leadersSchema, type ReplicationConfig } from "./replication";

/** One index privilege entry of a role or API key, with the cluster privileges that come with it. */
export interface IndexGrant {
  resource: PolicyResource;
  /** `role "x" indices[0]`, for messages. */
  where: string;
  names: string[];
  privileges: string[];
  allowRestricted: boolean;
  clusterPrivileges: string[];
}

const first = (value: unknown, ...keys: string[]) =>
  keys.map((k) => at(value, k)).find((v) => v !== undefined);

/** Every index grant of the stack's roles (Elasticsearch and Kibana) and API keys (role descriptors). */
export function indexGrants(resources: PolicyResource[]): IndexGrant[] {
  const out: IndexGrant[] = [];
  const add = (r: PolicyResource, where: string, entries: unknown, cluster: unknown) => {
    for (const [i, e] of asArray(entries).entries()) {
      out.push({
        resource: r,
        where: `${label(r)} ${where}indices[${i}]`,
        names: asStrings(at(e, "names")),
        privileges: asStrings(at(e, "privileges")),
        allowRestricted: first(e, "allowRestrictedIndices", "allow_restricted_indices") === true,
        clusterPrivileges: asStrings(cluster),
      });
    }
  };
  for (const r of resources) {
    if (isElastic(r.type, "ElasticsearchSecurityApiKey")) {
      const parsed = jsonProp(apiKeyRoleDescriptors(r.props));
      if (parsed.ok && isObject(parsed.value))
        for (const [name, d] of Object.entries(parsed.value))
          add(r, `role descriptor "${name}" `, at(d, "indices"), at(d, "cluster"));
    } else if (isElastic(r.type, "ElasticsearchSecurityRole")) {
      add(r, "", at(r.props, "indices"), first(r.props, "clusters", "cluster"));
    } else if (isElastic(r.type, "KibanaSecurityRole")) {
      for (const es of asArray(at(r.props, "elasticsearch")))
        add(r, "elasticsearch.", at(es, "indices"), first(es, "clusters", "cluster"));
    }
  }
  return out;
}

/**
 * Why reading `pattern` may reach documents that are not anonymised. A pattern wider than the templates (the
 * viewer's `am-planner*` over the connector's `am-planner`) is judged by the indices this stack's writers create,
 * as dashboards-use-shown-fields judges data views: each must be anonymised, and it must match one.
 */
function readProblem(inv: Inventory, pattern: string): string | undefined {
  const direct = inv.coverage(pattern);
  if (!direct.problem) return undefined;
  const matched = writtenIndices(inv).filter((w) => globMatch(pattern, w.index));
  if (matched.length === 0) return direct.problem;
  return matched.map((w) => inv.coverage(w.index).problem).find((p) => p !== undefined);
}

/** Privileges that read documents or their fields. */
const READ_PRIVILEGES = ["all", "read", "read_cross_cluster"];

/** Kibana features a viewer may hold, with the privileges allowed on each: dashboards, read-only. */
const VIEWER_FEATURES: Record<string, string[]> = { dashboard: ["read"], dashboard_v2: ["read"] };

export function viewersReadAnonymisedOnly(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "viewers-read-anonymised-only",
    description:
      "Roles that read documents read only anonymised indices (never *, dot-indices or restricted indices); Kibana " +
      "roles grant dashboards read in named spaces only (no Discover, no base privileges).",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Build viewer roles with components/viewer-access (buildElasticsearchRole / buildKibanaRole): one index entry " +
      "per data view of an anonymised index, and the dashboard feature with read only.",
    configSchema: { properties: leadersSchema },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources, args.getConfig<ReplicationConfig>().anonymisedLeaders ?? []);
      const connectorIndices = inv
        .elastic("ElasticsearchConnector")
        .map((c) => String(at(c.props, "indexName")));
      for (const g of indexGrants(args.resources)) {
        if (!g.privileges.some((p) => READ_PRIVILEGES.includes(p))) continue;
        if (g.allowRestricted)
          report(`${g.where} reads restricted indices (allow_restricted_indices).`, g.resource.urn);
        // The connector service's documented key reads its own bookkeeping indices next to its content index.
        const connectorKey =
          isElastic(g.resource.type, "ElasticsearchSecurityApiKey") &&
          g.privileges.some((p) => WRITE_PRIVILEGES.includes(p)) &&
          g.names.some((n) => connectorIndices.includes(n));
        for (const name of g.names) {
          if (connectorKey && isSystemIndex(name)) continue;
          if (name.replace(/\*/g, "") === "" || isSystemIndex(name)) {
            report(
              `${g.where} reads "${name}": ${isSystemIndex(name) ? "a system index (connector configuration, sync rules and secrets live there)" : "every index"}.`,
              g.resource.urn,
            );
            continue;
          }
          // Writers read their own index too (the collector looks its documents up): anything read is anonymised.
          const problem = readProblem(inv, name);
          if (problem)
            report(`${g.where} reads "${name}", which is not anonymised: ${problem}.`, g.resource.urn);
        }
      }
      for (const role of args.resources.filter((r) => isElastic(r.type, "KibanaSecurityRole"))) {
        for (const [i, k] of asArray(first(role.props, "kibanas", "kibana")).entries()) {
          const where = `${label(role)} kibana[${i}]`;
          const bases = asStrings(first(k, "bases", "base"));
          if (bases.length > 0)
            report(
              `${where} grants the base privilege(s) ${bases.join(", ")}: every feature, Discover included.`,
              role.urn,
            );
          if (asStrings(at(k, "spaces")).includes("*"))
            report(`${where} applies to every space (*).`, role.urn);
          for (const f of asArray(at(k, "features"))) {
            const name = String(at(f, "name"));
            const allowed = VIEWER_FEATURES[name];
            const privileges = asStrings(at(f, "privileges"));
            if (!allowed)
              report(
                `${where} grants the Kibana feature "${name}": viewers get dashboards only (Discover would list single documents).`,
                role.urn,
              );
            else if (privileges.some((p) => !allowed.includes(p)))
              report(
                `${where} grants "${name}" with ${privileges.join(", ")}: viewers may only read dashboards.`,
                role.urn,
              );
          }
        }
      }
    },
  };
}

/** Index privileges that can change an index's settings (`index.final_pipeline` among them) or create it with its own. */
const SETTINGS_PRIVILEGES = ["all", "manage", "create_index"];
/** Cluster privileges that can rewrite or delete index templates and ingest pipelines. */
const TEMPLATE_PRIVILEGES = [
  "all",
  "manage",
  "manage_index_templates",
  "manage_pipeline",
  "manage_ingest_pipelines",
];

export function writersCannotChangeAnonymisation(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "writers-cannot-change-anonymisation",
    description:
      "A role or API key that writes documents cannot change what anonymises them: no manage, all or create_index on " +
      "the indices it writes, no cluster privilege over templates or pipelines.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Give writers create_doc / index with auto_configure (auto-creation applies the template) and read / " +
      "view_index_metadata, as collectorRoleDescriptors (components/collectors/elastic.ts) does.",
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      // Elastic's documented key for a self-managed connector holds `all` on its content index (the service creates
      // and maps it); the connector reads only the anonymised read model, so there the pipeline is the second line.
      const connectorIndices = inv
        .elastic("ElasticsearchConnector")
        .map((c) => String(at(c.props, "indexName")));
      const followers = followerIndices(args.resources).map((f) => f.index);
      const writers = new Set<PolicyResource>();
      for (const g of indexGrants(args.resources)) {
        if (!g.privileges.some((p) => WRITE_PRIVILEGES.includes(p) || p === "create_index")) continue;
        writers.add(g.resource);
        const owned = g.names.filter(
          (n) =>
            !isSystemIndex(n) &&
            !connectorIndices.some((c) => globMatch(n, c) && n === c) &&
            !followers.includes(n),
        );
        const risky = g.privileges.filter((p) => SETTINGS_PRIVILEGES.includes(p));
        if (owned.length > 0 && risky.length > 0)
          report(
            `${g.where} writes ${owned.map((n) => `"${n}"`).join(", ")} and holds ${risky.join(", ")}: it could unset index.final_pipeline (or create the index without it).`,
            g.resource.urn,
          );
      }
      for (const r of writers) {
        const cluster = new Set(indexGrants([r]).flatMap((g) => g.clusterPrivileges));
        const risky = TEMPLATE_PRIVILEGES.filter((p) => cluster.has(p));
        if (risky.length > 0)
          report(
            `${label(r)} writes documents and holds the cluster privilege(s) ${risky.join(", ")}: it could rewrite the template or pipeline that anonymises them.`,
            r.urn,
          );
      }
    },
  };
}

/**
 * Cross-cluster replication and search. Ingest pipelines never run on follower indices, so CCR may only carry data
 * that was anonymised at the source: the leader must be declared anonymised (policy config `anonymisedLeaders`,
 * kept next to the stack in policies/config/<stack>.json). Cross-cluster keys for search hide identifier fields,
 * and a stack that needs Platinum or Enterprise features says so in its licence.
 */
import type { PolicyConfigSchema, StackValidationPolicy } from "@pulumi/policy";
import { LICENCES, licenceCovers, type Licence } from "../../contracts/licence";
import { globMatch } from "../../contracts/wildcard";
import {
  apiKeyRoleDescriptors,
  asArray,
  asStrings,
  at,
  isElastic,
  isObject,
  jsonProp,
  K8S,
  knownPart,
  label,
  type Level,
  type PolicyResource,
} from "./common";
import { Inventory } from "./inventory";
import { identifierFields, KNOWN_MODELS } from "./models";

export interface AnonymisedLeader {
  /** Remote cluster alias as configured under cluster.remote.<alias>. */
  cluster: string;
  /** Leader index patterns that hold only anonymised documents. */
  indices: string[];
  /** Classification those documents follow. */
  model: string;
}

export interface ReplicationConfig {
  anonymisedLeaders: AnonymisedLeader[];
}

export const leadersSchema: PolicyConfigSchema["properties"] = {
  anonymisedLeaders: {
    type: "array",
    default: [],
    description: "Remote clusters and leader index patterns whose documents are anonymised at the source.",
    items: {
      type: "object",
      required: ["cluster", "indices", "model"],
      properties: {
        cluster: { type: "string" },
        indices: { type: "array", items: { type: "string" } },
        model: { type: "string" },
      },
    },
  },
};

/** Remote aliases named anywhere in a resource (cluster settings `cluster.remote.<alias>.*`). */
function remoteAliases(r: PolicyResource): string[] {
  const text = JSON.stringify(r.props);
  return [...new Set([...text.matchAll(/cluster\.remote\.([A-Za-z0-9_-]+)\./g)].map((m) => m[1]))];
}

interface Follow {
  resource: PolicyResource;
  cluster: string;
  leaders: string[];
}

function follows(inv: Inventory): Follow[] {
  const out: Follow[] = [];
  for (const r of inv.elastic("ElasticsearchCcrFollowerIndex")) {
    out.push({
      resource: r,
      cluster: String(at(r.props, "remoteCluster")),
      leaders: asStrings(at(r.props, "leaderIndex")),
    });
  }
  for (const r of inv.elastic("ElasticsearchCcrAutoFollowPattern")) {
    out.push({
      resource: r,
      cluster: String(at(r.props, "remoteCluster")),
      leaders: asStrings(at(r.props, "leaderIndexPatterns")),
    });
  }
  return out;
}

function declaredLeader(
  leaders: AnonymisedLeader[],
  cluster: string,
  index: string,
): AnonymisedLeader | undefined {
  return leaders.find(
    (l) =>
      l.cluster === cluster &&
      // The config schema says strings; a hand-edited config may not (a leader given by pattern once crashed here).
      asStrings(l.indices).some((p) =>
        index.includes("*")
          ? p === index || (p.endsWith("*") && index.startsWith(p.slice(0, -1)))
          : globMatch(p, index),
      ),
  );
}

export function replicationFromAnonymisedLeaders(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "replication-from-anonymised-leaders",
    description:
      "Cross-cluster replication and cross-cluster search read only leader indices declared anonymised at the source.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Declare the leader in policies/config/<stack>.json under replication-from-anonymised-leaders.anonymisedLeaders " +
      "(only after checking the source stack passes this pack), or stop following it.",
    configSchema: { properties: leadersSchema },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      const leaders = args.getConfig<ReplicationConfig>().anonymisedLeaders ?? [];
      for (const f of follows(inv)) {
        for (const leader of f.leaders.length ? f.leaders : ["(none)"]) {
          if (!declaredLeader(leaders, f.cluster, leader)) {
            report(
              `${label(f.resource)} follows "${leader}" on remote cluster "${f.cluster}", which is not declared anonymised at the source.`,
              f.resource.urn,
            );
          }
        }
      }
      for (const r of inv.elastic("ElasticsearchClusterSettings")) {
        for (const alias of remoteAliases(r)) {
          if (!leaders.some((l) => l.cluster === alias)) {
            report(
              `${label(r)} connects remote cluster "${alias}", which is not declared anonymised at the source.`,
              r.urn,
            );
          }
        }
      }
      for (const dv of inv.elastic("KibanaDataView")) {
        for (const pattern of String(at(dv.props, "dataView", "title") ?? "")
          .split(",")
          .map((p) => p.trim())) {
          const [cluster, index] = pattern.includes(":") ? pattern.split(":", 2) : [undefined, pattern];
          if (cluster !== undefined && !declaredLeader(leaders, cluster, index)) {
            report(
              `${label(dv)} searches "${pattern}" across clusters, but that remote index is not declared anonymised.`,
              dv.urn,
            );
          }
        }
      }
    },
  };
}

/** `access` of a cross-cluster API key: an object or, through the bridge, a JSON string. */
function accessOf(r: PolicyResource): unknown {
  const parsed = jsonProp(at(r.props, "access"));
  return parsed.ok ? parsed.value : undefined;
}

export function crossClusterKeysHideIdentifiers(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "cross-cluster-keys-hide-identifiers",
    description:
      "Cross-cluster API keys for search grant only fields that are not pseudonyms or dropped identifiers.",
    severity: "high",
    enforcementLevel,
    remediationSteps:
      "Give every access.search entry a field_security whose grant lists only kept / generalised fields " +
      "(dashboardFields(model)) or whose except lists every pseudonymised field.",
    configSchema: { properties: leadersSchema },
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      const identifiers = [...new Set(KNOWN_MODELS.flatMap(identifierFields))];
      for (const key of inv.elastic("ElasticsearchSecurityApiKey")) {
        if (at(key.props, "type") !== "cross_cluster") continue;
        const access = accessOf(key);
        if (access === undefined) {
          report(`${label(key)}: access is not valid JSON.`, key.urn);
          continue;
        }
        // The bridged SDK pluralises the blocks (`searches`, `replications`) and sends field security as JSON
        // (`fieldSecurity`, sdks/elasticstack ElasticsearchSecurityApiKeyAccessSearch); the ES API says `search`.
        const searches = [
          ...asArray(at(access, "searches")).map((e, i) => ({ e, where: `access.searches[${i}]` })),
          ...asArray(at(access, "search")).map((e, i) => ({ e, where: `access.search[${i}]` })),
        ];
        for (const { e: entry, where: path } of searches) {
          const raw = at(entry, "fieldSecurity") ?? at(entry, "field_security");
          const parsed = jsonProp(raw);
          const fls = parsed.ok ? parsed.value : undefined;
          const where = `${label(key)} ${path}`;
          if (at(entry, "allowRestrictedIndices") === true || at(entry, "allow_restricted_indices") === true)
            report(`${where} allows restricted indices.`, key.urn);
          if (asStrings(at(entry, "names")).some((n) => n.replace(/\*/g, "") === "" || n.startsWith(".")))
            report(`${where} searches every index or a system index.`, key.urn);
          if (!isObject(fls)) {
            report(
              `${where} has no field_security: every field, pseudonyms included, is searchable remotely.`,
              key.urn,
            );
            continue;
          }
          const grant = asStrings(fls.grant ?? fls.grants);
          const except = new Set(asStrings(fls.except ?? fls.excepts));
          const exposed = identifiers.filter((f) => !except.has(f) && grant.some((g) => globMatch(g, f)));
          if (exposed.length > 0)
            report(`${where} grants identifier field(s) ${exposed.join(", ")}.`, key.urn);
        }
      }
    },
  };
}

export interface LicenceConfig {
  licence: Licence;
}

/** Features the stack's resources use, with the licence each needs (Elastic subscriptions, research elastic.md). */
export function licensedFeatures(
  resources: PolicyResource[],
): { feature: string; needs: Licence; resource: PolicyResource }[] {
  const out: { feature: string; needs: Licence; resource: PolicyResource }[] = [];
  for (const r of resources) {
    if (
      isElastic(r.type, "ElasticsearchCcrFollowerIndex") ||
      isElastic(r.type, "ElasticsearchCcrAutoFollowPattern")
    ) {
      out.push({ feature: "cross-cluster replication", needs: "platinum", resource: r });
    }
    if (isElastic(r.type, "ElasticsearchSecurityApiKey") && at(r.props, "type") === "cross_cluster") {
      out.push({ feature: "API-key remote clusters", needs: "enterprise", resource: r });
    }
    if (r.type === K8S.elasticsearch && at(r.props, "spec", "remoteClusterServer", "enabled") === true) {
      out.push({ feature: "API-key remote cluster server", needs: "enterprise", resource: r });
    }
    if (isElastic(r.type, "ElasticsearchSecurityApiKey") || isElastic(r.type, "ElasticsearchSecurityRole")) {
      // Field and document security sit in the grants: one a preview does not know makes the policy wait for `up`
      // (touching it throws); the key material and ids the provider computes say nothing about either.
      void [at(r.props, "indices"), apiKeyRoleDescriptors(r.props), at(r.props, "access")];
      const text = JSON.stringify(knownPart(r.props));
      if (/field_?[sS]ecurity/.test(text))
        out.push({ feature: "field-level security", needs: "platinum", resource: r });
      if (/"query"\s*:/.test(text) || /\\"query\\"\s*:/.test(text)) {
        out.push({ feature: "document-level security", needs: "platinum", resource: r });
      }
    }
  }
  return out;
}

export function licenceCoversFeatures(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "licence-covers-features",
    description:
      "A stack that uses Platinum or Enterprise features (CCR, API-key remote clusters, FLS, DLS) declares that licence.",
    severity: "medium",
    enforcementLevel,
    remediationSteps:
      "Set am-dashboard:licence in Pulumi.<stack>.yaml and the same value under licence-covers-features.licence in " +
      "policies/config/<stack>.json, or drop the feature.",
    configSchema: {
      properties: {
        licence: {
          type: "string",
          enum: [...LICENCES],
          default: "basic",
          description: "The stack's licence (am-dashboard:licence).",
        },
      },
    },
    validateStack: (args, report) => {
      const licence = args.getConfig<LicenceConfig>().licence ?? "basic";
      for (const f of licensedFeatures(args.resources)) {
        if (!licenceCovers(licence, f.needs)) {
          report(
            `${label(f.resource)} uses ${f.feature}, which needs the ${f.needs} licence; the stack declares ${licence}.`,
            f.resource.urn,
          );
        }
      }
    },
  };
}

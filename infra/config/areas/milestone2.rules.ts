/**
 * Cross-field rules of milestone 2 (the keys are declared in `milestone2.ts`), called from `../rules.ts`. The licence,
 * leader and CIDR checks are also the ones the CCR link and NetworkPolicy components run (they import them from
 * here, `../licence` and `../formats`), so the config error and the component's refusal say the same thing.
 */
import type { ConfigIssue as Issue } from "../dsl";
import { cidrProblem } from "../formats";
import type { Licence } from "../../../contracts/licence";
import { globMatch } from "../../../contracts/wildcard";
import { licenceProblems } from "../licence";
import { REPLICABLE_MODELS } from "./milestone2";

/** One leader index (or pattern) and what produced it. */
export interface LeaderIndex {
  /** A concrete leader index to follow now (`ElasticsearchCcrFollowerIndex`). */
  index?: string;
  /** A pattern whose future indices are followed (`ElasticsearchCcrAutoFollowPattern`). */
  pattern?: string;
  /** Name of the DocumentModel whose classification produced the leader's documents. */
  model: string;
  /** Its classification revision, as deployed on the leader. */
  classificationRevision: number;
  /** Declared by the leader's owner: the documents were anonymised before they were written to the leader. */
  anonymisedAtSource: boolean;
}

/**
 * Reasons to refuse a leader; empty when it may be replicated. Why a leader must be anonymised at the source:
 * replication copies shard operations, so ingest pipelines (including `index.final_pipeline`) never run on a
 * follower index (elastic/elasticsearch #75428), and a replication key cannot carry document- or field-level
 * security. Whatever the leader stores, the follower stores. `models` maps model names to their revisions in this
 * commit. The CCR link component refuses the same leaders with the same sentences.
 */
export function leaderProblems(leader: LeaderIndex, models: Record<string, number>): string[] {
  const what = leader.index ?? leader.pattern ?? "(nothing)";
  const problems: string[] = [];
  if (!leader.index === !leader.pattern)
    problems.push(`leader "${what}" must give exactly one of index or pattern`);
  if (!leader.anonymisedAtSource) {
    problems.push(
      `leader "${what}" is not declared anonymised at the source; ingest pipelines do not run on follower indices, so replicating it would copy whatever it holds`,
    );
  }
  const current = models[leader.model];
  if (current === undefined) {
    problems.push(
      `leader "${what}" names model "${leader.model}", which this program does not know (known: ${Object.keys(models).join(", ")})`,
    );
  } else if (current !== leader.classificationRevision) {
    problems.push(
      `leader "${what}" was produced by ${leader.model} revision ${leader.classificationRevision}, but this program classifies revision ${current}: promote the leader stack first`,
    );
  }
  for (const p of [leader.index, leader.pattern]) {
    if (p !== undefined && (p.startsWith(".") || p.includes(":") || p === "*")) {
      problems.push(
        `leader "${p}" must name the anonymised index, not a system index, a remote or everything`,
      );
    }
  }
  return problems;
}

interface Milestone2View {
  milestone: 1 | 2;
  licence: Licence;
  features: { plannerConnector: boolean; dashboards: boolean };
  elasticsearch?: { nodeSets: { roles: string[] }[] };
  dashboards: { installationsIndexPattern: string };
  target?: { mode: "eck" | "existing"; elasticsearchUrl?: string; kibanaUrl?: string };
  replication?: {
    securityModel: "api-key" | "certificate";
    leader: { licence: Licence; remoteClusterCa?: { pem?: string; secret?: object } };
    indices: {
      index?: string;
      pattern?: string;
      model: string;
      classificationRevision: number;
      anonymisedAtSource: boolean;
    }[];
  };
  collectors?: {
    assistedInstaller?: {
      source: "kafka" | "opensearch";
      kafka?: object;
      opensearch?: object;
      index: string;
      aggregateIndex: string;
      image?: string;
      egressCidrs?: string[];
    };
    telemetry?: {
      clusterLabel: string;
      queries: { name: string; expr: string; groupBy?: string }[];
      egressCidrs?: string[];
    };
  };
  pseudonymisationKey?: string;
  targetPassword?: string;
  leaderPassword?: string;
  kafkaPassword?: string;
  opensearchPassword?: string;
  telemetryToken?: string;
}

const secretHint = (key: string, why: string) => `a secret (${why}): pulumi config set --secret ${key} ...`;

export function milestone2Issues(
  c: Milestone2View,
  deps: {
    queryProblem: (
      q: { name: string; expr: string; groupBy?: string },
      clusterLabel: string,
    ) => string | undefined;
    /** A refused breakdown and the query key at fault (checked first, so the error names that key). */
    breakdownProblem: (
      groupBy: string,
      expr: string,
      clusterLabel: string,
    ) => { key: "groupBy" | "expr"; message: string } | undefined;
  },
): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, found: string, allowed: string) => issues.push({ path, found, allowed });
  if (c.milestone === 1) {
    for (const key of ["target", "replication", "collectors"] as const) {
      if (c[key] !== undefined)
        add(key, "a milestone-2 section on a milestone 1 stack", "milestone: 2, or remove the section");
    }
    return issues;
  }
  if (!c.target) add("target", "nothing", "the target section (milestone 2 runs off the migration cluster)");
  if (c.features.plannerConnector) {
    add(
      "features.plannerConnector",
      "true on a milestone 2 stack",
      "false: the planner index arrives by replication from milestone 1",
    );
  }
  // Every dashboard reads a source this stack brings here: without one, the dashboards capability has nothing to show.
  const hasDashboardSource =
    (c.replication?.indices.some((i) => i.model === "planner") ?? false) ||
    c.collectors?.assistedInstaller !== undefined ||
    c.collectors?.telemetry !== undefined;
  if (c.features.dashboards && !hasDashboardSource) {
    add(
      "features.dashboards",
      "true with no source for any dashboard",
      "false, or a source: replication of a planner index (replication.indices, model planner), collectors.assistedInstaller or collectors.telemetry",
    );
  }
  if (c.target?.mode === "existing") {
    if (!c.target.elasticsearchUrl)
      add("target.elasticsearchUrl", "nothing", "the Elasticsearch URL (target.mode existing)");
    if (!c.target.kibanaUrl) add("target.kibanaUrl", "nothing", "the Kibana URL (target.mode existing)");
    if (c.targetPassword === undefined)
      add("targetPassword", "nothing", secretHint("targetPassword", "target.mode existing"));
  }
  const r = c.replication;
  if (r) {
    for (const p of licenceProblems(r.securityModel, c.licence, r.leader.licence)) {
      add("replication.securityModel", JSON.stringify(r.securityModel), p);
    }
    r.indices.forEach((leader, i) => {
      for (const p of leaderProblems(leader, REPLICABLE_MODELS))
        add(`replication.indices[${i}]`, JSON.stringify(leader.index ?? leader.pattern ?? null), p);
    });
    const caSources = (["pem", "secret"] as const).filter((k) => r.leader.remoteClusterCa?.[k]);
    if (r.securityModel === "api-key" && caSources.length !== 1) {
      add(
        "replication.leader.remoteClusterCa",
        caSources.length ? caSources.join(" and ") : "nothing",
        "exactly one of pem or secret {context, namespace, name}: the leader's remote cluster server presents a certificate of its transport CA, which the follower must trust",
      );
    }
    if (r.securityModel === "api-key" && c.target?.mode === "existing") {
      add(
        "replication.securityModel",
        '"api-key" with target.mode "existing"',
        '"certificate", or target.mode "eck": the program can put the cross-cluster key into the keystore only through ECK secureSettings',
      );
    }
    if (
      c.target?.mode === "eck" &&
      c.elasticsearch &&
      !c.elasticsearch.nodeSets.some((n) => n.roles.includes("remote_cluster_client"))
    ) {
      add(
        "elasticsearch.nodeSets",
        "no node with the remote_cluster_client role",
        "at least one node set with remote_cluster_client (the follower connects to the leader)",
      );
    }
    if (c.leaderPassword === undefined)
      add("leaderPassword", "nothing", secretHint("leaderPassword", "replication is configured"));
  }
  for (const key of ["assistedInstaller", "telemetry"] as const) {
    c.collectors?.[key]?.egressCidrs?.forEach((cidr, i) => {
      const problem = cidrProblem(cidr);
      if (problem) add(`collectors.${key}.egressCidrs[${i}]`, JSON.stringify(cidr), problem);
    });
  }
  const ai = c.collectors?.assistedInstaller;
  if (ai) {
    if (!ai[ai.source])
      add(
        `collectors.assistedInstaller.${ai.source}`,
        "nothing",
        `the ${ai.source} section (source is ${ai.source})`,
      );
    const password = ai.source === "kafka" ? "kafkaPassword" : "opensearchPassword";
    if (c[password] === undefined) add(password, "nothing", secretHint(password, `the ${ai.source} source`));
    if (ai.source === "opensearch" && !ai.image) {
      add(
        "collectors.assistedInstaller.image",
        "nothing",
        "an image with logstash-input-opensearch (the stock Logstash image does not ship it)",
      );
    }
    // pseudonymisationKey: generated when unset (components/generated-secrets).
    // Viewers read the pattern: it must reach the cells and never the per-installation staging documents, and the
    // collector's key (granted `<index>*`) must not reach the cells.
    const pattern = c.dashboards.installationsIndexPattern;
    if (globMatch(pattern, ai.index)) {
      add(
        "collectors.assistedInstaller.index",
        JSON.stringify(ai.index),
        `a staging index that dashboards.installationsIndexPattern ${JSON.stringify(pattern)} does not match (viewers read that pattern)`,
      );
    }
    if (!globMatch(pattern, ai.aggregateIndex)) {
      add(
        "collectors.assistedInstaller.aggregateIndex",
        JSON.stringify(ai.aggregateIndex),
        `an index matching dashboards.installationsIndexPattern ${JSON.stringify(pattern)}`,
      );
    } else if (globMatch(`${ai.index}*`, ai.aggregateIndex)) {
      add(
        "collectors.assistedInstaller.aggregateIndex",
        JSON.stringify(ai.aggregateIndex),
        `an index outside the collector's grant ${JSON.stringify(`${ai.index}*`)}`,
      );
    }
  }
  const tel = c.collectors?.telemetry;
  if (tel) {
    if (c.telemetryToken === undefined)
      add("telemetryToken", "nothing", secretHint("telemetryToken", "the telemetry collector"));
    tel.queries.forEach((q, i) => {
      const b =
        q.groupBy === undefined ? undefined : deps.breakdownProblem(q.groupBy, q.expr, tel.clusterLabel);
      if (b) {
        add(`collectors.telemetry.queries[${i}].${b.key}`, JSON.stringify(q[b.key]), b.message);
        return;
      }
      const p = deps.queryProblem(q, tel.clusterLabel);
      if (p) add(`collectors.telemetry.queries[${i}]`, JSON.stringify(q.expr), p);
    });
  }
  return issues;
}

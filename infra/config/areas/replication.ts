/**
 * Milestone 2: cross-cluster replication of anonymised indices from the milestone-1 Elasticsearch (the leader), and
 * its rules. `leaderProblems` and the licence rules are also what the CCR link component runs (it imports them from
 * here and `../licence`), so the config error and the component's refusal say the same thing. How replication
 * relates to the target (api-key needs ECK's keystore) is the target's rule (`target.ts`).
 */
import { plannerDocument } from "../../../anonymisation/planner/document";
import { arr, bool, int, issueList, obj, oneOf, optional, str, type ConfigIssue, type Parsed } from "../dsl";
import { LICENCES } from "../../../contracts/licence";
import { licenceProblems } from "../licence";
import {
  dnsLabel,
  dnsSubdomain,
  hostName,
  hostPort,
  httpsUrl,
  indexName,
  indexPattern,
  pemCertificate as pem,
} from "./formats";
import type { platformKeys } from "./platform";
import { secretHint, type secretSpecs } from "./secrets";

/** Document models whose indices may be replicated (anonymised at the source), with their revision in this commit. */
export const REPLICABLE_MODELS: Record<string, number> = { [plannerDocument.name]: plannerDocument.revision };

const aliasPattern = {
  pattern: /^[a-z0-9_-]{1,40}$/,
  patternText: "a remote cluster alias (a-z, 0-9, _ and -)",
} as const;
const licence = (doc: string) => oneOf(doc, LICENCES);

export const replicationKeys = {
  replication: optional(
    obj("Cross-cluster replication of anonymised indices from the milestone-1 Elasticsearch (the leader).", {
      alias: str("Remote cluster alias on this (follower) cluster.", aliasPattern),
      securityModel: oneOf(
        "api-key = cross-cluster API key (Enterprise on both clusters, needs target.mode eck for the keystore); certificate = TLS-certificate model (deprecated in 9.0; CCR still needs Platinum on both).",
        ["api-key", "certificate"] as const,
      ),
      leader: obj("The leader cluster.", {
        elasticsearchUrl: httpsUrl(
          "URL this program manages the leader through (cross-cluster key or leader role); password: secret leaderPassword.",
        ),
        username: optional(
          str("User on the leader that may create cross-cluster API keys / roles."),
          "elastic",
        ),
        caPem: optional(pem("PEM of the CA of the leader's HTTP endpoint when not publicly trusted.")),
        remoteClusterCa: optional(
          obj(
            "api-key: the leader's transport CA, which signs the certificate its remote cluster server presents (a passthrough Route shows the node's own); the follower trusts it. Exactly one of pem, secret.",
            {
              pem: optional(pem("The CA certificate itself (public, not a secret).")),
              secret: optional(
                obj(
                  "The Secret a milestone-1 leader publishes it in (its `remoteClusterServer.caSecret` output: `<es>-es-transport-certs-public`, key ca.crt), read from the leader's cluster.",
                  {
                    context: str("kubeconfig context of the leader's cluster."),
                    namespace: dnsLabel("Namespace of the Secret."),
                    name: dnsSubdomain("Name of the Secret."),
                  },
                ),
              ),
            },
          ),
        ),
        licence: licence("Licence of the leader cluster (the milestone-1 stack's `licence`)."),
        proxyAddress: hostPort(
          "host:port of the leader's remote cluster server (9443, API-key) or transport (9300, certificate).",
        ),
        serverName: optional(
          hostName("TLS server name (SNI) of the proxy address, for a Route or load balancer."),
        ),
        skipUnavailable: optional(bool("Searches skip the leader when it is unreachable."), true),
      }),
      indices: arr(
        "Leader indices (followed now) or patterns (auto-followed when created), each declared anonymised at the source.",
        obj("One leader index or pattern.", {
          index: optional(indexName("A concrete leader index, e.g. am-planner.")),
          pattern: optional(indexPattern("A leader index pattern, e.g. am-planner-*.")),
          model: str(
            "Name of the document model whose classification produced the leader's documents, e.g. planner-assessment.",
          ),
          classificationRevision: int("The classification revision deployed on the leader.", {
            min: 1,
            max: 1000,
          }),
          anonymisedAtSource: bool(
            "True only when the leader's documents were anonymised before they were written (ingest pipelines do not run on followers).",
          ),
        }),
        { min: 1, max: 20 },
      ),
    }),
  ),
} as const;

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

/** The replication section's own rules: licences, leaders, the remote cluster CA and the leader's password. */
export function replicationIssues(
  c: Parsed<typeof replicationKeys & typeof platformKeys & typeof secretSpecs>,
): ConfigIssue[] {
  const { issues, add } = issueList();
  const r = c.replication;
  // A milestone-1 stack refuses the whole section (`targetIssues`).
  if (c.milestone === 1 || !r) return issues;
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
  if (c.leaderPassword === undefined)
    add("leaderPassword", "nothing", secretHint("leaderPassword", "replication is configured"));
  return issues;
}

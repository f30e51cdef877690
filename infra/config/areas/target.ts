/**
 * Milestone 2: where this stack's Elasticsearch and Kibana run, outside the migration cluster; and the rules that
 * relate the milestone and the target to every other section (which sections a milestone-1 stack refuses, what an
 * existing deployment leaves out, what the replication's security model needs of the target). Secrets (target /
 * leader passwords, Kafka, OpenSearch, Telemetry credentials) are top-level secret keys (`secrets.ts`).
 */
import { issueList, obj, oneOf, optional, str, type ConfigIssue, type Parsed } from "../dsl";
import type { capabilityKeys } from "./capabilities";
import type { collectorKeys } from "./collectors";
import type { elasticKeys } from "./elastic";
import { httpsUrl, pemCertificate as pem } from "./formats";
import type { platformKeys } from "./platform";
import type { replicationKeys } from "./replication";
import { secretHint, type secretSpecs } from "./secrets";

export const targetKeys = {
  target: optional(
    obj("Milestone 2: where this stack's Elasticsearch and Kibana run, outside the migration cluster.", {
      mode: oneOf(
        "eck = ECK on a separate cluster (kubernetes.context names it; eck/elasticsearch/kibana/exposure apply as in milestone 1); existing = an existing deployment reached by URL (password: secret targetPassword).",
        ["eck", "existing"] as const,
      ),
      elasticsearchUrl: optional(
        httpsUrl("existing: Elasticsearch URL this program and the collectors use (no credentials in it)."),
      ),
      kibanaUrl: optional(httpsUrl("existing: Kibana URL (no credentials in it).")),
      username: optional(str("existing: user the program manages Elasticsearch and Kibana as."), "elastic"),
      caPem: optional(
        pem(
          "existing: PEM of the CA of Elasticsearch's endpoint (and Kibana's, unless kibanaCaPem is set) when not publicly trusted (public, not a secret).",
        ),
      ),
      kibanaCaPem: optional(
        pem("existing: PEM of the CA of Kibana's endpoint when another CA than Elasticsearch's signs it."),
      ),
    }),
  ),
} as const;

type TargetConfig = Parsed<
  typeof targetKeys &
    typeof replicationKeys &
    typeof collectorKeys &
    typeof elasticKeys &
    typeof platformKeys &
    typeof capabilityKeys &
    typeof secretSpecs
>;

/** What the milestone and the target decide for the other sections. */
export function targetIssues(c: TargetConfig): ConfigIssue[] {
  const { issues, add } = issueList();
  // An existing (milestone-2) deployment is configured, not deployed: the ECK cluster settings do not apply there.
  const existing = c.milestone === 2 && c.target?.mode === "existing";
  for (const key of ["elasticsearch", "kibana", "exposure"] as const) {
    if (existing && c[key]) {
      add(
        key,
        'settings with target.mode "existing"',
        "nothing: no Elasticsearch or Kibana is deployed then; remove the key",
      );
    } else if (!existing && !c[key]) {
      add(key, "nothing", `the ${key} section (this stack deploys Elasticsearch and Kibana with ECK)`);
    }
  }
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
  if (r?.securityModel === "api-key" && c.target?.mode === "existing") {
    add(
      "replication.securityModel",
      '"api-key" with target.mode "existing"',
      '"certificate", or target.mode "eck": the program can put the cross-cluster key into the keystore only through ECK secureSettings',
    );
  }
  if (
    r &&
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
  return issues;
}

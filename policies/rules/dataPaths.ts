/**
 * The stack-wide proof: every way data enters Elasticsearch passes an anonymisation point.
 * - connector → advanced sync rules over the read model (connector-reads-read-model-only) + final pipeline;
 * - Logstash / Beat collectors → their own filter for a declared model + final pipeline of that model;
 * - cross-cluster replication → a leader declared anonymised at the source;
 * - transforms → only from indices anonymised here into an index whose final pipeline is an aggregate model's (the
 *   installation cells; their k gate is viewers-read-aggregates-only's to check);
 * - nothing else writes: Elastic Agent, connectors without sync rules, other transforms and keys that write to
 *   indices no connector or collector owns are violations.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { ANONYMISATION_MODEL_ANNOTATION, WRITES_INDEX_ANNOTATION } from "../../contracts/annotations";
import { globMatch } from "../../contracts/wildcard";
import { asStrings, at, isDynamic, label, type Level } from "./common";
import { writableIndexNames } from "./anonymisation";
import { Inventory, isSystemIndex } from "./inventory";
import { isAggregateModel, modelNamed } from "./models";

export function everyDataPathAnonymised(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "every-data-path-anonymised",
    description:
      "Every path by which data enters Elasticsearch passes an anonymisation point derived from the classification.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Feed Elasticsearch only through components/planner-connector (read model + final pipeline), collectors " +
      `annotated ${ANONYMISATION_MODEL_ANNOTATION} and ${WRITES_INDEX_ANNOTATION} whose index has the model's final ` +
      "pipeline, or CCR from a leader declared anonymised.",
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      const owned: string[] = [];

      const rules = inv.dynamic("ConnectorSyncRules", ["connectorId", "rules"]);
      for (const c of inv.elastic("ElasticsearchConnector")) {
        const index = at(c.props, "indexName");
        if (typeof index === "string") owned.push(index);
        if (!rules.some((r) => at(r.props, "connectorId") === at(c.props, "connectorId"))) {
          report(
            `${label(c)} has no sync rules over the read model: it is a path around the anonymised read model.`,
            c.urn,
          );
        }
        if (typeof index === "string") {
          const cov = inv.coverage(index);
          if (cov.problem)
            report(
              `${label(c)} writes "${index}" without an anonymisation final pipeline: ${cov.problem}.`,
              c.urn,
            );
        }
      }

      for (const { resource, kind } of inv.collectors()) {
        if (kind === "agent") {
          report(
            `${label(resource)} is an Elastic Agent: it writes integrations' data with no anonymisation point.`,
            resource.urn,
          );
          continue;
        }
        const modelName = at(resource.props, "metadata", "annotations", ANONYMISATION_MODEL_ANNOTATION);
        const model = modelNamed(modelName);
        const indices = asStrings(
          at(resource.props, "metadata", "annotations", WRITES_INDEX_ANNOTATION),
        ).flatMap((s) => s.split(",").map((x) => x.trim()));
        if (!model) {
          report(
            `${label(resource)} declares no known anonymisation model (${ANONYMISATION_MODEL_ANNOTATION}).`,
            resource.urn,
          );
        }
        if (indices.length === 0) {
          report(
            `${label(resource)} does not declare the index it writes (${WRITES_INDEX_ANNOTATION}).`,
            resource.urn,
          );
        }
        for (const index of indices) {
          owned.push(index);
          const cov = inv.coverage(index);
          if (cov.problem)
            report(
              `${label(resource)} writes "${index}" without an anonymisation final pipeline: ${cov.problem}.`,
              resource.urn,
            );
          else if (model && cov.model && cov.model.name !== model.name) {
            report(
              `${label(resource)} filters for model ${model.name} but "${index}" is anonymised for ${cov.model.name}.`,
              resource.urn,
            );
          }
        }
      }

      // Replication is checked against the declared leaders by replication-from-anonymised-leaders; its follower
      // indices are owned by that path.
      for (const f of [...inv.elastic("ElasticsearchCcrFollowerIndex")])
        owned.push(...asStrings(at(f.props, "name")));
      const followsPattern = inv.elastic("ElasticsearchCcrAutoFollowPattern").length > 0;

      const ownedBy = (index: string) => owned.some((o) => globMatch(o, index) || globMatch(index, o));
      for (const t of inv.elastic("ElasticsearchTransform")) {
        const dest = at(t.props, "destination", "index");
        const sources = asStrings(at(t.props, "source", "indices"));
        const into = typeof dest === "string" ? inv.coverage(dest) : { problem: "no destination index" };
        const from = sources.map((s) => ({ s, c: inv.coverage(s) })).find((x) => x.c.problem);
        if (sources.length > 0 && !from && !into.problem && into.model && isAggregateModel(into.model))
          continue;
        report(
          `${label(t)} writes "${String(dest)}" from other indices: a transform is an anonymisation point only from anonymised indices into an aggregate index (${from ? `source "${from.s}": ${from.c.problem}` : (into.problem ?? `model ${into.model?.name} is not aggregate`)}).`,
          t.urn,
        );
      }
      for (const r of [
        ...inv.elastic("ElasticsearchSecurityApiKey"),
        ...inv.elastic("ElasticsearchSecurityRole"),
      ]) {
        for (const index of writableIndexNames(r.props)) {
          if (
            isSystemIndex(index) ||
            ownedBy(index) ||
            (followsPattern && at(r.props, "type") === "cross_cluster")
          )
            continue;
          report(
            `${label(r)} can write to "${index}", which no anonymised connector or collector owns.`,
            r.urn,
          );
        }
      }
      for (const r of args.resources.filter((x) => x.type.startsWith("pulumi-nodejs:dynamic"))) {
        // Dynamic resources other than the connector's own must not write documents (e.g. a bulk loader).
        if (
          isDynamic(r, "ConnectorSyncRules", ["connectorId", "rules"]) ||
          isDynamic(r, "ConnectorConfiguration", ["connectorId", "values"])
        )
          continue;
        if ("documents" in r.props || "bulk" in r.props) {
          report(
            `${label(r)} loads documents directly into Elasticsearch, bypassing every anonymisation point.`,
            r.urn,
          );
        }
      }
    },
  };
}

/**
 * The anonymisation point inside Elasticsearch: every index something writes to gets, from its index template,
 * an `index.final_pipeline` derived from the field classification, and that pipeline removes every field the
 * classification does not store (checked with `pipelineKeepsOnly`, the same checker the derivation is tested with).
 */
import type { estypes } from "@elastic/elasticsearch";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { pipelineKeepsOnly } from "../../anonymisation/derive";
import { WRITES_INDEX_ANNOTATION } from "../../contracts/annotations";
import {
  apiKeyRoleDescriptors,
  asArray,
  asStrings,
  at,
  isElastic,
  isObject,
  jsonProp,
  label,
  setting,
  type Level,
} from "./common";
import { followerIndices, Inventory, isSystemIndex, WRITE_PRIVILEGES } from "./inventory";
import { modelNamed } from "./models";

export function pipelinesKeepOnlyClassifiedFields(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "pipelines-keep-only-classified-fields",
    description:
      "Every ingest pipeline names its classification and removes every field that classification does not store.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Build the pipeline with anonymisationPipeline(model, …) from anonymisation/derive and pass its _meta as the " +
      "resource's metadata; do not edit processors by hand.",
    validateResource: (args, report) => {
      if (!isElastic(args.type, "ElasticsearchIngestPipeline")) args.notApplicable("not an ingest pipeline");
      const meta = jsonProp(at(args.props, "metadata"));
      const model = meta.ok && isObject(meta.value) ? modelNamed(meta.value.model) : undefined;
      if (!model) {
        return report(
          `${label(args)} does not name a known classification in its metadata (_meta.model), so nothing proves it anonymises.`,
        );
      }
      const processors: unknown[] = [];
      for (const [i, p] of asArray(at(args.props, "processors")).entries()) {
        const parsed = jsonProp(p);
        if (!parsed.ok) return report(`${label(args)}: processor ${i} is not valid JSON.`);
        processors.push(parsed.value);
      }
      const onFailure = asArray(at(args.props, "onFailure"))
        .map((p) => jsonProp(p))
        .map((p) => (p.ok ? p.value : {}));
      const body = {
        processors,
        ...(onFailure.length ? { on_failure: onFailure } : {}),
        _meta: meta.ok ? meta.value : undefined,
      } as estypes.IngestPipeline;
      for (const problem of pipelineKeepsOnly(body, model))
        report(`${label(args)} (model ${model.name}): ${problem}.`);
    },
  };
}

export function templatesSetFinalPipeline(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "templates-set-anonymisation-final-pipeline",
    description: "Every index template sets index.final_pipeline and names the classification it follows.",
    severity: "critical",
    enforcementLevel,
    remediationSteps: "Build the template with indexTemplate(model, …) from anonymisation/derive.",
    validateResource: (args, report) => {
      if (!isElastic(args.type, "ElasticsearchIndexTemplate")) args.notApplicable("not an index template");
      const settings = jsonProp(at(args.props, "template", "settings"));
      if (!settings.ok) return report(`${label(args)}: template.settings is not valid JSON.`);
      const fp = setting(settings.value, "index.final_pipeline");
      if (typeof fp !== "string" || fp === "" || fp === "_none") {
        report(
          `${label(args)} does not set index.final_pipeline: documents would reach its indices unfiltered.`,
        );
      }
      const meta = jsonProp(at(args.props, "metadata"));
      if (!(meta.ok && isObject(meta.value) && modelNamed(meta.value.model))) {
        report(`${label(args)} does not name a known classification in its metadata (_meta.model).`);
      }
    },
  };
}

/** Every index the stack's writers put documents into, with who writes it. */
export function writtenIndices(inv: Inventory): { index: string; writer: string; urn: string }[] {
  const out: { index: string; writer: string; urn: string }[] = [];
  for (const c of inv.elastic("ElasticsearchConnector")) {
    const index = at(c.props, "indexName");
    if (typeof index === "string") out.push({ index, writer: label(c), urn: c.urn });
  }
  for (const { resource } of inv.collectors()) {
    for (const index of asStrings(
      at(resource.props, "metadata", "annotations", WRITES_INDEX_ANNOTATION),
    ).flatMap((s) => s.split(","))) {
      out.push({ index: index.trim(), writer: label(resource), urn: resource.urn });
    }
  }
  for (const t of inv.elastic("ElasticsearchTransform")) {
    const dest = at(t.props, "destination", "index");
    if (typeof dest === "string") out.push({ index: dest, writer: label(t), urn: t.urn });
  }
  for (const r of [
    ...inv.elastic("ElasticsearchSecurityApiKey"),
    ...inv.elastic("ElasticsearchSecurityRole"),
  ]) {
    for (const names of writableIndexNames(r.props)) out.push({ index: names, writer: label(r), urn: r.urn });
  }
  // Follower indices are written by replication, which replication-from-anonymised-leaders checks.
  const followers = new Set(followerIndices(inv.resources).map((f) => f.index));
  return out.filter((w) => !isSystemIndex(w.index) && !followers.has(w.index));
}

/** Index names granted a write privilege by an API key's role descriptors or a role's `indices`. */
export function writableIndexNames(props: Record<string, unknown>): string[] {
  const entries: unknown[] = [];
  const descriptors = jsonProp(apiKeyRoleDescriptors(props));
  if (descriptors.ok && isObject(descriptors.value)) {
    for (const d of Object.values(descriptors.value)) entries.push(...asArray(at(d, "indices")));
  }
  entries.push(...asArray(at(props, "indices")));
  return entries
    .filter((e) => asStrings(at(e, "privileges")).some((p) => WRITE_PRIVILEGES.includes(p)))
    .flatMap((e) => asStrings(at(e, "names")));
}

export function writtenIndicesHaveFinalPipeline(enforcementLevel: Level): StackValidationPolicy {
  return {
    name: "written-indices-have-final-pipeline",
    description:
      "Every index a connector, collector, transform or write-privileged key writes to has an index template in the " +
      "stack whose index.final_pipeline is an anonymisation pipeline derived from the classification.",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Create the index template (indexTemplate) and the pipeline (anonymisationPipeline) for the index before its " +
      "writer, e.g. through components/planner-connector.",
    validateStack: (args, report) => {
      const inv = new Inventory(args.resources);
      for (const w of writtenIndices(inv)) {
        const c = inv.coverage(w.index);
        if (c.problem) report(`${w.writer} writes "${w.index}", but ${c.problem}.`, w.urn);
      }
    },
  };
}

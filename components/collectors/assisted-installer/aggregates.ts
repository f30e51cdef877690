/**
 * The aggregate side of the Assisted Installer path as elasticstack resources: the aggregate index's anonymisation
 * point (an `AnonymisedIndex` of the cells model: strict mappings, no pseudonym field) and, when a staging index feeds
 * it, one continuous transform per facet (bodies from `transform.ts`).
 */
import * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import { installationCells } from "../../../anonymisation/assisted-installer/cells";
import { childName } from "../../../infra/naming";
import { AnonymisedIndex } from "../../anonymised-index";
import { installationTransforms, type InstallationTransformsArgs, type TransformBody } from "./transform";

/** Provider inputs of one transform (the bridged SDK takes the nested bodies as JSON strings). */
export function transformResourceArgs(t: TransformBody): elasticstack.ElasticsearchTransformArgs {
  return {
    name: t.id,
    description: t.description,
    source: { indices: t.source.index, query: JSON.stringify(t.source.query) },
    destination: { index: t.dest.index },
    pivot: JSON.stringify(t.pivot),
    sync: { time: { field: t.sync.time.field, delay: t.sync.time.delay } },
    frequency: t.frequency,
    deduceMappings: t.settings.deduce_mappings,
    metadata: JSON.stringify(t._meta),
    // Running, continuously; the staging index may not exist before the collector's first write.
    enabled: true,
    deferValidation: true,
  };
}

/** The aggregate index and the transforms that fill it from the staging index, under `opts.parent` (its provider). */
export function installationAggregates(
  name: string,
  args: InstallationTransformsArgs,
  opts: { parent: pulumi.Resource; dependsOn?: pulumi.Resource[] },
): elasticstack.ElasticsearchTransform[] {
  // Any write to the aggregate index passes the cells model's final pipeline (no pseudonym field survives).
  const guard = new AnonymisedIndex(
    childName(name, "cells"),
    { model: installationCells, index: args.aggregateIndex, helperFields: [] },
    opts,
  );
  return installationTransforms(args).map(
    (t) =>
      new elasticstack.ElasticsearchTransform(childName(name, t.facet), transformResourceArgs(t), {
        ...opts,
        // The destination's template must exist before a transform first writes (and so creates) the index.
        dependsOn: [...(opts.dependsOn ?? []), guard.template, guard.pipeline],
      }),
  );
}

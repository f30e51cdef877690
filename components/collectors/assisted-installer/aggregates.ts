/**
 * The aggregate side of the Assisted Installer path as elasticstack resources: the aggregate index's template and
 * final pipeline (strict mappings of the cells model, no pseudonym field) and, when a staging index feeds it, one
 * continuous transform per facet (bodies from `transform.ts`).
 */
import * as elasticstack from "@pulumi/elasticstack";
import type * as pulumi from "@pulumi/pulumi";
import { installationCells } from "../../../anonymisation/assisted-installer/cells";
import { childName } from "../../../infra/naming";
import { anonymisedIndex } from "../elastic";
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

/** Guards the aggregate index with the cells model: any write to it passes the cells' final pipeline. */
export function aggregateIndex(
  name: string,
  index: string,
  opts: { parent?: pulumi.Resource; provider: elasticstack.Provider; dependsOn?: pulumi.Resource[] },
) {
  return anonymisedIndex(name, { model: installationCells, index, helperFields: [] }, opts);
}

/** The aggregate index and the transforms that fill it from the staging index. */
export function installationAggregates(
  name: string,
  args: InstallationTransformsArgs,
  opts: { parent: pulumi.Resource; provider: elasticstack.Provider; dependsOn?: pulumi.Resource[] },
): elasticstack.ElasticsearchTransform[] {
  const guard = aggregateIndex(childName(name, "cells"), args.aggregateIndex, opts);
  return installationTransforms(args).map(
    (t) =>
      new elasticstack.ElasticsearchTransform(childName(name, t.facet), transformResourceArgs(t), {
        ...opts,
        // The destination's template must exist before a transform first writes (and so creates) the index.
        dependsOn: [...(opts.dependsOn ?? []), guard.template, guard.pipeline],
      }),
  );
}

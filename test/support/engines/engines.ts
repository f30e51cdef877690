/**
 * Where the built engines are, for tests. Every accessor fails with "run npm run engines" when an engine is missing or
 * was built from an older recipe: an engine test never skips silently.
 */
import * as path from "node:path";
import { enginesBinDir, requireEngine } from "../../../engines/engine";
import { elasticOperator, ECK_CHART_PATH } from "../../../engines/elastic-operator/engine";
import { ENGINES } from "../../../engines/registry";
import {
  TF_PLUGIN_CACHE,
  terraformProviderElasticstack,
} from "../../../engines/terraform-provider-elasticstack/engine";

/** The shared `bin/` folder (every engine's executables), after checking that the named engines are built. */
export function enginesBin(...names: string[]): string {
  for (const name of names) {
    const engine = ENGINES.find((e) => e.name === name);
    if (!engine) throw new Error(`unknown engine ${name}`);
    requireEngine(engine);
  }
  return enginesBinDir();
}

/** An executable of a built engine, by file name (e.g. `kube-apiserver`). */
export function engineBinary(engine: string, binary: string): string {
  enginesBin(engine);
  return path.join(enginesBinDir(), binary);
}

/** `PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`: the Terraform plugin cache holding terraform-provider-elasticstack. */
export function tfPluginCacheDir(): string {
  return path.join(requireEngine(terraformProviderElasticstack), TF_PLUGIN_CACHE);
}

/** The ECK operator's Helm chart (from the same module as the built operator). */
export function eckChartDir(): string {
  return path.join(requireEngine(elasticOperator), ECK_CHART_PATH);
}

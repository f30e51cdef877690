/**
 * Where the built engines are, for tests. Every accessor fails with "run npm run engines" when an engine is missing or
 * was built from an older recipe: an engine test never skips silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { requireEngine } from "../../../engines/engine";
import { elasticOperator, ECK_CHART_PATH } from "../../../engines/elastic-operator/engine";
import { ENGINES } from "../../../engines/registry";
import {
  ELASTICSTACK_PLUGIN_PATH,
  terraformProviderElasticstack,
} from "../../../engines/terraform-provider-elasticstack/engine";
import {
  RANDOM_PLUGIN_PATH,
  terraformProviderRandom,
} from "../../../engines/terraform-provider-random/engine";
import { mergedPluginCache } from "../../../engines/tfPlugins";

function engine(name: string) {
  const found = ENGINES.find((e) => e.name === name);
  if (!found) throw new Error(`unknown engine ${name}`);
  return found;
}

/**
 * A folder of links to the executables of the named engines, as built from this checkout's recipes (the shared
 * `<cache>/bin` holds whatever any checkout built last). For PATH.
 */
export function enginesBin(into: string, ...names: string[]): string {
  const bin = path.join(into, "bin");
  fs.mkdirSync(bin, { recursive: true });
  for (const name of names) {
    const dir = requireEngine(engine(name));
    for (const rel of engine(name).binaries) {
      const link = path.join(bin, path.basename(rel));
      fs.rmSync(link, { force: true });
      fs.symlinkSync(path.join(dir, rel), link);
    }
  }
  return bin;
}

/** An executable of a built engine, by file name (e.g. `kube-apiserver`). */
export function engineBinary(name: string, binary: string): string {
  const rel = engine(name).binaries.find((b) => path.basename(b) === binary);
  if (!rel) throw new Error(`engine ${name} has no binary ${binary}`);
  return path.join(requireEngine(engine(name)), rel);
}

/** The Terraform providers the bridge can find, by engine name, with their paths inside the engine folder. */
const TF_PROVIDERS = [
  { engine: terraformProviderElasticstack, rel: ELASTICSTACK_PLUGIN_PATH },
  { engine: terraformProviderRandom, rel: RANDOM_PLUGIN_PATH },
];

/**
 * `PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`: one Terraform plugin cache (made in `into`) holding the named provider engines
 * (default: every one, terraform-provider-elasticstack and terraform-provider-random).
 */
export function tfPluginCacheDir(into: string, names?: readonly string[]): string {
  return mergedPluginCache(
    path.join(into, "tf-plugins"),
    TF_PROVIDERS.filter((p) => !names || names.includes(p.engine.name)).map((p) => ({
      dir: requireEngine(p.engine),
      rel: p.rel,
    })),
  );
}

/** The ECK operator's Helm chart (from the same module as the built operator). */
export function eckChartDir(): string {
  return path.join(requireEngine(elasticOperator), ECK_CHART_PATH);
}

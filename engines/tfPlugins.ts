/**
 * Terraform providers for the dynamic bridge, which reads one OpenTofu unpacked provider cache
 * (`PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`) before it would download anything. Each provider engine lays its binary out
 * in its own `plugins/` folder; `mergedPluginCache` links several of them into one cache for a run.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The plugin cache folder inside a provider engine's folder. */
export const TF_PLUGIN_CACHE = "plugins";

/** `plugins/registry.opentofu.org/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>_v<version>`. */
export function tfPluginPath(namespace: string, type: string, version: string): string {
  return path.join(
    TF_PLUGIN_CACHE,
    "registry.opentofu.org",
    namespace,
    type,
    version,
    `${process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`,
    `terraform-provider-${type}_v${version}`,
  );
}

/**
 * One cache holding every given provider (`<engine dir>/<tfPluginPath>` each): real folders, the executables linked.
 * Returns the folder to pass as `PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`.
 */
export function mergedPluginCache(into: string, plugins: readonly { dir: string; rel: string }[]): string {
  for (const { dir, rel } of plugins) {
    const link = path.join(into, rel);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(dir, rel), link);
  }
  return path.join(into, TF_PLUGIN_CACHE);
}

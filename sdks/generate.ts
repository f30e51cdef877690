/**
 * `npm run sdk:generate [-- elasticstack|random]`: regenerates `sdks/elasticstack` and `sdks/random` with the real
 * tools: the Pulumi CLI, the Node.js language host (its code generator) and the Terraform dynamic bridge, from
 * terraform-provider-elasticstack 0.16.2 and terraform-provider-random 3.9.0 built by `npm run engines` and seeded in
 * the bridge's plugin cache (nothing is downloaded). Each command is the local-SDK half of
 * `pulumi package add terraform-provider <provider> <version>` (which also edits Pulumi.yaml and package.json,
 * already done here):
 *
 *   pulumi package gen-sdk <cache>/pulumi-resource-terraform-provider/3.120.0/bin/pulumi-resource-terraform-provider \
 *     elastic/elasticstack 0.16.2 --language nodejs --local --out <tmp>
 *
 * (the bridge binary by path: given by name, gen-sdk downloads the plugin instead of using the one on PATH).
 *
 * The generated folder replaces `sdks/<name>` as it is; nothing in it is edited by hand.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { requireEngine } from "../engines/engine";
import { ENGINES } from "../engines/registry";
import {
  ELASTICSTACK_PLUGIN_PATH,
  ELASTICSTACK_VERSION,
  terraformProviderElasticstack,
} from "../engines/terraform-provider-elasticstack/engine";
import {
  RANDOM_PLUGIN_PATH,
  RANDOM_VERSION,
  terraformProviderRandom,
} from "../engines/terraform-provider-random/engine";
import { mergedPluginCache } from "../engines/tfPlugins";
import type { Engine } from "../engines/engine";

/** A Terraform provider whose SDK is generated into `sdks/<name>`. */
interface BridgedPackage {
  readonly name: string;
  /** `<namespace>/<type>` in the registry. */
  readonly provider: string;
  readonly version: string;
  readonly engine: Engine;
  /** The provider's path in its engine folder (an OpenTofu unpacked cache). */
  readonly pluginPath: string;
}

export const PACKAGES: readonly BridgedPackage[] = [
  {
    name: "elasticstack",
    provider: "elastic/elasticstack",
    version: ELASTICSTACK_VERSION,
    engine: terraformProviderElasticstack,
    pluginPath: ELASTICSTACK_PLUGIN_PATH,
  },
  {
    name: "random",
    provider: "hashicorp/random",
    version: RANDOM_VERSION,
    engine: terraformProviderRandom,
    pluginPath: RANDOM_PLUGIN_PATH,
  },
];

/** `<bridge>`: the built `pulumi-resource-terraform-provider` (gen-sdk would otherwise download the plugin). */
export const GENERATE_ARGS = (bridge: string, pkg: BridgedPackage = PACKAGES[0]) => [
  "package",
  "gen-sdk",
  bridge,
  pkg.provider,
  pkg.version,
  "--language",
  "nodejs",
  "--local",
];

/**
 * The type errors the generated SDK is known to have: the provider has a resource `elasticstack_elasticsearch_ml_datafeed_state`
 * whose class name `ElasticsearchMlDatafeedState` is also the state type the generator writes for
 * `elasticstack_elasticsearch_ml_datafeed`, so `index.ts` declares that name twice (TS2323/TS2484). The emitted
 * JavaScript is unaffected (the state type is an interface, erased); any other error fails the generation.
 */
const KNOWN_ERRORS = /^index\.ts\(\d+,\d+\): error TS(2323|2484): .*'ElasticsearchMlDatafeedState'\.$/;

/**
 * What the generated package's own `scripts/postinstall.js` does (npm runs no install scripts here, so its `bin/` is
 * built now and committed): `tsc --types node` in the package with its tsconfig, then package.json copied to `bin/`.
 */
function compile(dir: string): number {
  const tsc = path.join(__dirname, "..", "node_modules", ".bin", "tsc");
  console.log(`tsc --types node (in sdks/${path.basename(dir)}, as its postinstall script)`);
  const result = spawnSync(tsc, ["--types", "node"], { cwd: dir, encoding: "utf8" });
  const errors = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "" && !KNOWN_ERRORS.test(line.trim()));
  if (errors.length > 0 || !fs.existsSync(path.join(dir, "bin", "index.js"))) {
    console.error(errors.join("\n") || "tsc emitted no bin/index.js");
    return 1;
  }
  fs.copyFileSync(path.join(dir, "package.json"), path.join(dir, "bin", "package.json"));
  return 0;
}

/** Links to the CLI and the language host as built from this checkout (not whatever `<cache>/bin` holds). */
function binDir(tmp: string): string {
  const bin = path.join(tmp, "bin");
  fs.mkdirSync(bin);
  for (const name of ["pulumi", "pulumi-language-nodejs"]) {
    const engine = ENGINES.find((e) => e.name === name)!;
    for (const rel of engine.binaries)
      fs.symlinkSync(path.join(requireEngine(engine), rel), path.join(bin, path.basename(rel)));
  }
  return bin;
}

function generate(pkg: BridgedPackage, bridge: string, tmp: string, env: NodeJS.ProcessEnv): number {
  const out = path.join(tmp, `out-${pkg.name}`);
  const args = [...GENERATE_ARGS(bridge, pkg), "--out", out];
  console.log(`pulumi ${args.join(" ")}`);
  const result = spawnSync("pulumi", args, { cwd: tmp, stdio: "inherit", env });
  if (result.status !== 0) return result.status ?? 1;
  const generated = path.join(out, "nodejs");
  if (!fs.existsSync(path.join(generated, "package.json"))) {
    console.error(`the generator wrote no ${generated}/package.json`);
    return 1;
  }
  const target = path.join(__dirname, pkg.name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(generated, target, { recursive: true });
  console.log(`sdks/${pkg.name} regenerated (${fs.readdirSync(target).length} entries)`);
  return compile(target);
}

function main(names: string[]): number {
  for (const name of ["pulumi", "pulumi-language-nodejs", "pulumi-resource-terraform-provider"]) {
    requireEngine(ENGINES.find((e) => e.name === name)!);
  }
  const unknown = names.filter((n) => !PACKAGES.some((p) => p.name === n));
  if (unknown.length > 0) {
    console.error(`unknown package ${unknown.join(", ")}: one of ${PACKAGES.map((p) => p.name).join(", ")}`);
    return 2;
  }
  const selected = names.length > 0 ? PACKAGES.filter((p) => names.includes(p.name)) : PACKAGES;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "am-sdk-generate-"));
  try {
    const cache = mergedPluginCache(
      path.join(tmp, "tf-plugins"),
      selected.map((p) => ({ dir: requireEngine(p.engine), rel: p.pluginPath })),
    );
    const bridge = path.join(
      requireEngine(ENGINES.find((e) => e.name === "pulumi-resource-terraform-provider")!),
      "bin",
      "pulumi-resource-terraform-provider",
    );
    const env = {
      ...process.env,
      PATH: `${binDir(tmp)}${path.delimiter}${process.env.PATH ?? ""}`,
      PULUMI_HOME: path.join(tmp, "home"),
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR: cache,
    };
    for (const pkg of selected) {
      const code = generate(pkg, bridge, tmp, env);
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

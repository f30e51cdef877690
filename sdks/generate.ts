/**
 * `npm run sdk:generate`: regenerates `sdks/elasticstack` with the real tools: the Pulumi CLI, the Node.js language
 * host (its code generator) and the Terraform dynamic bridge, from terraform-provider-elasticstack 0.16.2 built by
 * `npm run engines` and seeded in the bridge's plugin cache (nothing is downloaded). The command is the local-SDK
 * half of `pulumi package add terraform-provider elastic/elasticstack 0.16.2` (which also edits Pulumi.yaml and
 * package.json, already done here):
 *
 *   pulumi package gen-sdk <cache>/pulumi-resource-terraform-provider/3.120.0/bin/pulumi-resource-terraform-provider \
 *     elastic/elasticstack 0.16.2 --language nodejs --local --out <tmp>
 *
 * (the bridge binary by path: given by name, gen-sdk downloads the plugin instead of using the one on PATH).
 *
 * The generated folder replaces `sdks/elasticstack` as it is; nothing in it is edited by hand.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { requireEngine } from "../engines/engine";
import { ENGINES } from "../engines/registry";
import {
  ELASTICSTACK_VERSION,
  TF_PLUGIN_CACHE,
  terraformProviderElasticstack,
} from "../engines/terraform-provider-elasticstack/engine";

/** `<bridge>`: the built `pulumi-resource-terraform-provider` (gen-sdk would otherwise download the plugin). */
export const GENERATE_ARGS = (bridge: string) => [
  "package",
  "gen-sdk",
  bridge,
  "elastic/elasticstack",
  ELASTICSTACK_VERSION,
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
  console.log(`tsc --types node (in sdks/elasticstack, as its postinstall script)`);
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

function main(): number {
  for (const name of ["pulumi", "pulumi-language-nodejs", "pulumi-resource-terraform-provider"]) {
    requireEngine(ENGINES.find((e) => e.name === name)!);
  }
  const cache = path.join(requireEngine(terraformProviderElasticstack), TF_PLUGIN_CACHE);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "am-sdk-generate-"));
  try {
    const out = path.join(tmp, "out");
    const bridge = path.join(
      requireEngine(ENGINES.find((e) => e.name === "pulumi-resource-terraform-provider")!),
      "bin",
      "pulumi-resource-terraform-provider",
    );
    const args = [...GENERATE_ARGS(bridge), "--out", out];
    console.log(`pulumi ${args.join(" ")}`);
    const result = spawnSync("pulumi", args, {
      cwd: tmp,
      stdio: "inherit",
      env: {
        ...process.env,
        PATH: `${binDir(tmp)}${path.delimiter}${process.env.PATH ?? ""}`,
        PULUMI_HOME: path.join(tmp, "home"),
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR: cache,
      },
    });
    if (result.status !== 0) return result.status ?? 1;
    const generated = path.join(out, "nodejs");
    if (!fs.existsSync(path.join(generated, "package.json"))) {
      console.error(`the generator wrote no ${generated}/package.json`);
      return 1;
    }
    const target = path.join(__dirname, "elasticstack");
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(generated, target, { recursive: true });
    console.log(`sdks/elasticstack regenerated (${fs.readdirSync(target).length} entries)`);
    return compile(target);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(main());

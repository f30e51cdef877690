/**
 * `npm run sdk:generate`: regenerates `sdks/elasticstack` with the real tools: the Pulumi CLI, the Node.js language
 * host (its code generator) and the Terraform dynamic bridge, from terraform-provider-elasticstack 0.16.2 built by
 * `npm run engines` and seeded in the bridge's plugin cache (nothing is downloaded). The command is the local-SDK
 * half of `pulumi package add terraform-provider elastic/elasticstack 0.16.2` (which also edits Pulumi.yaml and
 * package.json, already done here):
 *
 *   pulumi package gen-sdk terraform-provider elastic/elasticstack 0.16.2 --language nodejs --local --out <tmp>
 *
 * The generated folder replaces `sdks/elasticstack` as it is; nothing in it is edited by hand.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { enginesBinDir, requireEngine } from "../engines/engine";
import { ENGINES } from "../engines/registry";
import {
  ELASTICSTACK_VERSION,
  TF_PLUGIN_CACHE,
  terraformProviderElasticstack,
} from "../engines/terraform-provider-elasticstack/engine";

export const GENERATE_ARGS = [
  "package",
  "gen-sdk",
  "terraform-provider",
  "elastic/elasticstack",
  ELASTICSTACK_VERSION,
  "--language",
  "nodejs",
  "--local",
];

function main(): number {
  for (const name of ["pulumi", "pulumi-language-nodejs", "pulumi-resource-terraform-provider"]) {
    requireEngine(ENGINES.find((e) => e.name === name)!);
  }
  const cache = path.join(requireEngine(terraformProviderElasticstack), TF_PLUGIN_CACHE);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "am-sdk-generate-"));
  try {
    const out = path.join(tmp, "out");
    const args = [...GENERATE_ARGS, "--out", out];
    console.log(`pulumi ${args.join(" ")}`);
    const result = spawnSync("pulumi", args, {
      cwd: tmp,
      stdio: "inherit",
      env: {
        ...process.env,
        PATH: `${enginesBinDir()}${path.delimiter}${process.env.PATH ?? ""}`,
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
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(main());

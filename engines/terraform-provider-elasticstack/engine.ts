/**
 * The Terraform provider elastic/elasticstack 0.16.2, laid out as an OpenTofu unpacked provider cache, which is where
 * the dynamic bridge looks before any download (`PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`):
 * `<dir>/plugins/registry.opentofu.org/elastic/elasticstack/0.16.2/linux_amd64/terraform-provider-elasticstack_v0.16.2`.
 * Its go.mod replaces a lint module with a local folder that is not published; the main package never imports it, so
 * the wrapper replaces it with an empty stub module (engines/terraform-provider-elasticstack/stub).
 * 0.16.3 is not served by the proxy here (403), hence 0.16.2.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const ELASTICSTACK_VERSION = "0.16.2";

/** The plugin cache folder inside the engine folder: the value for `PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR`. */
export const TF_PLUGIN_CACHE = "plugins";

/** The provider's path relative to the engine folder. */
export const ELASTICSTACK_PLUGIN_PATH = path.join(
  TF_PLUGIN_CACHE,
  "registry.opentofu.org",
  "elastic",
  "elasticstack",
  ELASTICSTACK_VERSION,
  `${process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`,
  `terraform-provider-elasticstack_v${ELASTICSTACK_VERSION}`,
);

export const terraformProviderElasticstack: Engine = {
  name: "terraform-provider-elasticstack",
  version: ELASTICSTACK_VERSION,
  source: `github.com/elastic/terraform-provider-elasticstack@v${ELASTICSTACK_VERSION} (wrapper engines/terraform-provider-elasticstack)`,
  remedy:
    `check that the Go module proxy serves github.com/elastic/terraform-provider-elasticstack@v${ELASTICSTACK_VERSION}; ` +
    "the build needs about 5 GB of memory (generated Kibana client)",
  binaries: [],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "terraform-provider-elasticstack",
      programs: [
        {
          pkg: "github.com/elastic/terraform-provider-elasticstack",
          out: "terraform-provider-elasticstack",
          ldflags: [`-X main.version=${ELASTICSTACK_VERSION}`],
        },
      ],
    });
    const target = path.join(ctx.outDir, ELASTICSTACK_PLUGIN_PATH);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(ctx.outDir, "bin", "terraform-provider-elasticstack"), target);
    fs.rmSync(path.join(ctx.outDir, "bin"), { recursive: true, force: true });
  },
};

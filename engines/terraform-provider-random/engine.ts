/**
 * The Terraform provider hashicorp/random 3.9.0, for `@pulumi/random`'s resources through the dynamic bridge (the
 * Pulumi-built `pulumi/pulumi-random` module is refused by the proxy here). Laid out as an OpenTofu unpacked provider
 * cache like terraform-provider-elasticstack:
 * `<dir>/plugins/registry.opentofu.org/hashicorp/random/3.9.0/linux_amd64/terraform-provider-random_v3.9.0`.
 *
 * The module declares its path as `github.com/terraform-providers/terraform-provider-random` (the organisation's old
 * name) and tags no Go-module versions past v2: the proxy serves its v3 sources only as pseudo-versions of that path.
 * `v1.3.2-0.20260513075824-f8d869dc98d9` is the commit of 13 May 2026, the day after the 3.9.0 release: its
 * `version/VERSION` says 3.9.0, its CHANGELOG tops at 3.9.0, and its sources equal the later
 * `v1.3.2-0.20260824155315-e1092b0cfc07` apart from CI workflows. That it is exactly the v3.9.0 tag is not verified.
 */
import * as path from "node:path";
import * as fs from "node:fs";
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";
import { TF_PLUGIN_CACHE, tfPluginPath } from "../tfPlugins";

export const RANDOM_VERSION = "3.9.0";
export const RANDOM_MODULE = "github.com/terraform-providers/terraform-provider-random";
export const RANDOM_PSEUDO_VERSION = "v1.3.2-0.20260513075824-f8d869dc98d9";

/** The provider's path relative to the engine folder. */
export const RANDOM_PLUGIN_PATH = tfPluginPath("hashicorp", "random", RANDOM_VERSION);

export const terraformProviderRandom: Engine = {
  name: "terraform-provider-random",
  version: RANDOM_VERSION,
  source: `${RANDOM_MODULE}@${RANDOM_PSEUDO_VERSION} (= 3.9.0; wrapper engines/terraform-provider-random)`,
  remedy: `check that the Go module proxy serves ${RANDOM_MODULE}@${RANDOM_PSEUDO_VERSION}`,
  binaries: [],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "terraform-provider-random",
      programs: [{ pkg: RANDOM_MODULE, out: "terraform-provider-random" }],
    });
    const target = path.join(ctx.outDir, RANDOM_PLUGIN_PATH);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(ctx.outDir, "bin", "terraform-provider-random"), target);
    fs.rmSync(path.join(ctx.outDir, "bin"), { recursive: true, force: true });
  },
};

export { TF_PLUGIN_CACHE };

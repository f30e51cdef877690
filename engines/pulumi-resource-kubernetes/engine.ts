/**
 * The Pulumi Kubernetes provider 4.25.0. `provider/v4` has no tags of its own; the proxy here serves only the
 * pseudo-version of the v4.25.0 release commit (`v4.0.0-20260115033456-f47bc2d6f199`), so npm `@pulumi/kubernetes` is
 * pinned to 4.25.0 to match. Upstream's main embeds generated files that are not in the module zip; our `main.go`
 * embeds the same files, written here from the module's `schema.json` and `terraform-mapping.json` the way upstream's
 * `generate.go` does (version set, re-serialised compactly).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { buildGoWrapper, moduleDir } from "../go";

export const KUBERNETES_PROVIDER_VERSION = "4.25.0";
const MODULE = "github.com/pulumi/pulumi-kubernetes/provider/v4";

export const pulumiResourceKubernetes: Engine = {
  name: "pulumi-resource-kubernetes",
  version: KUBERNETES_PROVIDER_VERSION,
  source: `${MODULE}@v4.0.0-20260115033456-f47bc2d6f199 (= v${KUBERNETES_PROVIDER_VERSION}; wrapper engines/pulumi-resource-kubernetes with our main.go)`,
  remedy: `check that the Go module proxy serves ${MODULE}@v4.0.0-20260115033456-f47bc2d6f199 (go list -m -json …)`,
  binaries: ["bin/pulumi-resource-kubernetes"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "pulumi-resource-kubernetes",
      async prepare(c, src) {
        const dir = path.join(await moduleDir(c, src, MODULE), "cmd", "pulumi-resource-kubernetes");
        const schema = JSON.parse(fs.readFileSync(path.join(dir, "schema.json"), "utf8")) as Record<
          string,
          unknown
        >;
        schema.version = KUBERNETES_PROVIDER_VERSION;
        fs.writeFileSync(path.join(src, "schema-embed.json"), JSON.stringify(schema));
        const mapping: unknown = JSON.parse(
          fs.readFileSync(path.join(dir, "terraform-mapping.json"), "utf8"),
        );
        fs.writeFileSync(path.join(src, "terraform-mapping-embed.json"), JSON.stringify(mapping));
      },
      programs: [
        {
          pkg: ".",
          out: "pulumi-resource-kubernetes",
          ldflags: [
            `-X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=${KUBERNETES_PROVIDER_VERSION}`,
          ],
        },
      ],
    });
  },
};

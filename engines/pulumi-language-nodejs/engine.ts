/**
 * The Node.js language host, and the dynamic-provider plugin.
 *
 * The proxy here refuses every version of the modern host module
 * (`github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3`: 403 even for `/@v/list`), so the engine builds
 * the last host that lived inside `sdk/v3` (v3.68.0, wrapper `host/`) and puts our adapter (`adapter/main.go`, built
 * against sdk/v3 v3.276.0) in front of it under the name the CLI looks for: it forwards every call to the real host and
 * implements RunPlugin (answered "not supported" by 3.68.0; CLI 3.221+ runs Node policy packs through it) and
 * GeneratePackage (absent in 3.68.0; served by `codegen/`, the Node.js generator of pkg/v3 v3.260.0). See
 * docs/engines.md.
 *
 * `pulumi-resource-pulumi-nodejs` (dynamic providers) is upstream a shell shim in the npm package's `dist/`, which npm
 * does not install as a binary; ours does the same: node runs `@pulumi/pulumi/cmd/dynamic-provider` from the program.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const LANGUAGE_HOST_VERSION = "3.68.0";
/** The SDK generator's version: the newest served whose output runs on the project's @pulumi/pulumi 3.248. */
export const CODEGEN_VERSION = "3.260.0";
const VERSION_FLAG = "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version";

const DYNAMIC_PROVIDER_SHIM = `#!/bin/sh
# pulumi-resource-pulumi-nodejs: serves pulumi.dynamic.Resource providers (written by npm run engines).
# The engine starts it in the program's directory; node resolves @pulumi/pulumi from there.
dir=$(node -e "console.log(require('path').dirname(require.resolve('@pulumi/pulumi/package.json')))") || {
  echo "pulumi-resource-pulumi-nodejs: @pulumi/pulumi is not installed in $(pwd)" >&2; exit 1; }
exec node "$dir/cmd/dynamic-provider" "$@"
`;

export const pulumiLanguageNodejs: Engine = {
  name: "pulumi-language-nodejs",
  version: `${LANGUAGE_HOST_VERSION}-adapter`,
  source:
    `github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs@v${LANGUAGE_HOST_VERSION} ` +
    "behind our RunPlugin adapter (github.com/pulumi/pulumi/sdk/v3@v3.276.0)",
  remedy:
    `check that the Go module proxy serves github.com/pulumi/pulumi/sdk/v3@v${LANGUAGE_HOST_VERSION} and @v3.276.0; ` +
    "`go vet` the adapter in engines/pulumi-language-nodejs/adapter",
  binaries: ["bin/pulumi-language-nodejs", "bin/pulumi-resource-pulumi-nodejs"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "pulumi-language-nodejs/host",
      programs: [
        {
          pkg: "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs",
          out: `pulumi-language-nodejs-v${LANGUAGE_HOST_VERSION}`,
          ldflags: [`${VERSION_FLAG}=v${LANGUAGE_HOST_VERSION}`],
        },
      ],
    });
    await buildGoWrapper(ctx, {
      wrapper: "pulumi-language-nodejs/codegen",
      programs: [{ pkg: ".", out: `pulumi-nodejs-codegen-v${CODEGEN_VERSION}` }],
    });
    await buildGoWrapper(ctx, {
      wrapper: "pulumi-language-nodejs/adapter",
      programs: [{ pkg: ".", out: "pulumi-language-nodejs" }],
    });
    const shim = path.join(ctx.outDir, "bin", "pulumi-resource-pulumi-nodejs");
    fs.writeFileSync(shim, DYNAMIC_PROVIDER_SHIM, { mode: 0o755 });
  },
};

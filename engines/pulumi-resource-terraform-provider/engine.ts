/**
 * The Pulumi Terraform dynamic bridge (`pulumi-resource-terraform-provider`): the `dynamic` package of
 * pulumi-terraform-bridge v3.120.0, built the way pulumi/pulumi-terraform-provider's release does (its goreleaser
 * passes the protoregistry conflict policy below, because Terraform providers and Pulumi register overlapping
 * protobuf names). The wrapper copies the bridge's replace of the plugin SDK by Pulumi's fork.
 */
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const BRIDGE_VERSION = "3.120.0";
/**
 * The version the plugin reports, which generated SDKs record and `pulumi install` downloads on machines that reach
 * get.pulumi.com: the pulumi-terraform-provider release the project pins (Pulumi.yaml `packages`). That release is
 * built from the bridge repository's `dynamic/` the same way; that it was cut from exactly v3.120.0 is not verified
 * here (docs/engines.md).
 */
export const PLUGIN_VERSION = "1.1.3";

export const pulumiResourceTerraformProvider: Engine = {
  name: "pulumi-resource-terraform-provider",
  version: BRIDGE_VERSION,
  source: `github.com/pulumi/pulumi-terraform-bridge/v3/dynamic@v${BRIDGE_VERSION} (wrapper engines/pulumi-resource-terraform-provider)`,
  remedy:
    `check that the Go module proxy serves github.com/pulumi/pulumi-terraform-bridge/v3@v${BRIDGE_VERSION} and ` +
    "github.com/pulumi/terraform-plugin-sdk/v2@v2.0.0-20250923233607-7f1981c8674a",
  binaries: ["bin/pulumi-resource-terraform-provider"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "pulumi-resource-terraform-provider",
      programs: [
        {
          pkg: "github.com/pulumi/pulumi-terraform-bridge/v3/dynamic",
          out: "pulumi-resource-terraform-provider",
          ldflags: [
            "-X google.golang.org/protobuf/reflect/protoregistry.conflictPolicy=ignore",
            `-X github.com/pulumi/pulumi-terraform-bridge/v3/dynamic/version.version=${PLUGIN_VERSION}`,
          ],
        },
      ],
    });
  },
};

/**
 * The Pulumi CLI, built from `github.com/pulumi/pulumi/pkg/v3` through a wrapper module: pkg's own go.mod replaces
 * `sdk/v3` with a local path, so `go install …@version` refuses it (the wrapper requires pkg and sdk at the same
 * version and copies pkg's non-local replaces). A supported `pulumi` already on PATH is linked instead of built.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { buildGoWrapper } from "../go";

export const PULUMI_VERSION = "3.276.0";
/** The oldest CLI the program is tested with: parameterized packages and Node policy packs via the language host. */
const MIN_SUPPORTED = [3, 221, 0];

function onPath(): { path: string; version: string } | undefined {
  try {
    const found = execFileSync("sh", ["-c", "command -v pulumi"], { encoding: "utf8" }).trim();
    if (!found || found.includes(path.join("am-dashboard", "engines"))) return undefined;
    const version = execFileSync(found, ["version"], { encoding: "utf8" }).trim().replace(/^v/, "");
    const parts = version.split(/[.-]/).slice(0, 3).map(Number);
    for (let i = 0; i < 3; i++) {
      if (parts[i] > MIN_SUPPORTED[i]) return { path: found, version };
      if (parts[i] < MIN_SUPPORTED[i]) return undefined;
    }
    return { path: found, version };
  } catch {
    return undefined;
  }
}

export const pulumiCli: Engine = {
  name: "pulumi",
  version: PULUMI_VERSION,
  source: `github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@v${PULUMI_VERSION} (wrapper engines/pulumi)`,
  remedy:
    "check that the Go module proxy serves github.com/pulumi/pulumi/pkg/v3 and sdk/v3 at this version " +
    "(`go list -m -json github.com/pulumi/pulumi/pkg/v3@v" +
    PULUMI_VERSION +
    "`), or put a Pulumi CLI >= 3.221 on PATH",
  binaries: ["bin/pulumi"],
  async build(ctx) {
    const existing = onPath();
    if (existing) {
      ctx.log(`using ${existing.path} (${existing.version}) from PATH`);
      fs.mkdirSync(path.join(ctx.outDir, "bin"), { recursive: true });
      fs.symlinkSync(existing.path, path.join(ctx.outDir, "bin", "pulumi"));
      return;
    }
    await buildGoWrapper(ctx, {
      wrapper: "pulumi",
      programs: [
        {
          pkg: "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi",
          out: "pulumi",
          ldflags: [`-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v${PULUMI_VERSION}`],
        },
      ],
    });
  },
};

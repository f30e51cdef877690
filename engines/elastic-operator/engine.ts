/**
 * The ECK operator 3.5.0 (`elastic-operator`, run as `elastic-operator manager …`), built like its Makefile does
 * (version info ldflags, no `release` tag: basic licence only). The wrapper copies the module's two replace
 * directives. Its Helm chart (with the vendored `eck-operator-crds` sub-chart) is copied from the module into the
 * engine folder, so tests and the `local` stack install the operator from the chart this binary was built from.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { buildGoWrapper, moduleDir } from "../go";

export const ECK_VERSION = "3.5.0";
const MODULE = "github.com/elastic/cloud-on-k8s/v3";
/** The chart folder, relative to the engine folder. */
export const ECK_CHART_PATH = path.join("chart", "eck-operator");
const ABOUT = "github.com/elastic/cloud-on-k8s/v3/pkg/about";

export const elasticOperator: Engine = {
  name: "elastic-operator",
  version: ECK_VERSION,
  source: `${MODULE}/cmd@v${ECK_VERSION} (wrapper engines/elastic-operator)`,
  remedy: `check that the Go module proxy serves ${MODULE}@v${ECK_VERSION} and its dependencies`,
  binaries: ["bin/elastic-operator"],
  async build(ctx) {
    await buildGoWrapper(ctx, {
      wrapper: "elastic-operator",
      async prepare(c, src) {
        const chart = path.join(await moduleDir(c, src, MODULE), "deploy", "eck-operator");
        fs.cpSync(chart, path.join(c.outDir, ECK_CHART_PATH), { recursive: true });
        // The module cache is read-only; keep the copy removable.
        const chmod = (p: string) => {
          fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
          if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chmod(path.join(p, e));
        };
        chmod(path.join(c.outDir, "chart"));
      },
      programs: [
        {
          pkg: `${MODULE}/cmd`,
          out: "elastic-operator",
          ldflags: [
            `-X ${ABOUT}.version=${ECK_VERSION}`,
            `-X ${ABOUT}.buildHash=386c7b14`,
            `-X ${ABOUT}.buildDate=2026-07-24T00:00:00Z`,
            `-X ${ABOUT}.buildSnapshot=false`,
          ],
        },
      ],
    });
  },
};

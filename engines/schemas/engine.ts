/**
 * The `schemas` engine: downloads the modules that carry the CRDs this program targets (ECK, OpenShift Route, OLM)
 * through the wrapper `engines/schemas` (go.mod/go.sum pin them) and copies the CRD files into the cache. Nothing is
 * compiled; see `./index.ts` for the paths.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Engine } from "../engine";
import { copyWrapper, moduleDir } from "../go";
import { SCHEMA_FILES, SCHEMA_SOURCES, SCHEMAS_ENGINE } from "./index";

function copyReadable(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o644); // the module cache is read-only
}

export const schemas: Engine = {
  ...SCHEMAS_ENGINE,
  source: Object.values(SCHEMA_SOURCES)
    .map((s) => `${s.module}@${s.version}`)
    .join(", "),
  remedy:
    "check that the Go module proxy serves these module versions (`go mod download -json <module>@<version>`); " +
    "the pins are in engines/schemas/go.mod",
  binaries: [],
  async build(ctx) {
    const src = copyWrapper(ctx, "schemas");
    const out = (rel: string) => path.join(ctx.outDir, rel);
    const sources: string[] = [];

    const eck = await moduleDir(ctx, src, SCHEMA_SOURCES.eck.module);
    copyReadable(path.join(eck, SCHEMA_SOURCES.eck.allCrds), out(SCHEMA_FILES.eckAllCrds));
    sources.push(
      `${SCHEMA_FILES.eckAllCrds} <- ${SCHEMA_SOURCES.eck.module}@${SCHEMA_SOURCES.eck.version}:${SCHEMA_SOURCES.eck.allCrds}`,
    );
    for (const file of fs.readdirSync(path.join(eck, SCHEMA_SOURCES.eck.resources))) {
      if (!/_.*\.yaml$/.test(file)) continue; // skips kustomization.yaml
      const rel = path.join(SCHEMA_FILES.eckDir, file);
      copyReadable(path.join(eck, SCHEMA_SOURCES.eck.resources, file), out(rel));
      sources.push(
        `${rel} <- ${SCHEMA_SOURCES.eck.module}@${SCHEMA_SOURCES.eck.version}:${SCHEMA_SOURCES.eck.resources}/${file}`,
      );
    }

    const ocp = await moduleDir(ctx, src, SCHEMA_SOURCES.openshift.module);
    copyReadable(path.join(ocp, SCHEMA_SOURCES.openshift.route), out(SCHEMA_FILES.route));
    sources.push(
      `${SCHEMA_FILES.route} <- ${SCHEMA_SOURCES.openshift.module}@${SCHEMA_SOURCES.openshift.version}:${SCHEMA_SOURCES.openshift.route}`,
    );

    const olm = await moduleDir(ctx, src, SCHEMA_SOURCES.olm.module);
    for (const kind of SCHEMA_SOURCES.olm.kinds) {
      const file = `operators.coreos.com_${kind}.yaml`;
      copyReadable(path.join(olm, SCHEMA_SOURCES.olm.dir, file), out(SCHEMA_FILES.olm[kind]));
      sources.push(
        `${SCHEMA_FILES.olm[kind]} <- ${SCHEMA_SOURCES.olm.module}@${SCHEMA_SOURCES.olm.version}:${SCHEMA_SOURCES.olm.dir}/${file}`,
      );
    }

    fs.writeFileSync(out("SOURCES.txt"), `${sources.join("\n")}\n`);
    fs.rmSync(src, { recursive: true, force: true });
    ctx.log(`${sources.length} CRD files copied`);
  },
};

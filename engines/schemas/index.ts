/**
 * Where the CRD files of the `schemas` engine are: the ECK 3.5.0 CRDs, the OpenShift Route CRD and the OLM CRDs,
 * copied by `npm run engines` from their Go modules (module cache) into the engines cache. One import for the CRD
 * validation, the test control plane and anything else that needs an upstream CRD.
 *
 * The folder mirrors the layout `infra/validation` reads (`eck-3.5.0/<group>_<plural>.yaml`, `openshift/…`, `olm/…`),
 * so it can be used as its schemas folder as it is.
 */
import * as path from "node:path";
import { requireEngine } from "../engine";

/** The upstream modules (Go module proxy) the files come from, and the files taken from each. */
export const SCHEMA_SOURCES = {
  eck: {
    module: "github.com/elastic/cloud-on-k8s/v3",
    version: "v3.5.0",
    /** The 12 patched CRDs in one file (what the operator's chart installs; each fits etcd's request limit). */
    allCrds: "config/crds/v1/all-crds.yaml",
    /** One unpatched CRD per kind, with the full pod template schemas (what the validation checks against). */
    resources: "config/crds/v1/resources",
  },
  openshift: {
    module: "github.com/openshift/api",
    version: "v0.0.0-20260318185450-1f2fa3f09f4e",
    route: "route/v1/zz_generated.crd-manifests/routes.crd.yaml",
  },
  olm: {
    module: "github.com/operator-framework/api",
    version: "v0.45.0",
    dir: "crds",
    kinds: ["subscriptions", "operatorgroups", "clusterserviceversions", "installplans"],
  },
} as const;

export const SCHEMAS_ENGINE = {
  name: "schemas",
  version: `eck-3.5.0_ocp-20260318_olm-0.45.0`,
} as const;

/** Paths inside the schemas folder (relative), shared by the engine that writes them and the readers. */
export const SCHEMA_FILES = {
  eckAllCrds: "eck-3.5.0/all-crds.yaml",
  eckDir: "eck-3.5.0",
  route: "openshift/route.openshift.io_routes.yaml",
  olm: Object.fromEntries(
    SCHEMA_SOURCES.olm.kinds.map((k) => [k, `olm/operators.coreos.com_${k}.yaml`]),
  ) as Record<(typeof SCHEMA_SOURCES.olm.kinds)[number], string>,
} as const;

export interface SchemaPaths {
  /** The folder itself (usable as `AM_SCHEMAS_DIR`). */
  readonly dir: string;
  /** `eck-3.5.0/all-crds.yaml`: every ECK CRD, as the operator's chart installs them. */
  readonly eckAllCrds: string;
  /** `eck-3.5.0/<group>_<plural>.yaml`: the unpatched CRD of one ECK kind, e.g. `eckCrd("kibana.k8s.elastic.co_kibanas")`. */
  eckCrd(name: string): string;
  /** The OpenShift Route CRD. */
  readonly route: string;
  /** The OLM CRDs by plural. */
  readonly olm: Readonly<Record<keyof typeof SCHEMA_FILES.olm, string>>;
  /** The files a test control plane applies, in order: ECK (all), Route, OLM. */
  readonly controlPlaneCrds: readonly string[];
}

/** The schemas folder, or an error saying to run `npm run engines` when it is not built. */
export function schemaPaths(cacheRoot?: string): SchemaPaths {
  const dir = requireEngine(SCHEMAS_ENGINE, cacheRoot);
  const at = (rel: string) => path.join(dir, rel);
  const olm = Object.fromEntries(Object.entries(SCHEMA_FILES.olm).map(([k, v]) => [k, at(v)])) as Record<
    keyof typeof SCHEMA_FILES.olm,
    string
  >;
  return {
    dir,
    eckAllCrds: at(SCHEMA_FILES.eckAllCrds),
    eckCrd: (name) => at(path.join(SCHEMA_FILES.eckDir, `${name.replace(/\.yaml$/, "")}.yaml`)),
    route: at(SCHEMA_FILES.route),
    olm,
    controlPlaneCrds: [at(SCHEMA_FILES.eckAllCrds), at(SCHEMA_FILES.route), ...Object.values(olm)],
  };
}

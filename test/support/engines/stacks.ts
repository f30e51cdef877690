/**
 * What the engine tests and the preview benchmark give a repository stack before Pulumi runs it: the secrets the
 * synth would use, set as secrets, and the objects OpenShift publishes that a stack reads.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../../infra/paths";
import { loadStackFile } from "../../../infra/synth/stackFile";
import type { PulumiWorkspace } from "./pulumi";

/** The test CA (a PEM) that stands in for every CA a cluster publishes. */
export const TEST_CA_PEM = fs.readFileSync(path.join(REPO_ROOT, "test/fixtures/tls/ca.pem"), "utf8");

/** Sets every secret key of the stack file (AM_SECRET_<KEY> or the synth's labelled placeholders) as a secret. */
export async function setStackSecrets(ws: PulumiWorkspace, stackFile: string): Promise<void> {
  const loaded = loadStackFile(stackFile);
  for (const key of loaded.secretKeys) await ws.configSet(key, loaded.config[key], { secret: true });
}

/** OpenShift's service-CA bundle ConfigMap, which `dev` reads in the planner's namespace. */
export function serviceCaConfigMap(namespace = "assisted-migration") {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "openshift-service-ca.crt", namespace },
    data: { "service-ca.crt": TEST_CA_PEM },
  };
}

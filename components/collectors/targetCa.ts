/** The target Elasticsearch's CA, next to a collector's pod, for targets that are not publicly trusted. */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { childName } from "../../infra/naming";

/** The Secret holding `ca.crt` (named `<base>-target-ca`), or undefined when there is no CA to trust. */
export function targetCaSecret(
  name: string,
  base: string,
  meta: { namespace: string; labels: Record<string, string> },
  caPem: pulumi.Input<string> | undefined,
  opts: pulumi.CustomResourceOptions,
): { secret: k8s.core.v1.Secret; secretName: string } | undefined {
  if (!caPem) return undefined;
  const secretName = `${base}-target-ca`;
  const secret = new k8s.core.v1.Secret(
    childName(name, "target-ca"),
    { metadata: { name: secretName, ...meta }, stringData: { "ca.crt": caPem } },
    opts,
  );
  return { secret, secretName };
}

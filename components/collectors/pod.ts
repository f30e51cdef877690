/**
 * What a collector's pod is given besides its image and configuration: the Secret ECK loads into the collector's
 * keystore (`secureSettings`: keys, passwords, its API key), and the target Elasticsearch's CA, a Secret mounted into
 * the pod for targets that are not publicly trusted. The Secrets are child resources; `targetCaMount` is a pure
 * builder the collectors' pod specs spread.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { childName } from "../../infra/naming";

/** `<base>-keystore`, every entry forced secret so no credential is ever a plain input. */
export function keystoreSecret(
  name: string,
  base: string,
  meta: { namespace: string; labels: Record<string, string> },
  entries: Record<string, pulumi.Input<string>>,
  opts: pulumi.CustomResourceOptions,
): { secret: k8s.core.v1.Secret; secretName: string } {
  const secretName = `${base}-keystore`;
  const secret = new k8s.core.v1.Secret(
    childName(name, "keystore"),
    {
      metadata: { name: secretName, ...meta },
      type: "Opaque",
      stringData: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, pulumi.secret(v)])),
    },
    opts,
  );
  return { secret, secretName };
}

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

/**
 * The container mount and the pod volume of the target's CA Secret, to spread into a collector's container and pod
 * spec; both empty when the target is publicly trusted (no Secret).
 */
export function targetCaMount(caSecret: string | undefined, mountDir: string) {
  if (!caSecret) return { container: {}, pod: {} };
  return {
    container: { volumeMounts: [{ name: "am-target-ca", mountPath: mountDir, readOnly: true }] },
    pod: { volumes: [{ name: "am-target-ca", secret: { secretName: caSecret } }] },
  };
}

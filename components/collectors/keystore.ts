/** The Secret an ECK collector loads into its keystore (`secureSettings`): keys, passwords and its API key. */
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

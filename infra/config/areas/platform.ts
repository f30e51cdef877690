/** Where the stack runs and which licence it is entitled to. */
import { int, obj, oneOf, optional, str, bool } from "../dsl";
import { LICENCES } from "../../../contracts/licence";

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const platformKeys = {
  milestone: oneOf(
    "1 = Elastic stack inside the migration cluster; 2 = off-cluster target fed by collectors and replication.",
    [1, 2] as const,
  ),
  platform: oneOf("Kubernetes flavour of the cluster the Elastic stack runs on.", [
    "openshift",
    "kubernetes",
  ] as const),
  namespace: str("Namespace (OpenShift project) of Elasticsearch, Kibana and the connector.", {
    pattern: dnsLabel,
    patternText: "a DNS label (lower-case letters, digits, '-')",
    maxLength: 63,
  }),
  licence: oneOf(
    "Licence tier the stack needs and is entitled to. Features are checked against it before anything is created.",
    LICENCES,
  ),
  kubernetes: optional(
    obj("How the program reaches the cluster.", {
      context: optional(str("kubeconfig context to use; the ambient KUBECONFIG when unset.")),
      createNamespace: optional(bool("Create the namespace (false when a cluster admin provides it)."), true),
      await: optional(
        oneOf(
          "What `pulumi up` waits for on the ECK resources. ready: Elasticsearch Ready, Kibana green (every real cluster). reconciled: only that ECK reconciled them once, for control planes without nodes such as the engine tests; Elastic-side steps cannot run then.",
          ["ready", "reconciled"] as const,
        ),
        "ready",
      ),
    }),
    { createNamespace: true, await: "ready" },
  ),
} as const;

export const replicaCount = (doc: string) => int(doc, { min: 1, max: 50 });

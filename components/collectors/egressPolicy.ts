/** A collector's NetworkPolicy as a child resource; what it allows is `buildCollectorPolicy`'s (egress.ts). */
import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import { childName } from "../../infra/naming";
import { buildCollectorPolicy, type CollectorPolicyArgs } from "./egress";

const COMPONENT = "app.kubernetes.io/component";

/**
 * Named `<base>` like the collector's ECK resource; selects the pods by the component label of `meta.labels`,
 * which the collector also puts on its pod template (and which the Elasticsearch policy admits).
 */
export function collectorEgressPolicy(
  name: string,
  base: string,
  meta: { namespace: string; labels: Record<string, string> },
  reach: Pick<CollectorPolicyArgs, "source" | "targetUrl" | "network">,
  opts: pulumi.CustomResourceOptions,
): k8s.networking.v1.NetworkPolicy {
  const component = meta.labels[COMPONENT];
  if (!component) throw new Error(`internal: collector ${base} has no ${COMPONENT} label to select its pods`);
  return new k8s.networking.v1.NetworkPolicy(
    childName(name, "egress"),
    buildCollectorPolicy({ name: base, ...meta, selector: { [COMPONENT]: component }, ...reach }),
    opts,
  );
}

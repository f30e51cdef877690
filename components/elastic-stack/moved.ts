/**
 * Options for a child that used to be the only child of a component that no longer exists. The ECK Elasticsearch
 * and Kibana custom resources were each wrapped in a one-child component (`am-dashboard:eck:Elasticsearch` named
 * `<stack>-es`, `am-dashboard:eck:Kibana` named `<stack>-kb`) under `ElasticStack`; they are now children of
 * `ElasticStack` itself. Their URNs include the parent's type, so without an alias a deployed stack would create them
 * anew and delete the old ones: for Elasticsearch, a new cluster and the loss of its data. The alias names the removed
 * component by its URN (built from its type and name under the new parent, which was its own parent), and the engine
 * adopts the state. Harmless on a new stack: nothing has the old URN. Proven with the real CLI in
 * test/engines/moved.test.ts.
 */
import * as pulumi from "@pulumi/pulumi";

/** The component that used to hold the child, by type and name, directly under the child's new parent. */
export interface RemovedParent {
  type: string;
  name: string;
}

export function liftedOutOf(
  parent: pulumi.Resource,
  removed: RemovedParent,
): { parent: pulumi.Resource; aliases: pulumi.Input<pulumi.Alias>[] } {
  return { parent, aliases: [{ parent: pulumi.createUrn(removed.name, removed.type, parent) }] };
}

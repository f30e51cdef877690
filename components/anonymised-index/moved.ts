/**
 * Options for a child that used to be a sibling of the component that now holds it: before `AnonymisedIndex`
 * existed, pipelines and templates were children of the component's parent (or of the stack). Their URNs include the
 * parent's type, so without an alias a deployed stack would create them anew under the component and delete the old
 * ones (a window with no final pipeline). The alias names the old parent, and the engine adopts the state. Harmless on
 * a new stack: nothing has the old URN. Proven with the real CLI in test/engines/moved.test.ts.
 */
import * as pulumi from "@pulumi/pulumi";

export function movedInto(
  component: pulumi.ComponentResource,
  opts: pulumi.ComponentResourceOptions | undefined,
): { parent: pulumi.Resource; aliases: pulumi.Input<pulumi.Alias>[] } {
  return { parent: component, aliases: [{ parent: opts?.parent ?? pulumi.rootStackResource }] };
}

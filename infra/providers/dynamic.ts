/**
 * The provider of the program's dynamic resources (the connector's configuration and sync rules, the read model and
 * connector login applied from the runner, the key-epoch records). They need no configuration: each carries its own
 * code and connection. It is explicit, like every other provider of the program, so that it can register first:
 * the engine starts Pulumi's dynamic-provider process (a Node.js process that spends about 0.7 s loading
 * `@pulumi/pulumi`) when this provider registers, and `index.ts` registers it before the program's modules load.
 *
 * This module loads nothing but the Pulumi SDK: it runs before the rest of the program.
 */
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../naming";

/** The package of every dynamic resource (`pulumi-nodejs:dynamic/...`), and so of its provider. */
const DYNAMIC_PACKAGE = "pulumi-nodejs";

export class DynamicResourceProvider extends pulumi.ProviderResource {
  constructor(name: string, opts?: pulumi.CustomResourceOptions) {
    super(DYNAMIC_PACKAGE, name, {}, opts);
  }
}

/** The stack's one provider of dynamic resources. */
export function dynamicProvider(): DynamicResourceProvider {
  return new DynamicResourceProvider(`${PROJECT}-dynamic`);
}

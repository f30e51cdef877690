/**
 * Entry point of `pulumi up` / `pulumi preview`: the stack outputs are whatever the program returns.
 *
 * The program's modules load after one turn of the event loop, on purpose. The engine starts Pulumi's
 * dynamic-provider process (a Node.js process that spends about 0.7 s loading `@pulumi/pulumi`) when the provider of
 * the dynamic resources registers. Registered here, after the stack file is validated but before the rest of the
 * program loads (about a second of one core's work), that start runs beside the loading; registered with the
 * resources, it came at the end of every preview and up (docs/benchmarks.md). If the registration does not go out in
 * that turn, nothing breaks: it goes out with the program's first registrations.
 *
 * Stack traces map only the program's own frames (infra/runtime/stackTraces.ts): the SDK takes thousands of them.
 */
import { loadStackConfig } from "./infra/config/load";
import { dynamicProvider } from "./infra/providers/dynamic";
import { mapOnlyProgramFrames } from "./infra/runtime/stackTraces";

mapOnlyProgramFrames();

export = Promise.resolve().then(async () => {
  const loaded = loadStackConfig(); // a bad stack file fails here, before anything is registered
  const dynamic = dynamicProvider();
  await new Promise((resolve) => setImmediate(resolve));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { program } = require("./stacks") as typeof import("./stacks");
  return program(loaded, dynamic);
});

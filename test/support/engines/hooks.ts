/**
 * Mocha root hooks (this file is in `.mocharc.json`'s `require`):
 * - before all tests, the CRD schemas the validation tests check against come from the `schemas` engine (their Go
 *   modules), built once per machine into the engines cache; when it cannot be built, the CRD checks report pending,
 *   never passed;
 * - shared test servers: one control plane started on first use by any suite and stopped after all tests, whatever
 *   the tests did. The processes' exit guard kills them too if mocha itself is interrupted.
 */
import { engineBuilt, ensureEngine } from "../../../engines/ensure";
import { startControlPlane, type ControlPlane } from "./controlPlane";

let shared: Promise<ControlPlane> | undefined;

/** The run's control plane (ECK, Route and OLM CRDs installed; controller manager running). */
export function sharedControlPlane(): Promise<ControlPlane> {
  shared ??= startControlPlane().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * For a `describe` block: starts (or reuses) the run's control plane before its tests and returns an accessor.
 * `const cp = useControlPlane();` then `cp()` inside tests.
 */
export function useControlPlane(): () => ControlPlane {
  let cp: ControlPlane | undefined;
  before(async function () {
    this.timeout(5 * 60_000);
    cp = await sharedControlPlane();
  });
  return () => {
    if (!cp)
      throw new Error("the control plane is not started (useControlPlane must be called inside describe)");
    return cp;
  };
}

export const mochaHooks = {
  beforeAll(this: Mocha.Context) {
    if (process.env.AM_SCHEMAS_DIR || engineBuilt("schemas")) return;
    this.timeout(900_000);
    try {
      ensureEngine("schemas", (line) => process.stderr.write(`${line}\n`));
    } catch (error) {
      process.stderr.write(
        `The CRD schemas could not be built; CRD checks will be pending:\n${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    const running = shared;
    shared = undefined;
    if (running) await (await running.catch(() => undefined))?.stop();
  },
};

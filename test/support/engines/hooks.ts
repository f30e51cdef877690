/**
 * Shared test servers for a mocha run: one control plane (and ECK operator) started on first use by any suite and
 * stopped in mocha's root `afterAll` (this file is in `.mocharc.json`'s `require`), whatever the tests did. The
 * processes' exit guard kills them too if mocha itself is interrupted.
 */
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
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    const running = shared;
    shared = undefined;
    if (running) await (await running.catch(() => undefined))?.stop();
  },
};

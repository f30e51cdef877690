/**
 * Mocha root hook (`.mocharc.json` `require`): the CRD schemas the validation tests check against come from the
 * `schemas` engine (their Go modules, through the Go module proxy), built once per machine into the engines cache.
 * When it cannot be built, the CRD checks report pending, never passed.
 */
import { engineBuilt, ensureEngine } from "../../engines/ensure";

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
};

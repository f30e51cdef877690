/**
 * The seed of a property test (fast-check): `FC_SEED` when set, so a failing run can be replayed, else a fresh one;
 * and the line that says how to replay this run of this file, for failure messages.
 */
import * as path from "node:path";
import { REPO_ROOT } from "../../infra/paths";

export function propertySeed(testFile: string): { seed: number; replay: string } {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
  return { seed, replay: `Replay: FC_SEED=${seed} npx mocha ${path.relative(REPO_ROOT, testFile)}` };
}

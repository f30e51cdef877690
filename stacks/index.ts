/**
 * The program: load and validate the stack configuration, then compose the milestone's components.
 * `index.ts` (what `pulumi up` runs) and the offline synth both call `program()`, so they cannot diverge.
 */
import { loadStackConfig } from "../infra/config/load";
import { milestone1, type StackOutputs } from "./milestone1";
import { milestone2 } from "./milestone2";

export async function program(): Promise<StackOutputs> {
  // Validation happens before anything is registered: a bad stack file registers nothing.
  const cfg = loadStackConfig();
  if (cfg.milestone === 1) return milestone1(cfg);
  return milestone2(cfg);
}

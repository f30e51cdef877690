/**
 * Which of the generatable secrets (`generatedSecretKeys`) a configuration's capabilities consume: the program
 * generates these when the stack does not set them (stacks/secrets.ts), and the synth lists them among the secrets a
 * stack uses. One function, so the two cannot disagree.
 */
import type { GeneratedSecretKey } from "./areas/secrets";
import type { ParsedConfig } from "./schema";

export function wantedGeneratedSecrets(
  c: Pick<ParsedConfig, "milestone" | "features" | "collectors">,
): GeneratedSecretKey[] {
  const wanted: GeneratedSecretKey[] = [];
  if (c.milestone === 1 && c.features.plannerConnector) wanted.push("plannerConnectorPassword");
  // The planner path carries no key at all (aggregate cells); only the Assisted Installer collector hashes.
  if (c.milestone === 2 && c.collectors?.assistedInstaller) wanted.push("pseudonymisationKey");
  return wanted;
}

/**
 * The secrets a stack's capabilities use and the stack does not supply are generated (components/generated-secrets)
 * before anything consumes them: the narrowing to the stack's kind (infra/config/kinds.ts) asks for them, and each
 * kind carries them beside the supplied ones, whichever way they were made.
 */
import type { GenerateSecrets } from "../infra/config/kinds";
import type { StackConfig } from "../infra/config/load";
import { GeneratedSecrets } from "../components/generated-secrets";
import { PROJECT } from "../infra/naming";

/** Generates the wanted secrets `cfg` does not supply, passing the supplied ones through. */
export function secretGenerator(cfg: StackConfig): GenerateSecrets {
  return (wanted) => {
    const secrets = new GeneratedSecrets(`${PROJECT}-secrets`, {
      wanted,
      supplied: cfg.secrets,
      rotation: cfg.rotation,
    });
    return { values: secrets.values, generated: secrets.generated };
  };
}

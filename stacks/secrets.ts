/**
 * The secrets a stack's capabilities use and the stack does not supply are generated (components/generated-secrets)
 * before anything consumes them, so every component reads `cfg.secrets` the same way, whichever way it was made.
 */
import { wantedGeneratedSecrets } from "../infra/config/generated";
import type { StackConfig } from "../infra/config/load";
import { GeneratedSecrets } from "../components/generated-secrets";
import { PROJECT } from "../infra/naming";

/** `cfg` with every wanted secret present (supplied or generated) and what was generated. */
export function withGeneratedSecrets(cfg: StackConfig): StackConfig {
  const wanted = wantedGeneratedSecrets(cfg);
  if (wanted.length === 0) return cfg;
  const generated = new GeneratedSecrets(`${PROJECT}-secrets`, {
    wanted,
    supplied: cfg.secrets,
    rotation: cfg.rotation,
  });
  return {
    ...cfg,
    secrets: { ...cfg.secrets, ...generated.values },
    generatedSecrets: generated.generated,
  };
}

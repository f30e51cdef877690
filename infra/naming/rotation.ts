/**
 * Names derived from a rotation keeper (`rotation.<secret>` in stack config: a date or a counter). Pure, so the
 * config rules, the components and the tests agree on them.
 */

/** The keeper of an unset `rotation.<secret>`: generation 0. */
export const INITIAL_GENERATION = "0";

/** Longest group role a login name can be derived from: `<role>_r` + 9 digits fits PostgreSQL's 63. */
export const MAX_GROUP_ROLE_LENGTH = 63 - "_r".length - 9;

/** `2026-09-01` → `20260901`, `3` → `3`, unset → `0`. */
export function generationDigits(keeper: string | undefined): string {
  const digits = (keeper ?? INITIAL_GENERATION).replace(/\D/g, "");
  return digits === "" ? INITIAL_GENERATION : digits;
}

/**
 * The LOGIN role of one generation of the connector's password: `<group>_r<digits>`, a member of the read model's
 * connector role (whose grants it inherits). A new keeper gives a new name, so the new login exists next to the old
 * one until the connector has moved (docs/secrets.md).
 */
export function loginRoleName(groupRole: string, keeper: string | undefined): string {
  if (groupRole.length > MAX_GROUP_ROLE_LENGTH)
    throw new Error(`connector role "${groupRole}" is longer than ${MAX_GROUP_ROLE_LENGTH} characters`);
  return `${groupRole}_r${generationDigits(keeper)}`;
}

/** An Elasticsearch API key's name for a generation: generation 0 keeps the plain name (no churn on old stacks). */
export function apiKeyName(base: string, keeper: string | undefined): string {
  const generation = keeper ?? INITIAL_GENERATION;
  return generation === INITIAL_GENERATION ? base : `${base}-r${generation}`;
}

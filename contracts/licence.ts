/**
 * The Elastic licence tiers, in order: what a stack declares in `licence` (`infra/config`), what the program's
 * features need (`infra/config/licence.ts`, `stacks/`), and what the policy pack's `licence-covers-features` holds the
 * stack's resources to (`policies/rules/replication.ts`). A shared contract of the program and the pack
 * (contracts/README.md says why this folder exists).
 */

/** Ordered from least to most entitled. */
export const LICENCES = ["basic", "platinum", "enterprise"] as const;
export type Licence = (typeof LICENCES)[number];

/** True when a stack declaring `has` may use a feature that needs `needs`. */
export function licenceCovers(has: Licence, needs: Licence): boolean {
  return LICENCES.indexOf(has) >= LICENCES.indexOf(needs);
}

/** Elastic licence tiers: what a stack declares in `licence` and what each feature needs. */

/** Ordered from least to most entitled. */
export const LICENCES = ["basic", "platinum", "enterprise"] as const;
export type Licence = (typeof LICENCES)[number];

/** True when a stack declaring `has` may use a feature that needs `needs`. */
export function licenceCovers(has: Licence, needs: Licence): boolean {
  return LICENCES.indexOf(has) >= LICENCES.indexOf(needs);
}

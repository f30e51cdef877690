/** The anonymity guarantee of every index a person can read (docs/anonymisation.md). */
import { int, obj, optional } from "../dsl";
import {
  DEFAULT_GRACE_DAYS,
  DEFAULT_K,
  MAX_GRACE_DAYS,
  MIN_K,
} from "../../../anonymisation/planner/sql/readModel";

export const anonymityKeys = {
  anonymity: optional(
    obj("The anonymity guarantee: every published figure comes from at least k customers.", {
      k: optional(
        int(
          `Smallest number of customers (organisations) any published cell, aggregate or bucket describes; below ${MIN_K} a cell hides no one, so it is refused.`,
          { min: MIN_K, max: 1000 },
        ),
        DEFAULT_K,
      ),
      graceDays: optional(
        int(
          "Days after a month's end before it is closed and its cells are published (late inventories still count); published cells never change.",
          { min: 0, max: MAX_GRACE_DAYS },
        ),
        DEFAULT_GRACE_DAYS,
      ),
    }),
    { k: DEFAULT_K, graceDays: DEFAULT_GRACE_DAYS },
  ),
};

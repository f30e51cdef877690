/**
 * The one schema of everything a stack can set, assembled from the areas in `areas/`.
 * Cross-field rules (what a platform, milestone or licence permits) live in `rules.ts`.
 */
import { obj, optional, str, type Infer, type OptionalSpec } from "./dsl";
import { anonymityKeys } from "./areas/anonymity";
import { capabilityKeys } from "./areas/capabilities";
import { elasticKeys } from "./areas/elastic";
import { leaderKeys } from "./areas/leader";
import { milestone2Keys } from "./areas/milestone2";
import { platformKeys } from "./areas/platform";
import { rotationKeys } from "./areas/rotation";
import { secretKeys } from "./areas/secrets";

const secretSpecs = Object.fromEntries(
  Object.entries(secretKeys).map(([key, doc]) => [key, optional(str(doc))]),
) as { [K in keyof typeof secretKeys]: OptionalSpec<string> };

export const stackSchema = obj("Stack configuration (namespace `am-dashboard:`).", {
  ...platformKeys,
  ...elasticKeys,
  ...capabilityKeys,
  ...anonymityKeys,
  ...milestone2Keys,
  ...leaderKeys,
  ...rotationKeys,
  ...secretSpecs,
});

/** The validated configuration, with secrets still as plain strings: `load.ts` turns them into secret Outputs. */
export type ParsedConfig = NonNullable<Infer<typeof stackSchema>>;

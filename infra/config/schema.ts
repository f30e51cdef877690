/**
 * The one schema of everything a stack can set, assembled from the areas in `areas/` (each holds its keys and the
 * rules that relate them to the others; `rules.ts` runs the rules).
 */
import { obj, type Infer } from "./dsl";
import { anonymityKeys } from "./areas/anonymity";
import { capabilityKeys } from "./areas/capabilities";
import { elasticKeys } from "./areas/elastic";
import { leaderKeys } from "./areas/leader";
import { platformKeys } from "./areas/platform";
import { rotationKeys } from "./areas/rotation";
import { collectorKeys } from "./areas/collectors";
import { replicationKeys } from "./areas/replication";
import { secretSpecs } from "./areas/secrets";
import { targetKeys } from "./areas/target";

export const stackSchema = obj("Stack configuration (namespace `am-dashboard:`).", {
  ...platformKeys,
  ...elasticKeys,
  ...capabilityKeys,
  ...anonymityKeys,
  ...targetKeys,
  ...replicationKeys,
  ...collectorKeys,
  ...leaderKeys,
  ...rotationKeys,
  ...secretSpecs,
});

/** The validated configuration, with secrets still as plain strings: `load.ts` turns them into secret Outputs. */
export type ParsedConfig = NonNullable<Infer<typeof stackSchema>>;

/**
 * The connector's advanced sync rule: the only query the PostgreSQL connector runs once the rule is active.
 *
 * It selects exactly the stored columns of the document model from the read model's view of published cells, so a
 * field flipped to drop stops leaving PostgreSQL at all (the final pipeline is the second line, not the only one).
 * The query holds no key and no literal at all: it is not a secret, and `pg_stat_activity`, the connector record
 * and a failing sync's log line show nothing worth hiding. The rule's shape and its validator are a contract with
 * the policy pack: `contracts/syncRules.ts`.
 */
import type { DocumentModel } from "../../anonymisation/model";
import { storedFields } from "../../anonymisation/model";
import { ID_COLUMN, READ_MODEL_VIEW, syncRuleQuery } from "../../anonymisation/planner/contract";
import { validateSyncRules, type PostgresAdvancedRule } from "../../contracts/syncRules";

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The rule for `model`: stored columns of the read model, keyed by the cell id column. */
export function buildSyncRules(model: DocumentModel): PostgresAdvancedRule[] {
  const columns = storedFields(model);
  if (!columns.includes(ID_COLUMN)) {
    throw new Error(
      `model ${model.name} does not store "${ID_COLUMN}", the connector's id column: documents could not be told apart`,
    );
  }
  for (const c of columns) {
    if (!IDENTIFIER.test(c)) throw new Error(`column "${c}" is not a plain lower-case SQL identifier`);
  }
  const projection = columns.map((c) => `"${c}"`).join(", ");
  const rules = [
    {
      tables: [READ_MODEL_VIEW],
      query: `SELECT ${projection} FROM (${syncRuleQuery()}) AS ${READ_MODEL_VIEW}`,
      id_columns: [ID_COLUMN],
    },
  ];
  const problems = validateSyncRules(rules);
  if (problems.length > 0) throw new Error(`invalid sync rules: ${problems.join("; ")}`);
  return rules;
}

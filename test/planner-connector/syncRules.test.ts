import assert from "node:assert/strict";
import { drop, type DocumentModel } from "../../anonymisation/model";
import { ID_COLUMN, READ_MODEL_VIEW, syncRuleQuery } from "../../anonymisation/planner/contract";
import { plannerDocument } from "../../anonymisation/planner/document";
import { buildSyncRules, validateSyncRules } from "../../components/planner-connector/syncRules";

const KEY = "k3y-with-'quote";

function flipped(field: string): DocumentModel {
  const f = plannerDocument.fields as DocumentModel["fields"];
  return {
    ...plannerDocument,
    revision: 2,
    fields: { ...f, [field]: { ...f[field], treatment: drop("test") } },
  };
}

describe("planner connector: sync rules", () => {
  it("selects the stored columns from the keyed read-model function, keyed by doc_id", () => {
    const [rule, ...rest] = buildSyncRules(plannerDocument, KEY);
    assert.equal(rest.length, 0);
    assert.deepEqual(rule.tables, [READ_MODEL_VIEW]);
    assert.deepEqual(rule.id_columns, [ID_COLUMN]);
    assert.ok(rule.query.includes(`(${syncRuleQuery(KEY)})`), rule.query);
    assert.ok(rule.query.startsWith('SELECT "agent_version", '));
    assert.ok(!/"name"|"vcenter_id"/.test(rule.query), "dropped columns selected");
  });

  it("follows the classification: a field flipped to drop is no longer selected", () => {
    const [before] = buildSyncRules(plannerDocument, KEY);
    const [after] = buildSyncRules(flipped("org_ref"), KEY);
    assert.ok(before.query.includes('"org_ref"'));
    assert.ok(!after.query.includes('"org_ref"'));
  });

  it("refuses a model that drops the id column, and an empty key", () => {
    assert.throws(() => buildSyncRules(flipped(ID_COLUMN), KEY), /does not store "doc_id"/);
    assert.throws(() => buildSyncRules(plannerDocument, ""), /key is empty/);
  });

  it("validation: tables never * or empty, only the view, only am_read, no extra keys", () => {
    const ok = buildSyncRules(plannerDocument, KEY);
    assert.deepEqual(validateSyncRules(ok), []);
    const q = ok[0].query;
    const cases: Array<[unknown, RegExp]> = [
      [[], /non-empty array/],
      [[{ tables: ["*"], query: q }], /may not be "\*"/],
      [[{ tables: [], query: q }], /not be empty/],
      [[{ tables: ["assessments"], query: q }], /not the read-model view/],
      [[{ tables: [READ_MODEL_VIEW], query: "SELECT * FROM public.assessments" }], /outside schema am_read/],
      [
        [{ tables: [READ_MODEL_VIEW], query: "SELECT * FROM am_read.x JOIN sources ON true" }],
        /reads "sources"/,
      ],
      [[{ tables: [READ_MODEL_VIEW], query: "SELECT 1; DROP TABLE x" }], /single statement/],
      [[{ tables: [READ_MODEL_VIEW], query: q, extra: 1 }], /unknown keys extra/],
      [[{ tables: [READ_MODEL_VIEW], query: q, id_columns: [] }], /id_columns/],
    ];
    for (const [rules, expected] of cases) {
      const problems = validateSyncRules(rules);
      assert.ok(
        problems.some((p) => expected.test(p)),
        `${JSON.stringify(rules)} -> ${problems.join("; ")}`,
      );
    }
  });

  it("refuses a second relation after a comma in a FROM clause (an implicit join the FROM scan missed)", () => {
    for (const query of [
      "SELECT * FROM am_read.planner_documents_keyed('k'), public.users",
      "SELECT * FROM am_read.planner_documents AS d, public.users u",
      "SELECT * FROM (SELECT * FROM am_read.planner_documents) AS d , public.users",
      "SELECT * FROM am_read.planner_documents_keyed('k') AS d(a, b), public.users",
    ]) {
      assert.ok(
        validateSyncRules([{ tables: ["planner_documents"], query }]).includes(
          "rule 0: query lists a second relation after a comma in a FROM clause",
        ),
        query,
      );
    }
    // Commas elsewhere are not relations.
    assert.deepEqual(
      validateSyncRules([
        {
          tables: ["planner_documents"],
          query: "SELECT a, b FROM am_read.planner_documents WHERE a IN (1, 2) ORDER BY a, b",
        },
      ]),
      [],
    );
  });

  it("does not mistake a ';' or FROM inside the key literal for SQL", () => {
    assert.deepEqual(validateSyncRules(buildSyncRules(plannerDocument, "a; FROM public.x")), []);
  });
});

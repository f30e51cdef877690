import assert from "node:assert/strict";
import { ID_COLUMN, READ_MODEL_VIEW, syncRuleQuery } from "../../../anonymisation/planner/contract";
import { plannerDocument } from "../../../anonymisation/planner/document";
import { buildSyncRules } from "../../../components/planner-connector/syncRules";
import { validateSyncRules } from "../../../contracts/syncRules";
import { plannerWithFieldDropped } from "../../support/models";

describe("planner connector: sync rules", () => {
  it("selects the stored columns from the read model's view of published cells, keyed by doc_id, with no key", () => {
    const [rule, ...rest] = buildSyncRules(plannerDocument);
    assert.equal(rest.length, 0);
    assert.deepEqual(rule.tables, [READ_MODEL_VIEW]);
    assert.deepEqual(rule.id_columns, [ID_COLUMN]);
    assert.ok(rule.query.includes(`(${syncRuleQuery()})`), rule.query);
    assert.ok(rule.query.startsWith('SELECT "agent_version", '));
    assert.ok(!/"name"|"vcenter_id"|"subject_ref"|"org_ref"/.test(rule.query), "dropped columns selected");
    assert.ok(!rule.query.includes("'"), "the query carries a literal");
  });

  it("follows the classification: a field flipped to drop is no longer selected", () => {
    const [before] = buildSyncRules(plannerDocument);
    const [after] = buildSyncRules(plannerWithFieldDropped("vms_total"));
    assert.ok(before.query.includes('"vms_total"'));
    assert.ok(!after.query.includes('"vms_total"'));
  });

  it("refuses a model that drops the id column", () => {
    assert.throws(() => buildSyncRules(plannerWithFieldDropped(ID_COLUMN)), /does not store "doc_id"/);
  });

  it("validation: tables never * or empty, only the view, only am_read, no extra keys", () => {
    const ok = buildSyncRules(plannerDocument);
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

  it("refuses any literal in the query: the read model takes no key, so a literal could only be one", () => {
    const problems = validateSyncRules([
      {
        tables: ["planner_documents"],
        query: "SELECT * FROM am_read.planner_documents_keyed('a; FROM public.x')",
      },
    ]);
    assert.ok(
      problems.some((p) => /may not contain a literal/.test(p)),
      problems.join("; "),
    );
    assert.ok(!problems.some((p) => /single statement|outside schema/.test(p)), problems.join("; "));
  });
});

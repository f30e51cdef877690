import assert from "node:assert/strict";
import type { Treatment } from "../../../anonymisation/model";
import {
  classifiedSourceFields,
  documentClassificationMarkdown,
  INVENTORY_FIELDS,
  plannerDocument,
  sourceClassificationMarkdown,
  sourceTreatment,
  TABLE_COLUMNS,
  unclassifiedInventoryPaths,
} from "../../../anonymisation/planner";
import { bucketLabels, buildReadModelSql } from "../../../anonymisation/planner/sql";
import { V1_EXAMPLE, V2_EXAMPLE } from "../../../fixtures/planner/generate";

const fields = Object.entries(plannerDocument.fields) as [
  string,
  { treatment: Treatment; from: readonly string[] },
][];

describe("planner source classification", () => {
  it("resolves every `from` ref of the document model to a classified source field", () => {
    const missing = fields.flatMap(([name, f]) =>
      f.from.filter((ref) => !sourceTreatment(ref).classified).map((ref) => `${name} <- ${ref}`),
    );
    assert.deepEqual(missing, []);
  });

  it("shows nothing the sources forbid: kept fields come from kept sources, generalised from kept or generalised", () => {
    const violations: string[] = [];
    for (const [name, f] of fields) {
      for (const ref of f.from) {
        const src = sourceTreatment(ref).treatment.action;
        const ok =
          f.treatment.action === "drop" ||
          (f.treatment.action === "keep" && src === "keep") ||
          // A count of distinct subjects or customers shows how many, never which.
          (["subjects", "customers"].includes(name) && f.treatment.action === "keep") ||
          (f.treatment.action === "generalise" && (src === "keep" || src === "generalise")) ||
          (f.treatment.action === "pseudonymise" && src === "pseudonymise");
        if (!ok) violations.push(`${name} (${f.treatment.action}) <- ${ref} (${src})`);
      }
      // A stored field must be derived from something, unless it is a constant of the read model itself.
      if (f.treatment.action !== "drop" && f.from.length === 0) {
        assert.ok(
          ["doc_id", "doc_kind", "subject_kind", "tier_dimension"].includes(name),
          `${name} has no source`,
        );
      }
    }
    assert.deepEqual(violations, []);
  });

  it("drops what identifies a customer", () => {
    for (const ref of [
      "sources.name",
      "sources.username",
      "sources.v_center_id",
      "sources.email_domain",
      "assessments.owner_first_name",
      "keys.private_key",
      "image_infras.http_proxy_url",
      "image_infras.agent_token",
      "partners_customers.contact_phone",
      "inventory:vcenter_id",
      "inventory:vcenter.id",
      "inventory:clusters.#key",
      "inventory:infra.networks[].name",
      "inventory:infra.datastores[].diskId",
      "inventory:vms.migrationWarnings[].assessment",
    ]) {
      assert.equal(sourceTreatment(ref).treatment.action, "drop", ref);
    }
    // Ids are only counted, inside PostgreSQL: nothing of them is stored, not even a pseudonym.
    for (const ref of ["sources.org_id", "sources.id", "assessments.id", "assessments.org_id"]) {
      assert.equal(sourceTreatment(ref).treatment.action, "drop", ref);
    }
  });

  it("drops unclassified fields by default and says so", () => {
    const t = sourceTreatment("sources.some_future_column");
    assert.equal(t.classified, false);
    assert.equal(t.treatment.action, "drop");
  });

  it("classifies every field of both example inventories", () => {
    assert.deepEqual(unclassifiedInventoryPaths(V1_EXAMPLE), []);
    assert.deepEqual(unclassifiedInventoryPaths(V2_EXAMPLE), []);
    assert.deepEqual(unclassifiedInventoryPaths({ vms: { total: 1, surprise: { x: 1 } } }), [
      "inventory:vms.surprise",
    ]);
    assert.ok(INVENTORY_FIELDS.some((f) => f.ref === "inventory:clusters" && f.role === "count"));
  });

  it("covers every table of both eras", () => {
    for (const t of [
      "sources",
      "agents",
      "image_infras",
      "keys",
      "labels",
      "assessments",
      "snapshots",
      "relations",
    ]) {
      assert.ok(t in TABLE_COLUMNS, t);
    }
    assert.ok(Object.keys(TABLE_COLUMNS).some((t) => t.startsWith("river_")));
  });

  it("renders the classification as Markdown from code", () => {
    const md = sourceClassificationMarkdown();
    assert.equal(md.trim().split("\n").length, classifiedSourceFields().length + 2);
    assert.match(md, /\| `keys.private_key` \| drop \|/);
    assert.match(documentClassificationMarkdown(), /\| `org_ref` \| keyword \| drop \|/);
  });

  it("labels buckets as the document describes them", () => {
    const f = plannerDocument.fields.vms_size_tier.treatment.how;
    assert.equal(f.kind, "bucket");
    if (f.kind === "bucket") {
      assert.deepEqual(bucketLabels(f.bounds, f.overflowLabel), [
        "0-10",
        "11-50",
        "51-200",
        "201-1000",
        "1001-5000",
        "5001+",
      ]);
    }
  });

  it("generates no key, no hash function and no pgcrypto: cells are counted, not pseudonymised", () => {
    const plan = buildReadModelSql(
      { connectorRole: "c" },
      {
        plannerSchema: "public",
        pgcryptoSchema: null,
        columns: { sources: { id: "text", inventory: "jsonb" } },
      },
    );
    assert.ok(plan.statements.every((s) => !/hmac|pgcrypto|key_verifier/i.test(s)));
    assert.equal(plan.era, "gorm");
    assert.deepEqual(plan.grants, [{ table: "sources", columns: ["id", "inventory"] }]);
    assert.ok(plan.statements.some((s) => s.includes('INSERT INTO "am_read_private".required_columns')));
    assert.ok(
      plan.statements.some((s) => s.includes("('example')")),
      "the demo organisation is excluded",
    );
  });

  it("refuses k below 5 and names the allowed values", () => {
    const profile = {
      plannerSchema: "public",
      pgcryptoSchema: null,
      columns: { sources: { id: "text", inventory: "jsonb" } },
    };
    assert.throws(
      () => buildReadModelSql({ connectorRole: "c", k: 4 }, profile),
      /k \(anonymity\.k\) is 4: allowed is a whole number from 5 to 1000/,
    );
    assert.equal(buildReadModelSql({ connectorRole: "c", k: 5 }, profile).era, "gorm");
  });
});

/**
 * Derivations from a document model. No Elasticsearch runs here: the pipeline is checked by its structure
 * (which processors, in which order, with which fields), not simulated on documents.
 */
import assert from "node:assert/strict";
import type { estypes } from "@elastic/elasticsearch";
import {
  anonymisationPipeline,
  indexMappings,
  indexTemplate,
  pipelineKeepsOnly,
  PIPELINE_TAGS,
  TIMESTAMP_FIELD,
} from "../../../anonymisation/derive";
import { drop, fieldsWithAction, keep, storedFields, type DocumentModel } from "../../../anonymisation/model";
import { connectorFieldName } from "../../../anonymisation/planner/contract";
import { plannerDocument } from "../../../anonymisation/planner/document";

/** A loose view of the client's exact-one processor union, for reading tests. */
type P = {
  rename?: estypes.IngestRenameProcessor;
  fail?: estypes.IngestFailProcessor;
  remove?: estypes.IngestRemoveProcessor;
};
const list = (p: estypes.IngestPipeline) => (p.processors ?? []) as unknown as P[];

const helperFields = ["database", "schema", "table", "_extract_binary_content"];
const planner = () => anonymisationPipeline(plannerDocument, { rename: connectorFieldName, helperFields });

/** The planner model with `field` flipped to drop, and optionally a new kept field. */
function variant(flipToDrop: string, added?: string): DocumentModel {
  const fields = { ...plannerDocument.fields } as DocumentModel["fields"];
  const original = fields[flipToDrop];
  assert.ok(original, `no field ${flipToDrop}`);
  const changed: DocumentModel["fields"] = {
    ...fields,
    [flipToDrop]: { ...original, treatment: drop("test") },
  };
  if (added) {
    changed[added] = { type: "long", treatment: keep("high", "test"), from: [], description: "test" };
  }
  return { name: plannerDocument.name, revision: plannerDocument.revision + 1, fields: changed };
}

function keepStep(p: estypes.IngestPipeline): string[] {
  const step = (p.processors ?? []).find(
    (x) => (x as { remove?: { tag?: string } }).remove?.tag === PIPELINE_TAGS.keepStored,
  );
  assert.ok(step, "no keep step");
  return (step as { remove: { keep: string[] } }).remove.keep;
}

describe("derive: index mappings", () => {
  it("maps exactly the stored fields, with their declared types, plus _timestamp, strictly", () => {
    const m = indexMappings(plannerDocument);
    assert.equal(m.dynamic, "strict");
    const props = m.properties ?? {};
    assert.deepEqual(Object.keys(props).sort(), [...storedFields(plannerDocument), TIMESTAMP_FIELD].sort());
    for (const name of storedFields(plannerDocument)) {
      assert.equal(
        (props[name] as { type: string }).type,
        plannerDocument.fields[name as keyof typeof plannerDocument.fields].type,
        name,
      );
    }
    assert.equal((props[TIMESTAMP_FIELD] as { type: string }).type, "date");
    assert.equal(props.name, undefined, "dropped field mapped");
    assert.equal(props.vcenter_id, undefined, "dropped field mapped");
  });

  it("follows a classification change", () => {
    const m = indexMappings(variant("org_ref", "new_count"));
    assert.equal(m.properties?.org_ref, undefined);
    assert.deepEqual(m.properties?.new_count, { type: "long" });
  });

  it("refuses a model that declares _timestamp itself", () => {
    const bad: DocumentModel = {
      name: "x",
      revision: 1,
      fields: { _timestamp: { type: "date", treatment: keep("low", "t"), from: [], description: "" } },
    };
    assert.throws(() => indexMappings(bad), /reserved for the connector/);
  });
});

describe("derive: anonymisation pipeline", () => {
  it("passes its own checker", () => {
    assert.deepEqual(pipelineKeepsOnly(planner(), plannerDocument), []);
  });

  it("renames every declared field from the connector's prefixed name, dropped ones included", () => {
    const renames = list(planner()).flatMap((p) => (p.rename ? [p.rename] : []));
    assert.equal(renames.length, Object.keys(plannerDocument.fields).length);
    const doc = renames.find((r) => r.target_field === "doc_id");
    assert.deepEqual(
      { field: doc?.field, ignore_missing: doc?.ignore_missing },
      { field: "am_read_planner_documents_doc_id", ignore_missing: true },
    );
    assert.ok(
      renames.some((r) => r.target_field === "vcenter_id"),
      "dropped fields must be renamed so fail sees them",
    );
  });

  it("orders renames, helper removal, fail-on-dropped, then keep last", () => {
    const kinds = list(planner()).map((p) => Object.keys(p)[0]);
    const lastRename = kinds.lastIndexOf("rename");
    const firstFail = kinds.indexOf("fail");
    assert.ok(lastRename < firstFail, "fail must run after renames");
    assert.equal(kinds[kinds.length - 1], "remove");
    assert.ok(firstFail < kinds.length - 1, "fail must run before keep");
  });

  it("removes the helper fields and keeps only stored fields and _timestamp (no `field` next to `keep`)", () => {
    const p = planner();
    const helper = list(p).find((x) => x.remove?.tag === PIPELINE_TAGS.removeHelpers);
    assert.deepEqual(helper?.remove?.field, [...helperFields].sort());
    assert.equal(helper?.remove?.ignore_missing, true);
    assert.deepEqual(keepStep(p), [...storedFields(plannerDocument), TIMESTAMP_FIELD].sort());
    const keepProc = list(p).at(-1);
    assert.ok(keepProc?.remove);
    assert.equal("field" in keepProc.remove, false, "Elasticsearch rejects field together with keep");
  });

  it("fails documents that carry a dropped field", () => {
    const fails = list(planner()).flatMap((p) => (p.fail ? [p.fail] : []));
    assert.deepEqual(fails.map((f) => f.if).sort(), [
      "ctx.containsKey('cpu_overcommit')",
      "ctx.containsKey('name')",
      "ctx.containsKey('org_ref')",
      "ctx.containsKey('subject_ref')",
      "ctx.containsKey('vcenter_id')",
    ]);
    assert.ok(fails.every((f) => /revision 2/.test(f.message)));
  });

  it("stamps model name and revision", () => {
    const p = planner();
    assert.deepEqual([p._meta.model, p._meta.revision, p.version], ["planner", 2, 2]);
    assert.match(p.description ?? "", /planner.*revision 2/);
  });

  it("follows a classification change: flipped field leaves keep and gets a fail step; new field is kept", () => {
    const changed = variant("vms_total", "new_count");
    const p = anonymisationPipeline(changed, { rename: connectorFieldName, helperFields });
    assert.ok(!keepStep(p).includes("vms_total"));
    assert.ok(keepStep(p).includes("new_count"));
    assert.ok(list(p).some((x) => x.fail?.if === "ctx.containsKey('vms_total')"));
    assert.deepEqual(pipelineKeepsOnly(p, changed), []);
    // The old pipeline no longer satisfies the new classification, and the checker says why.
    const problems = pipelineKeepsOnly(planner(), changed);
    assert.ok(
      problems.some((x) => /keeps "vms_total"/.test(x)),
      problems.join("\n"),
    );
    assert.ok(problems.some((x) => /does not keep stored field "new_count"/.test(x)));
    assert.ok(problems.some((x) => /dropped field "vms_total"/.test(x)));
    assert.ok(problems.some((x) => /revision 2, expected planner revision 3/.test(x)));
  });

  it("the checker catches hand-written weaknesses", () => {
    const p = planner();
    const procs = p.processors ?? [];
    const noKeep = { ...p, processors: procs.slice(0, -1) };
    assert.ok(
      pipelineKeepsOnly(noKeep, plannerDocument).some((x) => /no remove processor with `keep`/.test(x)),
    );
    const setAfter = { ...p, processors: [...procs, { set: { field: "leak", value: "x" } }] };
    assert.ok(pipelineKeepsOnly(setAfter, plannerDocument).some((x) => /after the keep step/.test(x)));
    const swallow = { ...p, on_failure: [{ set: { field: "error", value: "x" } }] };
    assert.ok(pipelineKeepsOnly(swallow, plannerDocument).some((x) => /on_failure/.test(x)));
    const noFail = { ...p, processors: procs.filter((_x, i) => !list(p)[i].fail) };
    assert.equal(
      pipelineKeepsOnly(noFail, plannerDocument).filter((x) => /no fail step/.test(x)).length,
      fieldsWithAction(plannerDocument, "drop").length,
    );
    assert.deepEqual(pipelineKeepsOnly({ processors: [] }, plannerDocument), [
      "the pipeline has no processors",
    ]);
  });

  it("refuses a rename that reads another field of the model (a dropped vcenter_id into a kept field)", () => {
    // The fail steps look for `vcenter_id`; renamed into `agent_version` first, it would pass them and be kept.
    const hostile = (field: string) => (field === "agent_version" ? "vcenter_id" : connectorFieldName(field));
    assert.throws(
      () => anonymisationPipeline(plannerDocument, { rename: hostile, helperFields }),
      /the rename of "agent_version" reads "vcenter_id", another field of the model \(drop\)/,
    );
    const twice = (field: string) =>
      field === "agent_version" || field === "clusters_total" ? "src" : connectorFieldName(field);
    assert.throws(
      () => anonymisationPipeline(plannerDocument, { rename: twice, helperFields }),
      /"agent_version" and "clusters_total" are both renamed from "src"/,
    );
  });

  it("the checker reads every rename's target and source against the classification", () => {
    const p = planner();
    const procs = p.processors ?? [];
    const withFirst = (x: estypes.IngestProcessorContainer) => ({ ...p, processors: [x, ...procs] });
    const moved = pipelineKeepsOnly(
      withFirst({ rename: { field: "vcenter_id", target_field: "agent_version" } }),
      plannerDocument,
    );
    assert.ok(
      moved.some((x) =>
        /processor 0 renames "vcenter_id" \(drop in model planner\) into "agent_version"/.test(x),
      ),
      moved.join("; "),
    );
    const pseudonym = pipelineKeepsOnly(
      withFirst({ rename: { field: "org_ref", target_field: "os_family" } }),
      plannerDocument,
    );
    assert.ok(
      pseudonym.some((x) => /renames "org_ref" \(drop/.test(x)),
      pseudonym.join("; "),
    );
    const undeclared = pipelineKeepsOnly(
      withFirst({ rename: { field: "x", target_field: "not_a_field" } }),
      plannerDocument,
    );
    assert.ok(
      undeclared.some((x) => /renames into "not_a_field", which model planner does not declare/.test(x)),
    );
    const script = pipelineKeepsOnly(
      withFirst({ script: { source: "ctx.os_family = ctx.remove('name')" } }),
      plannerDocument,
    );
    assert.ok(
      script.some((x) => /processor 0 \(script\) runs before the keep step and may move a value/.test(x)),
    );
    assert.deepEqual(pipelineKeepsOnly(p, plannerDocument), []);
  });

  it("refuses a helper field that is also stored, and field names unsafe for Painless", () => {
    assert.throws(
      () => anonymisationPipeline(plannerDocument, { helperFields: ["doc_kind"] }),
      /helper field "doc_kind" is also a stored field/,
    );
    const bad: DocumentModel = {
      name: "x",
      revision: 1,
      fields: { "a'b": { type: "keyword", treatment: keep("low", "t"), from: [], description: "" } },
    };
    assert.throws(() => anonymisationPipeline(bad, { helperFields: [] }), /plain identifier/);
  });
});

describe("derive: index template", () => {
  it("sets index.final_pipeline and the strict mappings", () => {
    const t = indexTemplate(plannerDocument, {
      name: "planner",
      indexPatterns: ["planner"],
      finalPipelineName: "planner-anonymise",
      settings: { number_of_replicas: 1 },
    });
    assert.equal(t.template?.settings?.index?.final_pipeline, "planner-anonymise");
    assert.equal(t.template?.settings?.number_of_replicas, 1);
    assert.deepEqual(t.template?.mappings, indexMappings(plannerDocument));
    assert.deepEqual(t.index_patterns, ["planner"]);
    assert.equal(t.version, plannerDocument.revision);
  });

  it("refuses settings that would replace the pipelines", () => {
    for (const settings of [{ "index.final_pipeline": "x" }, { index: { default_pipeline: "y" } }]) {
      assert.throws(
        () =>
          indexTemplate(plannerDocument, {
            name: "t",
            indexPatterns: ["t"],
            finalPipelineName: "p",
            settings,
          }),
        /may not set index\.(final|default)_pipeline/,
      );
    }
    assert.throws(
      () => indexTemplate(plannerDocument, { name: "t", indexPatterns: [], finalPipelineName: "p" }),
      /needs index patterns/,
    );
  });
});

/**
 * The AnonymisedIndex under the Pulumi SDK's mock engine: its two children, their inputs, order and provider, and the
 * aliases that keep the URNs they had before the component existed (state identity of deployed stacks).
 */
import assert from "node:assert/strict";
import * as elasticstack from "@pulumi/elasticstack";
import * as pulumi from "@pulumi/pulumi";
import { anonymisationPipeline, indexTemplate } from "../../../anonymisation/derive";
import { installationCells } from "../../../anonymisation/assisted-installer/cells";
import { keyEpochMetadata } from "../../../anonymisation/metadata/keyEpoch";
import { AnonymisedIndex, anonymisedIndexBodies } from "../../../components/anonymised-index";
import { runUnderMocks, type RecordedResource } from "../../../infra/engine/mockEngine";
import { runStack } from "../../support/stacks";

const PIPELINE = "elasticstack:index/elasticsearchIngestPipeline:ElasticsearchIngestPipeline";
const TEMPLATE = "elasticstack:index/elasticsearchIndexTemplate:ElasticsearchIndexTemplate";
const INDEX_TYPE = "am-dashboard:anonymisation:AnonymisedIndex";

class Holder extends pulumi.ComponentResource {
  constructor(name: string) {
    super("test:index:Holder", name, {}, {});
  }
}

async function run(program: () => void): Promise<RecordedResource[]> {
  return (await runUnderMocks({ project: "am", stack: "test", config: {} }, program)).resources;
}

function byName(resources: RecordedResource[], name: string): RecordedResource {
  const found = resources.filter((r) => r.name === name);
  assert.equal(found.length, 1, `${name}: ${found.length} registered`);
  return found[0];
}

describe("AnonymisedIndex", () => {
  it("registers the pipeline and the template under itself, named after it, with the derived bodies", async () => {
    const resources = await run(() => {
      const provider = new elasticstack.Provider("es", {});
      new AnonymisedIndex(
        "guard",
        { model: installationCells, index: "cells", helperFields: [] },
        { provider },
      );
    });
    const component = byName(resources, "guard");
    assert.equal(component.type, "am-dashboard:anonymisation:AnonymisedIndex");
    const pipeline = byName(resources, "guard-pipeline");
    const template = byName(resources, "guard-template");
    assert.equal(pipeline.type, PIPELINE);
    assert.equal(template.type, TEMPLATE);
    for (const child of [pipeline, template]) {
      assert.equal(child.parent, component.urn);
      // The provider passed to the component reaches its children.
      assert.match(child.provider ?? "", /pulumi:providers:elasticstack::es$/);
    }
    const expected = anonymisationPipeline(installationCells, { helperFields: [] });
    assert.equal(pipeline.inputs.name, "cells-anonymise");
    assert.deepEqual(
      pipeline.inputs.processors,
      (expected.processors ?? []).map((p) => JSON.stringify(p)),
    );
    const body = indexTemplate(installationCells, {
      name: "cells-template",
      indexPatterns: ["cells*"],
      finalPipelineName: "cells-anonymise",
    });
    assert.equal(template.inputs.name, "cells-template");
    assert.deepEqual(template.inputs.indexPatterns, ["cells*"]);
    assert.equal(
      (template.inputs.template as { mappings: string }).mappings,
      JSON.stringify(body.template?.mappings),
    );
    assert.ok(template.dependencies.includes(pipeline.urn), "the template waits for its final pipeline");
  });

  it("takes the writer's renames, a template name and exact patterns (the connector's)", () => {
    const { names, template } = anonymisedIndexBodies({
      model: keyEpochMetadata,
      index: "planner",
      helperFields: ["database"],
      rename: (f) => `x_${f}`,
      templateName: "planner",
      indexPatterns: ["planner"],
    });
    assert.deepEqual(names, { index: "planner", pipeline: "planner-anonymise", template: "planner" });
    assert.deepEqual(template.index_patterns, ["planner"]);
  });

  it("passes its dependsOn to both children", async () => {
    const resources = await run(() => {
      const provider = new elasticstack.Provider("es", {});
      const ready = new elasticstack.ElasticsearchClusterSettings("ready", {}, { provider });
      new AnonymisedIndex(
        "guard",
        { model: keyEpochMetadata, index: "epochs", helperFields: [] },
        { provider, dependsOn: [ready] },
      );
    });
    const ready = byName(resources, "ready");
    for (const child of ["guard-pipeline", "guard-template"]) {
      assert.ok(byName(resources, child).dependencies.includes(ready.urn), child);
    }
  });

  it("aliases each child to the URN it had as a direct child of the component's parent", async () => {
    const resources = await run(() => {
      const provider = new elasticstack.Provider("es", {});
      const holder = new Holder("holder");
      new AnonymisedIndex(
        "nested",
        { model: keyEpochMetadata, index: "a", helperFields: [] },
        { parent: holder, provider },
      );
      new AnonymisedIndex("top", { model: keyEpochMetadata, index: "b", helperFields: [] }, { provider });
    });
    assert.deepEqual(byName(resources, "nested-pipeline").aliases, [
      `urn:pulumi:test::am::test:index:Holder$${PIPELINE}::nested-pipeline`,
    ]);
    assert.deepEqual(byName(resources, "nested-template").aliases, [
      `urn:pulumi:test::am::test:index:Holder$${TEMPLATE}::nested-template`,
    ]);
    assert.deepEqual(byName(resources, "top-pipeline").aliases, [
      `urn:pulumi:test::am::${PIPELINE}::top-pipeline`,
    ]);
    assert.deepEqual(byName(resources, "top-template").aliases, [
      `urn:pulumi:test::am::${TEMPLATE}::top-template`,
    ]);
  });
});

describe("AnonymisedIndex in the shipped stacks", () => {
  for (const stack of ["dev", "local", "prod", "stage"]) {
    it(`${stack}: every pipeline and template is an AnonymisedIndex child aliased to its URN from before it`, async () => {
      const { resources } = await runStack(stack);
      const guarded = resources.filter((r) => r.type === PIPELINE || r.type === TEMPLATE);
      assert.ok(guarded.length > 0);
      const components = new Map(resources.filter((r) => r.type === INDEX_TYPE).map((r) => [r.urn, r]));
      for (const r of guarded) {
        const component = r.parent ? components.get(r.parent) : undefined;
        assert.ok(component, `${r.name} is not built by an AnonymisedIndex`);
        // Before the component, the same resource sat directly under the component's parent (or the stack).
        const before = component.parent
          ? `${component.parent.slice(0, component.parent.lastIndexOf("::"))}$${r.type}::${r.name}`
          : `urn:pulumi:${stack}::am-dashboard::${r.type}::${r.name}`;
        assert.deepEqual(r.aliases, [before], r.name);
      }
    });
  }
});

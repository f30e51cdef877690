/**
 * viewers-read-aggregates-only on resources built with the program's own builders, and over every shipped stack
 * (under the mock engine; the real-preview test runs the pack through the CLI).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { installationCells } from "../../../anonymisation/assisted-installer/cells";
import { installationDocument } from "../../../anonymisation/assisted-installer/installation";
import { KEY_EPOCH_INDEX, keyEpochMetadata } from "../../../anonymisation/metadata/keyEpoch";
import type { DocumentModel } from "../../../anonymisation/model";
import { LOGSTASH_HELPER_FIELDS } from "../../../components/collectors/assisted-installer/build";
import { transformResourceArgs } from "../../../components/collectors/assisted-installer/aggregates";
import { installationTransforms } from "../../../components/collectors/assisted-installer/transform";
import {
  anonymisedIndexBodies,
  pipelineResourceArgs,
  templateResourceArgs,
} from "../../../components/anonymised-index/build";
import { buildDataView } from "../../../components/kibana-dashboards/build";
import { buildElasticsearchRole } from "../../../components/viewer-access/build";
import { installationsDashboard } from "../../../dashboards";
import { patternsOverlap, viewersReadAggregatesOnly } from "../../../policies/rules/aggregatesOnly";
import { isProgramMetadataModel } from "../../../policies/rules/models";
import { everyDataPathAnonymised } from "../../../policies/rules/dataPaths";
import {
  fromRecorded,
  policyConfigFor,
  reported,
  resource,
  runStackPolicy,
  stackPolicyValues,
  type TestResource,
} from "../../support/policyHarness";
import { REPO_ROOT, runStack, stackConfig } from "../../support/stacks";
import { T } from "./fixtures";

const TRANSFORM = "elasticstack:index/elasticsearchTransform:ElasticsearchTransform";
const ROLE = "elasticstack:index/elasticsearchSecurityRole:ElasticsearchSecurityRole";
const STAGING = "am-staging-installations";
const CELLS = "am-installations-cells";

/** The template and pipeline of an index as the program registers them (an AnonymisedIndex). */
function guarded(model: DocumentModel, index: string, helperFields: readonly string[] = []): TestResource[] {
  const { names, pipeline, template } = anonymisedIndexBodies({ model, index, helperFields });
  return [
    resource(
      T.pipeline,
      { ...pipelineResourceArgs(names.pipeline, pipeline) },
      { name: `${index}-pipeline` },
    ),
    resource(T.template, { ...templateResourceArgs(template) }, { name: `${index}-template` }),
  ];
}

const dashboard = (pattern: string) => installationsDashboard({ indexPattern: pattern });
const dataView = (pattern: string) =>
  resource(T.dataView, { ...buildDataView("am", dashboard(pattern).dataView) });
const role = (pattern: string) =>
  resource(ROLE, { ...buildElasticsearchRole("viewer", [dashboard(pattern)], false) }, { name: "viewer" });
const transforms = () =>
  installationTransforms({ stagingIndex: STAGING, aggregateIndex: CELLS, k: 10 }).map((t) =>
    resource(TRANSFORM, { ...transformResourceArgs(t) }, { name: t.id }),
  );
const indices = () => [
  ...guarded(installationDocument, STAGING, LOGSTASH_HELPER_FIELDS),
  ...guarded(installationCells, CELLS),
  // The installations dashboard's key-epoch layer reads the program's metadata index (no customer source).
  ...guarded(keyEpochMetadata, KEY_EPOCH_INDEX),
];

describe("policy viewers-read-aggregates-only", () => {
  const p = viewersReadAggregatesOnly("mandatory");
  const run = async (rs: TestResource[]) => reported(await runStackPolicy(p, rs));

  it("counts as program metadata only a model whose every field comes from the program", () => {
    assert.ok(isProgramMetadataModel(keyEpochMetadata));
    assert.ok(!isProgramMetadataModel(installationDocument));
    const leaky = {
      ...keyEpochMetadata,
      fields: {
        ...keyEpochMetadata.fields,
        org: { ...keyEpochMetadata.fields.stack, from: ["sources.org_id"] },
      },
    };
    assert.ok(!isProgramMetadataModel(leaky), "one customer-sourced field makes it customer data");
  });

  it("tells overlapping wildcard patterns apart", () => {
    assert.ok(patternsOverlap("am-installations*", "am-installations-staging"));
    assert.ok(patternsOverlap("am-*-cells*", "am-installations*"));
    assert.ok(!patternsOverlap("am-installations-cells*", "am-staging-installations*"));
    assert.ok(!patternsOverlap("am-planner*", "am-installations*"));
  });

  it("passes viewers on the cells, fed by transforms gated at k from a staging index they cannot read", async () => {
    assert.deepEqual(
      await run([...indices(), ...transforms(), dataView(`${CELLS}*`), role(`${CELLS}*`)]),
      [],
    );
  });

  it("refuses a data view or a viewer role that reaches the staging index", async () => {
    const wide = "am-*";
    assert.deepEqual(await run([...indices(), dataView(wide), role(wide)]), [
      'ElasticsearchSecurityRole "viewer" indices[0] reads "am-*", which reaches the indices of template "am-staging-installations-template" (model ai-installation): neither an aggregate index nor program metadata.',
      'KibanaDataView "test" index pattern reads "am-*", which reaches the indices of template "am-staging-installations-template" (model ai-installation): neither an aggregate index nor program metadata.',
    ]);
    assert.deepEqual(await run([...indices(), dataView(`${STAGING}*`)]), [
      `KibanaDataView "test" index pattern reads "${STAGING}*", which reaches the indices of template "${STAGING}-template" (model ai-installation): neither an aggregate index nor program metadata.`,
    ]);
  });

  it("refuses a pattern no aggregate template covers", async () => {
    assert.deepEqual(await run([...indices(), dataView("am-elsewhere*")]), [
      'KibanaDataView "test" index pattern reads "am-elsewhere*": no aggregate index template of this stack (or follower of a declared aggregate leader) covers it.',
    ]);
  });

  it("refuses a transform into a viewed index without the k gate, below the minimum k, or grouping by a pseudonym", async () => {
    const [t] = transforms();
    const pivot = JSON.parse(t.props.pivot as string) as {
      group_by: Record<string, unknown>;
      aggregations: Record<string, unknown>;
    };
    const withPivot = (pv: unknown) =>
      resource(TRANSFORM, { ...t.props, pivot: JSON.stringify(pv) }, { name: "t" });
    const viewed = [...indices(), dataView(`${CELLS}*`)];
    const { at_least_k_customers: _gate, ...ungated } = pivot.aggregations;
    assert.deepEqual(await run([...viewed, withPivot({ ...pivot, aggregations: ungated })]), [
      `ElasticsearchTransform "t" writes "${CELLS}", which viewers read, but its pivot has no bucket_selector keeping only buckets whose distinct customers are >= k.`,
    ]);
    // A gate on a count of documents is not a gate on customers.
    const onAttempts = {
      ...pivot.aggregations,
      at_least_k_customers: {
        bucket_selector: { buckets_path: { customers: "attempts" }, script: "params.customers >= 10" },
      },
    };
    assert.equal((await run([...viewed, withPivot({ ...pivot, aggregations: onAttempts })])).length, 1);
    const small = {
      ...pivot.aggregations,
      at_least_k_customers: {
        bucket_selector: { buckets_path: { customers: "customers" }, script: "params.customers >= 3" },
      },
    };
    assert.deepEqual(await run([...viewed, withPivot({ ...pivot, aggregations: small })]), [
      'ElasticsearchTransform "t" keeps buckets of 3 customers; at least 5 are needed.',
    ]);
    const byCustomer = {
      ...pivot,
      group_by: { ...pivot.group_by, who: { terms: { field: "customer_ref" } } },
    };
    assert.deepEqual(await run([...viewed, withPivot(byCustomer)]), [
      'ElasticsearchTransform "t" groups by "customer_ref", a pseudonym: the cells would carry it.',
    ]);
  });

  it("refuses a transform that counts keyed customers across key generations, or publishes open periods", async () => {
    const [t] = transforms();
    const pivot = JSON.parse(t.props.pivot as string) as { group_by: Record<string, unknown> };
    const viewed = [...indices(), dataView(`${CELLS}*`)];
    const { key_epoch: _epoch, ...acrossKeys } = pivot.group_by;
    assert.deepEqual(
      await run([
        ...viewed,
        resource(
          TRANSFORM,
          { ...t.props, pivot: JSON.stringify({ ...pivot, group_by: acrossKeys }) },
          { name: "t" },
        ),
      ]),
      [
        'ElasticsearchTransform "t" counts customers by the keyed "customer_ref" but does not group by the key generation (key_epoch): after a key rotation one customer has two refs, and a cell could pass k with fewer real customers.',
      ],
    );
    const sync = (field: string) =>
      resource(TRANSFORM, { ...t.props, sync: { time: { field, delay: "5m" } } }, { name: "t" });
    assert.deepEqual(await run([...viewed, sync("collected_at")]), [
      'ElasticsearchTransform "t" syncs on "collected_at", not on when a period is closed (publishable_at): its cells would change as events arrive, and two reads would differ by one.',
    ]);
    assert.deepEqual(await run([...viewed, sync("publishable_at")]), []);
  });

  it("every-data-path-anonymised admits a transform only from anonymised indices into an aggregate index", async () => {
    const paths = everyDataPathAnonymised("mandatory");
    const [t] = transforms();
    const transform = (source: string, dest: string) =>
      resource(
        TRANSFORM,
        { ...t.props, source: { indices: [source] }, destination: { index: dest } },
        { name: "t" },
      );
    const runPaths = async (rs: TestResource[]) => reported(await runStackPolicy(paths, rs));
    assert.deepEqual(await runPaths([...indices(), transform(STAGING, CELLS)]), []);
    assert.equal((await runPaths([...indices(), transform("raw-events", CELLS)])).length, 1);
    assert.equal((await runPaths([...indices(), transform(STAGING, `${STAGING}-copy`)])).length, 1);
  });

  const stacks = fs
    .readdirSync(REPO_ROOT)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => !!s);
  for (const stack of stacks) {
    it(`passes the shipped stack ${stack}, whose viewers read something`, async () => {
      const recorded = (await runStack(stack)).resources.map(fromRecorded);
      const config = policyConfigFor(stack, stackPolicyValues(stackConfig(stack).config));
      assert.ok(
        recorded.some((r) => r.type === T.dataView),
        "the stack has a data view to judge",
      );
      assert.deepEqual(reported(await runStackPolicy(p, recorded, { config })), []);
    });
  }
});

/**
 * What a stack deploys that the preview needs, taken from the stack's own offline synth (the program under the
 * Pulumi mock engine, `infra/synth`): each anonymised index's template and final pipeline as the elasticstack
 * provider would send them, and the dashboards, rebuilt from the data views the stack deploys and checked against
 * the saved objects it imports, byte for byte, so the preview shows exactly the dashboards of that stack.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { estypes } from "@elastic/elasticsearch";
import YAML from "yaml";
import { parseStackConfig } from "../../infra/config/load";
import type { ReadModelInputs } from "../../components/planner-read-model/provider";
import type { RecordedResource } from "../../infra/engine/mockEngine";
import { plainValue } from "../../infra/engine/mockEngine";
import { synthStack } from "../../infra/synth/run";
import { stackFilePath } from "../../infra/synth/stackFile";
import { REPO_ROOT } from "../../infra/paths";
import { toNdjson, dashboardSavedObject } from "../compile/savedObjects";
import {
  allDashboards,
  INSTALLATIONS_DATA_VIEW_ID,
  PLANNER_DATA_VIEW_ID,
  TELEMETRY_DATA_VIEW_ID,
  type AllDashboardsOptions,
} from "../index";
import type { AnyDashboard } from "../language/types";

export interface StackIndex {
  /** Template name, e.g. `am-planner`. */
  readonly template: string;
  readonly indexPatterns: readonly string[];
  /** The concrete index the preview writes: the template's pattern, or the connector's index for the planner. */
  readonly index: string;
  readonly templateBody: Record<string, unknown>;
  readonly pipelineName: string;
  readonly pipelineBody: estypes.IngestPipeline;
  /** The document model the template was derived from (`_meta.model`). */
  readonly model: string;
}

export interface StackPreviewInputs {
  readonly stack: string;
  /** `elastic.version` of the stack: what OpenSearch stands in for. */
  readonly elasticVersion: string;
  readonly indices: readonly StackIndex[];
  readonly dashboards: readonly AnyDashboard[];
  /** The planner connector, when the stack runs one. */
  readonly planner?: StackPlanner;
}

export interface StackPlanner {
  /** Index the connector writes and the request pipeline it names on every bulk request. */
  readonly index: string;
  readonly requestPipeline: string;
  /** The connector's advanced sync rules, as the stack sets them (the query embeds the stack's key). */
  readonly rules: readonly { tables: string[]; query: string; id_columns?: string[] }[];
  /** The read model's inputs as the stack gives them to its provider (secrets decrypted: synth placeholders). */
  readonly readModel: ReadModelInputs;
}

const json = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
const inputsOf = (r: RecordedResource) => plainValue<Record<string, unknown>>(r.inputs);
const ofType = (resources: RecordedResource[], suffix: string) =>
  resources.filter((r) => r.custom && !r.read && r.type.endsWith(suffix));

/** The provider's `ElasticsearchIngestPipeline` inputs as the `PUT _ingest/pipeline` body it sends. */
function pipelineBody(i: Record<string, unknown>): estypes.IngestPipeline {
  const body: Record<string, unknown> = {
    description: i.description,
    processors: ((i.processors ?? []) as unknown[]).map(json),
  };
  if (i.onFailures) body.on_failure = (i.onFailures as unknown[]).map(json);
  if (i.metadata) body._meta = json(i.metadata);
  return body as estypes.IngestPipeline;
}

/** The provider's `ElasticsearchIndexTemplate` inputs as the `PUT _index_template` body it sends. */
function templateBody(i: Record<string, unknown>): Record<string, unknown> {
  const t = (i.template ?? {}) as Record<string, unknown>;
  const template: Record<string, unknown> = {};
  if (t.settings) template.settings = json(t.settings);
  if (t.mappings) template.mappings = json(t.mappings);
  return {
    index_patterns: i.indexPatterns,
    ...(i.priority !== undefined ? { priority: i.priority } : {}),
    ...(i.version !== undefined ? { version: i.version } : {}),
    ...(i.metadata ? { _meta: json(i.metadata) } : {}),
    ...(i.composedOfs ? { composed_of: i.composedOfs } : {}),
    template,
  };
}

function finalPipelineOf(template: Record<string, unknown>): string | undefined {
  const settings = ((template.template as Record<string, unknown>)?.settings ?? {}) as Record<
    string,
    unknown
  >;
  const index = (settings.index ?? {}) as Record<string, unknown>;
  return (index.final_pipeline ?? settings["index.final_pipeline"]) as string | undefined;
}

/**
 * The stack file to synth for the preview. A stack that applies its read model from the cluster (a psql Job) is
 * synthesised on the runner path instead, so that the preview can apply the same read model here: both paths run the
 * statements of the same builders, which test/components/planner-read-model/inCluster.test.ts checks on real
 * PostgreSQL.
 */
function previewStackFile(stack: string): string | undefined {
  const file = stackFilePath(REPO_ROOT, stack);
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  const at = ["config", "am-dashboard:planner", "readModel", "applyFrom"];
  if (doc.getIn(at) !== "cluster") return undefined;
  doc.setIn(at, "runner");
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "am-preview-")), path.basename(file));
  fs.writeFileSync(copy, doc.toString());
  return copy;
}

export async function stackPreviewInputs(stack: string): Promise<StackPreviewInputs> {
  const stackFile = previewStackFile(stack);
  const synth = await synthStack(stack, { outDir: null, allowUnvalidated: true, stackFile });
  if (stackFile) fs.rmSync(path.dirname(stackFile), { recursive: true, force: true });
  if (synth.exitCode !== 0 || !synth.stackFile) {
    throw new Error(`the synth of stack ${stack} failed (exit ${synth.exitCode}):\n${synth.summary}`);
  }
  const resources = synth.resources;
  const pipelines = new Map(
    ofType(resources, ":ElasticsearchIngestPipeline").map((r) => {
      const i = inputsOf(r);
      return [String(i.name), pipelineBody(i)] as const;
    }),
  );
  const connector = ofType(resources, ":ElasticsearchConnector").map(inputsOf)[0];
  const plannerIndex = connector ? String(connector.indexName) : undefined;
  const rules = ofType(resources, ":ConnectorSyncRules").map(inputsOf)[0];
  const readModel = ofType(resources, ":ReadModel").map(inputsOf)[0];
  if (connector && (!rules || !readModel)) {
    throw new Error(
      `stack ${stack} runs the planner connector but its sync rules or read model were not found`,
    );
  }

  const indices: StackIndex[] = ofType(resources, ":ElasticsearchIndexTemplate").map((r) => {
    const i = inputsOf(r);
    const body = templateBody(i);
    const patterns = (i.indexPatterns ?? []) as string[];
    const pipelineName = finalPipelineOf(body);
    const pipeline = pipelineName ? pipelines.get(pipelineName) : undefined;
    if (!pipelineName || !pipeline) {
      throw new Error(
        `template ${String(i.name)} of stack ${stack} names no final pipeline the stack deploys`,
      );
    }
    const index =
      plannerIndex && patterns.includes(plannerIndex)
        ? plannerIndex
        : (patterns[0] ?? String(i.name)).replace(/\*/g, "") || String(i.name);
    return {
      template: String(i.name),
      indexPatterns: patterns,
      index,
      templateBody: body,
      pipelineName,
      pipelineBody: pipeline,
      model: String(((body._meta ?? {}) as Record<string, unknown>).model ?? "unknown"),
    };
  });

  // The dashboards' options, from the data views the stack deploys (and its telemetry queries).
  const dataViews = new Map(
    ofType(resources, ":KibanaDataView").map((r) => {
      const dv = inputsOf(r).dataView as { id: string; title: string };
      return [dv.id, dv.title] as const;
    }),
  );
  const secret = new Set(synth.stackFile.secretKeys);
  const cfg = parseStackConfig(synth.stackFile.file, synth.stackFile.config, (k) => secret.has(k));
  const options: AllDashboardsOptions = {
    planner: dataViews.has(PLANNER_DATA_VIEW_ID),
    plannerIndexPattern: dataViews.get(PLANNER_DATA_VIEW_ID),
    installationsIndexPattern: dataViews.get(INSTALLATIONS_DATA_VIEW_ID),
    telemetryIndexPattern: dataViews.get(TELEMETRY_DATA_VIEW_ID),
    telemetryQueries: dataViews.has(TELEMETRY_DATA_VIEW_ID) ? cfg.collectors?.telemetry?.queries : undefined,
  };
  const imported = new Map(
    ofType(resources, ":KibanaImportSavedObjects").map((r) => {
      const contents = String(inputsOf(r).fileContents);
      const id = (JSON.parse(contents.split("\n")[0]) as { id: string }).id;
      return [id, contents] as const;
    }),
  );
  const dashboards = dataViews.size > 0 ? allDashboards(options) : [];
  for (const d of dashboards) {
    if (imported.get(d.id) !== toNdjson([dashboardSavedObject(d)])) {
      throw new Error(
        `dashboard ${d.id} rebuilt for the preview differs from the one stack ${stack} imports`,
      );
    }
  }
  const missing = [...imported.keys()].filter((id) => !dashboards.some((d) => d.id === id));
  if (missing.length)
    throw new Error(`stack ${stack} imports dashboards the preview cannot rebuild: ${missing.join(", ")}`);
  return {
    stack,
    elasticVersion: String(cfg.elastic.version),
    indices,
    dashboards,
    planner:
      connector && rules && readModel
        ? {
            index: String(connector.indexName),
            requestPipeline: String((connector.pipeline as { name?: string })?.name),
            rules: rules.rules as StackPlanner["rules"],
            readModel: readModel as unknown as ReadModelInputs,
          }
        : undefined,
  };
}

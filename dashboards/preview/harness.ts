/**
 * The preview harness: a stack's dashboards evaluated with real figures.
 *
 * fixture corpus in real PostgreSQL -> the stack's read model -> the stack's sync rule as the connector role ->
 * documents bulk-indexed the way the connector does (request pipeline + the template's final pipeline) into a real
 * OpenSearch 2.19 node standing in for Elasticsearch -> every panel's aggregation evaluated there.
 *
 * Sources without a fixture corpus (installations, telemetry) get their template and pipeline installed and their
 * index created empty: their panels are evaluated and show no data, and the result says why.
 */
import { startOpenSearch, type OpenSearchNode } from "../../engines/opensearch/node";
import { indexPatternMatches } from "../../infra/config/areas/collectors";
import type { AnyDashboard, AnyPanel } from "../language/types";
import { buildPanelQuery, readPanelFigures, type PanelFigures, type PanelQuery } from "./evaluate";
import { plannerCorpus, type PlannerCorpus } from "./planner";
import { stackPreviewInputs, type StackIndex, type StackPreviewInputs } from "./stack";
import { OpenSearchClient, putPipeline, putTemplate, type StandInGap } from "./standin";

export interface PanelResult {
  readonly panel: AnyPanel;
  readonly query: PanelQuery;
  readonly figures: PanelFigures;
}

export interface DashboardResult {
  readonly dashboard: AnyDashboard;
  /** Documents in the indices the dashboard's data view matches. */
  readonly documents: number;
  /** Why the dashboard has no data, when it has none by design. */
  readonly emptyBecause?: string;
  readonly panels: readonly PanelResult[];
}

export interface PreviewResult {
  readonly stack: string;
  readonly engine: { readonly distribution: string; readonly version: string; readonly standsInFor: string };
  /** What the stand-in could not take as the stack wrote it, and what ran instead. */
  readonly gaps: readonly StandInGap[];
  /** The instant `now` in every dashboard's time range. */
  readonly now: Date;
  readonly corpus?: PlannerCorpus;
  /** Documents indexed per index. */
  readonly indexed: Readonly<Record<string, number>>;
  readonly dashboards: readonly DashboardResult[];
  readonly inputs: StackPreviewInputs;
}

export interface PreviewOptions {
  /** `now` for the time ranges; default: the first day of the month after the corpus's last month. */
  readonly now?: Date;
  readonly log?: (line: string) => void;
  /** Leave the shared PostgreSQL running (tests: the root hook stops it). */
  readonly keepPostgres?: boolean;
  /** Use this node instead of starting one (and leave it running). */
  readonly opensearch?: OpenSearchNode;
}

/** The corpus spans 2025-01 .. 2026-08 (fixtures/planner/generate.ts): dashboards see all of it from here. */
export const CORPUS_NOW = new Date("2026-09-01T00:00:00Z");

const BULK_CHUNK = 500;

async function bulkIndex(
  client: OpenSearchClient,
  index: string,
  pipeline: string,
  docs: readonly { _id: string; source: Record<string, unknown> }[],
): Promise<number> {
  for (let i = 0; i < docs.length; i += BULK_CHUNK) {
    const lines = docs
      .slice(i, i + BULK_CHUNK)
      .flatMap((d) => [JSON.stringify({ index: { _index: index, _id: d._id } }), JSON.stringify(d.source)]);
    const result = await client.ok<{ errors: boolean; items: { index: { _id: string; error?: unknown } }[] }>(
      "POST",
      `/_bulk?pipeline=${encodeURIComponent(pipeline)}`,
      `${lines.join("\n")}\n`,
      true,
    );
    if (result.errors) {
      const failed = result.items.filter((it) => it.index.error);
      throw new Error(
        `${failed.length} document(s) refused by ${index} (its pipeline or mapping): ${JSON.stringify(failed.slice(0, 3))}`,
      );
    }
  }
  await client.ok("POST", `/${encodeURIComponent(index)}/_refresh`);
  const count = await client.ok<{ count: number }>("GET", `/${encodeURIComponent(index)}/_count`);
  if (count.count !== docs.length) {
    throw new Error(`${index} holds ${count.count} documents after indexing ${docs.length}`);
  }
  return count.count;
}

/** Any field the pipeline's keep step lists (for the `_simulate` probe of an adapted keep step). */
function keptFieldOf(index: StackIndex): string {
  const meta = (index.pipelineBody as { _meta?: { stored_fields?: string[] } })._meta;
  const field = meta?.stored_fields?.[0];
  if (!field) throw new Error(`pipeline ${index.pipelineName} has no _meta.stored_fields`);
  return field;
}

/** Why a dashboard has no documents in the preview, stated from what the stack deploys. */
function emptyReason(dashboard: AnyDashboard, inputs: StackPreviewInputs): string {
  const pattern = dashboard.dataView.indexPattern;
  const templates = inputs.indices.filter((i) =>
    i.indexPatterns.some((p) => indexPatternMatches(pattern, p.replace(/\*/g, ""))),
  );
  const corpus = "the preview has a fixture corpus only for the planner connector's index";
  return templates.length
    ? `${corpus}; ${pattern} is created here through this stack's template ${templates.map((t) => t.template).join(", ")} and final pipeline, and stays empty`
    : `${corpus}; this stack deploys no template for ${pattern} (its documents arrive otherwise, e.g. by replication), so nothing matches it here`;
}

export async function runPreview(stack: string, options: PreviewOptions = {}): Promise<PreviewResult> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? CORPUS_NOW;
  log(
    `synthesising stack ${stack} (offline, Pulumi mock engine) for its templates, pipelines and dashboards`,
  );
  const inputs = await stackPreviewInputs(stack);
  log("starting OpenSearch (stands in for Elasticsearch)");
  const node = options.opensearch ?? (await startOpenSearch({ log }));
  try {
    const client = new OpenSearchClient(node.url);
    const gaps: StandInGap[] = [];
    const indexed: Record<string, number> = {};
    for (const index of inputs.indices) {
      log(`installing pipeline ${index.pipelineName} and template ${index.template}`);
      gaps.push(...(await putPipeline(client, index.pipelineName, index.pipelineBody, keptFieldOf(index))));
      gaps.push(...(await putTemplate(client, index.template, index.templateBody)));
    }
    let corpus: PlannerCorpus | undefined;
    if (inputs.planner) {
      corpus = await plannerCorpus(inputs.planner, now.toISOString(), {
        log,
        keepServer: options.keepPostgres,
      });
      log(`indexing ${corpus.documents.length} documents into ${inputs.planner.index} through its pipelines`);
      indexed[inputs.planner.index] = await bulkIndex(
        client,
        inputs.planner.index,
        inputs.planner.requestPipeline,
        corpus.documents,
      );
    }
    for (const index of inputs.indices) {
      if (index.index in indexed) continue;
      // Created through the template (its mappings), so the dashboards' fields exist; nothing is written.
      await client.ok("PUT", `/${encodeURIComponent(index.index)}`);
      indexed[index.index] = 0;
    }

    const dashboards: DashboardResult[] = [];
    for (const dashboard of inputs.dashboards) {
      log(`evaluating ${dashboard.panels.length} panels of ${dashboard.id}`);
      const documents = Object.entries(indexed)
        .filter(([name]) => indexPatternMatches(dashboard.dataView.indexPattern, name))
        .reduce((n, [, c]) => n + c, 0);
      const panels: PanelResult[] = [];
      for (const panel of dashboard.panels) {
        const query = buildPanelQuery(dashboard, panel, now);
        const response = await client.ok(
          "POST",
          `/${encodeURIComponent(query.index)}/_search?allow_no_indices=true`,
          query.body,
        );
        panels.push({ panel, query, figures: readPanelFigures(panel, response) });
      }
      dashboards.push({
        dashboard,
        documents,
        emptyBecause: documents > 0 ? undefined : emptyReason(dashboard, inputs),
        panels,
      });
    }
    return {
      stack,
      engine: {
        distribution: node.distribution,
        version: node.version,
        standsInFor: `Elasticsearch ${inputs.elasticVersion}`,
      },
      gaps,
      now,
      corpus,
      indexed,
      dashboards,
      inputs,
    };
  } finally {
    if (!options.opensearch) await node.stop();
  }
}

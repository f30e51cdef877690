/**
 * Puts a stack's index template and final pipeline into OpenSearch, which stands in for Elasticsearch, exactly as
 * the stack deploys them, and says what the stand-in could not take.
 *
 * A body is sent as it is first. When OpenSearch refuses a part of it that it is known to lack, that part alone is
 * adapted, the adaptation is recorded as a `StandInGap` (what Elasticsearch runs, what ran instead, why), and the
 * result is checked with `_simulate` where the adaptation changes what a processor does. Any other refusal fails
 * the preview: nothing is rewritten silently.
 */
import type { estypes } from "@elastic/elasticsearch";

export interface StandInGap {
  /** Which object: `pipeline am-planner-anonymise`, `template am-planner`. */
  readonly object: string;
  /** What the stand-in lacks, e.g. `remove.keep` (processor tag keep-only-stored-fields). */
  readonly lacks: string;
  /** OpenSearch's own error for the body as written. */
  readonly error: string;
  /** What ran instead, and how it was checked. */
  readonly instead: string;
}

export class OpenSearchClient {
  constructor(readonly url: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    ndjson = false,
  ): Promise<{ status: number; json: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers:
        body === undefined ? {} : { "content-type": ndjson ? "application/x-ndjson" : "application/json" },
      body: body === undefined ? undefined : ndjson ? String(body) : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as T };
  }

  /** Like `request`, but a status >= 400 throws with the response. */
  async ok<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    ndjson = false,
  ): Promise<T> {
    const { status, json } = await this.request<T>(method, path, body, ndjson);
    if (status >= 400) throw new Error(`${method} ${path} -> ${status}: ${JSON.stringify(json)}`);
    return json;
  }
}

interface EsError {
  error?: {
    reason?: string;
    processor_tag?: string;
    processor_type?: string;
    root_cause?: { reason?: string }[];
  };
}

const reasonOf = (json: EsError) =>
  json.error?.root_cause?.[0]?.reason ?? json.error?.reason ?? JSON.stringify(json);

type Processor = Record<string, Record<string, unknown>>;

/**
 * One known gap: recognises OpenSearch's refusal and adapts the body. Each adapter changes only what the error
 * names, and says so.
 */
interface Adapter {
  lacks: string;
  matches(json: EsError, body: Record<string, unknown>): boolean;
  adapt(
    body: Record<string, unknown>,
    json: EsError,
  ): { body: Record<string, unknown>; instead: string; probe?: boolean };
}

/** Index of the remove processor the error names by tag, if it uses `keep`. */
function keepProcessor(body: Record<string, unknown>, json: EsError): number {
  const processors = (body.processors ?? []) as Processor[];
  return processors.findIndex(
    (p) =>
      p.remove &&
      Array.isArray(p.remove.keep) &&
      (json.error?.processor_tag === undefined || p.remove.tag === json.error.processor_tag),
  );
}

const PIPELINE_ADAPTERS: Adapter[] = [
  {
    // OpenSearch's pipeline parser knows description, version, processors and on_failure only (ES 8 added _meta).
    lacks: "pipeline `_meta`",
    matches: (json, body) =>
      "_meta" in body &&
      /support one or more provided configuration parameters \[_meta\]/.test(reasonOf(json)),
    adapt: (body) => {
      const { _meta: _dropped, ...rest } = body;
      return {
        body: rest,
        instead: "sent without `_meta` (metadata for policies and people; no processor reads it)",
      };
    },
  },
  {
    // ES 8.x: remove.keep. OpenSearch 2.19 has the same operation as remove.exclude_field.
    lacks: "`remove.keep`",
    matches: (json, body) =>
      json.error?.processor_type === "remove" &&
      /exclude_field/.test(reasonOf(json)) &&
      keepProcessor(body, json) >= 0,
    adapt: (body, json) => {
      const processors = [...((body.processors ?? []) as Processor[])];
      const i = keepProcessor(body, json);
      const { keep, ...rest } = processors[i].remove;
      processors[i] = { remove: { ...rest, exclude_field: keep } };
      return {
        body: { ...body, processors },
        instead: `processor ${i} (tag ${String(rest.tag)}) ran as remove.exclude_field with the same ${(keep as unknown[]).length} fields, OpenSearch's name for "remove every field but these"; checked with _simulate (an unlisted field is removed, a listed one kept)`,
        probe: true,
      };
    },
  },
];

/** A document with one kept field and one field no model declares; the keep step must remove only the latter. */
async function probeKeep(client: OpenSearchClient, name: string, kept: string): Promise<void> {
  const probe = "am_preview_probe_unlisted";
  const result = await client.ok<{ docs: { doc?: { _source: Record<string, unknown> }; error?: unknown }[] }>(
    "POST",
    `/_ingest/pipeline/${encodeURIComponent(name)}/_simulate`,
    { docs: [{ _source: { [kept]: "kept", [probe]: "must go" } }] },
  );
  const doc = result.docs[0];
  const source = doc?.doc?._source;
  if (!source || probe in source || source[kept] !== "kept") {
    throw new Error(
      `the adapted pipeline ${name} does not keep only the listed fields (simulated: ${JSON.stringify(doc)})`,
    );
  }
}

async function putWithAdapters(
  client: OpenSearchClient,
  path: string,
  object: string,
  body: Record<string, unknown>,
  adapters: Adapter[],
): Promise<{ gaps: StandInGap[]; sent: Record<string, unknown>; probe: boolean }> {
  const gaps: StandInGap[] = [];
  let probe = false;
  let current = body;
  for (let attempt = 0; attempt <= adapters.length; attempt++) {
    const { status, json } = await client.request<EsError>("PUT", path, current);
    if (status < 400) return { gaps, sent: current, probe };
    const adapter = adapters.find((a) => !gaps.some((g) => g.lacks === a.lacks) && a.matches(json, current));
    if (!adapter) {
      throw new Error(
        `OpenSearch refused ${object} (${status}) and no known stand-in gap explains it, so the preview stops rather than guess:\n${JSON.stringify(json)}`,
      );
    }
    const adapted = adapter.adapt(current, json);
    gaps.push({ object, lacks: adapter.lacks, error: reasonOf(json), instead: adapted.instead });
    probe ||= adapted.probe === true;
    current = adapted.body;
  }
  throw new Error(`OpenSearch kept refusing ${object}`);
}

/** `PUT _ingest/pipeline/<name>` with the stack's body; returns the gaps it needed. */
export async function putPipeline(
  client: OpenSearchClient,
  name: string,
  pipeline: estypes.IngestPipeline,
  keptField: string,
): Promise<StandInGap[]> {
  const { gaps, probe } = await putWithAdapters(
    client,
    `/_ingest/pipeline/${encodeURIComponent(name)}`,
    `pipeline ${name}`,
    pipeline as Record<string, unknown>,
    PIPELINE_ADAPTERS,
  );
  if (probe) await probeKeep(client, name, keptField);
  return gaps;
}

/** `PUT _index_template/<name>` with the stack's body (no adapter: OpenSearch 2.19 took every part so far). */
export async function putTemplate(
  client: OpenSearchClient,
  name: string,
  template: Record<string, unknown>,
): Promise<StandInGap[]> {
  const { gaps } = await putWithAdapters(
    client,
    `/_index_template/${encodeURIComponent(name)}`,
    `template ${name}`,
    template,
    [],
  );
  return gaps;
}

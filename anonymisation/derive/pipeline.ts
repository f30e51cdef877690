/**
 * The anonymisation ingest pipeline derived from a document model, and a checker for any pipeline body.
 *
 * The pipeline is meant for `index.final_pipeline`: it runs last on every write to the index, whatever pipeline the
 * writer asked for, so it is the one place where "only classified, stored fields reach the index" is enforced.
 * Every step is idempotent (renames ignore missing sources), so it can also run as the request pipeline and on
 * reindex without harm.
 *
 * No Elasticsearch runs in this repository: these bodies are checked structurally (see `pipelineKeepsOnly` and the
 * tests), never simulated.
 */
import type { estypes } from "@elastic/elasticsearch";
import type { DocumentModel } from "../model";
import { fieldsWithAction, storedFields } from "../model";
import { indexedFieldNames } from "./mappings";

export interface AnonymisationPipelineOptions {
  /**
   * Name under which the writer delivers a document field (the connector prefixes columns with schema and table).
   * Defaults to the field name itself, i.e. no renames.
   */
  rename?: (field: string) => string;
  /** Bookkeeping fields the writer adds to every document; removed explicitly so the intent is visible. */
  helperFields: readonly string[];
}

/** Tags of the processors whose role the checker recognises. */
export const PIPELINE_TAGS = {
  removeHelpers: "remove-writer-helper-fields",
  keepStored: "keep-only-stored-fields",
  failDropped: (field: string) => `fail-on-dropped-${field}`,
  rename: (field: string) => `rename-${field}`,
} as const;

/** Field names are spliced into Painless and mustache; only plain identifiers are accepted. */
const SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function safeField(model: DocumentModel, field: string): string {
  if (!SAFE_FIELD.test(field)) {
    throw new Error(
      `model "${model.name}": field name "${field}" must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*)`,
    );
  }
  return field;
}

/**
 * `remove` with `keep` only. Elasticsearch refuses a remove processor that sets both `field` and `keep`
 * (`RemoveProcessor.Factory`: "[keep] and [field] cannot both be used in the same processor"), while the client's
 * `IngestRemoveProcessor` type marks `field` required; the cast bridges that mismatch in the type, not the wire.
 */
function keepOnly(keep: string[], tag: string): estypes.IngestProcessorContainer {
  const remove: Omit<estypes.IngestRemoveProcessor, "field"> = { keep, tag };
  return { remove: remove as estypes.IngestRemoveProcessor };
}

/** Metadata stamped on the pipeline so policies can tell which classification it was derived from. */
export interface PipelineMeta {
  model: string;
  revision: number;
  stored_fields: string[];
  derived_by: "anonymisation/derive";
}

/** The ingest pipeline body (`PUT _ingest/pipeline/<name>`) that keeps only the stored fields of `model`. */
export function anonymisationPipeline(
  model: DocumentModel,
  options: AnonymisationPipelineOptions,
): estypes.IngestPipeline & { _meta: PipelineMeta } {
  const rename = options.rename ?? ((field: string) => field);
  const declared = Object.keys(model.fields)
    .map((f) => safeField(model, f))
    .sort();
  const kept = indexedFieldNames(model);
  const processors: estypes.IngestProcessorContainer[] = [];

  // Dropped fields are renamed too, so the fail step below catches them under their document name. A source name
  // must not be another field of the model: renaming a dropped `cluster_id` into a kept field would move its value
  // past the fail steps (they look for `cluster_id`, which is gone by then) and into the index.
  const sources = new Map<string, string>();
  for (const field of declared) {
    const source = rename(field);
    if (source !== field && declared.includes(source)) {
      throw new Error(
        `model "${model.name}": the rename of "${field}" reads "${source}", another field of the model (${model.fields[source].treatment.action}); its value would reach "${field}" unchecked`,
      );
    }
    const previous = sources.get(source);
    if (previous !== undefined)
      throw new Error(
        `model "${model.name}": "${previous}" and "${field}" are both renamed from "${source}"`,
      );
    sources.set(source, field);
    if (source !== field) {
      processors.push({
        rename: {
          field: source,
          target_field: field,
          ignore_missing: true,
          tag: PIPELINE_TAGS.rename(field),
        },
      });
    }
  }

  const helpers = [...new Set(options.helperFields)].sort();
  const keptHelper = helpers.find((h) => kept.includes(h));
  if (keptHelper)
    throw new Error(`helper field "${keptHelper}" is also a stored field of model "${model.name}"`);
  if (helpers.length > 0) {
    processors.push({ remove: { field: helpers, ignore_missing: true, tag: PIPELINE_TAGS.removeHelpers } });
  }

  // Belt and braces: the read model should never deliver a dropped field; if it does, refuse the document loudly
  // instead of letting the keep step remove it silently, so the leak in the source gets noticed and fixed.
  for (const field of fieldsWithAction(model, "drop")) {
    processors.push({
      fail: {
        if: `ctx.containsKey('${field}')`,
        message: `field [${field}] is classified drop in model ${model.name} revision ${model.revision}; document refused`,
        tag: PIPELINE_TAGS.failDropped(field),
      },
    });
  }

  processors.push(keepOnly(kept, PIPELINE_TAGS.keepStored));

  return {
    description: `Anonymisation of ${model.name} documents, classification revision ${model.revision}: keeps only stored fields`,
    version: model.revision,
    _meta: {
      model: model.name,
      revision: model.revision,
      stored_fields: storedFields(model),
      derived_by: "anonymisation/derive",
    },
    processors,
  };
}

/** The client's container type is an exact-one union; the checker reads it through this looser view. */
type ProcessorView = {
  remove?: estypes.IngestRemoveProcessor;
  fail?: estypes.IngestFailProcessor;
} & Record<string, unknown>;

function view(p: estypes.IngestProcessorContainer): ProcessorView {
  return (p ?? {}) as ProcessorView;
}

function processorKind(p: ProcessorView): string | undefined {
  const keys = Object.keys(p);
  return keys.length === 1 ? keys[0] : undefined;
}

/** Processors that cannot add a field to the document, so they may follow the keep step. */
const NON_ADDING: readonly string[] = ["remove", "fail", "drop"];

function asList(fields: estypes.Fields | undefined): string[] {
  if (fields === undefined) return [];
  return Array.isArray(fields) ? fields.map(String) : [String(fields)];
}

/**
 * What the processors before the keep step may do to move a value between fields. Renames are checked by their
 * targets and sources against the classification: a rename must land on a declared field, and must not read another
 * declared field (a dropped `cluster_id` renamed into a kept field is gone before its fail step looks for it).
 * Any other processor that may copy or move values (set, script, json, ...) is refused there outright.
 */
function movesBeforeKeep(before: ProcessorView[], model: DocumentModel): string[] {
  const problems: string[] = [];
  const declared = Object.keys(model.fields);
  const targets = new Set<string>();
  before.forEach((p, i) => {
    const kind = processorKind(p);
    if (kind === "rename") {
      const r = p.rename as { field?: unknown; target_field?: unknown };
      const source = String(r.field);
      const target = String(r.target_field);
      if (!declared.includes(target))
        problems.push(`processor ${i} renames into "${target}", which model ${model.name} does not declare`);
      else if (targets.has(target)) problems.push(`processor ${i} is a second rename into "${target}"`);
      targets.add(target);
      if (declared.includes(source) && source !== target)
        problems.push(
          `processor ${i} renames "${source}" (${model.fields[source].treatment.action} in model ${model.name}) into "${target}": its value would pass the fail steps under another name`,
        );
    } else if (kind !== undefined && !NON_ADDING.includes(kind)) {
      problems.push(
        `processor ${i} (${kind}) runs before the keep step and may move a value into a kept field`,
      );
    }
  });
  return problems;
}

/**
 * Problems that would let a field the classification does not store reach the index (empty when none).
 * Works on any pipeline body, not only ones produced here, so policies can check what is actually deployed.
 */
export function pipelineKeepsOnly(pipeline: estypes.IngestPipeline, model: DocumentModel): string[] {
  const problems: string[] = [];
  const processors = (pipeline.processors ?? []).map(view);
  if (processors.length === 0) return ["the pipeline has no processors"];
  if (pipeline.on_failure && pipeline.on_failure.length > 0) {
    problems.push(
      "a pipeline-level on_failure handler would swallow the fail steps and index the document anyway",
    );
  }

  const kinds = processors.map(processorKind);
  kinds.forEach((k, i) => {
    if (k === undefined) problems.push(`processor ${i} does not name exactly one processor type`);
  });

  const keepIndex = processors.reduce(
    (last, p, i) => (p.remove && asList(p.remove.keep).length > 0 ? i : last),
    -1,
  );
  if (keepIndex < 0) {
    problems.push(
      "no remove processor with `keep`: fields the classification does not know would be indexed",
    );
  } else {
    const keep = processors[keepIndex].remove!;
    if (asList(keep.field).length > 0)
      problems.push("the keep step also sets `field`, which Elasticsearch rejects");
    if (keep.if !== undefined) problems.push("the keep step is conditional (`if`), so it may not run");
    if (keep.ignore_failure) problems.push("the keep step has ignore_failure");
    const kept = new Set(asList(keep.keep));
    const expected = indexedFieldNames(model);
    for (const f of kept)
      if (!expected.includes(f)) problems.push(`keeps "${f}", which model ${model.name} does not store`);
    for (const f of expected) if (!kept.has(f)) problems.push(`does not keep stored field "${f}"`);
    processors.slice(keepIndex + 1).forEach((p, j) => {
      const kind = processorKind(p);
      if (!kind || !NON_ADDING.includes(kind)) {
        problems.push(`processor ${keepIndex + 1 + j} (${kind}) runs after the keep step and may add fields`);
      }
    });
  }

  const before = keepIndex < 0 ? processors : processors.slice(0, keepIndex);
  problems.push(...movesBeforeKeep(before, model));
  for (const field of fieldsWithAction(model, "drop")) {
    const guarded = before.some(
      (p) => p.fail && !p.fail.ignore_failure && String(p.fail.if ?? "").includes(`'${field}'`),
    );
    if (!guarded) problems.push(`no fail step refuses documents carrying dropped field "${field}"`);
  }

  const meta = pipeline._meta as Partial<PipelineMeta> | undefined;
  if (meta?.model !== model.name || meta?.revision !== model.revision) {
    problems.push(
      `_meta names model ${meta?.model} revision ${meta?.revision}, expected ${model.name} revision ${model.revision}`,
    );
  }
  return problems;
}

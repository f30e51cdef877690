/**
 * The classification of Assisted Installer events, extended from the installation document model to the collector:
 * which upstream event field feeds which installation field, and how.
 *
 * The treatment (pseudonymise / generalise with which catalogue, unit, bounds / keep) always comes from
 * `installationDocument`; this file only adds what the model cannot say: where in an event the value sits and
 * what shape it has there (a comma list, a list of objects, seconds rather than minutes). `compileEventRules`
 * joins the two and refuses a model field without an extraction, an extraction for a field the model drops or
 * does not know, or a source the model does not name in `from`.
 *
 * The compiled rules have two consumers that must agree: `anonymiseEvent` (anonymiseEvent.ts, a pure TypeScript
 * function, tested with canary documents) and `components/collectors/assisted-installer/logstash.ts` with `ruby.ts`,
 * which render the very same rules as the Logstash filter; the tests run that Ruby under JRuby against that function.
 * Nothing per field is hand-written in either.
 */
import { bucketLabels } from "../generalisers";
import type { DocumentField, DocumentModel, Generaliser } from "../model";
import { storedFields } from "../model";
import { AI_CATALOGUES, type AiCatalogue } from "./catalogues";
import { ASSISTED_MIGRATION_TAG, installationDocument } from "./installation";

/** A path into the canonical event (the assisted-events-stream v1 enriched document), dot separated. */
export type EventPath = string;

/** How a value sits in the event before the model's treatment applies. */
export type Shape =
  /** A scalar at `path`; the first of several paths that is present wins. */
  | { kind: "scalar"; paths: EventPath[]; divideBy?: number }
  /** A comma-separated string (cluster.tags), split and trimmed into a list. */
  | { kind: "comma-list"; path: EventPath }
  /**
   * A value inside every element of an array (`array` path, then `item` path inside each element): all distinct
   * values, or only the first one.
   */
  | { kind: "each"; array: EventPath; item: EventPath; pick: "all" | "first" }
  /** True when the path exists at all (cluster.onprem is an object present only for on-prem uploads). */
  | { kind: "exists"; path: EventPath }
  /** Several event fields concatenated for one keyed hash, the way Logstash `fingerprint` concatenates sources. */
  | { kind: "concat"; paths: EventPath[] };

/** Only for failures: the value is `none` when the result says the installation succeeded. */
export interface OnlyOnFailure {
  resultPath: EventPath;
  successValue: string;
  /** For `each`: element values that do not explain a failure (a host that finished) are skipped. */
  skip?: string[];
}

export interface Extraction {
  shape: Shape;
  onlyOnFailure?: OnlyOnFailure;
  /** Fixed patterns that map free text onto a catalogue value; the text itself is never kept. */
  patterns?: { pattern: string; value: string }[];
}

/** Extraction of a field the collector cannot compute from one event: whether this cluster was seen before. */
export interface FirstSeen {
  kind: "first-seen";
  /** The (already pseudonymised) field naming the cluster. */
  byField: string;
}

/**
 * Extraction of the time the collector read the event (the transforms' sync field): not in the event upstream, so
 * Logstash's own `@timestamp` in the collector and the injected clock in `anonymiseEvent`.
 */
export interface CollectedAt {
  kind: "collected-at";
}

/**
 * Extraction of the instant the event's month is closed (the transforms' sync field): the first instant of the month
 * after the event's month (UTC), plus `anonymity.graceDays` days. The event gives the month, the stack config the
 * grace days (`graceDays` in the Logstash renderer and in `anonymiseEvent`'s context).
 */
export interface PublishableAt {
  kind: "publishable-at";
  /** The event time whose month is meant. */
  path: EventPath;
}

/**
 * Extraction of the generation of the pseudonymisation key (the rotation keeper): a program value. Logstash reads it
 * from its keystore, next to the key itself, so the two cannot disagree; `anonymiseEvent` from its context.
 */
export interface KeyEpochValue {
  kind: "key-epoch";
}

type SpecialExtraction = FirstSeen | CollectedAt | PublishableAt | KeyEpochValue;

const RESULT = "event.props.result";
const onFailure = (skip?: string[]): OnlyOnFailure => ({
  resultPath: RESULT,
  successValue: "installed",
  skip,
});

/**
 * Where each stored installation field comes from. Every path here must be named (as `event:<path>` or a prefix
 * of it) in the model field's `from`, so the model stays the one place that says which upstream fields are read.
 */
export const INSTALLATION_EXTRACTIONS: Record<string, Extraction | SpecialExtraction> = {
  doc_id: { shape: { kind: "concat", paths: ["cluster.id", "event_time"] } },
  cluster_ref: { shape: { kind: "scalar", paths: ["cluster.id"] } },
  // One path only: Logstash's fingerprint of several sources would hash the last present one, not the first.
  customer_ref: { shape: { kind: "scalar", paths: ["cluster.org_id"] } },
  collected_at: { kind: "collected-at" },
  publishable_at: { kind: "publishable-at", path: "event_time" },
  key_epoch: { kind: "key-epoch" },
  event_day: { shape: { kind: "scalar", paths: ["event_time"] } },
  created_month: { shape: { kind: "scalar", paths: ["cluster.created_at"] } },
  result: { shape: { kind: "scalar", paths: [RESULT] } },
  first_attempt: { kind: "first-seen", byField: "cluster_ref" },
  failure_stage: {
    shape: { kind: "each", array: "cluster.hosts", item: "progress.current_stage", pick: "first" },
    onlyOnFailure: onFailure(["Done", "Joined"]),
  },
  status_info_category: {
    shape: { kind: "scalar", paths: ["cluster.status_info"] },
    onlyOnFailure: onFailure(),
    // Order matters: the first match wins. Case-insensitive; matched on the text, which is then discarded.
    patterns: [
      { pattern: "cancel", value: "cancelled-by-user" },
      { pattern: "timed? ?out", value: "timeout" },
      { pattern: "operator", value: "operator-failed" },
      { pattern: "pull|image", value: "image-pull-failed" },
      { pattern: "host", value: "host-installation-failed" },
      { pattern: "network|dns|connectivity|vip", value: "network-validation" },
      { pattern: "disk|storage|volume", value: "storage" },
    ],
  },
  install_duration_minutes: { shape: { kind: "scalar", paths: ["event.props.duration"], divideBy: 60 } },
  install_duration_tier: { shape: { kind: "scalar", paths: ["event.props.duration"], divideBy: 60 } },
  openshift_version: { shape: { kind: "scalar", paths: ["cluster.openshift_version"] } },
  ai_version: { shape: { kind: "scalar", paths: ["release_tag"] } },
  platform_type: { shape: { kind: "scalar", paths: ["cluster.platform.type"] } },
  cpu_architecture: { shape: { kind: "scalar", paths: ["cluster.cpu_architecture"] } },
  heterogeneous_arch: { shape: { kind: "scalar", paths: ["host_summary.heterogeneous_arch"] } },
  high_availability_mode: { shape: { kind: "scalar", paths: ["cluster.high_availability_mode"] } },
  control_plane_count: { shape: { kind: "scalar", paths: ["cluster.control_plane_count"] } },
  user_managed_networking: { shape: { kind: "scalar", paths: ["cluster.user_managed_networking"] } },
  network_type: { shape: { kind: "scalar", paths: ["cluster.network_type"] } },
  cluster_kind: { shape: { kind: "scalar", paths: ["cluster.kind"] } },
  iso_type: { shape: { kind: "each", array: "infra_envs", item: "type", pick: "first" } },
  feature_usage: { shape: { kind: "each", array: "cluster.feature_usage", item: "id", pick: "all" } },
  operator_bundles: { shape: { kind: "each", array: "cluster.operator_bundles", item: "id", pick: "all" } },
  tags: { shape: { kind: "comma-list", path: "cluster.tags" } },
  host_vendors: {
    shape: {
      kind: "each",
      array: "cluster.hosts",
      item: "inventory.system_vendor.manufacturer",
      pick: "all",
    },
  },
  on_premises: { shape: { kind: "exists", path: "cluster.onprem" } },
  host_count: { shape: { kind: "scalar", paths: ["cluster.enabled_host_count", "host_summary.host_count"] } },
  host_count_tier: {
    shape: { kind: "scalar", paths: ["cluster.enabled_host_count", "host_summary.host_count"] },
  },
};

/** What an event must be to become an installation document, before any field is read. */
export const INSTALLATION_SELECTION = {
  /** Metrics event of assisted-service that closes an installation attempt (research §1.1, result definition A). */
  messagePath: "message",
  message: "cluster.installation.results",
  /** Comma-separated tags; the Assisted Migration tag must be one of them (research §4.4). */
  tagsPath: "cluster.tags",
  tag: ASSISTED_MIGRATION_TAG,
  /** Without these no pseudonym can be computed: the event is dropped, never written half-anonymised. */
  required: ["cluster.id", "event_time"],
} as const;

/**
 * The tag test as a regular expression over the comma-separated string, shared by TS and Logstash, whose
 * conditionals match with Ruby's regular expressions (logstash-core `EventCondition`, `RubyRegexp`). So no `^`, `$`
 * or `\s`: in Ruby `^` and `$` also match at a line break (`"x\nassisted_migration"` would pass as tagged) and
 * `\s` is ASCII-only where JavaScript's takes a no-break space. The tag must be preceded by the start or a comma and
 * followed by a comma or the end (lookarounds, the same in both engines), with blanks or tabs around it.
 */
export function tagPattern(tag: string): string {
  if (!/^\w+$/.test(tag)) throw new Error(`tag "${tag}" must be a word (assisted-service ValidateTags)`);
  return `(?<![^,])[ \\t]*${tag}[ \\t]*(?![^,])`;
}

/** How a compiled rule turns the extracted value into the stored value. */
export type Transform =
  | { kind: "hmac" }
  | { kind: "keep-boolean" }
  | { kind: "keep-long" }
  | { kind: "first-seen"; byField: string }
  | { kind: "collected-at" }
  | { kind: "publishable-at"; path: EventPath }
  | { kind: "key-epoch" }
  | { kind: "generalise"; how: Generaliser; catalogue?: readonly string[]; labels?: string[] };

export interface CompiledRule {
  field: string;
  extraction: Extraction;
  transform: Transform;
  /** Whether the stored value is a list (keyword arrays). */
  many: boolean;
}

function sourcePaths(shape: Shape): string[] {
  switch (shape.kind) {
    case "scalar":
    case "concat":
      return shape.paths;
    case "comma-list":
    case "exists":
      return [shape.path];
    case "each":
      return [`${shape.array}.${shape.item}`];
  }
}

/** `event:a.b` in the model covers the path `a.b` and anything below it. */
function declared(from: readonly string[], path: string): boolean {
  return from.some((ref) => {
    const p = ref.replace(/^event:/, "");
    return path === p || path.startsWith(`${p}.`);
  });
}

/** Why the model's declaration of `field` does not fit the value a special extraction yields (none: fits). */
function specialExtractionProblems(field: string, f: DocumentField, x: SpecialExtraction): string[] {
  const problems: string[] = [];
  switch (x.kind) {
    case "collected-at":
      if (f.type !== "date" || f.treatment.action !== "keep")
        problems.push(`"${field}": collected-at yields a kept date, the model says ${f.type}`);
      break;
    case "publishable-at":
      if (f.type !== "date")
        problems.push(`"${field}": publishable-at yields a date, the model says ${f.type}`);
      if (!declared(f.from, x.path))
        problems.push(`"${field}" reads event:${x.path}, not named in the model's from`);
      if (!f.from.includes("program:anonymity.graceDays"))
        problems.push(`"${field}": publishable-at reads anonymity.graceDays, not named in the model's from`);
      break;
    case "key-epoch":
      if (f.type !== "keyword" || f.treatment.action !== "keep")
        problems.push(`"${field}": key-epoch yields a kept keyword, the model says ${f.type}`);
      if (!f.from.includes("program:rotation.pseudonymisationKey"))
        problems.push(`"${field}": key-epoch reads the rotation keeper, not named in the model's from`);
      break;
    case "first-seen":
      if (f.type !== "boolean")
        problems.push(`"${field}": first-seen yields a boolean, the model says ${f.type}`);
      break;
  }
  return problems;
}

/** Joins the model with the extraction table; throws on any mismatch, so a drift cannot render a filter. */
export function compileEventRules(
  model: DocumentModel = installationDocument,
  extractions: Record<string, Extraction | SpecialExtraction> = INSTALLATION_EXTRACTIONS,
): CompiledRule[] {
  const problems: string[] = [];
  const stored = storedFields(model);
  for (const field of Object.keys(extractions)) {
    if (!(field in model.fields))
      problems.push(`extraction for "${field}", which model ${model.name} does not declare`);
    else if (!stored.includes(field))
      problems.push(`extraction for "${field}", which model ${model.name} drops`);
  }
  const rules: CompiledRule[] = [];
  for (const field of stored) {
    const x = extractions[field];
    const f = model.fields[field];
    if (!x) {
      problems.push(`stored field "${field}" of model ${model.name} has no extraction`);
      continue;
    }
    if ("kind" in x) {
      problems.push(...specialExtractionProblems(field, f, x));
      rules.push({ field, extraction: { shape: { kind: "scalar", paths: [] } }, transform: x, many: false });
      continue;
    }
    for (const path of sourcePaths(x.shape)) {
      if (!declared(f.from, path))
        problems.push(`"${field}" reads event:${path}, not named in the model's from`);
    }
    const t = f.treatment;
    let transform: Transform;
    if (t.action === "pseudonymise") transform = { kind: "hmac" };
    else if (t.action === "keep") {
      if (f.type === "boolean") transform = { kind: "keep-boolean" };
      else if (f.type === "long") transform = { kind: "keep-long" };
      else {
        problems.push(`"${field}": keep of type ${f.type} is not supported from events (only boolean, long)`);
        continue;
      }
    } else if (t.action === "generalise") {
      const how = t.how;
      const catalogue =
        how.kind === "catalogue"
          ? (AI_CATALOGUES as Record<string, readonly string[]>)[how.catalogue as AiCatalogue]
          : undefined;
      if (how.kind === "catalogue" && !catalogue)
        problems.push(`"${field}": unknown catalogue ${how.catalogue}`);
      const labels = how.kind === "bucket" ? bucketLabels(how.bounds, how.overflowLabel) : undefined;
      transform = { kind: "generalise", how, catalogue, labels };
      if (x.patterns) {
        for (const p of x.patterns) {
          if (!catalogue?.includes(p.value))
            problems.push(`"${field}": pattern value "${p.value}" not in its catalogue`);
        }
      }
    } else {
      problems.push(`"${field}" is dropped but has an extraction`);
      continue;
    }
    if (x.shape.kind === "concat" && transform.kind !== "hmac") {
      problems.push(`"${field}": concatenated sources are only for keyed hashes`);
    }
    const many = x.shape.kind === "comma-list" || (x.shape.kind === "each" && x.shape.pick === "all");
    rules.push({ field, extraction: x, transform, many });
  }
  if (problems.length > 0) {
    throw new Error(
      `event rules of model ${model.name} do not match its classification:\n  - ${problems.join("\n  - ")}`,
    );
  }
  return rules;
}

/**
 * The `ruby` filters of a rendered Logstash pipeline, run for real: the code goes through JRuby, the Ruby Logstash
 * runs them in (engines/jruby), on a stand-in for Logstash's Event (`filters.rb` says what it keeps of the real one).
 * What is not Ruby in the pipeline (conditionals, drops, fingerprint, mutate, the elasticsearch lookup) does not run:
 * a test picks the filters and the events it feeds them.
 */
import * as path from "node:path";
import { runJRubyJson } from "../../../engines/jruby/run";

export interface RubyFilterText {
  readonly id: string;
  readonly init?: string;
  readonly code: string;
}

export interface FilteredEvent {
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly cancelled: boolean;
  /** Filters that raised (Logstash logs it and tags the event `_rubyexception`). */
  readonly errors: ReadonlyArray<{ id: string; error: string }>;
}

const RUBY_FILTER =
  /^ {2}ruby \{\n {4}id => "([^"]+)"\n(?: {4}init => '([^']*)'\n)? {4}code => '([^']*)'\n {2}\}$/gm;

/** Every `ruby` filter of a pipeline text, in order, with its code as Logstash reads it (single-quoted, verbatim). */
export function rubyFilters(pipeline: string): RubyFilterText[] {
  return [...pipeline.matchAll(RUBY_FILTER)].map(([, id, init, code]) => ({
    id,
    ...(init === undefined ? {} : { init }),
    code,
  }));
}

/** Runs `filters` in order on each event, in one JRuby process. */
export function runRubyFilters(
  filters: readonly RubyFilterText[],
  events: readonly Record<string, unknown>[],
): Promise<FilteredEvent[]> {
  return runJRubyJson<FilteredEvent>(path.join(__dirname, "filters.rb"), { filters, events });
}

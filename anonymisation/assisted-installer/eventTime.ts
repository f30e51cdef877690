/**
 * The one reading of an event's times, shared by the TypeScript rules and the collector's Ruby.
 *
 * Why not `Date.parse` (and Ruby's `Time.iso8601` alone): each accepts what the other refuses (a date alone, a space
 * for the `T`, `15:09` without seconds, surrounding blanks), and both roll an impossible date over (`02-30` becomes
 * March 2nd, `24:00:00` the next day): a wrong month, never a missing one. Here an event time is an RFC 3339
 * date-time, upper-case `T` and `Z` or an offset, seconds required, any fraction; a value that is not one, or that
 * names a day or time that does not exist, is no time at all (the field stays unset, an event without a month is
 * dropped). The Ruby in the Logstash pipeline reads the same pattern and refuses the same rollovers
 * (`RUBY_EVENT_TIME` in components/collectors/assisted-installer/ruby.ts).
 */

/** The pattern, without anchors (JavaScript anchors it with `^…$`, Ruby with `\A…\z`). Groups 1-6: Y M D h m s. */
export const EVENT_TIME_PATTERN =
  "([1-9]\\d{3})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?(Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)";

const EVENT_TIME = new RegExp(`^(?:${EVENT_TIME_PATTERN})$`);

interface Instant {
  /** Whole seconds since the epoch. */
  readonly seconds: number;
  /** Nanoseconds within that second (digits past the ninth are dropped). */
  readonly nanos: number;
}

function instant(v: unknown): Instant | undefined {
  if (typeof v !== "string") return undefined;
  const m = EVENT_TIME.exec(v);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  const exists =
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo - 1 &&
    back.getUTCDate() === d &&
    back.getUTCHours() === h &&
    back.getUTCMinutes() === mi &&
    back.getUTCSeconds() === s;
  if (!exists) return undefined;
  const zone = m[8];
  const offsetMinutes =
    zone === "Z"
      ? 0
      : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const nanos = m[7] ? Number(m[7].slice(1, 10).padEnd(9, "0")) : 0;
  return { seconds: wall / 1000 - offsetMinutes * 60, nanos };
}

/** Milliseconds since the epoch (sub-millisecond digits dropped), or undefined when `v` is not an event time. */
export function parseEventTime(v: unknown): number | undefined {
  const t = instant(v);
  return t === undefined ? undefined : t.seconds * 1000 + Math.floor(t.nanos / 1e6);
}

/**
 * Whole seconds from `start` to `end`, as Ruby's `(end - start).to_i`: the difference in floating-point seconds,
 * truncated toward zero. Floating point, not exact, on purpose: over years, a fraction within a few nanoseconds of
 * the next second rounds up to it in Ruby, and this must give what the collector writes.
 */
export function elapsedSeconds(start: unknown, end: unknown): number | undefined {
  const [a, b] = [instant(start), instant(end)];
  if (a === undefined || b === undefined) return undefined;
  return Math.trunc(b.seconds - a.seconds + (b.nanos - a.nanos) / 1e9);
}

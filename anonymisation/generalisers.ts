/**
 * What a generaliser means, independent of the engine that applies it: the planner read model (SQL), the event
 * rules (TypeScript) and the Logstash renderer (Ruby) all derive their code from these, so they cannot drift.
 */

/** Labels of a bucket generaliser: `0-b0`, `b0+1-b1`, …, overflow. */
export function bucketLabels(bounds: readonly number[], overflowLabel: string): string[] {
  return [...bounds.map((b, i) => `${i === 0 ? 0 : bounds[i - 1] + 1}-${b}`), overflowLabel];
}

/**
 * Regular expression whose first group is a version cut to `parts` numeric components (no leading v). Components
 * are capped at six digits and the input should be capped too (callers read at most 64 characters).
 */
export function versionPrefixPattern(parts: number): string {
  return `^[vV]?([0-9]{1,6}${"(?:\\.[0-9]{1,6})".repeat(parts - 1)})(?:[^0-9]|$)`;
}

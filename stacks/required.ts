/**
 * A value the config rules guarantee for the capability being composed. Failing here means a rule is missing in
 * `infra/config/rules.ts`, not a user error: users get their error from config validation, before any resource.
 */
export function required<T>(value: T | undefined, key: string, because: string): T {
  if (value === undefined) throw new Error(`internal: ${key} is missing although ${because}`);
  return value;
}

/**
 * Elasticsearch's wildcard patterns (`*` only) as index templates, roles and data views use them: the program's
 * config rules and dashboard previews decide with it which indices a pattern reaches, and the policy pack which
 * templates, privileges and leaders cover an index or a field. A shared contract of the program and the pack
 * (contracts/README.md says why this folder exists): two copies could disagree on what a pattern reaches.
 */

/** Whether `pattern` matches all of `name` (`am-installations*` matches `am-installations`). */
export function globMatch(pattern: string, name: string): boolean {
  return new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`).test(name);
}

/** `text` as a regular expression matching exactly it (the pack builds patterns around field and tag names). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

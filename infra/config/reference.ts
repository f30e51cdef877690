/** Renders the stack configuration reference (README) from the same declarations that validate it. */
import type { Spec } from "./dsl";
import { secretKeys } from "./areas/secrets";
import { stackSchema } from "./schema";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function rows(prefix: string, spec: Spec<unknown>, out: string[]): void {
  for (const [key, child] of Object.entries(spec.children ?? {})) {
    const path = key === "[]" ? `${prefix}[]` : prefix ? `${prefix}.${key}` : key;
    const isSecret = !prefix && key in secretKeys;
    const required = child.optional
      ? child.defaultValue !== undefined
        ? `default ${JSON.stringify(child.defaultValue)}`
        : "optional"
      : "required";
    const allowed = child.children
      ? key === "[]"
        ? "object"
        : child.allowed.startsWith("a list")
          ? "list"
          : "object"
      : child.allowed;
    out.push(
      `| \`${path}\` | ${isSecret ? "**secret** " : ""}${cell(child.doc)} | ${cell(allowed)} | ${cell(required)} |`,
    );
    if (child.children) rows(path, child, out);
  }
}

export function configReference(): string {
  const out = [
    "Only the keys below exist; any other `am-dashboard:` key, and any key of another namespace except " +
      "`pulumi:disable-default-providers`, is refused (docs/configuration.md).",
    "",
    "| key (`am-dashboard:` …) | meaning | allowed | |",
    "| --- | --- | --- | --- |",
  ];
  rows("", stackSchema as Spec<unknown>, out);
  return out.join("\n");
}

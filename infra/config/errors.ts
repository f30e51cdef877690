/**
 * The one error a bad stack configuration produces, on every path (`pulumi up` through `stacks/program()`, the
 * offline synth, promotion): every problem at once, each naming the stack file, the line where known, the key, what
 * was found and what is allowed. It is a `pulumi.RunError`, which the Pulumi Node.js runtime prints as its message
 * alone, without a stack trace (`@pulumi/pulumi` cmd/run/run.js: "Always hide the stack for RunErrors").
 */
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../naming";
import type { ConfigIssue } from "./dsl";

/** `line 12: am-dashboard:planner.port` — where an issue is, in the words of the stack file. */
export function issueWhere(issue: ConfigIssue): string {
  const namespace = issue.namespace ?? PROJECT;
  const raw = namespace === "" ? issue.path : `${namespace}:${issue.path}`;
  // A key with spaces or odd characters is quoted, so the message shows exactly which key is meant.
  const key = /^[\w.\-[\]:/]*$/.test(raw) ? raw : JSON.stringify(raw);
  const line =
    issue.line === undefined
      ? undefined
      : issue.column === undefined
        ? `line ${issue.line}`
        : `line ${issue.line}, column ${issue.column}`;
  return [line, key].filter(Boolean).join(": ");
}

export class ConfigError extends pulumi.RunError {
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
    verb: "Invalid stack configuration in" | "Cannot read" = "Invalid stack configuration in",
  ) {
    super(
      `${verb} ${file}${verb === "Cannot read" ? "" : " (or the ESC environment it imports)"}, ${issues.length} problem(s):\n` +
        issues.map((i) => `  - ${issueWhere(i)}: found ${i.found}; allowed: ${i.allowed}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

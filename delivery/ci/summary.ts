/**
 * The PR comment of the offline synth: per stack, whether it synthesised, how many objects it rendered, and the
 * synth's own summary (configuration, schema checks). Built from `out/` only, so the commenter
 * workflow can post it without running any code from the pull request.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT } from "../../infra/naming";
import { listTree } from "../promote/textdiff";

export const COMMENT_MARKER = `<!-- ${PROJECT}:synth-summary -->`;
/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT = 60_000;

const EXIT_MEANING: Record<number, string> = {
  0: "ok",
  1: "program error",
  2: "invalid configuration",
  3: "schema violations",
};

export interface StackSynth {
  stack: string;
  exitCode: number;
  /** Files rendered per top folder (kubernetes, elastic, ...). */
  counts: Record<string, number>;
  /** The synth's stdout + stderr. */
  log: string;
}

/** Reads `out/<stack>/`, `out/<stack>.log` and `out/<stack>.exit` as written by the PR workflow. */
export function readStackSynth(outRoot: string, stack: string): StackSynth {
  const exitFile = path.join(outRoot, `${stack}.exit`);
  const logFile = path.join(outRoot, `${stack}.log`);
  const exitCode = fs.existsSync(exitFile) ? Number(fs.readFileSync(exitFile, "utf8").trim()) : 1;
  const counts: Record<string, number> = {};
  for (const f of listTree(path.join(outRoot, stack))) {
    const top = f.includes("/") ? f.slice(0, f.indexOf("/")) : "(files)";
    counts[top] = (counts[top] ?? 0) + 1;
  }
  return { stack, exitCode, counts, log: fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "" };
}

/** Strips ANSI colours and anything that could close the code fence the log is shown in. */
function fenceSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "").replace(/~~~/g, "~ ~ ~");
}

export function renderSummary(results: StackSynth[], commit: string): string {
  const head = [
    COMMENT_MARKER,
    `### Offline synth (commit ${commit.slice(0, 12)})`,
    "",
    "| stack | result | rendered objects |",
    "| --- | --- | --- |",
    ...results.map((r) => {
      const counts = Object.entries(r.counts)
        .map(([k, n]) => `${k}: ${n}`)
        .join(", ");
      const status = `${r.exitCode === 0 ? "✅" : "❌"} ${EXIT_MEANING[r.exitCode] ?? `exit ${r.exitCode}`}`;
      return `| \`${r.stack}\` | ${status} | ${counts || "none"} |`;
    }),
    "",
  ].join("\n");
  const budget = Math.floor((MAX_COMMENT - head.length) / Math.max(results.length, 1)) - 200;
  const details = results.map((r) => {
    const log = fenceSafe(r.log.trimEnd());
    const shown =
      log.length > budget ? `[... ${log.length - budget} characters cut ...]\n${log.slice(-budget)}` : log;
    return `<details${r.exitCode === 0 ? "" : " open"}><summary>${r.stack}: synth output</summary>\n\n~~~text\n${shown}\n~~~\n</details>\n`;
  });
  return `${head}\n${details.join("\n")}`;
}

/**
 * Examples of command output for the documentation, produced by running the commands' own code on the committed
 * stack files, so an example cannot drift from what the command prints (the docs test re-renders them).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { promote } from "../../delivery/promote/cli";
import { synthRendererWith } from "../../delivery/promote/render";
import { REPO_ROOT } from "../paths";
import { synthStack } from "../synth/run";

const fence = (lines: string[]) => ["```", ...lines, "```"].join("\n");

/** The head of `npm run synth -- <stack>`: what was synthesised, the secrets it needs, the policy verdict. */
export async function synthExample(stack: string): Promise<string> {
  const result = await synthStack(stack, { outDir: null, env: {}, allowUnvalidated: true });
  if (result.exitCode !== 0) throw new Error(`the synth of ${stack} failed:\n${result.summary}`);
  const lines = result.summary.trimEnd().split("\n");
  const secrets = lines.findIndex((l) => l.startsWith("Secrets this stack uses"));
  const secretBlock = [lines[secrets]];
  for (const l of lines.slice(secrets + 1)) {
    if (!l.startsWith("  ")) break;
    secretBlock.push(l);
  }
  const policy = lines.find((l) => l.startsWith("Policy pack:"))!;
  return fence([
    `$ npm run synth -- ${stack}`,
    ...lines.slice(0, 2),
    "…",
    ...secretBlock,
    "…",
    policy,
    `Wrote ${result.files.length} files to out/${stack}/`,
  ]);
}

/** A patch-level bump of `version` (`9.5.2` -> `9.5.3`). */
function bump(version: string): string {
  const parts = version.split(".");
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join(".");
}

/**
 * `npm run promote -- dev local` after dev's `elastic.version` got a patch bump, on copies of the committed stack
 * files (the real synth renders both sides; objects without a schema are accepted, as only the diff is shown).
 * The patch is trimmed to its first file.
 */
export async function promoteExample(): Promise<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "am-docs-promote-"));
  try {
    const dev = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.dev.yaml"), "utf8");
    const from = String(
      (parse(dev) as { config: Record<string, { version: string }> }).config["am-dashboard:elastic"].version,
    );
    const to = bump(from);
    fs.writeFileSync(path.join(root, "Pulumi.dev.yaml"), dev.replace(`version: ${from}`, `version: ${to}`));
    fs.copyFileSync(path.join(REPO_ROOT, "Pulumi.local.yaml"), path.join(root, "Pulumi.local.yaml"));
    let out = "";
    const code = await promote(
      { from: "dev", to: "local", check: false, write: false },
      { root, render: synthRendererWith(["--allow-unvalidated"]), out: (t) => (out += t) },
    );
    if (code !== 0) throw new Error(`promote exited ${code}:\n${out}`);
    const lines = out.trimEnd().split("\n");
    const files = lines.map((l, i) => (l.startsWith("--- a/") ? i : -1)).filter((i) => i >= 0);
    const last = lines.findIndex((l) => l.startsWith("Dry run:"));
    const shown = files.length > 1 ? [...lines.slice(0, files[1]), "…", ...lines.slice(last - 1)] : lines;
    return [
      `From a run on copies of the stack files where dev's \`elastic.version\` was set to \`${to}\` (the patch is trimmed to its first file):`,
      "",
      fence([`$ npm run promote -- dev local`, ...shown]),
    ].join("\n");
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

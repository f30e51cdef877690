/**
 * The offline synth: runs the same `program()` as `pulumi up` against the Pulumi runtime's mock engine with a
 * stack's configuration, validates every Kubernetes object against its API schema, and writes the desired state.
 * It needs no Pulumi CLI, cluster or credentials, and creates nothing anywhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, PROJECT, parseStackConfig } from "../config/load";
import { plainValue, runUnderMocks, type RecordedResource } from "../engine/mockEngine";
import { validateK8sObject, type K8sObject } from "../validation";
import { hasMandatory, policyConfigFor, runPolicyPack, stackPolicyValues } from "../../policies/run";
import type { Violation } from "../../policies/run";
import { REMOTE_COMPONENTS, renderFiles, stableJson, type RenderedFile } from "./render";
import { loadStackFile, stackFilePath, type LoadedStackFile } from "./stackFile";
import { REPO_ROOT } from "../paths";
export { REPO_ROOT };

export interface SynthOptions {
  /** Stack file to use instead of `Pulumi.<stack>.yaml` (promotion renders a candidate file). */
  stackFile?: string;
  /** Output directory; `out/<stack>` by default. Nothing is written when null. */
  outDir?: string | null;
  env?: NodeJS.ProcessEnv;
}

export interface SynthResult {
  stack: string;
  /** 0 ok; 2 invalid config; 3 schema violations; 4 mandatory policy violations. */
  exitCode: number;
  summary: string;
  files: RenderedFile[];
  resources: RecordedResource[];
  stackFile?: LoadedStackFile;
  schemaProblems: string[];
  pending: string[];
}

export type StackProgram = () => Promise<unknown>;

/** Loads `stacks/` lazily so that a config error is reported before the program's modules are even evaluated. */
async function defaultProgram(): Promise<StackProgram> {
  return (await import("../../stacks/index.js")).program;
}

export async function synthStack(stack: string, options: SynthOptions = {}): Promise<SynthResult> {
  const file = options.stackFile ?? stackFilePath(REPO_ROOT, stack);
  const base: SynthResult = {
    stack,
    exitCode: 0,
    summary: "",
    files: [],
    resources: [],
    schemaProblems: [],
    pending: [],
  };
  if (!fs.existsSync(file)) {
    return {
      ...base,
      exitCode: 2,
      summary: `No stack file ${path.basename(file)} (looked in ${path.dirname(file)}).`,
    };
  }
  const loaded = loadStackFile(file, options.env);
  const secret = new Set(loaded.secretKeys);
  try {
    // Validate first: an invalid stack writes nothing, exactly as `pulumi up` registers nothing.
    parseStackConfig(path.basename(file), loaded.config, (k) => secret.has(k));
  } catch (e) {
    if (e instanceof ConfigError) return { ...base, exitCode: 2, stackFile: loaded, summary: e.message };
    throw e;
  }

  const program = await defaultProgram();
  const run = await runUnderMocks(
    { project: PROJECT, stack, config: loaded.config, secretKeys: loaded.secretKeys },
    program,
  );
  const files = renderFiles(run.resources);

  const schemaProblems: string[] = [];
  const pending: string[] = [];
  for (const r of run.resources) {
    if (!r.custom || r.read || !r.type.startsWith("kubernetes:") || REMOTE_COMPONENTS.has(r.type)) continue;
    // Validate the object as the API server would receive it (secret values decrypted); it is written redacted.
    const obj = plainValue<K8sObject>(r.inputs);
    const result: ReturnType<typeof validateK8sObject> = r.type.endsWith("Patch")
      ? {
          ok: "pending",
          reason: "a patch of an object another controller owns: partial by design, not validated",
        }
      : validateK8sObject(obj);
    const id = `${String(obj.kind)} ${obj.metadata?.name ?? r.name}`;
    if (result.ok === "pending") pending.push(`${id}: ${result.reason}`);
    else if (!result.ok) schemaProblems.push(...result.errors.map((e) => `${id}: ${e}`));
  }

  // The CrossGuard pack, through the analyzer emulation (no Pulumi CLI here), at the stack's configured levels.
  const policyConfig = policyConfigFor(stack, stackPolicyValues(loaded.config));
  const violations = await runPolicyPack(run.resources, { config: policyConfig });
  const summary =
    summarise(stack, loaded, run.resources, files, schemaProblems, pending, run.outputs) +
    policySummary(violations);
  files.push({ path: "summary.txt", content: summary });
  files.push({ path: "policy.json", content: stableJson(violations) });
  files.push({ path: "outputs.json", content: stableJson(redactOutputs(run.outputs)) });
  files.sort((a, b) => a.path.localeCompare(b.path));

  const exitCode = schemaProblems.length > 0 ? 3 : hasMandatory(violations) ? 4 : 0;
  const outDir = options.outDir === undefined ? path.join(REPO_ROOT, "out", stack) : options.outDir;
  if (outDir) writeTree(outDir, files);
  return {
    ...base,
    exitCode,
    summary,
    files,
    resources: run.resources,
    stackFile: loaded,
    schemaProblems,
    pending,
  };
}

function redactOutputs(outputs: unknown): unknown {
  return JSON.parse(
    JSON.stringify(outputs, (_k, v) => (v && typeof v === "object" && "__secret" in v ? "[secret]" : v)),
  );
}

/** Replaces the directory's content so files of resources that disappeared do not linger. */
function writeTree(dir: string, files: RenderedFile[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.content);
  }
}

function policySummary(violations: Violation[]): string {
  const lines = [
    "",
    `Policy pack: ${violations.length ? `${violations.length} violation(s)` : "no violations"}.`,
  ];
  for (const v of violations) {
    lines.push(
      `  - [${v.enforcementLevel}] ${v.policyName} ${v.urn ?? "(stack)"}`,
      ...v.message.split("\n").map((l) => `      ${l}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

function summarise(
  stack: string,
  loaded: LoadedStackFile,
  resources: RecordedResource[],
  files: RenderedFile[],
  schemaProblems: string[],
  pending: string[],
  outputs: unknown,
): string {
  const byType = new Map<string, number>();
  for (const r of resources) if (r.custom && !r.read) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const lines = [
    `Offline synth of stack "${stack}" (${path.basename(loaded.file)}), Pulumi mock engine: nothing was deployed.`,
    `${resources.filter((r) => r.custom && !r.read).length} resources, ${resources.filter((r) => !r.custom).length} components, ${resources.filter((r) => r.read).length} reads of existing objects; ${files.length} files.`,
    "",
    "Resources by type:",
    ...[...byType.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([t, n]) => `  ${String(n).padStart(3)}  ${t}`),
  ];
  const remote = resources.filter((r) => REMOTE_COMPONENTS.has(r.type));
  if (remote.length) {
    lines.push(
      "",
      "Remote components (no children under the mock engine; their rendered objects are not checked here):",
    );
    for (const r of remote) lines.push(`  ${r.type} ${r.name}`);
  }
  lines.push(
    "",
    schemaProblems.length
      ? `Schema validation: ${schemaProblems.length} problem(s):\n${schemaProblems.map((p) => `  - ${p}`).join("\n")}`
      : "Schema validation: every Kubernetes object passed its API schema.",
  );
  if (pending.length)
    lines.push(`Not validated (pending): ${pending.length}`, ...pending.map((p) => `  - ${p}`));
  const unset = loaded.secretSources.filter((s) => s.source.startsWith("not in "));
  lines.push(
    "",
    "Secrets:",
    ...loaded.secretSources.filter((s) => !unset.includes(s)).map((s) => `  ${s.key}: ${s.source}`),
  );
  if (unset.length) {
    lines.push(
      `  not set in ${path.basename(loaded.file)}, placeholders used (pulumi up needs those the stack's features use, ` +
        `set with pulumi config set --secret; the synth reads AM_SECRET_<KEY>): ${unset.map((s) => s.key).join(", ")}`,
    );
  }
  if (loaded.environments.length) {
    lines.push(`ESC environments imported (not resolved offline): ${loaded.environments.join(", ")}`);
  }
  const shown = Object.entries((outputs ?? {}) as Record<string, unknown>).filter(([k]) => k !== "notes");
  if (shown.length) {
    lines.push("", "Stack outputs:");
    for (const [k, v] of shown) lines.push(`  ${k}: ${JSON.stringify(redactOutputs(v))}`);
  }
  const notes = (outputs as { notes?: unknown })?.notes;
  if (Array.isArray(notes) && notes.length) lines.push("", "Notes:", ...notes.map((n) => `  - ${String(n)}`));
  return `${lines.join("\n")}\n`;
}

/**
 * The offline synth: runs the same `program()` as `pulumi up` against the Pulumi runtime's mock engine with a
 * stack's configuration, validates every Kubernetes object against its API schema, and writes the desired state.
 * It needs no Pulumi CLI, cluster or credentials, and creates nothing anywhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfigError, parseStackConfig } from "../config/load";
import { PROJECT } from "../naming";
import { secretKeys } from "../config/areas/secrets";
import { wantedGeneratedSecrets } from "../config/generated";
import { plainValue, runUnderMocks, type RecordedResource } from "../engine/mockEngine";
import { validateK8sObject, validateK8sPatch, type K8sObject } from "../validation";
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
  /**
   * Accept Kubernetes objects whose schema is not available (CRD schemas not built): they are listed as NOT
   * validated and the synth exits 0. Without it such a synth exits 3, since nothing vouches for those objects.
   */
  allowUnvalidated?: boolean;
  /** Called at the start of each step that takes more than a moment. */
  progress?: (step: string) => void;
}

export interface SynthResult {
  stack: string;
  /** 0 ok; 2 invalid config; 3 schema violations or objects not validated. */
  exitCode: number;
  summary: string;
  files: RenderedFile[];
  resources: RecordedResource[];
  /** The program's resolved outputs, secrets still marked (`SECRET_MARK`): what `pulumi up` would export. */
  outputs?: unknown;
  stackFile?: LoadedStackFile;
  schemaProblems: string[];
  /** Objects whose schema was not available, with the reason: never counted as passed. */
  pending: string[];
  /** The secret keys the stack's configuration needs (the config rules require them); the summary lists only these. */
  neededSecrets: string[];
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
    neededSecrets: [],
  };
  if (!fs.existsSync(file)) {
    return {
      ...base,
      exitCode: 2,
      summary: `No stack file ${path.basename(file)} (looked in ${path.dirname(file)}).`,
    };
  }
  let loaded: LoadedStackFile;
  let secret: Set<string>;
  let parsed: ReturnType<typeof parseStackConfig>;
  try {
    // Validate first: an invalid stack writes nothing, exactly as `pulumi up` registers nothing.
    loaded = loadStackFile(file, options.env);
    secret = new Set(loaded.secretKeys);
    parsed = parseStackConfig(path.basename(file), loaded.config, (k) => secret.has(k), loaded.lineOf);
  } catch (e) {
    if (e instanceof ConfigError) return { ...base, exitCode: 2, summary: `${e.message}\n` };
    throw e;
  }

  // Those the rules require, and those the program generates unless the stack supplies them.
  const required = secretsNeeded(path.basename(file), loaded, secret);
  const generated: string[] = wantedGeneratedSecrets(parsed);
  const neededSecrets = Object.keys(secretKeys).filter((k) => required.includes(k) || generated.includes(k));
  const progress = options.progress ?? (() => undefined);
  progress("running the program under the Pulumi mock engine");
  const program = await defaultProgram();
  const run = await runUnderMocks(
    { project: PROJECT, stack, config: loaded.config, secretKeys: loaded.secretKeys },
    program,
  );
  const files = renderFiles(run.resources);

  progress("validating the Kubernetes objects against their API schemas");
  const schemaProblems: string[] = [];
  const pending: string[] = [];
  let checked = 0;
  for (const r of run.resources) {
    if (!r.custom || r.read || !r.type.startsWith("kubernetes:") || REMOTE_COMPONENTS.has(r.type)) continue;
    // Validate the object as the API server would receive it (secret values decrypted); it is written redacted.
    const obj = plainValue<K8sObject>(r.inputs);
    // A patch sets a few fields of an object another controller owns: those fields are checked, not the rest.
    const result = r.type.endsWith("Patch") ? validateK8sPatch(obj) : validateK8sObject(obj);
    const id = `${String(obj.kind)} ${obj.metadata?.name ?? r.name}`;
    if (result.ok === "pending") pending.push(`${id}: ${result.reason}`);
    else {
      checked++;
      if (!result.ok) schemaProblems.push(...result.errors.map((e) => `${id}: ${e}`));
    }
  }

  const unvalidatedFails = pending.length > 0 && !options.allowUnvalidated;
  const summary =
    summarise(stack, loaded, run.resources, {
      checked,
      schemaProblems,
      pending,
      unvalidatedFails,
      neededSecrets,
      outputs: run.outputs,
    }) + POLICY_NOTE;
  files.push({ path: "summary.txt", content: summary });
  files.push({ path: "outputs.json", content: stableJson(redactOutputs(run.outputs)) });
  files.sort((a, b) => a.path.localeCompare(b.path));

  const exitCode = schemaProblems.length > 0 || unvalidatedFails ? 3 : 0;
  const outDir = options.outDir === undefined ? path.join(REPO_ROOT, "out", stack) : options.outDir;
  if (outDir) writeTree(outDir, files);
  return {
    ...base,
    exitCode,
    summary,
    files,
    resources: run.resources,
    outputs: run.outputs,
    stackFile: loaded,
    schemaProblems,
    pending,
    neededSecrets,
  };
}

/**
 * The secrets the configuration needs: those whose absence the config rules report (e.g. `telemetryToken` only
 * with a telemetry collector). Each is taken out of the configuration in turn and the rules run again, so the
 * answer comes from the same rules `pulumi up` applies, not from a second list that could drift from them.
 */
function secretsNeeded(file: string, loaded: LoadedStackFile, secret: Set<string>): string[] {
  return Object.keys(secretKeys).filter((key) => {
    const without = { ...loaded.config };
    delete without[`${PROJECT}:${key}`];
    try {
      parseStackConfig(file, without, (k) => secret.has(k));
      return false;
    } catch (e) {
      if (e instanceof ConfigError) return e.issues.some((i) => i.path === key);
      throw e;
    }
  });
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

/**
 * The policy pack needs the Pulumi CLI's analyzer (preview unknowns, decrypted secrets, enforcement levels as the CLI
 * reconciles them), which the mock engine does not have: the synth says so instead of emulating it.
 */
const POLICY_NOTE =
  "\nPolicy pack: not run offline; `pulumi preview --policy-pack policies` runs it (CI, and test/engines/previews.test.ts).\n";

interface SummaryFacts {
  /** Kubernetes objects whose schema was available and applied. */
  checked: number;
  schemaProblems: string[];
  pending: string[];
  unvalidatedFails: boolean;
  neededSecrets: string[];
  outputs: unknown;
}

function schemaLines(f: SummaryFacts): string[] {
  const total = f.checked + f.pending.length;
  const lines = [
    f.schemaProblems.length
      ? `Schema validation: ${f.checked} of ${total} Kubernetes objects checked against their API schemas; ${f.schemaProblems.length} problem(s):`
      : `Schema validation: ${f.checked} of ${total} Kubernetes objects checked against their API schemas; those ${f.checked} passed.`,
    ...f.schemaProblems.map((p) => `  - ${p}`),
  ];
  if (f.pending.length) {
    lines.push(
      `NOT validated: ${f.pending.length} object(s) whose schema is not available (${
        f.unvalidatedFails
          ? "the synth fails; build the schemas with npm run engines -- schemas, or pass --allow-unvalidated"
          : "accepted with --allow-unvalidated"
      }):`,
      ...f.pending.map((p) => `  - ${p}`),
    );
  }
  return lines;
}

function secretLines(loaded: LoadedStackFile, needed: string[]): string[] {
  const sources = loaded.secretSources.filter((s) => needed.includes(s.key));
  const unset = sources.filter((s) => s.source.startsWith("not in "));
  const lines = [
    "",
    needed.length ? `Secrets this stack uses (${needed.length}):` : "Secrets this stack uses: none.",
    ...sources.filter((s) => !unset.includes(s)).map((s) => `  ${s.key}: ${s.source}`),
  ];
  if (unset.length) {
    lines.push(
      `  not set in ${path.basename(loaded.file)}, placeholders used (pulumi up needs them: pulumi config set --secret <key>; ` +
        `the synth reads AM_SECRET_<KEY>): ${unset.map((s) => s.key).join(", ")}`,
    );
  }
  const unused = loaded.secretSources.filter(
    (s) =>
      !needed.includes(s.key) &&
      !s.source.startsWith("not in ") &&
      !s.source.startsWith("from ") &&
      !s.source.startsWith("generated "),
  );
  if (unused.length) {
    lines.push(
      `  set in ${path.basename(loaded.file)} but not used by this configuration: ${unused.map((s) => s.key).join(", ")}`,
    );
  }
  return lines;
}

function summarise(
  stack: string,
  loaded: LoadedStackFile,
  resources: RecordedResource[],
  facts: SummaryFacts,
): string {
  const { outputs } = facts;
  const byType = new Map<string, number>();
  for (const r of resources) if (r.custom && !r.read) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const lines = [
    `Offline synth of stack "${stack}" (${path.basename(loaded.file)}), Pulumi mock engine: nothing was deployed.`,
    `${resources.filter((r) => r.custom && !r.read).length} resources, ${resources.filter((r) => !r.custom).length} components, ${resources.filter((r) => r.read).length} reads of existing objects.`,
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
  lines.push("", ...schemaLines(facts), ...secretLines(loaded, facts.neededSecrets));
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

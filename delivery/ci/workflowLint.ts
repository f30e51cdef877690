/**
 * Lints the GitHub workflows without GitHub: the official workflow parser (`@actions/workflow-parser`, the
 * schema and expression checks of GitHub's own language service), then our rules: every action pinned to a full
 * commit SHA of a release in `PINNED_ACTIONS` with its `# vX.Y.Z` comment, only inputs that release declares, no
 * repository secrets, and every `run:` script accepted by `bash -n`.
 */
import { spawnSync } from "node:child_process";
import { isMap, isScalar, isSeq, parseDocument, visit, type Pair, type Scalar } from "yaml";
import { PINNED_ACTIONS } from "./actions";

const USES = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(\/[^@]*)?@([^@\s]+)$/;
const SHA = /^[0-9a-f]{40}$/;

/** Errors of GitHub's workflow parser (schema, expressions, job graph). */
export async function parserErrors(name: string, content: string): Promise<string[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(
    "@actions/workflow-parser"
  );
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return [...new Set(errors)];
}

function line(content: string, offset: number | undefined): number {
  return offset === undefined ? 0 : content.slice(0, offset).split("\n").length;
}

/** Our rules over the YAML tree: pins, version comments, inputs, secrets, shell syntax. */
export function ruleErrors(name: string, content: string): string[] {
  const errors: string[] = [];
  const doc = parseDocument(content);
  const lines = content.split("\n");
  visit(doc, {
    Pair(_, pair: Pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const value = pair.value;
      if (key === "uses" && isScalar(value)) {
        const at = line(content, value.range?.[0]);
        const text = String(value.value);
        if (text.startsWith("./")) return; // a reusable workflow of this repository
        const m = USES.exec(text);
        if (!m) return void errors.push(`${name}:${at}: "${text}" is not owner/repo@ref`);
        const [, repo, , ref] = m;
        if (!SHA.test(ref))
          return void errors.push(`${name}:${at}: ${repo}@${ref} is not pinned to a 40-hex commit SHA`);
        const pinned = PINNED_ACTIONS[repo];
        if (!pinned)
          return void errors.push(`${name}:${at}: ${repo} is not in PINNED_ACTIONS (delivery/ci/actions.ts)`);
        if (pinned.sha !== ref)
          errors.push(`${name}:${at}: ${repo}@${ref} is not ${pinned.version} (${pinned.sha})`);
        const comment = /#\s*(v\d+\.\d+\.\d+)\s*$/.exec(lines[at - 1] ?? "");
        if (!comment) errors.push(`${name}:${at}: ${repo} has no "# vX.Y.Z" comment after its SHA`);
        else if (comment[1] !== pinned.version) {
          errors.push(`${name}:${at}: ${repo} is commented ${comment[1]} but pinned to ${pinned.version}`);
        }
      }
      if (key === "with" && isMap(value)) {
        // Find the sibling `uses` of this step to know which inputs exist.
        const step = stepOf(doc.contents, pair);
        const uses = step ? String((step.get("uses", true) as Scalar | undefined)?.value ?? "") : "";
        const repo = USES.exec(uses)?.[1];
        const pinned = repo ? PINNED_ACTIONS[repo] : undefined;
        if (pinned && !uses.includes("/.github/")) {
          for (const item of value.items) {
            const input = isScalar(item.key) ? String(item.key.value) : String(item.key);
            if (!pinned.inputs.includes(input)) {
              errors.push(
                `${name}:${line(content, value.range?.[0])}: ${repo} ${pinned.version} has no input "${input}"`,
              );
            }
          }
        }
      }
      if (key === "run" && isScalar(value)) {
        const script = String(value.value).replace(/\$\{\{[^}]*\}\}/g, "EXPR");
        const result = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
        if (result.status !== 0) {
          errors.push(`${name}:${line(content, value.range?.[0])}: bash -n: ${result.stderr.trim()}`);
        }
      }
    },
    Scalar(_, scalar) {
      if (
        typeof scalar.value === "string" &&
        /\bsecrets\./.test(scalar.value) &&
        /\$\{\{/.test(scalar.value)
      ) {
        errors.push(
          `${name}:${line(content, scalar.range?.[0])}: uses a repository secret (OIDC and ESC only)`,
        );
      }
    },
  });
  if (/PULUMI_ACCESS_TOKEN/.test(content)) errors.push(`${name}: mentions PULUMI_ACCESS_TOKEN (use OIDC)`);
  return errors;
}

/** The step map holding `pair`, found by walking from the document root. */
function stepOf(root: unknown, pair: Pair): import("yaml").YAMLMap | undefined {
  let found: import("yaml").YAMLMap | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      if (node.items.includes(pair as (typeof node.items)[number])) found = node;
      else node.items.forEach((p) => walk(p.value));
    } else if (isSeq(node)) node.items.forEach(walk);
  };
  walk(root);
  return found;
}

export async function lintWorkflow(name: string, content: string): Promise<string[]> {
  return [...(await parserErrors(name, content)), ...ruleErrors(name, content)];
}

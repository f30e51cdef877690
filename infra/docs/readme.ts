/**
 * Keeps the generated parts of the documentation in step with the code: the stack configuration reference and the
 * field classification (docs/), and examples of command output shown in README.md and docs/ (produced by running
 * the commands' code). `npm run docs` rewrites them; a test fails when a committed file differs from what this
 * renders.
 *
 * Markers: `<!-- begin:NAME -->` … `<!-- end:NAME -->`, in any file of `DOC_FILES`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { configReference } from "../config/reference";
import { REPO_ROOT as ROOT } from "../paths";
export { ROOT };

type Section = () => string | Promise<string>;

/** Files that hold generated sections, relative to the repository. */
export const DOC_FILES = ["README.md", "docs/configuration.md", "docs/classification.md", "docs/delivery.md"];

export const sections: Record<string, Section> = {
  "config-reference": configReference,
};

/** Registers further generated sections (classification, examples…) from the modules that own them. */
export function registerSection(name: string, render: Section): void {
  sections[name] = render;
}

const markers = (name: string) => new RegExp(`(<!-- begin:${name} -->)[\\s\\S]*?(<!-- end:${name} -->)`);

/** The file's text with every section it marks rendered anew. A marker naming no known section is an error. */
export async function renderDoc(file: string, current: string): Promise<string> {
  let out = current;
  for (const m of current.matchAll(/<!-- begin:([a-z0-9-]+) -->/g)) {
    const render = sections[m[1]];
    if (!render) throw new Error(`${file} marks section "${m[1]}", which no module renders`);
    const text = (await render()).trimEnd();
    out = out.replace(markers(m[1]), (_m, a: string, b: string) => `${a}\n${text}\n${b}`);
  }
  return out;
}

/** Every section is rendered into some file: a section nobody shows is a leftover. */
export function unplacedSections(): string[] {
  const all = DOC_FILES.map((f) => fs.readFileSync(path.join(ROOT, f), "utf8")).join("\n");
  return Object.keys(sections).filter((name) => !markers(name).test(all));
}

/**
 * Keeps the generated parts of README.md in step with the code: the stack configuration reference, the field
 * classification, and sections maintained next to the code they describe. `npm run docs` rewrites them;
 * a test fails when the committed README differs from what this renders.
 *
 * Markers: `<!-- begin:NAME -->` … `<!-- end:NAME -->`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { configReference } from "../config/reference";
import { REPO_ROOT as ROOT } from "../paths";
export { ROOT };

type Section = () => string;

/** A section copied from a Markdown file maintained next to the code it describes. */
export function includeFile(file: string): Section {
  return () => {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full)) throw new Error(`README section source ${file} is missing`);
    // The included file's own top heading is replaced by the README's, and its sub-headings nest under it.
    const body = fs
      .readFileSync(full, "utf8")
      .replace(/^#{1,6} .*\n+/, "")
      .trim();
    const levels = [...body.matchAll(/^(#{1,6}) /gm)].map((m) => m[1].length);
    const shift = levels.length ? 3 - Math.min(...levels) : 0;
    return body.replace(
      /^(#{1,6}) /gm,
      (_m, hashes: string) => `${"#".repeat(Math.min(6, hashes.length + shift))} `,
    );
  };
}

export const sections: Record<string, Section> = {
  "config-reference": configReference,
};

/** Registers further generated sections (classification, policies, delivery…) from the modules that own them. */
export function registerSection(name: string, render: Section): void {
  sections[name] = render;
}

export function renderReadme(current: string): string {
  let out = current;
  for (const [name, render] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- begin:${name} -->)[\\s\\S]*?(<!-- end:${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md lacks the markers of section "${name}"`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${render()}\n${b}`);
  }
  return out;
}

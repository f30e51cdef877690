/**
 * The repository's imports as the checks read them: each source file parsed by TypeScript's pre-processor (static,
 * dynamic and type-only imports, `export … from`, `require`), relative specifiers resolved the way node16 resolution
 * finds this repository's files. `layers.test.ts` holds the graph to `infra/layers.ts`;
 * `test/policies/selfContained.test.ts` holds the policy pack to its own folder and the contracts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { OUTSIDE_LAYERS } from "../../infra/layers";
import { REPO_ROOT } from "../../infra/paths";

const SOURCE = /\.(ts|mts|cts|mjs|cjs)$/;

/** Every source file of the working tree (tracked or not, minus what git ignores), repository-relative. */
export function sourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\n")
    .filter((f) => SOURCE.test(f) && !f.endsWith(".d.ts") && !OUTSIDE_LAYERS.some((p) => f.startsWith(p)))
    .filter((f) => fs.existsSync(path.join(REPO_ROOT, f)))
    .sort();
}

/** One relative import of a file: what it says and the repository-relative path it names (before any extension). */
export interface RelativeImport {
  readonly specifier: string;
  readonly path: string;
}

/** The relative imports of a repository file (a package import names no path, and is left out). */
export function relativeImports(file: string): RelativeImport[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.filter(({ fileName }) => fileName.startsWith("."))
    .map(({ fileName }) => ({
      specifier: fileName,
      path: path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)),
    }));
}

export interface Graph {
  files: string[];
  /** file → the repository files it imports. */
  imports: Map<string, Set<string>>;
  /** Relative specifiers that name no file. */
  unresolved: string[];
}

export function importGraph(): Graph {
  const files = sourceFiles();
  const known = new Set(files);
  const imports = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const file of files) {
    const targets = new Set<string>();
    for (const { specifier, path: base } of relativeImports(file)) {
      const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, `${base}/index.ts`];
      const target = candidates.find((c) => known.has(c));
      if (target !== undefined) targets.add(target);
      else if (!fs.existsSync(path.join(REPO_ROOT, base))) unresolved.push(`${file}: "${specifier}"`);
      // else: a data file (package.json, a JSON fixture): not code, no layer.
    }
    imports.set(file, targets);
  }
  return { files, imports, unresolved };
}

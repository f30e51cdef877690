/**
 * The import graph of the repository against the layers of `infra/layers.ts`: every source file belongs to a layer,
 * no file imports one of a higher layer, and no import circle exists. The imports are read by `./imports.ts`.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LAYERS, layerOf } from "../../infra/layers";
import { REPO_ROOT } from "../../infra/paths";
import { importGraph, type Graph } from "./imports";

/** Strongly connected components of more than one file (or a file importing itself), Tarjan's algorithm. */
function circles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.imports.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.imports.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const f of graph.files) if (!index.has(f)) visit(f);
  return found;
}

/** One concrete circle through the first file of a component, as `a → b → … → a`. */
function circleThrough(graph: Graph, component: string[]): string {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(graph.imports.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const pathBack = [v];
        while (pathBack[0] !== start) pathBack.unshift(previous.get(pathBack[0])!);
        return [...pathBack, start].join(" → ");
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(", ");
}

describe("layers of the repository (infra/layers.ts)", () => {
  const graph = importGraph();

  it("parses the whole tree", () => {
    assert.ok(graph.files.length > 300, `only ${graph.files.length} source files found`);
    assert.deepEqual(graph.unresolved, [], "relative imports that name no file");
  });

  it("puts every source file in a declared layer", () => {
    const homeless = graph.files.filter((f) => layerOf(f) === undefined);
    assert.deepEqual(homeless, [], "files no layer of infra/layers.ts names");
  });

  it("names only paths that exist", () => {
    const missing = LAYERS.flatMap((l) => l.paths).filter((p) => !fs.existsSync(path.join(REPO_ROOT, p)));
    assert.deepEqual(missing, []);
  });

  it("has no import from a lower layer to a higher one", () => {
    const upward: string[] = [];
    for (const [file, targets] of graph.imports) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (from !== undefined && to !== undefined && to > from) {
          upward.push(`${file} (${LAYERS[from].name}) → ${target} (${LAYERS[to].name})`);
        }
      }
    }
    assert.deepEqual(upward.sort(), [], "imports that point up");
  });

  it("has no import circle", () => {
    assert.deepEqual(
      circles(graph).map((c) => circleThrough(graph, c)),
      [],
      "import circles",
    );
  });
});

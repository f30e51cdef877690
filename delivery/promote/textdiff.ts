/**
 * Unified diffs of two rendered desired-state trees (`out/` of the offline synth). Files are small manifests, so a
 * plain LCS over the lines that differ (common head and tail trimmed first) is enough.
 */
import * as fs from "node:fs";
import * as path from "node:path";

type Op = { kind: " " | "-" | "+"; line: string };

function lcsOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // lengths[i][j] = LCS of x[i..] and y[j..], in one flat array.
  const w = y.length + 1;
  const lengths = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lengths[i * w + j] =
        x[i] === y[j]
          ? lengths[(i + 1) * w + j + 1] + 1
          : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1]);
    }
  }
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: " ", line }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ kind: " ", line: x[i] });
      i++;
      j++;
    } else if (i < x.length && (j === y.length || lengths[(i + 1) * w + j] >= lengths[i * w + j + 1])) {
      ops.push({ kind: "-", line: x[i++] }); // deletions first, as diff(1) prints them
    } else {
      ops.push({ kind: "+", line: y[j++] });
    }
  }
  ops.push(...a.slice(a.length - tail).map((line): Op => ({ kind: " ", line })));
  return ops;
}

const splitLines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));

/** A unified diff (`---`/`+++` headers, `@@` hunks with `context` lines); empty when the texts are equal. */
export function unifiedDiff(aName: string, bName: string, a: string, b: string, context = 3): string {
  if (a === b) return "";
  const ops = lcsOps(splitLines(a), splitLines(b));
  const changed = ops.map((o, k) => (o.kind !== " " ? k : -1)).filter((k) => k >= 0);
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const start = Math.max(0, k - context);
    const end = Math.min(ops.length, k + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else hunks.push([start, end]);
  }
  const out = [`--- ${aName}`, `+++ ${bName}`];
  for (const [start, end] of hunks) {
    let aLine = 1;
    let bLine = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== "+") aLine++;
      if (ops[k].kind !== "-") bLine++;
    }
    const slice = ops.slice(start, end);
    const aCount = slice.filter((o) => o.kind !== "+").length;
    const bCount = slice.filter((o) => o.kind !== "-").length;
    out.push(
      `@@ -${aCount === 0 ? aLine - 1 : aLine},${aCount} +${bCount === 0 ? bLine - 1 : bLine},${bCount} @@`,
    );
    out.push(...slice.map((o) => `${o.kind}${o.line}`));
  }
  return `${out.join("\n")}\n`;
}

/** Relative paths of every file below `dir`, sorted; empty when the directory does not exist. */
export function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk("");
  return files.sort();
}

export interface TreeDiff {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
  /** Unified diffs of every added, removed and changed file, in path order. */
  readonly patch: string;
}

/** Compares two rendered trees file by file. `ignore` lists relative paths left out (e.g. the synth summary). */
export function diffTrees(beforeDir: string, afterDir: string, ignore: readonly string[] = []): TreeDiff {
  const before = new Set(listTree(beforeDir).filter((f) => !ignore.includes(f)));
  const after = new Set(listTree(afterDir).filter((f) => !ignore.includes(f)));
  const all = [...new Set([...before, ...after])].sort();
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  const patches: string[] = [];
  for (const f of all) {
    const a = before.has(f) ? fs.readFileSync(path.join(beforeDir, f), "utf8") : "";
    const b = after.has(f) ? fs.readFileSync(path.join(afterDir, f), "utf8") : "";
    if (before.has(f) && after.has(f) && a === b) continue;
    if (!before.has(f)) added.push(f);
    else if (!after.has(f)) removed.push(f);
    else changed.push(f);
    patches.push(
      unifiedDiff(before.has(f) ? `a/${f}` : "/dev/null", after.has(f) ? `b/${f}` : "/dev/null", a, b),
    );
  }
  return { added, removed, changed, patch: patches.join("") };
}

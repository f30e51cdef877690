/**
 * The folder table (docs/architecture.md, which the README points to for the folders) matches the tree: every
 * top-level folder is listed, every folder and file it names exists, and each listed folder's sub-folders are named
 * in its row, except for folders described as a whole.
 */
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../infra/paths";

const TABLE_FILE = "docs/architecture.md";
/** Folders whose row describes them as a whole, and where their sub-folders are found instead. */
const DESCRIBED_AS_A_WHOLE: Record<string, string> = {
  "test/": "the tests (by the folder of the code they test)",
  "engines/": "one folder per engine, listed in docs/engines.md",
  "docs/": "the documents, linked from the README's documentation table",
};

interface Row {
  folders: string[];
  holds: string;
}

function folderTable(): Row[] {
  const lines = fs.readFileSync(path.join(REPO_ROOT, TABLE_FILE), "utf8").split("\n");
  const header = lines.findIndex((l) => /^\| folder \| holds \|$/.test(l));
  assert.ok(header >= 0, `${TABLE_FILE} has no "| folder | holds |" table`);
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [, first, holds] = line.split(/(?<!\\)\|/).map((c) => c.trim());
    rows.push({ folders: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]), holds });
  }
  return rows;
}

/** Folders of the tree (tracked or not, minus what git ignores), with a trailing `/`. */
function treeFolders(): Set<string> {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\n")
    .filter((f) => f !== "" && fs.existsSync(path.join(REPO_ROOT, f)));
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join("/")}/`);
  }
  return folders;
}

describe(`the folder table (${TABLE_FILE})`, () => {
  const rows = folderTable();
  const tree = treeFolders();
  const listed = rows.flatMap((r) => r.folders);

  it("lists every top-level folder of the tree", () => {
    const topLevel = [...tree].filter((f) => f.split("/").length === 2);
    const unlisted = topLevel.filter((f) => !listed.some((l) => l === f || l.startsWith(f)));
    assert.deepEqual(unlisted, [], "top-level folders the table does not list");
  });

  it("lists only folders that exist", () => {
    assert.deepEqual(
      listed.filter((f) => !tree.has(f.endsWith("/") ? f : `${f}/`)),
      [],
    );
  });

  it("names only sub-folders and files that exist", () => {
    const missing: string[] = [];
    for (const row of rows) {
      for (const [, token] of row.holds.matchAll(/`([^`]+)`/g)) {
        if (!/^[\w.-]+(\/|\.ts)$/.test(token)) continue; // not a path: a package, a value
        if (!row.folders.some((f) => fs.existsSync(path.join(REPO_ROOT, f, token))))
          missing.push(`${row.folders.join(", ")}: ${token}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it("names every sub-folder of a listed folder in its row", () => {
    const unnamed: string[] = [];
    for (const row of rows) {
      const named = new Set([...row.holds.matchAll(/`([^`/]+)\/?`/g)].map((m) => m[1]));
      for (const folder of row.folders) {
        if (folder in DESCRIBED_AS_A_WHOLE) continue;
        const prefix = folder.endsWith("/") ? folder : `${folder}/`;
        for (const sub of tree) {
          const rest = sub.slice(prefix.length, -1);
          if (sub.startsWith(prefix) && rest !== "" && !rest.includes("/") && !named.has(rest))
            unnamed.push(`${prefix}${rest}/`);
        }
      }
    }
    assert.deepEqual(unnamed, [], "sub-folders the folder's row does not name");
  });
});

/** `npm run docs`: rewrites the generated sections of README.md and docs/. */
import * as fs from "node:fs";
import * as path from "node:path";
import "./sections";
import { DOC_FILES, renderDoc, ROOT, unplacedSections } from "./readme";

async function main(): Promise<void> {
  for (const file of DOC_FILES) {
    const full = path.join(ROOT, file);
    const before = fs.readFileSync(full, "utf8");
    const after = await renderDoc(file, before);
    fs.writeFileSync(full, after);
    process.stdout.write(`${file}: ${before === after ? "up to date" : "regenerated"}\n`);
  }
  const unplaced = unplacedSections();
  if (unplaced.length) throw new Error(`sections no file shows: ${unplaced.join(", ")}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

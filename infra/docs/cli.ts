/** `npm run docs`: rewrites the generated sections of README.md. */
import * as fs from "node:fs";
import * as path from "node:path";
import "./sections";
import { renderReadme, ROOT } from "./readme";

const file = path.join(ROOT, "README.md");
const before = fs.readFileSync(file, "utf8");
const after = renderReadme(before);
fs.writeFileSync(file, after);
process.stdout.write(before === after ? "README.md is up to date\n" : "README.md regenerated\n");

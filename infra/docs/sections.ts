/** The README sections generated from code, each rendered by the module that owns the facts. */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  documentClassificationMarkdown,
  sourceClassificationMarkdown,
} from "../../anonymisation/planner/markdown";
import { includeFile, registerSection, ROOT } from "./readme";

registerSection("classification-documents", documentClassificationMarkdown);
registerSection("classification-sources", sourceClassificationMarkdown);
registerSection("dashboards", includeFile("dashboards/README.md"));
registerSection("delivery", includeFile("docs/delivery.md"));
// Sections whose source lands with a later capability render only once it exists.
for (const [name, file] of [
  ["policies", "policies/README.md"],
  ["milestone2", "docs/milestone2.md"],
] as const) {
  if (fs.existsSync(path.join(ROOT, file))) registerSection(name, includeFile(file));
}

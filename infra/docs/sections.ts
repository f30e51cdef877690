/** The README sections generated from code, each rendered by the module that owns the facts. */
import {
  documentClassificationMarkdown,
  sourceClassificationMarkdown,
} from "../../anonymisation/planner/markdown";
import { includeFile, registerSection } from "./readme";

registerSection("classification-documents", documentClassificationMarkdown);
registerSection("classification-sources", sourceClassificationMarkdown);
registerSection("dashboards", includeFile("dashboards/README.md"));
registerSection("delivery", includeFile("docs/delivery.md"));
registerSection("policies", includeFile("policies/README.md"));
registerSection("milestone2", includeFile("docs/milestone2.md"));

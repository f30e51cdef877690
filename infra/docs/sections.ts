/** The documentation sections generated from code, each rendered by the module that owns the facts. */
import {
  documentClassificationMarkdown,
  sourceClassificationMarkdown,
} from "../../anonymisation/planner/markdown";
import { promoteExample, synthExample } from "./examples";
import { registerSection } from "./readme";

registerSection("classification-documents", documentClassificationMarkdown);
registerSection("classification-sources", sourceClassificationMarkdown);
registerSection("synth-example", () => synthExample("dev"));
registerSection("promote-example", promoteExample);

/** The README sections generated from code, each rendered by the module that owns the facts. */
import { includeFile, registerSection } from "./readme";

registerSection("delivery", includeFile("docs/delivery.md"));

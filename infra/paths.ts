/** The repository root, for code that reads the stack files, the README or writes `out/`. */
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** Test helpers: a stack's configuration as the Pulumi CLI would hand it over, and the program run under mocks. */
import { PROJECT } from "../../infra/naming";
import { runUnderMocks, type EngineRun } from "../../infra/engine/mockEngine";
import { loadStackFile, stackFilePath, type LoadedStackFile } from "../../infra/synth/stackFile";
import { program } from "../../stacks";

import { REPO_ROOT } from "../../infra/paths";

export { REPO_ROOT };

/** The committed stack file, secrets replaced by the synth's placeholders (no environment variables read). */
export function stackConfig(stack: string): LoadedStackFile {
  return loadStackFile(stackFilePath(REPO_ROOT, stack), {});
}

/** A copy of the config with one top-level key changed (`undefined` removes it); objects are JSON. */
export function withKey(loaded: LoadedStackFile, key: string, value: unknown): LoadedStackFile {
  const config = { ...loaded.config };
  const full = `${PROJECT}:${key}`;
  if (value === undefined) delete config[full];
  else config[full] = typeof value === "string" ? value : JSON.stringify(value);
  return { ...loaded, config };
}

/** A copy with a nested value changed, e.g. `setPath(c, "elasticsearch", ["nodeSets", 0, "count"], 0)`. */
export function setPath(
  loaded: LoadedStackFile,
  key: string,
  at: (string | number)[],
  value: unknown,
): LoadedStackFile {
  const current = JSON.parse(loaded.config[`${PROJECT}:${key}`]) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = current;
  for (const step of at.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return withKey(loaded, key, current);
}

export function runStack(
  stack: string,
  loaded: LoadedStackFile = stackConfig(stack),
): Promise<EngineRun<unknown>> {
  return runUnderMocks(
    { project: PROJECT, stack, config: loaded.config, secretKeys: loaded.secretKeys },
    program,
  );
}

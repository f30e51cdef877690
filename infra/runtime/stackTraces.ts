/**
 * Stack traces of the program under `pulumi preview` / `up`, where Pulumi's Node.js runtime runs it through ts-node.
 *
 * ts-node installs a source-map `Error.prepareStackTrace` that maps every frame of every stack trace. The Pulumi SDK
 * takes a stack trace for each promise it makes and for each resource it registers (about 2,000 in a dev preview,
 * kept in case a promise leaks), and nearly all of their frames are in the SDK's JavaScript, whose source maps name
 * TypeScript files the package does not ship. Formatting them took 0.35 to 0.5 s of the program's time in a dev
 * preview (0.08 to 0.15 s now; docs/benchmarks.md) and yielded paths to files that do not exist. The program's own
 * frames are the ones worth mapping: they still are; every other frame is printed as V8 prints it, with the file
 * that ran.
 */

/** The V8 hook's signature (`Error.prepareStackTrace`). */
export type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

/** A frame of the program's own TypeScript (the files ts-node compiled), not of a dependency or of Node.js. */
export function isProgramFrame(frame: NodeJS.CallSite): boolean {
  const file = frame.getFileName() ?? "";
  return /\.tsx?$/.test(file) && !/[\\/]node_modules[\\/]/.test(file);
}

/** Mapped program frames kept, by V8's own text of the frame; there are as many as places in the code. */
const MAX_REMEMBERED_FRAMES = 10_000;

/**
 * The stack trace of `error`: the header as `mapFrames` writes it, each program frame as `mapFrames` maps it alone,
 * every other frame as V8's own `CallSite` prints it. A program frame is mapped once per place (`remembered`, keyed
 * by V8's text of the frame, which holds everything the mapping reads: file, line, column and names); the SDK's
 * stack traces pass the same few constructors thousands of times.
 */
export function formatStack(
  error: Error,
  frames: readonly NodeJS.CallSite[],
  mapFrames: PrepareStackTrace,
  remembered: Map<string, string> = new Map(),
): string {
  const header = String(mapFrames(error, []));
  let stack = header;
  for (const frame of frames) {
    const plain = `\n    at ${frame.toString()}`;
    if (!isProgramFrame(frame)) {
      stack += plain;
      continue;
    }
    let mapped = remembered.get(plain);
    if (mapped === undefined) {
      mapped = String(mapFrames(error, [frame])).slice(header.length);
      if (remembered.size < MAX_REMEMBERED_FRAMES) remembered.set(plain, mapped);
    }
    stack += mapped;
  }
  return stack;
}

/**
 * Narrows the installed source-map hook to the program's frames. Does nothing where no hook is installed (a program
 * run without ts-node, where there is nothing to map).
 */
export function mapOnlyProgramFrames(): void {
  const mapFrames = Error.prepareStackTrace as PrepareStackTrace | undefined;
  if (!mapFrames) return;
  const remembered = new Map<string, string>();
  Error.prepareStackTrace = (error, frames) => formatStack(error, frames, mapFrames, remembered);
}

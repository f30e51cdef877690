/**
 * Builds Go programs from a wrapper module committed under `engines/<name>/` (a go.mod and go.sum that pin the
 * upstream module, plus any small main of our own). The wrapper is copied into the build directory so generated
 * files (embedded schemas) never land in the repository, and `-mod=readonly` makes a build use exactly the pins.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BuildContext } from "./engine";

export interface GoProgram {
  /** Package path to build, e.g. `github.com/pulumi/pulumi/pkg/v3/cmd/pulumi`, or `.` for the wrapper's own main. */
  readonly pkg: string;
  /** Output file name under `<engine>/bin/`. */
  readonly out: string;
  readonly ldflags?: readonly string[];
  readonly cgo?: boolean;
}

export interface GoWrapper {
  /** Folder under `engines/` holding go.mod and go.sum. */
  readonly wrapper: string;
  readonly programs: readonly GoProgram[];
  /** Runs in the copied wrapper before building (e.g. copies schema files out of the module cache). */
  prepare?(ctx: BuildContext, srcDir: string): Promise<void>;
}

export function goEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // GOFLAGS from the caller's shell could turn -mod=readonly off or add tags; the wrapper decides.
  return {
    ...process.env,
    GOFLAGS: "-buildvcs=false",
    GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? "local",
    ...extra,
  };
}

/** The directory of a module in the module cache (downloading it if needed), read from the wrapper's pins. */
export async function moduleDir(ctx: BuildContext, srcDir: string, module: string): Promise<string> {
  await ctx.run("go", ["mod", "download", module], { cwd: srcDir, env: goEnv() });
  return ctx.output("go", ["list", "-m", "-f", "{{.Dir}}", module], { cwd: srcDir, env: goEnv() });
}

/**
 * Copies the committed wrapper (go.mod, go.sum, our own *.go, and the same in sub-folders such as a stub module) into
 * `<outDir>/src` and returns that folder.
 */
export function copyWrapper(ctx: BuildContext, wrapper: string): string {
  const src = path.join(ctx.outDir, "src");
  fs.rmSync(src, { recursive: true, force: true });
  const copy = (from: string, to: string) => {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copy(path.join(from, entry.name), path.join(to, entry.name));
      else if (/^(go\.mod|go\.sum)$|\.go$/.test(entry.name)) {
        fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
      }
    }
  };
  copy(path.join(ctx.repoEngines, wrapper), src);
  return src;
}

export async function buildGoWrapper(ctx: BuildContext, spec: GoWrapper): Promise<void> {
  const src = copyWrapper(ctx, spec.wrapper);
  if (spec.prepare) await spec.prepare(ctx, src);
  fs.mkdirSync(path.join(ctx.outDir, "bin"), { recursive: true });
  for (const program of spec.programs) {
    ctx.log(`go build ${program.pkg} -> bin/${program.out}`);
    const ldflags = ["-s", "-w", ...(program.ldflags ?? [])].join(" ");
    await ctx.run(
      "go",
      [
        "build",
        "-mod=readonly",
        "-trimpath",
        "-ldflags",
        ldflags,
        "-o",
        path.join(ctx.outDir, "bin", program.out),
        program.pkg,
      ],
      { cwd: src, env: goEnv({ CGO_ENABLED: program.cgo ? "1" : "0" }) },
    );
  }
  fs.rmSync(src, { recursive: true, force: true });
}

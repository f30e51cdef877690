/**
 * Builds the policy pack into a self-contained folder that `pulumi policy publish` (or `--policy-pack`) can take on
 * its own. Besides its own files, the pack imports only the classification (`anonymisation/`) and the shared contracts
 * of the program and the pack (`contracts/`), nothing of the program (`test/policies/selfContained.test.ts`), but by
 * relative paths a published folder cannot follow: esbuild bundles `index.ts` and everything it imports into one
 * `index.js`. Only the packages of `EXTERNAL` stay outside, as the dependencies of the folder's `package.json`, at
 * the versions of `policies/package.json`:
 * - `@pulumi/pulumi`: the Node language host runs the pack with the folder's `@pulumi/pulumi/cmd/run-policy-pack`;
 * - `@pulumi/policy`: it talks to the engine through that same `@pulumi/pulumi` (one copy of its runtime state).
 * Everything else (`yaml`, the repository's modules) is inside `index.js`. The folder runs as plain JavaScript: its
 * `PulumiPolicy.yaml` has no `tsx` and the folder no TypeScript, so nothing compiles or type-checks at preview time.
 *
 * `npm run policies:build` writes `policies/dist/` (git-ignored); `tsx policies/build.ts <dir>` writes elsewhere.
 */
import * as fs from "node:fs";
import { isBuiltin } from "node:module";
import * as path from "node:path";
import * as esbuild from "esbuild";
import YAML from "yaml";

const POLICIES = __dirname;

/** The packages the bundle requires at run time instead of carrying them. */
export const EXTERNAL = ["@pulumi/policy", "@pulumi/pulumi"] as const;

export interface BuildOptions {
  /** The folder to write (created, emptied first). */
  outDir: string;
  /** More packages to leave out of the bundle (tests use it to break the bundle on purpose). */
  alsoExternal?: readonly string[];
}

export interface BuiltPack {
  readonly outDir: string;
  /** `dependencies` of the written package.json. */
  readonly dependencies: Readonly<Record<string, string>>;
  /** Repository files inside `index.js`, relative to the repository root. */
  readonly bundled: readonly string[];
}

interface PackageJson {
  name: string;
  version: string;
  description?: string;
  license?: string;
  dependencies?: Record<string, string>;
}

export async function buildPolicyPack(options: BuildOptions): Promise<BuiltPack> {
  const source = JSON.parse(fs.readFileSync(path.join(POLICIES, "package.json"), "utf8")) as PackageJson;
  const external = [...EXTERNAL, ...(options.alsoExternal ?? [])];
  const dependencies: Record<string, string> = {};
  for (const name of external) {
    const version = source.dependencies?.[name];
    if (version === undefined) throw new Error(`policies/package.json has no dependency ${name}`);
    dependencies[name] = version;
  }

  const outDir = path.resolve(options.outDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const root = path.dirname(POLICIES);
  const result = await esbuild.build({
    entryPoints: [path.join(POLICIES, "index.ts")],
    outfile: path.join(outDir, "index.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external,
    absWorkingDir: root,
    metafile: true,
    logLevel: "silent",
    legalComments: "inline",
  });

  // Anything left to `require` by name must be a declared dependency: no import may escape the folder.
  const required = new Set<string>();
  for (const output of Object.values(result.metafile.outputs))
    for (const i of output.imports) if (i.external) required.add(i.path);
  const undeclared = [...required].filter(
    (p) => !isBuiltin(p) && !external.some((e) => p === e || p.startsWith(`${e}/`)),
  );
  if (undeclared.length > 0)
    throw new Error(`the bundle requires what it neither carries nor declares: ${undeclared.join(", ")}`);

  const pkg = {
    name: source.name,
    version: source.version,
    description: source.description,
    license: source.license,
    main: "index.js",
    dependencies,
  };
  fs.writeFileSync(path.join(outDir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);

  const policy = YAML.parse(fs.readFileSync(path.join(POLICIES, "PulumiPolicy.yaml"), "utf8")) as {
    description?: string;
  };
  const manifest = {
    // No options: the bundle is JavaScript. (run-policy-pack registers ts-node whatever the options say, but it
    // compiles only .ts files, and the folder has none.)
    runtime: "nodejs",
    ...(policy.description ? { description: policy.description } : {}),
  };
  fs.writeFileSync(path.join(outDir, "PulumiPolicy.yaml"), YAML.stringify(manifest));

  const bundled = Object.keys(result.metafile.inputs)
    .filter((f) => !f.split("/").includes("node_modules"))
    .sort();
  return { outDir, dependencies, bundled };
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(POLICIES, "dist");
  buildPolicyPack({ outDir }).then(
    (built) => {
      const deps = Object.entries(built.dependencies).map(([n, v]) => `${n}@${v}`);
      process.stdout.write(
        `${path.relative(process.cwd(), built.outDir) || "."}: index.js (${built.bundled.length} repository files), ` +
          `package.json (${deps.join(", ")}), PulumiPolicy.yaml\n`,
      );
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

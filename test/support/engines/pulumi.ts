/**
 * A Pulumi CLI environment for tests: the engines' `bin/` first on PATH (CLI, language host, providers), a temp
 * `PULUMI_HOME`, a `file://` backend in a temp folder, a fixed passphrase, no update check, no plugin downloads, and
 * a Terraform plugin cache holding terraform-provider-elasticstack and terraform-provider-random for the dynamic bridge.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import YAML from "yaml";
import { enginesBin, tfPluginCacheDir } from "./engines";
import { makeTempDir, reapProcessesUnder, removeTempDir } from "./processes";

/** The engines a Pulumi run needs (the CLI, the Node host and the providers the program uses). */
export const PULUMI_ENGINES = [
  "pulumi",
  "pulumi-language-nodejs",
  "pulumi-resource-kubernetes",
  "pulumi-resource-terraform-provider",
  "terraform-provider-elasticstack",
  "terraform-provider-random",
];

export interface PulumiResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, for assertions on messages. */
  readonly output: string;
}

export interface PulumiWorkspaceOptions {
  /** The folder with Pulumi.yaml. */
  projectDir: string;
  /** Stack name (the workspace creates it with `stackInit()`). */
  stack: string;
  /**
   * A stack config file to start from (e.g. the repo's `Pulumi.dev.yaml`). It is copied: every command reads and
   * writes the copy (`--config-file`), so the project's own files are never changed.
   */
  stackConfig?: string;
  /** A kubeconfig path given to the program and providers as `KUBECONFIG`. */
  kubeconfig?: string;
  /** More environment for the CLI and everything it starts. */
  env?: NodeJS.ProcessEnv;
  /** The engines this program needs, when fewer than `PULUMI_ENGINES` (the CLI and the Node host always). */
  engines?: readonly string[];
}

export interface PulumiWorkspace {
  /** The environment every command runs with. */
  readonly env: NodeJS.ProcessEnv;
  /** The temp folder (PULUMI_HOME, backend state). */
  readonly dir: string;
  /** The stack config file every command uses (a copy in `dir`). */
  readonly configFile: string;
  /** `pulumi <args>` in the project folder; rejects on a non-zero exit unless `expectFailure`. */
  run(
    args: string[],
    options?: { expectFailure?: boolean; timeoutMs?: number; cwd?: string },
  ): Promise<PulumiResult>;
  stackInit(): Promise<PulumiResult>;
  configSet(
    key: string,
    value: string,
    options?: { secret?: boolean; path?: boolean },
  ): Promise<PulumiResult>;
  /** `pulumi preview`; `args` e.g. `["--policy-pack", dir]`. */
  preview(args?: string[], options?: { expectFailure?: boolean }): Promise<PulumiResult>;
  up(args?: string[], options?: { expectFailure?: boolean }): Promise<PulumiResult>;
  destroy(args?: string[], options?: { expectFailure?: boolean }): Promise<PulumiResult>;
  /** Removes the stack's state (`stack rm --force --preserve-config`) and the temp folder. */
  dispose(): Promise<void>;
}

export function pulumiWorkspace(options: PulumiWorkspaceOptions): PulumiWorkspace {
  const dir = makeTempDir("am-pulumi-");
  const engines = options.engines ?? PULUMI_ENGINES;
  const bin = enginesBin(dir, ...new Set(["pulumi", "pulumi-language-nodejs", ...engines]));
  fs.mkdirSync(path.join(dir, "state"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
    PULUMI_HOME: path.join(dir, "home"),
    PULUMI_BACKEND_URL: `file://${path.join(dir, "state")}`,
    PULUMI_CONFIG_PASSPHRASE: "am-dashboard-engine-tests",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_DISABLE_REGISTRY_RESOLVE: "true",
    PULUMI_DYNAMIC_TF_PLUGIN_CACHE_DIR: tfPluginCacheDir(dir, engines),
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
    NO_COLOR: "1",
    ...(options.kubeconfig ? { KUBECONFIG: options.kubeconfig } : {}),
    ...options.env,
  };
  // Ambient plugins and the Pulumi CLI on the caller's PATH must not leak in through these.
  delete env.PULUMI_ACCESS_TOKEN;

  const run: PulumiWorkspace["run"] = (args, runOptions = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn("pulumi", args, {
        cwd: runOptions.cwd ?? options.projectDir,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      const timer = setTimeout(() => child.kill("SIGKILL"), runOptions.timeoutMs ?? 15 * 60_000);
      child.on("error", reject);
      child.on("close", async (code) => {
        clearTimeout(timer);
        // The CLI has ended its plugins; what still runs from this workspace was orphaned (see reapProcessesUnder).
        await reapProcessesUnder(dir);
        const result = { code: code ?? -1, stdout, stderr, output: `${stdout}\n${stderr}` };
        if ((result.code === 0) === !!runOptions.expectFailure) {
          reject(
            new Error(
              `pulumi ${args.join(" ")} exited with ${result.code}` +
                `${runOptions.expectFailure ? " (a failure was expected)" : ""}:\n${result.output.slice(-6000)}`,
            ),
          );
        } else resolve(result);
      });
    });
  const configFile = path.join(dir, `Pulumi.${options.stack}.yaml`);
  fs.writeFileSync(
    configFile,
    options.stackConfig ? fs.readFileSync(options.stackConfig, "utf8") : "config: {}\n",
  );
  const stackArgs = ["--stack", options.stack, "--non-interactive", "--config-file", configFile];

  // `stack init` writes the passphrase salt into Pulumi.<stack>.yaml next to Pulumi.yaml and has no --config-file:
  // run it beside a copy of Pulumi.yaml (same project, same backend) and carry the salt into our config file.
  const stackInit = async () => {
    const initDir = path.join(dir, "init");
    fs.mkdirSync(initDir, { recursive: true });
    fs.copyFileSync(path.join(options.projectDir, "Pulumi.yaml"), path.join(initDir, "Pulumi.yaml"));
    const result = await run(["stack", "init", options.stack, "--non-interactive"], { cwd: initDir });
    const written = path.join(initDir, `Pulumi.${options.stack}.yaml`);
    if (fs.existsSync(written)) {
      const salt = (YAML.parse(fs.readFileSync(written, "utf8")) as { encryptionsalt?: string } | null)
        ?.encryptionsalt;
      if (salt) {
        const doc = YAML.parseDocument(fs.readFileSync(configFile, "utf8"));
        doc.set("encryptionsalt", salt);
        fs.writeFileSync(configFile, doc.toString());
      }
    }
    return result;
  };
  return {
    env,
    dir,
    configFile,
    run,
    stackInit,
    configSet: (key, value, o = {}) =>
      run([
        "config",
        "set",
        ...(o.secret ? ["--secret"] : ["--plaintext"]),
        ...(o.path ? ["--path"] : []),
        ...stackArgs.filter((a) => a !== "--non-interactive"),
        "--", // values may start with "-"
        key,
        value,
      ]),
    preview: (args = [], o) => run(["preview", ...stackArgs, "--diff", ...args], o),
    up: (args = [], o) => run(["up", ...stackArgs, "--yes", "--skip-preview", ...args], o),
    destroy: (args = [], o) => run(["destroy", ...stackArgs, "--yes", "--skip-preview", ...args], o),
    async dispose() {
      // `stack rm` deletes Pulumi.<stack>.yaml beside Pulumi.yaml: run where only our copy of Pulumi.yaml is, and keep
      // config files anyway, so a test of the repo's own project never removes the repo's stack file.
      const rmDir = path.join(dir, "init");
      fs.mkdirSync(rmDir, { recursive: true });
      fs.copyFileSync(path.join(options.projectDir, "Pulumi.yaml"), path.join(rmDir, "Pulumi.yaml"));
      await run(
        ["stack", "rm", options.stack, "--force", "--yes", "--non-interactive", "--preserve-config"],
        { cwd: rmDir },
      ).catch(() => undefined);
      removeTempDir(dir);
    },
  };
}

/**
 * A container of a pod spec the program builds, run here as a local command, where no kubelet runs: its environment
 * (values, and secretKeyRefs resolved from the Secret's data), its ConfigMap and Secret volumes written under a
 * temporary folder, and every mount path in its command's arguments and its environment's values mapped to that
 * folder. No pod runs: this is the command the container would run, with the files it would see.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Items {
  readonly items: ReadonlyArray<{ readonly key: string; readonly path: string }>;
}

export interface PodVolumes {
  readonly volumes: ReadonlyArray<{
    readonly name: string;
    readonly configMap?: Items;
    readonly secret?: Items;
  }>;
}

export interface ContainerCommand {
  readonly command: readonly string[];
  readonly env: ReadonlyArray<{
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: { readonly secretKeyRef: { readonly key: string } };
  }>;
  readonly volumeMounts: ReadonlyArray<{ readonly name: string; readonly mountPath: string }>;
}

export interface ContainerData {
  /** The data of the Secret its env and Secret volumes read. */
  readonly secret: Readonly<Record<string, string>>;
  /** The data of the ConfigMap its ConfigMap volumes read. */
  readonly configMap?: Readonly<Record<string, string>>;
  /** The command's program when the image's (e.g. the image's Python) is replaced by a local one. */
  readonly program?: string;
}

export function runContainerCommand(
  pod: PodVolumes,
  container: ContainerCommand,
  data: ContainerData,
): SpawnSyncReturns<string> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "am-container-"));
  try {
    const mounts = new Map<string, string>();
    for (const m of container.volumeMounts) {
      const volume = pod.volumes.find((v) => v.name === m.name)!;
      const dir = path.join(root, m.name);
      fs.mkdirSync(dir);
      const [source, items] = volume.configMap
        ? [data.configMap ?? {}, volume.configMap.items]
        : [data.secret, volume.secret!.items];
      for (const item of items) fs.writeFileSync(path.join(dir, item.path), source[item.key]);
      mounts.set(m.mountPath, dir);
    }
    const mapped = (value: string) => {
      for (const [mountPath, dir] of mounts)
        if (value.startsWith(`${mountPath}/`)) return dir + value.slice(mountPath.length);
      return value;
    };
    const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
    for (const e of container.env)
      env[e.name] = mapped(e.value !== undefined ? e.value : data.secret[e.valueFrom!.secretKeyRef.key]);
    const [program, ...args] = container.command.map(mapped);
    return spawnSync(data.program ?? program, args, { env, encoding: "utf8", timeout: 120_000 });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
